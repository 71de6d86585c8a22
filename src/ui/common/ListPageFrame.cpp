#include "ui/common/ListPageFrame.h"

#include "core/session/Refresher.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace duper::ui {

ListPageFrame::ListPageFrame(QWidget* parent)
    : QWidget(parent), m_searchRow(new QHBoxLayout), m_toolBar(new QToolBar(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_refreshControl(new AutoRefreshControl(this)), m_banner(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_empty(new EmptyStateWidget(this)), m_emptyPanel(m_empty),
      m_stack(new QStackedWidget(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setClearButtonEnabled(true);
    m_count->hide();
    m_searchRow->addWidget(m_search, 1);
    m_searchRow->addWidget(m_count);
    m_searchRow->addWidget(m_refreshControl);

    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        if (m_refresher)
            m_refresher->setInterval(ms);
    });
}

ListPageFrame::~ListPageFrame()
{
    showRefresher(nullptr); // nobody shows its list any more
    if (m_splitterSettings)
        m_splitterSettings->setValue(m_splitterKey, m_splitter->saveState());
}

void ListPageFrame::showRefresher(Refresher* refresher)
{
    if (m_refresher) {
        m_refresher->disconnect(this); // the page's connections too: it makes them again for the one it shows
        if (m_refresher != refresher)
            m_refresher->setInterval(0);
    }
    m_refresher = refresher;
    m_refreshControl->setRefreshing(refresher && refresher->isRefreshing());
    if (!refresher)
        return;
    connect(refresher, &Refresher::refreshStarted, this, [this] { m_refreshControl->setRefreshing(true); });
    refresher->setInterval(m_refreshControl->intervalMs());
}

void ListPageFrame::setSearchBar(QWidget* bar, QLineEdit* field)
{
    delete m_searchRow->replaceWidget(m_search, bar);
    delete m_search;
    m_search = field;
}

void ListPageFrame::keepIntervalIn(QSettings* settings, const QString& key, int defaultMs)
{
    m_refreshControl->setIntervalMs(settings->value(key, defaultMs).toInt());
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this,
            [settings, key](int ms) { settings->setValue(key, ms); });
}

void ListPageFrame::keepSplitterIn(QSettings* settings, const QString& key)
{
    m_splitter->restoreState(settings->value(key).toByteArray());
    m_splitterSettings = settings;
    m_splitterKey = key;
}

void ListPageFrame::setContent(QWidget* table, QWidget* details, int tableWidth, int detailsWidth)
{
    m_splitter->addWidget(table);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({tableWidth, detailsWidth});
}

void ListPageFrame::setEmptyPanel(QWidget* panel)
{
    const bool showing = m_stack->currentWidget() == m_emptyPanel;
    if (m_emptyPanel != m_empty)
        m_stack->removeWidget(m_emptyPanel);
    else
        m_stack->removeWidget(m_empty); // the page re-parents it into `panel`
    m_emptyPanel = panel;
    m_stack->addWidget(panel);
    if (panel != m_empty && panel->isAncestorOf(m_empty))
        m_empty->setVisible(true); // the stack hid it while it was a page of its own; now it shows with the panel
    if (showing)
        m_stack->setCurrentWidget(panel);
}

void ListPageFrame::setBannerText(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ListPageFrame::setCountText(const QString& text)
{
    m_count->setText(text);
    m_count->setVisible(!text.isEmpty());
}

void ListPageFrame::showTable()
{
    m_stack->setCurrentWidget(m_splitter);
}

void ListPageFrame::showEmptyState()
{
    m_stack->setCurrentWidget(m_emptyPanel);
}

bool ListPageFrame::isShowingTable() const
{
    return m_stack->currentWidget() == m_splitter;
}

} // namespace duper::ui
