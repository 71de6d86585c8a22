// RemoteClusterPicker against an in-process sandbox: loading, then each remote marked connected or not (disconnected
// ones not pickable unless asked), the preferred remote selected, a missing one kept as "not configured", none
// configured with a hint, a failed load with the reason, and a second picker filled at once from the session.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/remotes/RemoteClusterRefresher.h"
#include "core/session/ClusterSession.h"
#include "ui/common/RemoteClusterPicker.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace duper;
using duper::test::await;
using ui::RemoteClusterPicker;

class RemoteClusterPickerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notConnectedWithoutSession();
    void listsRemotesMarkedConnected();
    void disconnectedRemoteNotPickable();
    void disconnectedRemoteSelectableWhenAsked();
    void preferredRemoteSelected();
    void missingPreferredKeptAsNotConfigured();
    void noneConfiguredGivesHint();
    void loadFailureSaysWhy();
    void secondPickerFilledAtOnce();
    void keepsSelectionAcrossReload();

private:
    void addOffline();
    bool waitLoaded(RemoteClusterPicker& picker);
    bool itemEnabled(const RemoteClusterPicker& picker, int row) const;

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
};

void RemoteClusterPickerTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), nullptr);
}

void RemoteClusterPickerTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

void RemoteClusterPickerTest::addOffline()
{
    RemoteClusterSettings offline;
    offline.alias = QStringLiteral("aaa-offline"); // sorts before "leader"
    offline.mode = RemoteClusterMode::Sniff;
    offline.seeds = {QStringLiteral("127.0.0.1:1")};
    QVERIFY(!await(m_fixture->api().putRemoteCluster(offline))->hasError());
}

bool RemoteClusterPickerTest::waitLoaded(RemoteClusterPicker& picker)
{
    QSignalSpy loaded(&picker, &RemoteClusterPicker::remotesLoaded);
    return loaded.wait(5000);
}

bool RemoteClusterPickerTest::itemEnabled(const RemoteClusterPicker& picker, int row) const
{
    auto* model = qobject_cast<QStandardItemModel*>(picker.model());
    return model && model->item(row)->isEnabled();
}

void RemoteClusterPickerTest::notConnectedWithoutSession()
{
    RemoteClusterPicker picker;
    QCOMPARE(picker.state(), RemoteClusterPicker::State::NotConnected);
    QCOMPARE(picker.count(), 0);
    QVERIFY(!picker.isEnabled());
    QVERIFY(picker.currentRemote().isEmpty());
    QCOMPARE(picker.placeholderText(), picker.stateMessage());
}

void RemoteClusterPickerTest::listsRemotesMarkedConnected()
{
    RemoteClusterPicker picker;
    picker.show();
    QSignalSpy states(&picker, &RemoteClusterPicker::stateChanged);
    picker.setSession(m_session.get());
    QCOMPARE(picker.state(), RemoteClusterPicker::State::Loading);
    QCOMPARE(picker.placeholderText(), QStringLiteral("Loading remote clusters…"));
    QVERIFY(!picker.isEnabled());
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.state(), RemoteClusterPicker::State::Ready);
    QVERIFY(picker.stateMessage().isEmpty());
    QCOMPARE(picker.count(), 1);
    QCOMPARE(picker.itemText(0), QStringLiteral("leader (connected)"));
    QCOMPARE(picker.currentRemote(), QStringLiteral("leader"));
    QCOMPARE(picker.currentData().toString(), QStringLiteral("leader"));
    QVERIFY(picker.isCurrentConnected());
    QVERIFY(picker.isEnabled());
    QVERIFY(states.size() >= 2);
}

void RemoteClusterPickerTest::disconnectedRemoteNotPickable()
{
    addOffline();
    RemoteClusterPicker picker;
    picker.setDisconnectedToolTip(QStringLiteral("Cannot reach %1"));
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.count(), 2);
    QCOMPARE(picker.itemText(0), QStringLiteral("aaa-offline (not connected)"));
    QVERIFY(!itemEnabled(picker, 0));
    QCOMPARE(picker.itemData(0, Qt::ToolTipRole).toString(), QStringLiteral("Cannot reach aaa-offline"));
    QCOMPARE(picker.itemData(0, RemoteClusterPicker::ConnectedRole).toBool(), false);
    QVERIFY(itemEnabled(picker, 1));
    QCOMPARE(picker.currentRemote(), QStringLiteral("leader")); // the first connected one

    // With only disconnected remotes nothing is picked, and the picker says so.
    m_fixture->sandbox().faults().remoteDisconnected = true;
    picker.reload();
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.state(), RemoteClusterPicker::State::NoneConnected);
    QCOMPARE(picker.currentIndex(), -1);
    QCOMPARE(picker.stateMessage(), QStringLiteral("No remote cluster is connected right now."));
    QCOMPARE(picker.placeholderText(), picker.stateMessage());

    // Or shows the first, unpickable, with its tooltip (the create-follower dialog's way).
    picker.setShowsUnpickableWhenNoneConnected(true);
    picker.reload();
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.state(), RemoteClusterPicker::State::NoneConnected);
    QCOMPARE(picker.currentIndex(), 0);
    QCOMPARE(picker.currentText(), QStringLiteral("aaa-offline (not connected)"));
    QVERIFY(!itemEnabled(picker, 0));
    QVERIFY(!picker.isCurrentConnected());
}

void RemoteClusterPickerTest::disconnectedRemoteSelectableWhenAsked()
{
    addOffline();
    RemoteClusterPicker picker;
    picker.setDisconnectedSelectable(true);
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    QVERIFY(itemEnabled(picker, 0));
    QCOMPARE(picker.currentRemote(), QStringLiteral("aaa-offline"));
    QVERIFY(!picker.isCurrentConnected());
}

void RemoteClusterPickerTest::preferredRemoteSelected()
{
    RemoteClusterSettings second;
    second.alias = QStringLiteral("zzz-second");
    second.mode = RemoteClusterMode::Sniff;
    second.seeds = {m_fixture->sandbox().leader().transportAddress()};
    QVERIFY(!await(m_fixture->api().putRemoteCluster(second))->hasError());
    RemoteClusterPicker picker;
    picker.setPreferredRemote(QStringLiteral("zzz-second"));
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.count(), 2);
    QCOMPARE(picker.currentRemote(), QStringLiteral("zzz-second"));
}

void RemoteClusterPickerTest::missingPreferredKeptAsNotConfigured()
{
    RemoteClusterPicker picker;
    picker.setDisconnectedSelectable(true);
    picker.setPreferredRemote(QStringLiteral("gone"), true);
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.count(), 2);
    QCOMPARE(picker.currentText(), QStringLiteral("gone (not configured)"));
    QCOMPARE(picker.currentRemote(), QStringLiteral("gone"));
    QVERIFY(!picker.isCurrentConnected());
}

void RemoteClusterPickerTest::noneConfiguredGivesHint()
{
    RemoteClusterSettings remove;
    remove.alias = QStringLiteral("leader");
    remove.remove = true;
    QVERIFY(!await(m_fixture->api().putRemoteCluster(remove))->hasError());
    RemoteClusterPicker picker;
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.state(), RemoteClusterPicker::State::NoneConfigured);
    QCOMPARE(picker.count(), 0);
    QVERIFY(!picker.isEnabled());
    QCOMPARE(picker.stateMessage(), QStringLiteral("This cluster has no remote cluster yet. Add one first."));
    QCOMPARE(picker.placeholderText(), picker.stateMessage());
}

void RemoteClusterPickerTest::loadFailureSaysWhy()
{
    m_fixture->sandbox().faults().errorRate = 1.0;
    RemoteClusterPicker picker;
    QSignalSpy states(&picker, &RemoteClusterPicker::stateChanged);
    picker.setSession(m_session.get());
    QTRY_COMPARE_WITH_TIMEOUT(picker.state(), RemoteClusterPicker::State::LoadFailed, 5000);
    QVERIFY(picker.lastError().isError());
    QVERIFY(picker.stateMessage().startsWith(QStringLiteral("Could not list the remote clusters: ")));
    QVERIFY(picker.stateMessage().contains(picker.lastError().userMessage()));
    QVERIFY(!picker.lastError().userMessage().isEmpty());
    QCOMPARE(picker.toolTip(), picker.stateMessage());
    QCOMPARE(picker.count(), 0);

    m_fixture->sandbox().faults().errorRate = 0.0;
    picker.reload();
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.state(), RemoteClusterPicker::State::Ready);
    QCOMPARE(picker.currentRemote(), QStringLiteral("leader"));
}

void RemoteClusterPickerTest::secondPickerFilledAtOnce()
{
    RemoteClusterPicker first;
    first.setSession(m_session.get());
    QVERIFY(waitLoaded(first));
    RemoteClusterPicker second;
    second.setSession(m_session.get()); // the session's refresher already has the list
    QCOMPARE(second.state(), RemoteClusterPicker::State::Ready);
    QCOMPARE(second.currentRemote(), QStringLiteral("leader"));
    QVERIFY(waitLoaded(second)); // and brings it up to date
    QCOMPARE(second.currentRemote(), QStringLiteral("leader"));
}

void RemoteClusterPickerTest::keepsSelectionAcrossReload()
{
    RemoteClusterSettings second;
    second.alias = QStringLiteral("zzz-second");
    second.mode = RemoteClusterMode::Sniff;
    second.seeds = {m_fixture->sandbox().leader().transportAddress()};
    QVERIFY(!await(m_fixture->api().putRemoteCluster(second))->hasError());
    RemoteClusterPicker picker;
    picker.setSession(m_session.get());
    QVERIFY(waitLoaded(picker));
    picker.setCurrentIndex(picker.findData(QStringLiteral("zzz-second")));
    QSignalSpy changed(&picker, &QComboBox::currentIndexChanged);
    picker.reload();
    QVERIFY(waitLoaded(picker));
    QCOMPARE(picker.currentRemote(), QStringLiteral("zzz-second"));
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(RemoteClusterPickerTest)
#include "tst_remoteclusterpicker.moc"
