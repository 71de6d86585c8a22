#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/AutoFollowStats.h"
#include "core/es/EsError.h"
#include "ui/common/Retranslator.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace duper {
class CcrApi;
class ClusterSession;
} // namespace duper

namespace duper::ui {

class AutoFollowPatternDialog;
class AutoFollowPatternFilterProxyModel;
class AutoFollowPatternModel;
class AutoRefreshControl;
class EmptyStateWidget;

// The Auto-follow patterns tab: toolbar (create, edit, duplicate, pause, resume, delete), search, the table of
// patterns with their recent auto-follow errors (GET /_ccr/auto_follow and GET /_ccr/stats fetched in parallel,
// applied in place), the details of the current pattern beside it, and an empty state that explains what a pattern
// does and does not pick up. Pause, resume and delete work on the whole selection, with one confirmation and a
// per-pattern result.
class AutoFollowPatternsPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` (must outlive the page) keeps the auto-refresh interval and the splitter.
    explicit AutoFollowPatternsPage(QSettings* settings, QWidget* parent = nullptr);
    ~AutoFollowPatternsPage() override;

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);

    AutoFollowPatternModel* model() const { return m_model; }
    AutoFollowPatternFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detailsView() const { return m_details; }
    EmptyStateWidget* emptyState() const { return m_empty; }
    QLineEdit* searchEdit() const { return m_search; }
    AutoRefreshControl* refreshControl() const { return m_refreshControl; }
    QAction* createAction() const { return m_create; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* deleteAction() const { return m_delete; }
    bool isShowingTable() const;
    bool isRefreshing() const { return m_pendingCalls > 0; }

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
    enum class Operation
    {
        Pause,
        Resume,
        Delete
    };

    void buildUi();
    QAction* makeAction(const QString& objectName, std::function<QString()> text, std::function<QString()> toolTip,
                        const QKeySequence& shortcut);
    AutoFollowPatternDialog* openDialog(int mode, const AutoFollowPattern& pattern);
    void confirmAndRun(Operation operation, const QStringList& names);
    void run(Operation operation, const QStringList& names);
    void finishRound();
    void updateView();
    void updateActions();
    void showCurrentDetails();
    QString currentName() const;

    Retranslator m_texts;
    QSettings* m_settings;
    QPointer<duper::ClusterSession> m_session;
    duper::CcrApi* m_api = nullptr; // the session's
    quint64 m_generation = 0;
    int m_pendingCalls = 0;
    bool m_refreshAgain = false;
    bool m_loaded = false;
    QList<AutoFollowPattern> m_roundPatterns;
    AutoFollowStats m_roundStats;
    EsError m_roundError;
    EsError m_lastError;
    QString m_pendingSelection;

    AutoFollowPatternModel* m_model;
    AutoFollowPatternFilterProxyModel* m_proxy;
    QTimer* m_timer;
    QToolBar* m_toolBar = nullptr;
    QAction* m_create = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    AutoRefreshControl* m_refreshControl = nullptr;
    QLabel* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QWidget* m_emptyPanel = nullptr;
    EmptyStateWidget* m_empty = nullptr;
};

} // namespace duper::ui
