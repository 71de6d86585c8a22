// The CCR page's three tabs and the links between them: an empty follower list without remotes leads to adding a
// remote cluster, an auto-follow pattern's "Follow many…" opens the dialog on the Follower indices tab.
#include "AwaitJob.h"
#include "SandboxClient.h"

#include "core/ccr/CcrApi.h"
#include "ui/AutoFollowPatternsPage.h"
#include "ui/CcrPage.h"
#include "ui/EmptyStateWidget.h"
#include "ui/FollowManyDialog.h"
#include "ui/FollowersPage.h"
#include "ui/RemoteClusterDialog.h"
#include "ui/RemoteClustersPage.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using Kind = ui::FollowerListStatus::Kind;

class CcrPageTest : public QObject
{
    Q_OBJECT

private slots:
    void threeTabsShareTheConnection()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
        sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
        options.followers = 2;
        test::SandboxClient fixture(options);
        QVERIFY(fixture.started());
        ui::CcrPage page(&settings);
        page.resize(1100, 700);
        page.show();
        QCOMPARE(page.count(), 3);
        page.setConnection(&fixture.client(), QStringLiteral("c"));
        QTRY_VERIFY(page.followersPage()->isShowingTable());
        QTRY_VERIFY(page.remoteClustersPage()->isShowingTable()); // the sandbox's "leader" remote
        page.setConnection(nullptr, {});
        QCOMPARE(page.followersPage()->listStatus().kind, Kind::NotConnected);
    }

    void noRemoteLeadsToAddingOne()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
        test::SandboxClient fixture;
        QVERIFY(fixture.started());
        RemoteClusterSettings removal;
        removal.alias = QStringLiteral("leader");
        removal.remove = true;
        QVERIFY(!test::await(fixture.api().putRemoteCluster(removal))->hasError());
        ui::CcrPage page(&settings);
        page.show();
        page.setConnection(&fixture.client(), QStringLiteral("c"));
        QTRY_COMPARE(page.followersPage()->listStatus().kind, Kind::NoRemoteClusters);
        QTest::mouseClick(page.followersPage()->emptyState()->button(), Qt::LeftButton);
        QCOMPARE(page.currentWidget(), page.remoteClustersPage());
        QTRY_VERIFY(page.remoteClustersPage()->findChild<ui::RemoteClusterDialog*>() != nullptr);
    }

    void followManyFromAutoFollowTab()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
        test::SandboxClient fixture;
        QVERIFY(fixture.started());
        ui::CcrPage page(&settings);
        page.show();
        page.setConnection(&fixture.client(), QStringLiteral("c"));
        page.setCurrentWidget(page.autoFollowPage());
        emit page.autoFollowPage()->followManyRequested();
        QCOMPARE(page.currentWidget(), page.followersPage());
        QTRY_VERIFY(page.followersPage()->findChild<ui::FollowManyDialog*>() != nullptr);
    }
};

QTEST_MAIN(CcrPageTest)
#include "tst_ccrpage.moc"
