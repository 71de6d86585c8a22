#include "ui/history/FollowerHistoryView.h"

#include "history/HistoryChart.h"
#include "history/HistoryStore.h"
#include "ui/history/HistoryChartView.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace duper::ui {

namespace {

// After a batch is written: raw windows are read again a second later (refreshes coming close together make one
// read), per-minute windows at most every half minute (their points change once a minute).
constexpr int refreshDelayMs = 1000;
constexpr int perMinuteRefreshDelayMs = 30000;

const QList<HistoryWindow> kWindows = {HistoryWindow::Last15Minutes, HistoryWindow::LastHour,
                                       HistoryWindow::Last24Hours, HistoryWindow::Last7Days, HistoryWindow::Last30Days};

QString windowText(HistoryWindow window)
{
    switch (window) {
    case HistoryWindow::Last15Minutes:
        return FollowerHistoryView::tr("Last 15 minutes");
    case HistoryWindow::LastHour:
        return FollowerHistoryView::tr("Last hour");
    case HistoryWindow::Last24Hours:
        return FollowerHistoryView::tr("Last 24 hours");
    case HistoryWindow::Last7Days:
        return FollowerHistoryView::tr("Last 7 days");
    case HistoryWindow::Last30Days:
        return FollowerHistoryView::tr("Last 30 days");
    }
    return {};
}

} // namespace

FollowerHistoryView::FollowerHistoryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("followerHistoryView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    auto* windowLabel = m_texts.text(new QLabel(this), [] { return tr("Sho&w:"); });
    m_windowBox = new QComboBox(this);
    m_windowBox->setObjectName(QStringLiteral("historyWindowBox"));
    windowLabel->setBuddy(m_windowBox);
    m_texts.add([this] {
        const int current = m_windowBox->currentIndex();
        m_windowBox->clear();
        for (HistoryWindow window : kWindows)
            m_windowBox->addItem(windowText(window), int(window));
        m_windowBox->setCurrentIndex(current < 0 ? int(kWindows.indexOf(m_window)) : current);
    });
    top->addWidget(windowLabel);
    top->addWidget(m_windowBox);
    top->addStretch();
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true); // started with its delay by requestSoon()
    connect(m_refreshTimer, &QTimer::timeout, this, &FollowerHistoryView::request);
    connect(m_windowBox, &QComboBox::activated, this,
            [this](int index) { setWindow(HistoryWindow(m_windowBox->itemData(index).toInt())); });
    showStatus();
}

void FollowerHistoryView::ensureCharts()
{
    // Built when a follower is first shown, not with the window: a Qt Charts scene costs start-up time for nothing
    // while the panel shows its placeholder.
    if (m_lag)
        return;
    auto* box = static_cast<QVBoxLayout*>(layout());
    m_lag = new HistoryChartView(this);
    m_lag->setObjectName(QStringLiteral("lagChart"));
    m_lag->setValueFormatter([](double value) { return tr("%1 operations").arg(QLocale().toString(value, 'f', 0)); });
    m_operations = new HistoryChartView(this);
    m_operations->setObjectName(QStringLiteral("operationsChart"));
    m_operations->setValueFormatter([](double value) { return tr("%1 ops/s").arg(QLocale().toString(value, 'f', 1)); });
    m_lastRead = new HistoryChartView(this);
    m_lastRead->setObjectName(QStringLiteral("lastReadChart"));
    m_lastRead->setValueFormatter([](double value) { return tr("%1 s").arg(QLocale().toString(value, 'f', 1)); });
    for (HistoryChartView* chart : {m_lag, m_operations, m_lastRead})
        box->addWidget(chart);
}

void FollowerHistoryView::setStore(HistoryStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &HistoryStore::seriesReady, this, &FollowerHistoryView::onSeries);
        connect(store, &HistoryStore::batchWritten, this, &FollowerHistoryView::requestSoon);
        connect(store, &HistoryStore::disabled, this, &FollowerHistoryView::showStatus);
    }
    request();
}

void FollowerHistoryView::setConnectionId(const QString& connectionId)
{
    if (connectionId == m_connectionId)
        return;
    m_connectionId = connectionId;
    m_hasSeries = false;
    request();
}

void FollowerHistoryView::showFollower(const QString& follower)
{
    if (follower == m_follower)
        return;
    m_follower = follower;
    m_hasSeries = false;
    showCharts();
    request();
}

void FollowerHistoryView::setWindow(HistoryWindow window)
{
    m_window = window;
    m_windowBox->setCurrentIndex(int(kWindows.indexOf(window)));
    m_hasSeries = false;
    request();
}

void FollowerHistoryView::requestSoon()
{
    // Per-minute windows change once a minute at most; a refresh every few seconds need not reread them each time.
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(historyResolutionFor(m_window) == HistoryResolution::Raw ? refreshDelayMs
                                                                                       : perMinuteRefreshDelayMs);
}

void FollowerHistoryView::request()
{
    m_refreshTimer->stop();
    m_pendingRequest = 0;
    if (!m_store || m_connectionId.isEmpty() || m_follower.isEmpty() || !isVisible()) {
        showStatus();
        return;
    }
    m_pendingRequest = m_store->requestSeries(m_connectionId, m_follower, m_window);
    showStatus();
}

void FollowerHistoryView::onSeries(const HistorySeries& series)
{
    // Answers to requests overtaken by another follower or window are dropped.
    if (series.requestId != m_pendingRequest)
        return;
    m_pendingRequest = 0;
    m_series = series;
    m_hasSeries = true;
    showCharts(); // and the status under them
    emit chartsUpdated();
}

void FollowerHistoryView::showCharts()
{
    if (m_follower.isEmpty() && !m_lag)
        return;
    ensureCharts();
    const HistorySeries shown = m_hasSeries ? m_series
                                            : HistorySeries::emptyWindow(m_connectionId, m_follower, m_window,
                                                                         QDateTime::currentMSecsSinceEpoch());
    m_lag->showChart(HistoryChart::build(shown, HistoryMetric::Lag), tr("Lag (operations)"), tr("Lag"));
    m_operations->showChart(HistoryChart::build(shown, HistoryMetric::OperationsPerSecond), tr("Operations per second"),
                            tr("Rate"));
    m_lastRead->showChart(HistoryChart::build(shown, HistoryMetric::TimeSinceLastRead),
                          tr("Time since last read (seconds)"), tr("Since last read"));
    showStatus();
}

void FollowerHistoryView::showStatus()
{
    QString text;
    if (!m_store)
        text = tr("Replication history is off.");
    else if (!m_store->isEnabled())
        text = tr("Replication history is off: %1").arg(m_store->lastError().userMessage());
    else if (m_hasSeries && m_series.points.isEmpty())
        text = tr("No figures stored for this period yet. Duper records them at every refresh while the window is "
                  "open.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // Without a store there is nothing to draw: the sentence alone, not three empty charts.
    const bool historyOn = m_store && m_store->isEnabled();
    for (HistoryChartView* chart : {m_lag, m_operations, m_lastRead}) {
        if (chart)
            chart->setVisible(historyOn);
    }
}

void FollowerHistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_hasSeries && m_pendingRequest == 0)
        request();
}

void FollowerHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        showCharts();
        showStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace duper::ui
