#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
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

    // Texts hide their label while empty.
    void setBannerText(const QString& text);
    void setCountText(const QString& text);

    void showTable();
    void showEmptyState();
    bool isShowingTable() const;

private:
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QLabel* m_count;
    AutoRefreshControl* m_refreshControl;
    QLabel* m_banner;
    QSplitter* m_splitter;
    EmptyStateWidget* m_empty;
    QWidget* m_emptyPanel;
    QStackedWidget* m_stack;
};

} // namespace duper::ui
