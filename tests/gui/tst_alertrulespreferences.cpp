// Preferences → the alert rules of the current connection: defaults first, stored per connection through
// AlertRulePreferences when the dialog applies, applied to the running watcher, shown again on the next opening. The
// dialog in tabs: every tab fits a small screen, light and dark, with mnemonics unique per tab.
#include "DarkPalette.h"
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

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <memory>

using namespace duper;

class TestAlertRulesPreferences : public QObject
{
    Q_OBJECT

private slots:
    void savedPerConnection();
    void tabsFitAndKeepTheirMnemonics();
};

namespace {

// The letter after a single '&' (lower case), or none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Mnemonics used more than once among the tab titles and the labels and buttons of `page`.
QStringList clashes(const QTabWidget* tabs, const QWidget* page)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->buddy())
            texts << label->text();
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
        texts << button->text();
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString& text : std::as_const(texts)) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            found << QStringLiteral("%1: “%2” and “%3”").arg(QString(letter), seen.value(letter), text);
        seen.insert(letter, text);
    }
    return found;
}

} // namespace

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

void TestAlertRulesPreferences::tabsFitAndKeepTheirMnemonics()
{
    test::GuiFixture fixture;
    QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
    ui::CcrPage ccr(&fixture.settings());
    ui::ErrorNotifier notifier(&ccr);
    ui::AlertCenter center(&ccr, &notifier, &fixture.settings());
    AppPreferences preferences(&fixture.settings());
    TranslationLoader translations;

    // Without a connection the Alerts tab says why it is empty.
    ui::PreferencesDialog empty(&preferences, &translations);
    QVERIFY(!center.addPreferencesTo(&empty));
    QVERIFY(!test::child<QLabel>(&empty, "noAlertRulesLabel")->isHidden());

    center.setSession(fixture.session());
    ui::PreferencesDialog dialog(&preferences, &translations);
    ui::AlertRulesWidget* rules = center.addPreferencesTo(&dialog);
    QVERIFY(rules);
    auto* tabs = test::child<QTabWidget>(&dialog, "preferencesTabs");
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentWidget(), test::child<QWidget>(&dialog, "generalTab"));
    QVERIFY(test::child<QWidget>(&dialog, "alertsTab")->isAncestorOf(rules));
    QVERIFY(test::child<QWidget>(&dialog, "historyTab")->isAncestorOf(test::child<QWidget>(&dialog, "historyGroup")));
    QVERIFY(test::child<QWidget>(&dialog, "generalTab")->isAncestorOf(test::child<QWidget>(&dialog, "proxyGroup")));
    QVERIFY(test::child<QLabel>(&dialog, "noAlertRulesLabel")->isHidden());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Small screens: the tallest tab decides, and none needs more than 480 px at the default font.
    QVERIFY2(dialog.height() <= 480, qPrintable(QString::number(dialog.height())));
    QVERIFY2(dialog.minimumSizeHint().height() <= 480, qPrintable(QString::number(dialog.minimumSizeHint().height())));
    const QString folder = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    const QPalette light = QApplication::palette();
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* page = tabs->widget(i);
        const QStringList problems = clashes(tabs, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        tabs->setCurrentIndex(i);
        // Nothing on the tab is squeezed below what it needs.
        QVERIFY2(page->height() >= page->minimumSizeHint().height(), qPrintable(page->objectName()));
        if (folder.isEmpty())
            continue;
        QVERIFY(QDir().mkpath(folder));
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::darkPalette() : light);
            QTest::qWait(50);
            const QString path = QDir(folder).filePath(
                QStringLiteral("preferences-%1-%2.png")
                    .arg(page->objectName(), dark ? QStringLiteral("dark") : QStringLiteral("light")));
            QVERIFY(dialog.grab().save(path, "PNG"));
            qInfo("screenshot: %s", qPrintable(path));
        }
        QApplication::setPalette(light);
    }
}

QTEST_MAIN(TestAlertRulesPreferences)
#include "tst_alertrulespreferences.moc"
