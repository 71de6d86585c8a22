#pragma once

#include "core/security/ApiKeyRemoteSetup.h"

#include <QCoreApplication>
#include <QList>

class QTableWidget;

namespace duper::ui {

// The follower's nodes and the exact keystore command to run on each, one row per node with a Copy button that puts
// the command on the clipboard. The command never holds the key: it is typed at the tool's prompt.
class KeystoreCommandTable
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ApiKeyRemoteDialog)

public:
    explicit KeystoreCommandTable(QTableWidget* table);

    void show(const QList<duper::ApiKeyRemoteSetup::NodeCommand>& commands);

private:
    QTableWidget* m_table;
};

} // namespace duper::ui
