#pragma once

#include "core/connections/ConnectionProfile.h"
#include "ui/common/Retranslator.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;

namespace duper {
class FleetService;
struct FleetRow;
} // namespace duper

namespace duper::ui {

class AutoRefreshControl;
class FleetModel;
class FleetProxyModel;
class FleetTopologyView;

// The Fleet page: every saved connection at once. On top a search field (name, URL, cluster, state, version,
// license, remote) with how many rows it shows and the auto-refresh control; then the fleet table (FleetModel behind
// FleetProxyModel: state in words with an icon, a refresh indicator per row) above the topology map. Rows and map come
// from FleetService, one cluster at a time as each answers; the page sends no request itself. It refreshes only
// while shown. Double-clicking a row or a saved cluster on the map asks for that cluster's CCR page
// (clusterRequested); an arrow's menu, or a row's, asks for the follower list of a remote (followersRequested).
class FleetPage : public QWidget
{
    Q_OBJECT

public:
    // `service` and `settings` (the auto-refresh interval, the splitter) must outlive the page.
    FleetPage(duper::FleetService* service, QSettings* settings, QWidget* parent = nullptr);
    ~FleetPage() override;

    // The saved connections of the fleet, in the order given (kept sorted by the table).
    void setConnections(const QList<duper::ConnectionProfile>& profiles);

    FleetModel* model() const { return m_model; }
    FleetProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    FleetTopologyView* map() const { return m_map; }
    QLineEdit* searchEdit() const { return m_search; }
    AutoRefreshControl* refreshControl() const { return m_refreshControl; }
    QSplitter* splitter() const { return m_splitter; }
    // The table's "Followers of a remote" submenu: one entry per remote the current row follows.
    QMenu* followersMenu() const { return m_followersMenu; }

public slots:
    // Refreshes every cluster now (each with its own deadline); rows show "Refreshing…" until theirs answers.
    void refresh();

signals:
    void clusterRequested(const QString& connectionId);
    void followersRequested(const QString& connectionId, const QString& alias);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void onRow(const duper::FleetRow& row);
    void updateMap();
    void updateCount();
    // Until the user drags the splitter: the table as tall as its rows (up to kRowsFitted), the map the rest.
    void fitTableToRows();
    QString currentConnectionId() const;
    void fillFollowersMenu();

    duper::FleetService* m_service;
    QSettings* m_settings;
    FleetModel* m_model;
    FleetProxyModel* m_proxy;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    AutoRefreshControl* m_refreshControl = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    FleetTopologyView* m_map = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_retryAction = nullptr;
    QMenu* m_followersMenu = nullptr;
    QTimer m_mapTimer; // rows arrive one by one: the map is drawn once per burst
    QTimer m_ageTimer; // moves the "12 s ago" of the Updated column on
    bool m_refreshedOnce = false;
    bool m_sizedColumns = false;
    bool m_userSizedSplitter = false;
    Retranslator m_texts;
};

} // namespace duper::ui
