// The Edit follower index dialog: pause → resume with new parameters, step by step, against the sandbox.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/followers/FollowerActions.h"
#include "sandbox/Sandbox.h"
#include "ui/followers/EditFollowerDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

class EditFollowerDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editActiveFollower();
    void editPausedFollower();
    void failedResumeOffersPreviousSettings();

private:
    FollowerRow follow(const FollowParameters& parameters);
    std::optional<FollowerInfo> info();
    template <typename T> T* child(ui::EditFollowerDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<FollowerActions> m_actions;
};

void EditFollowerDialogTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_actions = std::make_unique<FollowerActions>(&m_fixture->api(), nullptr);
}

void EditFollowerDialogTest::cleanup()
{
    m_actions.reset();
    m_fixture.reset();
}

FollowerRow EditFollowerDialogTest::follow(const FollowParameters& parameters)
{
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    request.parameters = parameters;
    auto job = await(m_fixture->api().follow(QStringLiteral("orders-copy"), request));
    if (job->hasError())
        qWarning("follow failed: %s", qPrintable(job->error().userMessage()));
    FollowerRow row;
    row.name = QStringLiteral("orders-copy");
    row.remoteCluster = request.remoteCluster;
    row.leaderIndex = request.leaderIndex;
    if (const auto current = info()) {
        row.parameters = current->parameters;
        row.hasParameters = current->hasParameters;
    }
    return row;
}

std::optional<FollowerInfo> EditFollowerDialogTest::info()
{
    auto job = await(m_fixture->api().followInfo({QStringLiteral("orders-copy")}));
    if (job->hasError() || job->result()->followers.isEmpty())
        return std::nullopt;
    return job->result()->followers.first();
}

void EditFollowerDialogTest::editActiveFollower()
{
    FollowParameters initial;
    initial.maxOutstandingReadRequests = 4;
    const FollowerRow row = follow(initial);
    ui::EditFollowerDialog dialog(m_actions.get(), row);
    dialog.show();
    QCOMPARE(child<QLineEdit>(dialog, "followerValue")->text(), QStringLiteral("orders-copy"));
    QVERIFY(child<QLineEdit>(dialog, "leaderValue")->isReadOnly());
    QVERIFY(!child<QLabel>(dialog, "noteLabel")->text().isEmpty());
    // Prefilled with the value in force; defaults stay empty (placeholder).
    auto* outstanding = child<QLineEdit>(dialog, "maxOutstandingReadRequestsEdit");
    QCOMPARE(outstanding->text(), QStringLiteral("4"));
    QVERIFY(child<QLineEdit>(dialog, "readPollTimeoutEdit")->text().isEmpty());

    outstanding->clear();
    QTest::keyClicks(outstanding, QStringLiteral("6"));
    QTest::keyClicks(child<QLineEdit>(dialog, "maxRetryDelayEdit"), QStringLiteral("3s"));
    QSignalSpy updated(&dialog, &ui::EditFollowerDialog::followerUpdated);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto* steps = child<QListWidget>(dialog, "stepList");
    QCOMPARE(steps->count(), 3);
    QVERIFY(steps->item(1)->text().contains(QStringLiteral("done")));
    const auto current = info();
    QVERIFY(current);
    QCOMPARE(current->status, FollowerStatus::Active);
    QCOMPARE(current->parameters.maxOutstandingReadRequests, std::optional<int>(6));
    QCOMPARE(current->parameters.text(FollowParameter::MaxRetryDelay), QStringLiteral("3s"));
}

void EditFollowerDialogTest::editPausedFollower()
{
    FollowParameters initial;
    initial.maxWriteBufferCount = 1000;
    FollowerRow row = follow(initial);
    const FollowParameters remembered = row.parameters;
    QVERIFY(!await(m_fixture->api().pauseFollow(row.name))->hasError());
    row.state = FollowerState::Paused;
    row.parameters = {};
    row.hasParameters = false;

    ui::EditFollowerDialog dialog(m_actions.get(), row);
    dialog.setInitialParameters(remembered);
    dialog.show();
    auto* count = child<QLineEdit>(dialog, "maxWriteBufferCountEdit");
    QCOMPARE(count->text(), QStringLiteral("1000"));
    count->clear();
    QTest::keyClicks(count, QStringLiteral("2000"));
    QSignalSpy updated(&dialog, &ui::EditFollowerDialog::followerUpdated);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    QVERIFY2(child<QListWidget>(dialog, "stepList")->item(1)->text().contains(QStringLiteral("already done")),
             qPrintable(child<QListWidget>(dialog, "stepList")->item(1)->text()));
    const auto current = info();
    QCOMPARE(current->status, FollowerStatus::Active);
    QCOMPARE(current->parameters.maxWriteBufferCount, std::optional<int>(2000));
}

void EditFollowerDialogTest::failedResumeOffersPreviousSettings()
{
    FollowParameters initial;
    initial.maxOutstandingReadRequests = 4;
    const FollowerRow row = follow(initial);
    ui::EditFollowerDialog dialog(m_actions.get(), row);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "readPollTimeoutEdit"), QStringLiteral("30s"));
    // The remote becomes unreachable: the pause works, the resume is refused.
    m_fixture->sandbox().faults().remoteDisconnected = true;
    QSignalSpy updated(&dialog, &ui::EditFollowerDialog::followerUpdated);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    auto* failure = child<QLabel>(dialog, "failureLabel");
    QTRY_VERIFY(failure->isVisible());
    QVERIFY2(failure->text().contains(QStringLiteral("paused")), qPrintable(failure->text()));
    QVERIFY(child<QListWidget>(dialog, "stepList")->item(2)->text().contains(QStringLiteral("failed")));
    QCOMPARE(info()->status, FollowerStatus::Paused);
    QVERIFY(dialog.isVisible());
    QCOMPARE(updated.size(), 0);

    auto* previous = child<QPushButton>(dialog, "resumePreviousButton");
    QVERIFY(previous->isVisible());
    m_fixture->sandbox().faults().remoteDisconnected = false;
    QTest::mouseClick(previous, Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    QVERIFY(!previous->isVisible());
    const auto current = info();
    QCOMPARE(current->status, FollowerStatus::Active);
    QCOMPARE(current->parameters.maxOutstandingReadRequests, std::optional<int>(4));
    QCOMPARE(current->parameters.text(FollowParameter::ReadPollTimeout), QStringLiteral("1m"));
}

QTEST_MAIN(EditFollowerDialogTest)
#include "tst_editfollowerdialog.moc"
