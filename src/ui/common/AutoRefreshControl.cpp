#include "ui/common/AutoRefreshControl.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace duper::ui {

AutoRefreshControl::AutoRefreshControl(QWidget* parent)
    : QWidget(parent), m_refresh(new QToolButton(this)), m_interval(new QComboBox(this)),
      m_lastRefreshed(new QLabel(this))
{
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_interval->setObjectName(QStringLiteral("autoRefreshCombo"));
    for (int ms : intervalChoicesMs())
        m_interval->addItem(QString(), ms);
    m_lastRefreshed->setObjectName(QStringLiteral("lastRefreshedLabel"));
    retranslate();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lastRefreshed);
    layout->addWidget(m_interval);
    layout->addWidget(m_refresh);
    setIntervalMs(10000);

    connect(m_refresh, &QToolButton::clicked, this, &AutoRefreshControl::refreshRequested);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this](int) { emit intervalChanged(intervalMs()); });
}

QList<int> AutoRefreshControl::intervalChoicesMs()
{
    return {0, 5000, 10000, 30000, 60000};
}

void AutoRefreshControl::setIntervalMs(int ms)
{
    const QList<int> choices = intervalChoicesMs();
    int best = 0;
    for (int i = 1; i < choices.size(); ++i)
        if (qAbs(choices.at(i) - ms) < qAbs(choices.at(best) - ms))
            best = i;
    m_interval->setCurrentIndex(best);
}

int AutoRefreshControl::intervalMs() const
{
    return m_interval->currentData().toInt();
}

void AutoRefreshControl::setRefreshing(bool refreshing)
{
    // The time of the last update stays visible: a label that flickers every few seconds is noise.
    m_refresh->setEnabled(!refreshing);
}

void AutoRefreshControl::setLastRefreshed(const QDateTime& when)
{
    m_refresh->setEnabled(true);
    m_lastRefreshedAt = when;
    showLastRefreshed();
}

void AutoRefreshControl::showLastRefreshed()
{
    m_lastRefreshed->setText(m_lastRefreshedAt.isValid()
                                 ? tr("Updated %1").arg(m_lastRefreshedAt.time().toString(QStringLiteral("HH:mm:ss")))
                                 : tr("Not loaded yet"));
}

void AutoRefreshControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AutoRefreshControl::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    m_interval->setAccessibleName(tr("Auto-refresh interval"));
    m_interval->setToolTip(tr("How often the list refreshes by itself"));
    for (int i = 0; i < m_interval->count(); ++i) {
        const int ms = m_interval->itemData(i).toInt();
        m_interval->setItemText(i, ms == 0      ? tr("Auto-refresh off")
                                   : ms < 60000 ? tr("Every %1 s").arg(ms / 1000)
                                                : tr("Every %1 min").arg(ms / 60000));
    }
    showLastRefreshed();
}

} // namespace duper::ui
