#include "ui/alerts/AlertRulesWidget.h"

#include "core/preferences/AlertRulePreferences.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace duper::ui {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr int maxMinutes = 7 * 24 * 60;

int toMinutes(qint64 ms)
{
    return int(std::clamp<qint64>((ms + minuteMs - 1) / minuteMs, 0, maxMinutes));
}

int toPercent(const PausedLimit& limit, int fallback)
{
    return limit.isShare() ? int(std::lround(limit.shareValue() * 100.0)) : fallback;
}

// A critical field never goes below its warning field: a critical limit under the warning one would skip the warning.
void keepAtLeast(QSpinBox* warning, QSpinBox* critical)
{
    QObject::connect(warning, &QSpinBox::valueChanged, critical,
                     [critical](int value) { critical->setMinimum(value); });
}

} // namespace

AlertRulesWidget::AlertRulesWidget(AlertRulePreferences* rules, QString connectionId, QString connectionName,
                                   QWidget* parent)
    : QGroupBox(parent), m_rules(rules), m_connectionId(std::move(connectionId)),
      m_connectionName(std::move(connectionName))
{
    setObjectName(QStringLiteral("alertRulesGroup"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setObjectName(QStringLiteral("alertRulesForm"));
    layout->addLayout(form);

    m_lagWarning = addSpin("lagWarningSpin", 1, 2'000'000'000);
    m_lagCritical = addSpin("lagCriticalSpin", 1, 2'000'000'000);
    m_lagFor = addSpin("lagForSpin", 0, maxMinutes);
    m_lastReadWarning = addSpin("lastReadWarningSpin", 1, maxMinutes);
    m_lastReadCritical = addSpin("lastReadCriticalSpin", 1, maxMinutes);
    m_pausedWarning = addSpin("pausedWarningSpin", 1, 100);
    m_pausedCritical = addSpin("pausedCriticalSpin", 1, 100);
    for (QSpinBox* spin : {m_lagWarning, m_lagCritical, m_lagFor, m_lastReadWarning, m_lastReadCritical,
                           m_pausedWarning, m_pausedCritical}) {
        auto* label = new QLabel(this);
        label->setObjectName(spin->objectName().replace(QStringLiteral("Spin"), QStringLiteral("Label")));
        label->setBuddy(spin);
        m_labels.append(label);
        form->addRow(label, spin);
    }
    keepAtLeast(m_lagWarning, m_lagCritical);
    keepAtLeast(m_lastReadWarning, m_lastReadCritical);
    keepAtLeast(m_pausedWarning, m_pausedCritical);

    m_notify = new QCheckBox(this);
    m_notify->setObjectName(QStringLiteral("alertNotifyCheck"));
    form->addRow(m_notify);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("alertRulesNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    load();
    retranslate();
}

QSpinBox* AlertRulesWidget::addSpin(const char* name, int minimum, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

void AlertRulesWidget::load()
{
    m_loaded = m_rules->thresholds(m_connectionId);
    const AlertThresholds defaults = AlertRulePreferences::defaults();
    // Warning first: it raises the critical field's minimum.
    m_lagWarning->setValue(int(qMin<qint64>(m_loaded.lagWarning, m_lagWarning->maximum())));
    m_lagCritical->setValue(int(qMin<qint64>(m_loaded.lagCritical, m_lagCritical->maximum())));
    m_lagFor->setValue(toMinutes(m_loaded.lagForMs));
    m_lastReadWarning->setValue(toMinutes(m_loaded.lastReadWarningMs));
    m_lastReadCritical->setValue(toMinutes(m_loaded.lastReadCriticalMs));
    m_pausedWarning->setValue(toPercent(m_loaded.pausedWarning, toPercent(defaults.pausedWarning, 50)));
    m_pausedCritical->setValue(toPercent(m_loaded.pausedCritical, toPercent(defaults.pausedCritical, 80)));
    m_notify->setChecked(m_rules->notificationsEnabled(m_connectionId));
}

AlertThresholds AlertRulesWidget::enteredThresholds() const
{
    AlertThresholds t = m_loaded;
    t.lagWarning = m_lagWarning->value();
    t.lagCritical = qMax(m_lagCritical->value(), m_lagWarning->value());
    t.lagForMs = m_lagFor->value() * minuteMs;
    t.lastReadWarningMs = m_lastReadWarning->value() * minuteMs;
    t.lastReadCriticalMs = qMax(m_lastReadCritical->value(), m_lastReadWarning->value()) * minuteMs;
    t.pausedWarning = PausedLimit::share(m_pausedWarning->value() / 100.0);
    t.pausedCritical = PausedLimit::share(qMax(m_pausedCritical->value(), m_pausedWarning->value()) / 100.0);
    return t;
}

bool AlertRulesWidget::notificationsChecked() const
{
    return m_notify->isChecked();
}

void AlertRulesWidget::save()
{
    m_loaded = enteredThresholds();
    m_rules->setThresholds(m_connectionId, m_loaded);
    m_rules->setNotificationsEnabled(m_connectionId, m_notify->isChecked());
}

void AlertRulesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void AlertRulesWidget::retranslate()
{
    setTitle(tr("Alerts for %1").arg(m_connectionName));
    // Mnemonics unique on the Preferences dialog's Alerts tab and apart from its tab titles (G, H, R).
    const QStringList texts = {
        tr("Lag &warning above (operations):"),       tr("Lag &critical above (operations):"),
        tr("Lag must last (minut&es, 0 = at once):"), tr("Last rea&d warning after (minutes):"),
        tr("Last read critical af&ter (minutes):"),   tr("Pa&used warning at (% of retention):"),
        tr("Paused crit&ical at (% of retention):"),
    };
    for (qsizetype i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels.at(i)->setText(texts.at(i));
    m_pausedWarning->setToolTip(
        tr("A share of the leader index's index.soft_deletes.retention_lease.period: after it, resuming fails and "
           "the follower must be recreated. Read from the leader when it is a saved connection Duper can reach; "
           "otherwise the alert says it assumed the 12h default: leader not saved or not reachable."));
    m_pausedCritical->setToolTip(m_pausedWarning->toolTip());
    m_notify->setText(tr("Announce new alerts in the system tray while Duper is in the &background"));
    m_note->setText(tr("These limits apply to this connection only; the alert list shows every alert whatever the "
                       "tray setting."));
}

} // namespace duper::ui
