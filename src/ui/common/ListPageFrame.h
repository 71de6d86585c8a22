#pragma once

#include "core/session/Refresher.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace duper::ui {

class AutoRefreshControl;
class EmptyStateWidget;

// The frame every list tab shares, top to bottom: a toolbar, a row with the search field, an optional count and the
// auto-refresh control, a banner for notices (hidden while empty), then either the table beside its details (a
// splitter) or an empty state. The page owns what goes in it (actions, table, details, texts, object names); the
// frame only lays it out and switches between table and empty state.
class ListPageFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ListPageFrame(QWidget* parent = nullptr);
    ~ListPageFrame() override;

    QToolBar* toolBar() const { return m_toolBar; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    AutoRefreshControl* refreshControl() const { return m_refreshControl; }
    QLabel* banner() const { return m_banner; }
    QStackedWidget* stack() const { return m_stack; }
    QSplitter* splitter() const { return m_splitter; }
    EmptyStateWidget* emptyState() const { return m_empty; }

    // Puts `table` left and `details` right in the splitter (3 : 2 when the window grows), sized `tableWidth` and
    // `detailsWidth` at first.
    void setContent(QWidget* table, QWidget* details, int tableWidth, int detailsWidth);
    // Shows `panel` instead of the bare empty state, e.g. the empty state with extra buttons under it. The page puts
    // emptyState() into the panel's layout.
    void setEmptyPanel(QWidget* panel);

    // Puts `bar` where the search field is, for a page whose search comes with more (a status filter, its own
    // count); `field` is the bar's search field, what searchEdit() returns from then on.
    void setSearchBar(QWidget* bar, QLineEdit* field);
    // The auto-refresh interval comes from `settings` under `key` (else `defaultMs`), and every one the user picks is
    // stored there. `settings` must outlive the frame.
    void keepIntervalIn(QSettings* settings, const QString& key, int defaultMs);
    // The splitter comes from `settings` under `key` (else keeps the sizes of setContent) and goes back there when
    // the frame is destroyed. Call after setContent.
    void keepSplitterIn(QSettings* settings, const QString& key);

    // The refresher whose list the page shows (null = none): the auto-refresh control sets its pace and shows while
    // it runs; the one shown before is no longer polled. No connection of the page to the one shown before (or to
    // the same one, shown again) is left: the page connects its snapshot and failure signals after this.
    void showRefresher(duper::Refresher* refresher);

    // Texts hide their label while empty.
    void setBannerText(const QString& text);
    void setCountText(const QString& text);

    void showTable();
    void showEmptyState();
    bool isShowingTable() const;

private:
    QHBoxLayout* m_searchRow;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QLabel* m_count;
    AutoRefreshControl* m_refreshControl;
    QLabel* m_banner;
    QSplitter* m_splitter;
    EmptyStateWidget* m_empty;
    QWidget* m_emptyPanel;
    QStackedWidget* m_stack;
    QPointer<duper::Refresher> m_refresher;
    QSettings* m_splitterSettings = nullptr;
    QString m_splitterKey;
};

} // namespace duper::ui
