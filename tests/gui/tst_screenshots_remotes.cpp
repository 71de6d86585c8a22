// PNGs of the Remote clusters tab (a connected and a disconnected remote, details shown; an API-key and a certificate
// remote side by side, narrow and wide), its empty state, and the add / edit dialog, in $DUPER_SCREENSHOT_DIR or
// <bin>/../screenshots. Not committed; look at them after a change.
#include "ApiKeyRemote.h"
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterModel.h"
#include "ui/remotes/RemoteClustersPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

class TestScreenshotsRemotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remotesTabAndDialog();

private:
    void save(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_outDir;
};

void TestScreenshotsRemotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestScreenshotsRemotes::save(QWidget* widget, const QString& name)
{
    QTest::qWait(50); // let pending layouts settle before the grab
    const QString path = QDir(m_outDir).filePath(name);
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
}

void TestScreenshotsRemotes::remotesTabAndDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("remotes/autoRefreshMs"), 0);
    test::SandboxClient fixture;
    QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));

    RemoteClusterSettings offline;
    offline.alias = QStringLiteral("dc2");
    offline.seeds = {QStringLiteral("127.0.0.1:1")};
    offline.mode = RemoteClusterMode::Sniff;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(offline))->hasError());
    RemoteClusterSettings proxy;
    proxy.alias = QStringLiteral("leader-proxy");
    proxy.mode = RemoteClusterMode::Proxy;
    proxy.proxyAddress = fixture.sandbox().leader().transportAddress();
    proxy.persistent = false;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(proxy))->hasError());
    fixture.sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest follow;
    follow.remoteCluster = QStringLiteral("leader");
    follow.leaderIndex = QStringLiteral("orders");
    QVERIFY(!test::await(fixture.api().follow(QStringLiteral("orders-copy"), follow))->hasError());
    test::addApiKeyRemote(fixture.sandbox(), QStringLiteral("secure"));
    test::addApiKeyRemote(fixture.sandbox(), QStringLiteral("secure-stale"), false);

    ui::RemoteClustersPage page(&settings);
    page.resize(1200, 520);
    page.show();
    QSignalSpy refreshed(&page, &ui::RemoteClustersPage::refreshed);
    const auto session = test::makeSession(fixture.client(), QStringLiteral("screenshots"), &settings);
    page.setSession(session.get());
    QVERIFY(refreshed.wait(5000));
    page.selectRemote(QStringLiteral("dc2"));
    save(&page, QStringLiteral("remotes-tab.png"));
    page.selectRemote(QStringLiteral("leader"));
    save(&page, QStringLiteral("remotes-tab-connected.png"));
    page.selectRemote(QStringLiteral("secure"));
    save(&page, QStringLiteral("remotes-tab-apikey.png"));
    page.selectRemote(QStringLiteral("secure-stale"));
    save(&page, QStringLiteral("remotes-tab-apikey-not-connected.png"));
    page.resize(900, 520);
    save(&page, QStringLiteral("remotes-tab-apikey-narrow.png"));
    page.resize(1600, 520);
    page.selectRemote(QStringLiteral("secure"));
    save(&page, QStringLiteral("remotes-tab-apikey-wide.png"));
    page.resize(1200, 520);
    page.selectRemote(QStringLiteral("leader"));

    ui::RemoteClusterDialog* add = page.addRemoteCluster();
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("aliasEdit")), QStringLiteral("dc3"));
    add->findChild<QPlainTextEdit*>(QStringLiteral("seedsEdit"))
        ->setPlainText(QStringLiteral("10.0.0.5:9300\n10.0.0.6"));
    save(add, QStringLiteral("remote-dialog-add.png"));
    add->reject();

    ui::RemoteClusterDialog* edit = page.editRemoteCluster();
    QVERIFY(edit);
    save(edit, QStringLiteral("remote-dialog-edit.png"));
    edit->reject();

    for (const QString& alias :
         {QStringLiteral("dc2"), QStringLiteral("leader"), QStringLiteral("secure"), QStringLiteral("secure-stale")}) {
        RemoteClusterSettings remove;
        remove.alias = alias;
        remove.remove = true;
        QVERIFY(!test::await(fixture.api().putRemoteCluster(remove))->hasError());
    }
    RemoteClusterSettings removeProxy = proxy;
    removeProxy.remove = true;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(removeProxy))->hasError());
    page.refresh();
    QVERIFY(refreshed.wait(5000));
    save(&page, QStringLiteral("remotes-empty.png"));
}

QTEST_MAIN(TestScreenshotsRemotes)
#include "tst_screenshots_remotes.moc"
