// Preferences → the alert rules of the current connection: defaults first, stored per connection through
// AlertRulePreferences when the dialog applies, applied to the running watcher, shown again on the next opening.
#include "GuiFixture.h"
#include "core/alerts/FollowerAlertWatcher.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AlertRulePreferences.h"
#include "core/preferences/AppPreferences.h"
#include "ui/alerts/AlertCenter.h"
#include "ui/alerts/AlertRulesWidget.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ErrorNotifier.h"
#include "ui/shell/PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace duper;

class TestAlertRulesPreferences : public QObject
{
    Q_OBJECT

private slots:
    void savedPerConnection();
};

void TestAlertRulesPreferences::savedPerConnection()
{
    test::GuiFixture fixture;
    QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
    QWidget window;
    ui::CcrPage ccr(&fixture.settings());
    ui::ErrorNotifier notifier(&window);
    auto center = std::make_unique<ui::AlertCenter>(&ccr, &notifier, &fixture.settings());
    center->setSession(fixture.session());
    AppPreferences preferences(&fixture.settings());
    TranslationLoader translations;
    ui::PreferencesDialog dialog(&preferences, &translations);
    ui::AlertRulesWidget* rules = center->addPreferencesTo(&dialog);
    QVERIFY(rules);
    QCOMPARE(dialog.findChild<ui::AlertRulesWidget*>(QStringLiteral("alertRulesGroup")), rules);
    // The defaults first.
    QCOMPARE(test::child<QSpinBox>(rules, "lagWarningSpin")->value(), 1000);
    QCOMPARE(test::child<QSpinBox>(rules, "lagForSpin")->value(), 2);
    QCOMPARE(test::child<QSpinBox>(rules, "lastReadWarningSpin")->value(), 5);
    QCOMPARE(test::child<QSpinBox>(rules, "pausedWarningSpin")->value(), 50);
    QCOMPARE(test::child<QSpinBox>(rules, "pausedCriticalSpin")->value(), 80);

    test::child<QSpinBox>(rules, "lagWarningSpin")->setValue(5000);
    test::child<QSpinBox>(rules, "lagCriticalSpin")->setValue(20000);
    test::child<QSpinBox>(rules, "lagForSpin")->setValue(10);
    test::child<QSpinBox>(rules, "lastReadWarningSpin")->setValue(7);
    test::child<QSpinBox>(rules, "lastReadCriticalSpin")->setValue(30);
    test::child<QSpinBox>(rules, "pausedWarningSpin")->setValue(25);
    test::child<QSpinBox>(rules, "pausedCriticalSpin")->setValue(60);
    test::child<QCheckBox>(rules, "alertNotifyCheck")->setChecked(false);
    // A critical limit cannot go below its warning one.
    test::child<QSpinBox>(rules, "lastReadCriticalSpin")->setValue(3);
    QCOMPARE(test::child<QSpinBox>(rules, "lastReadCriticalSpin")->value(), 7);
    test::child<QSpinBox>(rules, "lastReadCriticalSpin")->setValue(30);

    if (const QString folder = qEnvironmentVariable("DUPER_ALERT_SCREENSHOTS"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/alerts-preferences.png")));
    }
    auto* buttons = test::child<QDialogButtonBox>(&dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);

    const AlertThresholds stored = AlertRulePreferences(&fixture.settings()).thresholds(QStringLiteral("c"));
    QCOMPARE(stored.lagWarning, 5000);
    QCOMPARE(stored.lagCritical, 20000);
    QCOMPARE(stored.lagForMs, 10 * 60'000);
    QCOMPARE(stored.lastReadWarningMs, 7 * 60'000);
    QCOMPARE(stored.lastReadCriticalMs, 30 * 60'000);
    QCOMPARE(stored.pausedWarning, PausedLimit::share(0.25));
    QCOMPARE(stored.pausedCritical, PausedLimit::share(0.6));
    QVERIFY(!AlertRulePreferences(&fixture.settings()).notificationsEnabled(QStringLiteral("c")));
    QCOMPARE(center->watcher()->monitor().thresholds(), stored); // applies from the next refresh
    // Another connection keeps the defaults.
    QCOMPARE(AlertRulePreferences(&fixture.settings()).thresholds(QStringLiteral("other")),
             AlertRulePreferences::defaults());

    // Opened again, the dialog shows what was stored.
    ui::PreferencesDialog again(&preferences, &translations);
    ui::AlertRulesWidget* reopened = center->addPreferencesTo(&again);
    QCOMPARE(test::child<QSpinBox>(reopened, "lagForSpin")->value(), 10);
    QCOMPARE(test::child<QSpinBox>(reopened, "pausedCriticalSpin")->value(), 60);

    // Without a connection there are no rules to edit.
    center->setSession(nullptr);
    ui::PreferencesDialog none(&preferences, &translations);
    QVERIFY(!center->addPreferencesTo(&none));
}

QTEST_MAIN(TestAlertRulesPreferences)
#include "tst_alertrulespreferences.moc"
