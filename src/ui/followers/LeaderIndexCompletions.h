#pragma once

#include "core/ccr/ResolveIndexResponse.h"

#include <QCoreApplication>
#include <QString>

class QCompleter;
class QObject;
class QStandardItemModel;

namespace duper::ui {

// The leader names the Create follower dialog completes: the remote's data streams and its visible indices that
// are not backing indices, shown as "logs (data stream)" or "orders" and inserted as the bare name.
class LeaderIndexCompletions
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::CreateFollowerDialog)

public:
    // The role holding the bare name: what the completer matches and inserts.
    static constexpr int nameRole = Qt::UserRole + 1;

    // A completer over `model` that matches anywhere in the name, case-insensitively.
    static QCompleter* createCompleter(QStandardItemModel* model, QObject* parent);
    // Appends the names of `response` (an answer to _resolve/index/<alias>:*) to `model`.
    static void fill(QStandardItemModel* model, const ResolveIndexResponse& response, const QString& alias);
};

} // namespace duper::ui
