#include "ui/followers/FollowerFilterBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace duper::ui {

FollowerFilterBar::FollowerFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_state(new QComboBox(this)), m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("followerSearchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_state->setObjectName(QStringLiteral("statusFilterCombo"));
    for (int state : {-1, int(FollowerState::Active), int(FollowerState::Paused), int(FollowerState::Error)})
        m_state->addItem(QString(), state);
    m_count->setObjectName(QStringLiteral("followerCountLabel"));
    retranslate();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_state);
    layout->addWidget(m_count, 1);

    connect(m_search, &QLineEdit::textChanged, this, &FollowerFilterBar::searchTextChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { emit stateFilterChanged(stateFilter()); });
}

std::optional<FollowerState> FollowerFilterBar::stateFilter() const
{
    const int state = m_state->currentData().toInt();
    return state < 0 ? std::nullopt : std::optional<FollowerState>(FollowerState(state));
}

void FollowerFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FollowerFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search follower, leader or remote cluster"));
    m_search->setAccessibleName(tr("Search follower indices"));
    m_state->setAccessibleName(tr("Show follower indices with status"));
    m_state->setItemText(0, tr("All statuses"));
    m_state->setItemText(1, tr("Active"));
    m_state->setItemText(2, tr("Paused"));
    m_state->setItemText(3, tr("Error"));
    showCounts();
}

void FollowerFilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    showCounts();
}

void FollowerFilterBar::showCounts()
{
    const int shown = m_shown;
    const int total = m_total;
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(total == 1 ? tr("1 follower index") : tr("%1 follower indices").arg(total));
    else
        m_count->setText(tr("%1 of %2 shown").arg(shown).arg(total));
}

void FollowerFilterBar::clear()
{
    m_search->clear();
    m_state->setCurrentIndex(0);
}

} // namespace duper::ui
