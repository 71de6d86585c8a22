#include "ui/alerts/AlertsPage.h"

#include "ui/alerts/AlertListModel.h"
#include "ui/alerts/AlertListProxyModel.h"
#include "ui/common/EmptyStateWidget.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace duper::ui {

AlertsPage::AlertsPage(AlertListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new AlertListProxyModel(this)), m_toolBar(new QToolBar(this)),
      m_clearCleared(new QAction(this)), m_summary(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyStateWidget(this)), m_table(new QTableView(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearCleared->setObjectName(QStringLiteral("clearClearedAlertsAction"));
    m_clearCleared->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_toolBar->addAction(m_clearCleared);
    m_summary->setObjectName(QStringLiteral("alertsSummaryLabel"));
    m_stack->setObjectName(QStringLiteral("alertsStack"));
    m_empty->setObjectName(QStringLiteral("alertsEmptyState"));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::FiredColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The sentence takes what is left; its tool tip and the line under the table have it whole.
    header->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("alertDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto* top = new QHBoxLayout;
    top->addWidget(m_toolBar);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_clearCleared, &QAction::triggered, m_model, &AlertListModel::removeCleared);
    connect(m_model, &AlertListModel::episodesChanged, this, &AlertsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertsPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertsPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertsPage::updateDetails);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit followerActivated(index.data(AlertListModel::FollowerRole).toString());
    });
    retranslate();
}

QString AlertsPage::tabText() const
{
    const int active = m_model->activeCount();
    return active > 0 ? tr("Ale&rts (%n)", nullptr, active) : tr("Ale&rts");
}

void AlertsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsPage::retranslate()
{
    m_toolBar->setWindowTitle(tr("Alerts"));
    m_clearCleared->setText(tr("Clear cleared"));
    m_clearCleared->setToolTip(tr("Remove the alerts that are over from the list; the active ones stay"));
    m_empty->setContent(tr("No alerts"),
                        tr("Alerts appear here when a follower index lags, stops reading from its leader, fails to "
                           "read, stops on a fatal error or stays paused too long. The Alerts tab of Edit → "
                           "Preferences… sets the limits for this connection."));
    m_model->retranslate();
    updateState();
}

void AlertsPage::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const QString text =
        current.isValid() ? current.siblingAtColumn(AlertListModel::MessageColumn).data().toString() : QString();
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void AlertsPage::updateState()
{
    const int active = m_model->activeCount();
    const int cleared = m_model->clearedCount();
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    m_clearCleared->setEnabled(cleared > 0);
    m_summary->setText(active == 0 && cleared == 0 ? tr("No alerts")
                                                   : tr("Active: %1 · Cleared: %2").arg(active).arg(cleared));
    emit badgeChanged();
}

} // namespace duper::ui
