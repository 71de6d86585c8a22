// AlertRulePreferences: each connection's alert limits in the shared settings, defaults where nothing is stored, and
// what a hand-edited file can hold.
#include "core/preferences/AlertRulePreferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace duper;

class AlertRulePreferencesTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhereNothingIsStored();
    void storedPerConnectionAndSurviveRestart();
    void damagedValuesFallBackAndLimitsStayInOrder();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("duper.ini")), QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
};

void AlertRulePreferencesTest::defaultsWhereNothingIsStored()
{
    const auto settings = openSettings();
    const AlertRulePreferences rules(settings.get());
    AlertThresholds expected;
    expected.lagForMs = 2 * 60'000; // the window's default: a burst caught up with is no alert
    QCOMPARE(AlertRulePreferences::defaults(), expected);
    QCOMPARE(rules.thresholds(QStringLiteral("none")), expected);
    QVERIFY(rules.notificationsEnabled(QStringLiteral("none")));
}

void AlertRulePreferencesTest::storedPerConnectionAndSurviveRestart()
{
    AlertThresholds t;
    t.lagWarning = 50;
    t.lagCritical = 500;
    t.lagForMs = 120'000;
    t.lastReadWarningMs = 60'000;
    t.lastReadCriticalMs = 180'000;
    t.pausedWarning = PausedLimit::share(0.25);
    t.pausedCritical = PausedLimit::duration(5'400'123); // kept to the millisecond, not "1h 30m"
    {
        const auto settings = openSettings();
        AlertRulePreferences rules(settings.get());
        rules.setThresholds(QStringLiteral("dc1"), t);
        rules.setNotificationsEnabled(QStringLiteral("dc1"), false);
        QVERIFY(settings->contains(QStringLiteral("preferences/alerts/dc1/lagWarning")));
    }
    const auto settings = openSettings();
    const AlertRulePreferences rules(settings.get());
    QCOMPARE(rules.thresholds(QStringLiteral("dc1")), t);
    QVERIFY(!rules.notificationsEnabled(QStringLiteral("dc1")));
    QCOMPARE(rules.thresholds(QStringLiteral("dc2")), AlertRulePreferences::defaults());
    QVERIFY(rules.notificationsEnabled(QStringLiteral("dc2")));
}

void AlertRulePreferencesTest::damagedValuesFallBackAndLimitsStayInOrder()
{
    const auto settings = openSettings();
    settings->setValue(QStringLiteral("preferences/alerts/x/lagWarning"), QStringLiteral("lots"));
    settings->setValue(QStringLiteral("preferences/alerts/x/lastReadWarningMs"), 600'000);
    settings->setValue(QStringLiteral("preferences/alerts/x/lastReadCriticalMs"), 60'000);
    settings->setValue(QStringLiteral("preferences/alerts/x/pausedWarning"), QStringLiteral("150%"));
    settings->setValue(QStringLiteral("preferences/alerts/x/lagForMs"), -5);
    const AlertRulePreferences rules(settings.get());
    const AlertThresholds t = rules.thresholds(QStringLiteral("x"));
    const AlertThresholds defaults = AlertRulePreferences::defaults();
    QCOMPARE(t.lagWarning, defaults.lagWarning);
    QCOMPARE(t.lagForMs, defaults.lagForMs);
    QCOMPARE(t.pausedWarning, defaults.pausedWarning);
    QCOMPARE(t.lastReadWarningMs, 600'000);
    QCOMPARE(t.lastReadCriticalMs, 600'000); // never below the warning limit

    // An id with a slash stays one settings group.
    AlertRulePreferences writable(settings.get());
    writable.setNotificationsEnabled(QStringLiteral("a/b"), false);
    QVERIFY(!writable.notificationsEnabled(QStringLiteral("a/b")));
    QVERIFY(settings->contains(QStringLiteral("preferences/alerts/a_b/notify")));
}

QTEST_GUILESS_MAIN(AlertRulePreferencesTest)
#include "tst_alertrulepreferences.moc"
