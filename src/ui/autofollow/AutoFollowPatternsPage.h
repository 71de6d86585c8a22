#pragma once

#include "core/autofollow/AutoFollowSnapshot.h"
#include "core/ccr/AutoFollowPattern.h"
#include "core/es/EsError.h"
#include "ui/autofollow/AutoFollowBulkFlow.h"
#include "ui/autofollow/AutoFollowPageActions.h"
#include "ui/common/ListPageFrame.h"
#include "ui/common/Retranslator.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QAction;
class QPushButton;
class QSettings;
class QTableView;
class QTextBrowser;

namespace duper {
class AutoFollowRefresher;
class ClusterSession;
} // namespace duper

namespace duper::ui {

class AutoFollowPatternDialog;
class AutoFollowPatternFilterProxyModel;
class AutoFollowPatternModel;

// The Auto-follow patterns tab: toolbar (create, edit, duplicate, pause, resume, delete), search, the table of
// patterns with their recent auto-follow errors (the session's AutoFollowRefresher, applied in place), the details of
// the current pattern beside it, and an empty state that explains what a pattern does and does not pick up. Pause,
// resume and delete work on the whole selection through the session's AutoFollowActions, with one confirmation and
// a per-pattern result.
class AutoFollowPatternsPage : public ListPageFrame
{
    Q_OBJECT

public:
    // `settings` (must outlive the page) keeps the auto-refresh interval and the splitter.
    explicit AutoFollowPatternsPage(QSettings* settings, QWidget* parent = nullptr);

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);

    AutoFollowPatternModel* model() const { return m_model; }
    AutoFollowPatternFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detailsView() const { return m_details; }
    QAction* createAction() const { return m_actions->create; }
    QAction* editAction() const { return m_actions->edit; }
    QAction* duplicateAction() const { return m_actions->duplicate; }
    QAction* pauseAction() const { return m_actions->pause; }
    QAction* resumeAction() const { return m_actions->resume; }
    QAction* deleteAction() const { return m_actions->remove; }
    bool isRefreshing() const;

    // The names of the selected patterns, in table order.
    QStringList selectedNames() const;
    // Makes `name` the current row (clearing a search that hides it).
    void selectPattern(const QString& name);

public slots:
    void refresh();
    AutoFollowPatternDialog* createPattern();
    AutoFollowPatternDialog* editPattern();
    AutoFollowPatternDialog* duplicatePattern();
    void pauseSelected();
    void resumeSelected();
    void deleteSelected();

signals:
    void statusMessage(const QString& text);
    // The user wants to follow leader indices that already exist (a pattern only picks up new ones).
    void followManyRequested();
    // A refresh round ended (applied or failed).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    using Operation = AutoFollowBulkFlow::Operation;

    void buildUi();
    void connectSignals();
    AutoFollowPatternDialog* openDialog(int mode, const AutoFollowPattern& pattern);
    void confirmAndRun(Operation operation, const QStringList& names);
    void onSnapshot(const std::shared_ptr<const AutoFollowSnapshot>& snapshot);
    void onRefreshFailed(const EsError& error);
    void finishRound();
    void updateView();
    void updateActions();
    void showCurrentDetails();
    QString currentName() const;

    Retranslator m_texts;
    QSettings* m_settings;
    QPointer<duper::ClusterSession> m_session;
    QPointer<duper::AutoFollowRefresher> m_refresher; // the session's
    bool m_loaded = false;
    EsError m_lastError;
    QString m_pendingSelection;

    AutoFollowPatternModel* m_model;
    AutoFollowPatternFilterProxyModel* m_proxy;
    std::unique_ptr<AutoFollowPageActions> m_actions;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_followMany = nullptr;
};

} // namespace duper::ui
