#include "ui/followers/FollowerSettingsTable.h"

#include <QStringList>
#include <QTableWidget>

namespace duper::ui {

void FollowerSettingsTable::addRow(QTableWidget* table)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem());
    table->setItem(row, 1, new QTableWidgetItem());
    table->editItem(table->item(row, 0));
}

void FollowerSettingsTable::removeCurrentRow(QTableWidget* table)
{
    if (const int row = table->currentRow(); row >= 0)
        table->removeRow(row);
}

QJsonObject FollowerSettingsTable::settings(const QTableWidget* table)
{
    QJsonObject settings;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* key = table->item(row, 0);
        const QTableWidgetItem* value = table->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            settings.insert(key->text().trimmed(), value ? value->text().trimmed() : QString());
    }
    return settings;
}

QString FollowerSettingsTable::problem(const QTableWidget* table)
{
    QString message;
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* key = table->item(row, 0);
        const QTableWidgetItem* value = table->item(row, 1);
        const QString keyText = key ? key->text().trimmed() : QString();
        const QString valueText = value ? value->text().trimmed() : QString();
        if (keyText.isEmpty() && !valueText.isEmpty()) {
            message = tr("Row %1 has a value but no setting name.").arg(row + 1);
        } else if (!keyText.isEmpty() && keys.contains(keyText)) {
            message = tr("The setting \"%1\" is listed twice.").arg(keyText);
        }
        keys.append(keyText);
    }
    return message;
}

} // namespace duper::ui
