#pragma once

#include "core/fleet/FleetDependencies.h"

#include <QObject>

class QAction;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace duper {
class FleetService;
}

namespace duper::ui {

class CcrPage;
class ConnectionListModel;
class ConnectionSelector;
class FleetPage;

// The window's Fleet entry: a FleetService over every connection of the window's list (saved ones and the sandbox),
// the Fleet page in the window's central stack, and a checkable "Fleet" toolbar action that shows it. The page's
// requests become the window's moves: a cluster's CCR page (through the connection selector, as picking it there
// does), or its Follower indices tab searched for one remote alias.
class FleetLauncher : public QObject
{
    Q_OBJECT

public:
    // The parts of the window the launcher works with; all must outlive it.
    struct Window
    {
        QStackedWidget* stack = nullptr;
        CcrPage* ccrPage = nullptr;
        ConnectionSelector* selector = nullptr;
        ConnectionListModel* connections = nullptr;
        QToolBar* toolBar = nullptr;
        QSettings* settings = nullptr;
        QAction* refreshAction = nullptr; // File → Refresh: refreshes the fleet too while it is shown
    };

    FleetLauncher(const duper::FleetDependencies& dependencies, const Window& window, QObject* parent = nullptr);

    FleetService* service() const { return m_service; }
    FleetPage* page() const { return m_page; }
    QAction* showAction() const { return m_action; }
    bool isShowingFleet() const;

public slots:
    void showFleet();
    // Shows the fleet when more than one connection is listed (what the window does at start).
    void showFleetIfSeveral();
    // Makes `connectionId` the window's connection and shows its CCR page.
    void openCluster(const QString& connectionId);
    // …and its Follower indices tab, searched for `alias`.
    void showFollowers(const QString& connectionId, const QString& alias);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncConnections();
    void retranslate();

    Window m_window;
    FleetService* m_service;
    FleetPage* m_page;
    QAction* m_action;
};

} // namespace duper::ui
