#include "ui/common/AutoRefreshControl.h"

#include "core/preferences/AutoRefreshChoices.h"
#include "ui/common/AutoRefreshChoiceText.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
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
    return AutoRefreshChoices::milliseconds();
}

void AutoRefreshControl::setIntervalMs(int ms)
{
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(AutoRefreshChoices::nearestMilliseconds(ms))));
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

void AutoRefreshControl::reserveLabelWidth()
{
    // Wide enough for every text the label can show, so a refresh landing while the page is laid out (or a longer
    // time) never clips it: "Not loaded yet" and "Updated" with the widest time of the font.
    const QFontMetrics metrics = m_lastRefreshed->fontMetrics();
    int widest = metrics.horizontalAdvance(tr("Not loaded yet"));
    for (QChar digit = u'0'; digit <= u'9'; digit = QChar(digit.unicode() + 1)) {
        const QString time = QString(8, digit).replace(2, 1, QLatin1Char(':')).replace(5, 1, QLatin1Char(':'));
        widest = qMax(widest, metrics.horizontalAdvance(tr("Updated %1").arg(time)));
    }
    m_lastRefreshed->setMinimumWidth(widest + m_lastRefreshed->margin() * 2);
}

void AutoRefreshControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        reserveLabelWidth();
    QWidget::changeEvent(event);
}

void AutoRefreshControl::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    m_interval->setAccessibleName(tr("Auto-refresh interval"));
    m_interval->setToolTip(tr("How often the list refreshes by itself"));
    for (int i = 0; i < m_interval->count(); ++i) {
        m_interval->setItemText(i, AutoRefreshChoiceText::label(m_interval->itemData(i).toInt() / 1000));
    }
    showLastRefreshed();
    reserveLabelWidth();
}

} // namespace duper::ui
