// "Check consistency" in the follower details panel (issue 16 §4), against the in-process sandbox: the leader picked
// from the saved connections (the one named like the follower's remote cluster), the button clicked, the verdict
// read in words: complete, then different after the emulator's diverge fault; and the hint without a leader
// connection.
#include "GuiFixture.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowerRow.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/Sandbox.h"
#include "ui/followers/ConsistencyCheckView.h"
#include "ui/followers/FollowerDetailsPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace duper;
using duper::ui::ConsistencyCheckView;
using duper::ui::FollowerDetailsPanel;

class ConsistencyCheckViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickShowsVerdict();
    void withoutLeaderConnection();

private:
    QString clickAndWait();

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<FollowerDetailsPanel> m_panel;
    FollowerRow m_row;
};

void ConsistencyCheckViewTest::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY2(m_fixture->startSandbox(), qPrintable(m_fixture->errorString()));
    sandbox::Sandbox& sandbox = m_fixture->sandbox().sandbox();
    sandbox.createLeaderIndex(QStringLiteral("orders"));
    sandbox.indexLeaderDocuments(QStringLiteral("orders"), 25);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    QSignalSpy followed(m_fixture->sandbox().api().follow(QStringLiteral("orders-copy"), request), &EsJob::finished);
    QVERIFY(followed.wait());
    sandbox.advance(3);

    m_row.name = QStringLiteral("orders-copy");
    m_row.remoteCluster = QStringLiteral("leader");
    m_row.leaderIndex = QStringLiteral("orders");
    m_row.state = FollowerState::Active;
    m_panel = std::make_unique<FollowerDetailsPanel>();
    m_panel->resize(500, 800);
    m_panel->show();
}

void ConsistencyCheckViewTest::cleanup()
{
    m_panel.reset();
    m_fixture.reset();
}

QString ConsistencyCheckViewTest::clickAndWait()
{
    ConsistencyCheckView* view = m_panel->consistencyView();
    QSignalSpy finished(view, &ConsistencyCheckView::checkFinished);
    auto* button = test::child<QPushButton>(m_panel.get(), "checkConsistencyButton");
    if (!button->isEnabled())
        return QStringLiteral("(button disabled)");
    QTest::mouseClick(button, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(10000))
        return QStringLiteral("(no answer)");
    return test::child<QLabel>(m_panel.get(), "consistencyVerdictLabel")->text();
}

void ConsistencyCheckViewTest::clickShowsVerdict()
{
    ConnectionProfile other;
    other.id = QStringLiteral("other-id");
    other.name = QStringLiteral("Staging");
    other.urls = {QUrl(QStringLiteral("http://127.0.0.1:1"))};
    ConnectionProfile leader;
    leader.id = QStringLiteral("leader-id");
    leader.name = QStringLiteral("Leader");
    leader.urls = {m_fixture->sandbox().sandbox().leaderUrl()};
    QNetworkAccessManager* network = &m_fixture->sandbox().network();
    ConsistencyCheckView* view = m_panel->consistencyView();
    view->setLeaderSource(
        [=] {
            return QList<ConnectionProfile>{other, leader};
        },
        [network] { return new ClusterSessionOpener(network, nullptr, nullptr, nullptr, nullptr); });
    view->setFollowerSession(m_fixture->session());
    m_panel->showFollower(&m_row);

    // The connection named like the follower's remote cluster ("leader") is picked.
    QCOMPARE(test::child<QComboBox>(m_panel.get(), "consistencyLeaderCombo")->currentText(), QStringLiteral("Leader"));
    const QString complete = clickAndWait();
    QVERIFY2(complete.startsWith(QLatin1String("Complete")), qPrintable(complete));
    QVERIFY2(complete.contains(QLatin1String("hold 25 document")), qPrintable(complete)); // no plural forms loaded

    // A refresh of the same follower keeps the verdict.
    m_panel->showFollower(&m_row);
    QCOMPARE(test::child<QLabel>(m_panel.get(), "consistencyVerdictLabel")->text(), complete);

    m_fixture->sandbox().sandbox().faults().divergingFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().sandbox().advance(1);
    const QString differs = clickAndWait();
    QVERIFY2(differs.startsWith(QLatin1String("Differs")), qPrintable(differs));
    QVERIFY2(differs.contains(QLatin1String("the leader holds 25 documents and the follower 24")), qPrintable(differs));
}

void ConsistencyCheckViewTest::withoutLeaderConnection()
{
    QNetworkAccessManager* network = &m_fixture->sandbox().network();
    ConsistencyCheckView* view = m_panel->consistencyView();
    view->setLeaderSource([] { return QList<ConnectionProfile>{}; },
                          [network] { return new ClusterSessionOpener(network, nullptr, nullptr, nullptr, nullptr); });
    view->setFollowerSession(m_fixture->session());
    m_panel->showFollower(&m_row);
    QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "checkConsistencyButton"), Qt::LeftButton);
    const QString hint = test::child<QLabel>(m_panel.get(), "consistencyVerdictLabel")->text();
    QVERIFY2(hint.contains(QLatin1String("save a connection to the leader cluster")), qPrintable(hint));
}

QTEST_MAIN(ConsistencyCheckViewTest)
#include "tst_consistencycheckview.moc"
