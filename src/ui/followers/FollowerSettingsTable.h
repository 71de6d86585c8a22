#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QTableWidget;

namespace duper::ui {

// The "index settings for the follower" table of the Create follower dialog: two columns, setting name and value.
class FollowerSettingsTable
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::CreateFollowerDialog)

public:
    // Appends an empty row and starts editing its name.
    static void addRow(QTableWidget* table);
    static void removeCurrentRow(QTableWidget* table);
    // The rows with a name, as the request's "settings" object.
    static QJsonObject settings(const QTableWidget* table);
    // A sentence for the first row that cannot be sent (a value without a name, a name listed twice); empty if none.
    static QString problem(const QTableWidget* table);
};

} // namespace duper::ui
