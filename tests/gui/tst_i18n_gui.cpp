// The window in another language: Duper follows a German system locale from the start, the create-follower dialog
// reads German, and switching language while the window is open retranslates what is on screen without a restart.
#include "GuiFixture.h"
#include "TestSession.h"
#include "core/i18n/TranslationLoader.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace duper;

class I18nGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void followsTheSystemLocale();
    void createFollowerDialogReadsGerman();
    void switchingLanguageRetranslatesOpenWindow();

private:
    TranslationLoader m_loader;
};

void I18nGuiTest::followsTheSystemLocale()
{
    // main() below set LANGUAGE/LC_ALL to German before the application read the locale, as a German desktop does.
    QCOMPARE(m_loader.apply(QString()), QStringLiteral("de"));
}

void I18nGuiTest::createFollowerDialogReadsGerman()
{
    QCOMPARE(m_loader.apply(QString()), QStringLiteral("de"));
    test::GuiFixture fixture;
    QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
    const auto session = test::makeSession(fixture.sandbox().client(), QStringLiteral("i18n"), nullptr);
    ui::CreateFollowerDialog dialog(session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), QStringLiteral("Follower-Index erstellen"));
    QStringList labels;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        labels << label->text();
    const QString all = labels.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Remote-Cluster")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Leader-Index")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Leader index")), qPrintable(all));

    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Schließen"));

    // Qt's own standard buttons come from Qt's German catalogue, embedded at build time where installed.
    if (QFile::exists(QStringLiteral(":/i18n/qtbase_de.qm"))) {
        QMessageBox box;
        box.setStandardButtons(QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    }
}

void I18nGuiTest::switchingLanguageRetranslatesOpenWindow()
{
    test::GuiFixture fixture;
    QCOMPARE(m_loader.apply(QStringLiteral("de")), QStringLiteral("de"));
    ui::CcrPage page(&fixture.settings());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* create = page.findChild<QAction*>(QStringLiteral("createFollowerAction"));
    QVERIFY(create);
    const char* createSource = "&Create follower index…";
    const QString german = create->text();
    QCOMPARE(german, QCoreApplication::translate("duper::ui::FollowerActionSet", createSource));
    QVERIFY(german.contains(QStringLiteral("Follower-Index")));
    const QAbstractItemModel* model = page.followersPage()->findChild<ui::FollowerTableModel*>();
    QVERIFY(model);
    const QString germanHeader =
        model->headerData(ui::FollowerTableModel::LeaderIndexColumn, Qt::Horizontal).toString();
    QVERIFY2(germanHeader.contains(QStringLiteral("Leader-Index")), qPrintable(germanHeader));

    // French, at once: actions, tab titles, filter and refresh controls, the table header.
    QCOMPARE(m_loader.apply(QStringLiteral("fr")), QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QVERIFY(create->text() != german);
    QCOMPARE(create->text(), QCoreApplication::translate("duper::ui::FollowerActionSet", createSource));
    QVERIFY2(create->text().contains(QStringLiteral("index suiveur")), qPrintable(create->text()));
    QCOMPARE(page.tabText(0), QCoreApplication::translate("duper::ui::CcrPage", "&Follower indices"));
    const auto* statusFilter = page.findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    QVERIFY(statusFilter);
    QCOMPARE(statusFilter->itemText(0), QCoreApplication::translate("duper::ui::FollowerFilterBar", "All statuses"));
    QVERIFY(statusFilter->itemText(0) != QLatin1String("All statuses"));
    const QString frenchHeader =
        model->headerData(ui::FollowerTableModel::LeaderIndexColumn, Qt::Horizontal).toString();
    QVERIFY(frenchHeader != germanHeader);

    // And back to English, the source language.
    QCOMPARE(m_loader.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(create->text(), QString::fromUtf8(createSource));
    QCOMPARE(page.tabText(0), QStringLiteral("&Follower indices"));
    QCOMPARE(statusFilter->itemText(0), QStringLiteral("All statuses"));
}

int main(int argc, char* argv[])
{
    // Before QApplication reads the system locale (CTest sets an English one for every other test).
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    QApplication app(argc, argv);
    I18nGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n_gui.moc"
