// Help → About Duper: version, the Qt it was built with and runs on, and the licences with working links.
#include "ui/shell/AboutDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using duper::ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersions();
    void listsTheLicences();
};

void TestAboutDialog::showsVersions()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    auto* qt = dialog.findChild<QLabel*>(QStringLiteral("qtVersionLabel"));
    QVERIFY(version && qt);
    QVERIFY2(version->text().contains(QStringLiteral("1.2.3")), qPrintable(version->text()));
    QCOMPARE(qt->text(), QStringLiteral("Built with Qt %1, running on Qt %2")
                             .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    QVERIFY(qt->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Duper"));

    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("about.png")), "PNG"));
    }
}

void TestAboutDialog::listsTheLicences()
{
    AboutDialog dialog;
    auto* browser = dialog.findChild<QTextBrowser*>(QStringLiteral("licencesBrowser"));
    QVERIFY(browser);
    QVERIFY(browser->openExternalLinks());
    const QString text = browser->toPlainText();
    for (const char* expected : {"MIT License", "Copyright (c) 2026 The Duper authors", "LGPL-3.0", "QtKeychain",
                                 "BSD-3-Clause", "simdjson", "Apache-2.0"})
        QVERIFY2(text.contains(QString::fromLatin1(expected)), expected);
    QVERIFY(browser->toHtml().contains(QStringLiteral("href=\"https://github.com/simdjson/simdjson\"")));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
