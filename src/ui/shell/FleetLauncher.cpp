#include "ui/shell/FleetLauncher.h"

#include "core/fleet/FleetService.h"
#include "ui/connections/ConnectionListModel.h"
#include "ui/connections/ConnectionSelector.h"
#include "ui/fleet/FleetPage.h"
#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolBar>

namespace duper::ui {

FleetLauncher::FleetLauncher(const FleetDependencies& dependencies, const Window& window, QObject* parent)
    : QObject(parent), m_window(window), m_service(new FleetService(dependencies, this)),
      m_page(new FleetPage(m_service, window.settings)), m_action(new QAction(this))
{
    setObjectName(QStringLiteral("fleetLauncher"));
    m_window.stack->addWidget(m_page);
    m_page->installEventFilter(this); // its language changes are the action's too
    m_action->setObjectName(QStringLiteral("showFleetAction"));
    m_action->setCheckable(true);
    if (m_window.toolBar) {
        const QList<QAction*> actions = m_window.toolBar->actions();
        m_window.toolBar->insertAction(actions.isEmpty() ? nullptr : actions.first(), m_action);
        if (!actions.isEmpty())
            m_window.toolBar->insertSeparator(actions.first());
    }
    retranslate();

    connect(m_action, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            showFleet();
        else if (m_window.stack->currentWidget() == m_page)
            openCluster(m_window.selector->currentProfileId()); // back to the cluster picked in the toolbar
    });
    connect(m_window.stack, &QStackedWidget::currentChanged, this, [this] { m_action->setChecked(isShowingFleet()); });
    if (m_window.refreshAction)
        connect(m_window.refreshAction, &QAction::triggered, this, [this] {
            if (isShowingFleet())
                m_page->refresh();
        });
    connect(m_page, &FleetPage::clusterRequested, this, &FleetLauncher::openCluster);
    connect(m_page, &FleetPage::followersRequested, this, &FleetLauncher::showFollowers);
    ConnectionListModel* list = m_window.connections;
    connect(list, &QAbstractItemModel::modelReset, this, &FleetLauncher::syncConnections);
    connect(list, &QAbstractItemModel::rowsInserted, this, &FleetLauncher::syncConnections);
    connect(list, &QAbstractItemModel::rowsRemoved, this, &FleetLauncher::syncConnections);
    connect(list, &QAbstractItemModel::dataChanged, this, &FleetLauncher::syncConnections);
    syncConnections();
}

bool FleetLauncher::isShowingFleet() const
{
    return m_window.stack->currentWidget() == m_page;
}

void FleetLauncher::showFleet()
{
    if (m_window.connections->rowCount() == 0)
        return; // the welcome page stays: there is no fleet yet
    m_window.stack->setCurrentWidget(m_page);
}

void FleetLauncher::showFleetIfSeveral()
{
    if (m_window.connections->rowCount() > 1)
        showFleet();
}

void FleetLauncher::openCluster(const QString& connectionId)
{
    if (connectionId.isEmpty() || m_window.connections->rowOf(connectionId) < 0) {
        m_action->setChecked(isShowingFleet());
        return;
    }
    // Picking it in the selector opens it as the user would; an already current one stays open.
    if (m_window.selector->currentProfileId() != connectionId)
        m_window.selector->setCurrentProfileId(connectionId);
    m_window.stack->setCurrentWidget(m_window.ccrPage);
}

void FleetLauncher::showFollowers(const QString& connectionId, const QString& alias)
{
    openCluster(connectionId);
    if (!isShowingFleet() && m_window.selector->currentProfileId() == connectionId) {
        FollowersPage* followers = m_window.ccrPage->followersPage();
        m_window.ccrPage->setCurrentWidget(followers);
        followers->filterBar()->clear();                       // no status filter hides some of them
        followers->filterBar()->searchField()->setText(alias); // the search matches the remote cluster column
    }
}

void FleetLauncher::syncConnections()
{
    QList<ConnectionProfile> profiles;
    for (int row = 0; row < m_window.connections->rowCount(); ++row)
        if (const auto profile = m_window.connections->profile(row))
            profiles.append(*profile);
    if (profiles != m_service->connections())
        m_page->setConnections(profiles);
    m_action->setEnabled(!profiles.isEmpty());
}

void FleetLauncher::retranslate()
{
    m_action->setText(tr("Fleet"));
    m_action->setToolTip(tr("Every saved cluster at once: status, followers and who replicates from whom"));
    m_action->setStatusTip(m_action->toolTip());
}

bool FleetLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace duper::ui
