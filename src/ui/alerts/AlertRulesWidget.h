#pragma once

#include "core/alerts/AlertThresholds.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace duper {
class AlertRulePreferences;
}

namespace duper::ui {

// Preferences → the alert rules of one connection: lag warning and critical limits (operations) and how long lag must
// last, the time since the last read (minutes), and a paused follower's share of the leader's retention lease period;
// plus whether new alerts are announced in the tray. Shown as a section of PreferencesDialog; save() stores what is
// entered through AlertRulePreferences.
class AlertRulesWidget : public QGroupBox
{
    Q_OBJECT

public:
    // `rules` must outlive the widget.
    AlertRulesWidget(AlertRulePreferences* rules, QString connectionId, QString connectionName,
                     QWidget* parent = nullptr);

    QString connectionId() const { return m_connectionId; }
    // What the fields say (critical limits never below the warning ones).
    AlertThresholds enteredThresholds() const;
    bool notificationsChecked() const;

public slots:
    void load();
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    QSpinBox* addSpin(const char* name, int minimum, int maximum);
    void retranslate();

    AlertRulePreferences* m_rules;
    QString m_connectionId;
    QString m_connectionName;
    AlertThresholds m_loaded; // kept for what the fields do not edit (read exception and fatal severities)
    QList<QLabel*> m_labels;
    QSpinBox* m_lagWarning;
    QSpinBox* m_lagCritical;
    QSpinBox* m_lagFor;
    QSpinBox* m_lastReadWarning;
    QSpinBox* m_lastReadCritical;
    QSpinBox* m_pausedWarning;
    QSpinBox* m_pausedCritical;
    QCheckBox* m_notify;
    QLabel* m_note;
};

} // namespace duper::ui
