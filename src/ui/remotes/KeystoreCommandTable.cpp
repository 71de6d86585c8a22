#include "ui/remotes/KeystoreCommandTable.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace duper::ui {

namespace {
enum Column
{
    NodeColumn,
    AddressColumn,
    CommandColumn,
    CopyColumn,
    ColumnCount
};
} // namespace

KeystoreCommandTable::KeystoreCommandTable(QTableWidget* table) : m_table(table)
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("Address"), tr("Command"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CopyColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NodeColumn, 110);
    m_table->setColumnWidth(AddressColumn, 130);
    m_table->setAccessibleName(tr("Keystore command per node"));
}

void KeystoreCommandTable::show(const QList<ApiKeyRemoteSetup::NodeCommand>& commands)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(commands.size()));
    for (int row = 0; row < commands.size(); ++row) {
        const ApiKeyRemoteSetup::NodeCommand& node = commands.at(row);
        m_table->setItem(row, NodeColumn, new QTableWidgetItem(node.node));
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(node.address));
        auto* command = new QTableWidgetItem(node.command);
        command->setToolTip(node.command);
        m_table->setItem(row, CommandColumn, command);
        auto* copy = new QPushButton(tr("Copy"), m_table);
        copy->setObjectName(QStringLiteral("copyCommandButton%1").arg(row));
        copy->setAccessibleName(tr("Copy the command for node %1").arg(node.node));
        copy->setAutoDefault(false);
        QObject::connect(copy, &QPushButton::clicked, copy,
                         [text = node.command] { QGuiApplication::clipboard()->setText(text); });
        m_table->setCellWidget(row, CopyColumn, copy);
    }
}

} // namespace duper::ui
