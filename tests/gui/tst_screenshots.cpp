// Produces PNGs of what users see (main window, connection dialog) in <build>/screenshots/. Not committed; look at
// them after a change to the shell.
#include "SandboxFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "ui/ClusterStatusLabel.h"
#include "ui/ConnectionManagerDialog.h"
#include "ui/MainWindow.h"
#include "ui/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using duper::ui::ClusterStatusLabel;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeAndMainWindow();
    void connectionDialog();

private:
    void save(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_outDir;
    QNetworkAccessManager m_network;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_outDir).filePath(name);
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
}

void TestScreenshots::welcomeAndMainWindow()
{
    QSettings settings(m_dir.filePath(QStringLiteral("main.ini")), QSettings::IniFormat);
    duper::ConnectionStore store(&settings);
    duper::InMemorySecretStore secrets;
    auto options = duper::ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0;
    options.workload = false;
    duper::ui::MainWindow window(&store, &secrets, &m_network, options);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, QStringLiteral("welcome.png"));

    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("trySandboxButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusLabel()->state(), ClusterStatusLabel::State::Connected, 8000);
    save(&window, QStringLiteral("main-window.png"));
}

void TestScreenshots::connectionDialog()
{
    auto sandboxOptions = duper::test::SandboxFixture::defaultOptions();
    sandboxOptions.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-pw")}};
    duper::test::SandboxFixture cluster(sandboxOptions);
    QVERIFY(cluster.start());

    QSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
    duper::ConnectionStore store(&settings);
    duper::InMemorySecretStore secrets;
    for (const QString& name : {QStringLiteral("Production follower"), QStringLiteral("Staging")}) {
        auto profile = duper::ConnectionProfile::create(name);
        profile.urls = {cluster.followerUrl()};
        profile.authKind = duper::ConnectionProfile::AuthKind::Basic;
        profile.username = QStringLiteral("viewer");
        profile.verifyTls = name != u"Staging";
        QVERIFY(store.save(profile));
        secrets.write(profile.id, duper::SecretKind::Password, QStringLiteral("viewer-pw"), nullptr, {});
    }
    duper::ui::ConnectionManagerDialog dialog(&store, &secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectProfile(store.profiles().last().id); // Staging: TLS warning
    QSignalSpy finished(&dialog, &duper::ui::ConnectionManagerDialog::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY2(finished.wait(8000), qPrintable(dialog.findChild<QLabel*>(QStringLiteral("testResultsLabel"))->text()));
    save(&dialog, QStringLiteral("connection-dialog.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
