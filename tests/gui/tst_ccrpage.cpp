// The CCR page's three tabs and the links between them: an empty follower list without remotes leads to adding a
// remote cluster, an auto-follow pattern's "Follow many…" opens the dialog on the Follower indices tab.
#include "AwaitJob.h"
#include "GuiFixture.h"
#include "core/ccr/CcrApi.h"
#include "ui/autofollow/AutoFollowPatternsPage.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/followers/FollowManyDialog.h"
#include "ui/followers/FollowersPage.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClustersPage.h"
#include "ui/remotes/RemoteSecurityChoiceDialog.h"
#include "ui/shell/CcrPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using Kind = ui::FollowerListStatus::Kind;

class CcrPageTest : public QObject
{
    Q_OBJECT

private slots:
    void fourTabsShareTheConnection()
    {
        test::GuiFixture fixture;
        sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
        options.followers = 2;
        QVERIFY2(fixture.startSandbox(options), qPrintable(fixture.errorString()));
        ui::CcrPage page(&fixture.settings());
        page.resize(1100, 700);
        page.show();
        QCOMPARE(page.count(), 4);
        page.setSession(fixture.session());
        QTRY_VERIFY(page.followersPage()->isShowingTable());
        QTRY_VERIFY(page.remoteClustersPage()->isShowingTable()); // the sandbox's "leader" remote
        page.setSession(nullptr);
        QCOMPARE(page.followersPage()->listStatus().kind, Kind::NotConnected);
    }

    // The tabs are built when first needed; until then placeholders keep their places, texts and the current tab.
    void pagesAreBuiltWhenFirstNeeded()
    {
        test::GuiFixture fixture;
        ui::CcrPage page(&fixture.settings());
        QSignalSpy built(&page, &ui::CcrPage::pagesBuilt);
        QCOMPARE(page.count(), 4);
        QVERIFY(!page.arePagesBuilt());
        auto* later = new QWidget(&page);
        page.addTab(later, QStringLiteral("Later"));
        page.setCurrentWidget(later);
        page.setSession(nullptr); // no connection: nothing to build for
        QVERIFY(!page.arePagesBuilt());

        ui::FollowersPage* followers = page.followersPage();
        QVERIFY(page.arePagesBuilt());
        QCOMPARE(built.count(), 1);
        QCOMPARE(page.indexOf(followers), 0);
        QCOMPARE(page.indexOf(page.autoFollowPage()), 1);
        QCOMPARE(page.indexOf(page.remoteClustersPage()), 2);
        QCOMPARE(page.indexOf(page.disasterRecoveryPage()), 3);
        QCOMPARE(page.indexOf(later), 4);
        QCOMPARE(page.currentWidget(), later);
        QCOMPARE(page.tabText(0), QCoreApplication::translate("duper::ui::CcrPage", "&Follower indices"));
        QCOMPARE(built.count(), 1); // once

        ui::CcrPage shown(&fixture.settings());
        shown.show();
        QVERIFY(shown.arePagesBuilt()); // a placeholder is never painted
        QCOMPARE(shown.currentIndex(), 0);
    }

    void noRemoteLeadsToAddingOne()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
        RemoteClusterSettings removal;
        removal.alias = QStringLiteral("leader");
        removal.remove = true;
        QVERIFY(!test::await(fixture.sandbox().api().putRemoteCluster(removal))->hasError());
        ui::CcrPage page(&fixture.settings());
        page.show();
        page.setSession(fixture.session());
        QTRY_COMPARE(page.followersPage()->listStatus().kind, Kind::NoRemoteClusters);
        QTest::mouseClick(page.followersPage()->emptyState()->button(), Qt::LeftButton);
        QCOMPARE(page.currentWidget(), page.remoteClustersPage());
        // The security model is asked first; the certificate leads to the add dialog.
        ui::RemoteSecurityChoiceDialog* choice = nullptr;
        QTRY_VERIFY((choice = page.remoteClustersPage()->findChild<ui::RemoteSecurityChoiceDialog*>()) != nullptr);
        choice->setModel(ui::RemoteSecurityChoiceDialog::Model::Certificate);
        choice->accept();
        QTRY_VERIFY(page.remoteClustersPage()->findChild<ui::RemoteClusterDialog*>() != nullptr);
    }

    void followManyFromAutoFollowTab()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.startSandbox(), qPrintable(fixture.errorString()));
        ui::CcrPage page(&fixture.settings());
        page.show();
        page.setSession(fixture.session());
        page.setCurrentWidget(page.autoFollowPage());
        emit page.autoFollowPage()->followManyRequested();
        QCOMPARE(page.currentWidget(), page.followersPage());
        QTRY_VERIFY(page.followersPage()->findChild<ui::FollowManyDialog*>() != nullptr);
    }
};

QTEST_MAIN(CcrPageTest)
#include "tst_ccrpage.moc"
