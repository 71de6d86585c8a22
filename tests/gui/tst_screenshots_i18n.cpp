// Every dialog and the CCR page in each shipped language: a PNG per language under <build>/screenshots/i18n/ to look
// at, and a check that no label, button or check box is narrower than its text needs (German and French texts run
// longer than English; a fixed width or a cramped layout would cut them off).
#include "GuiFixture.h"
#include "TestSession.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AppPreferences.h"
#include "core/remotes/RemoteClusterActions.h"
#include "history/HistoryStore.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/common/ErrorStyle.h"
#include "ui/connections/ConnectionManagerDialog.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/followers/FollowManyDialog.h"
#include "ui/followers/FollowersPage.h"
#include "ui/history/FollowerHistoryView.h"
#include "ui/history/HistoryChartView.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/PreferencesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace duper;

class ScreenshotsI18nTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDialogFits_data();
    void everyDialogFits();

private:
    // Shows `widget` as users see it, saves a picture, and lists the controls whose text does not fit.
    QStringList showSaveAndCheck(QWidget* widget, const QString& language, const QString& name);

    static QStringList unnamedControls(QWidget* root, const QString& name);

    QString m_outDir;
    TranslationLoader m_loader;
};

void ScreenshotsI18nTest::initTestCase()
{
    duper::ui::ErrorStyle::install(); // as duper-gui does: error text follows the palette
    m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots/i18n");
    QVERIFY(QDir().mkpath(m_outDir));
}

void ScreenshotsI18nTest::everyDialogFits_data()
{
    QTest::addColumn<QString>("language");
    for (const char* code : {"en", "de", "fr", "ja", "zh_CN"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

QStringList ScreenshotsI18nTest::showSaveAndCheck(QWidget* widget, const QString& language, const QString& name)
{
    widget->show(); // at the size users get: the one its .ui file gives, never less than its layout needs
    QTest::qWait(50);
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("%1/%2_%3.png").arg(m_outDir, language, name));

    QStringList problems;
    const auto report = [&](QWidget* control, const QString& text, int needed) {
        if (control->isVisibleTo(widget) && !text.isEmpty() && control->width() < needed)
            problems << QStringLiteral("%1 %2: “%3” needs %4 px, has %5")
                            .arg(name, control->objectName(), text)
                            .arg(needed)
                            .arg(control->width());
    };
    for (QLabel* label : widget->findChildren<QLabel*>()) {
        if (label->wordWrap() || !label->pixmap().isNull() || label->textFormat() == Qt::RichText ||
            Qt::mightBeRichText(label->text()))
            continue; // wrapping and rich text labels reflow instead of clipping
        report(label, label->text(), label->minimumSizeHint().width());
    }
    for (QAbstractButton* button : widget->findChildren<QAbstractButton*>()) {
        if (button->inherits("QToolButton"))
            continue; // tool bars move tool buttons into their overflow menu instead of clipping them
        report(button, button->text(), button->sizeHint().width());
    }
    problems << unnamedControls(widget, name);
    widget->hide();
    return problems;
}

QStringList ScreenshotsI18nTest::unnamedControls(QWidget* root, const QString& name)
{
    // What a screen reader announces: the accessible name Qt derives (a button's text, a buddy label) or one set.
    QStringList problems;
    for (QWidget* control : root->findChildren<QWidget*>()) {
        if (!control->isVisibleTo(root))
            continue;
        const bool interactive = qobject_cast<QLineEdit*>(control) || qobject_cast<QComboBox*>(control) ||
                                 qobject_cast<QAbstractSpinBox*>(control) || qobject_cast<QAbstractButton*>(control) ||
                                 qobject_cast<QAbstractItemView*>(control) || qobject_cast<QPlainTextEdit*>(control) ||
                                 qobject_cast<QTextEdit*>(control);
        QWidget* parent = control->parentWidget();
        // Parts of a composite control, named through it: a combo box's or spin box's editor, tab bar scrollers.
        const bool part = parent && (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
                                     qobject_cast<QTabBar*>(parent) || parent->inherits("QHeaderView") ||
                                     parent->inherits("QAbstractScrollArea") || parent->inherits("QLineEdit"));
        // Qt's own helpers ("qt_toolbar_ext_button", the overflow of a narrow tool bar) are Qt's business.
        if (!interactive || part || control->inherits("QHeaderView") ||
            control->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
        const QString spoken = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (spoken.isEmpty())
            problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                            .arg(name, control->objectName(), QString::fromLatin1(control->metaObject()->className()));
    }
    return problems;
}

void ScreenshotsI18nTest::everyDialogFits()
{
    QFETCH(QString, language);
    QCOMPARE(m_loader.apply(language), language);
    test::GuiFixture fixture;
    QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
    test::SandboxClient& cluster = fixture.sandbox();
    cluster.sandbox().createLeaderIndex(QStringLiteral("orders"));

    QStringList problems;
    {
        const auto session = test::makeSession(cluster.client(), QStringLiteral("i18n"), nullptr);
        ui::CreateFollowerDialog dialog(session.get());
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("create-follower"));
    }
    {
        const auto session = test::makeSession(cluster.client(), QStringLiteral("i18n"), nullptr);
        ui::AutoFollowPatternDialog dialog(session.get(), ui::AutoFollowPatternDialog::Mode::Create);
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("auto-follow-pattern"));
    }
    {
        RemoteClusterActions actions(&cluster.api());
        ui::RemoteClusterDialog dialog(&actions, {});
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("remote-cluster"));
    }
    {
        const auto session = test::makeSession(cluster.client(), QStringLiteral("i18n"), nullptr);
        ui::FollowManyDialog dialog(session.get());
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("follow-many"));
    }
    QSettings& settings = fixture.settings();
    {
        ConnectionStore store(&settings);
        InMemorySecretStore secrets;
        ui::ConnectionManagerDialog dialog(&store, &secrets, &cluster.network());
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("connections"));
    }
    {
        AppPreferences preferences(&settings);
        ui::PreferencesDialog dialog(&preferences, &m_loader);
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("preferences"));
    }
    {
        ui::AboutDialog dialog;
        problems << showSaveAndCheck(&dialog, language, QStringLiteral("about"));
    }
    {
        ui::CcrPage page(&settings);
        page.setSession(fixture.session(QStringLiteral("sandbox")));
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY(page.followersPage()->findChild<QWidget*>(QStringLiteral("followersEmptyState")) != nullptr);
        QTest::qWait(300);
        problems << showSaveAndCheck(&page, language, QStringLiteral("ccr-page"));
    }
    {
        // The details panel's History group as narrow as the panel gets beside the table (about 340 px).
        HistoryStore store(fixture.filePath(QStringLiteral("history-%1.sqlite").arg(language)));
        ui::FollowerHistoryView history;
        history.setStore(&store);
        history.setConnectionId(QStringLiteral("sandbox"));
        history.resize(320, 640);
        history.showFollower(QStringLiteral("follower-00001"));
        problems << showSaveAndCheck(&history, language, QStringLiteral("history"));
        // Chart titles are drawn in the chart: a line too long clips silently (the view wraps where the script allows).
        history.show();
        QTest::qWait(50);
        for (ui::HistoryChartView* chart : history.findChildren<ui::HistoryChartView*>()) {
            for (const QString& text : chart->titleLines()) {
                const int needed = QFontMetrics(chart->chart()->titleFont()).horizontalAdvance(text);
                if (needed > chart->width() - 16)
                    problems << QStringLiteral("history %1: title line “%2” needs %3 px, has %4")
                                    .arg(chart->objectName(), text)
                                    .arg(needed)
                                    .arg(chart->width() - 16);
            }
        }
        history.hide();
    }
    for (const QString& problem : problems)
        qWarning().noquote() << problem; // QVERIFY2 cuts long messages short
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

QTEST_MAIN(ScreenshotsI18nTest)
#include "tst_screenshots_i18n.moc"
