#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace duper::ui {

class AlertListModel;
class AlertListProxyModel;
class EmptyStateWidget;

// The Alerts tab: what fired, for which follower, under which rule, how bad (icon and word), when, whether it still
// lasts or when it cleared, and the rule's sentence; newest first. "Clear cleared" forgets the episodes that are
// over. Double-clicking a row asks for its follower (the window shows it on the Follower indices tab). The page shows
// the model it is given; FollowerAlertWatcher's episodes come in through AlertCenter.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(AlertListModel* model, QWidget* parent = nullptr);

    AlertListModel* model() const { return m_model; }
    AlertListProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QAction* clearClearedAction() const { return m_clearCleared; }
    QLabel* summaryLabel() const { return m_summary; }
    // The current row's whole sentence under the table (the Message column elides long ones).
    QLabel* detailsLabel() const { return m_details; }
    // "Alerts", or "Alerts (2)" while two are active: the tab's text, readable without its icon's colour.
    QString tabText() const;

signals:
    void followerActivated(const QString& name);
    // tabText() or the worst active severity changed.
    void badgeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void updateDetails();

    AlertListModel* m_model;
    AlertListProxyModel* m_proxy;
    QToolBar* m_toolBar;
    QAction* m_clearCleared;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QTableView* m_table;
    QLabel* m_details;
};

} // namespace duper::ui
