// Pausing a follower that is already paused (the list was stale) has one outcome wherever it is done: "already
// paused", not an error — in the window for one row, in the window for several rows, and in the CLI (exit 0).
// All three go through the session's FollowerActions against the same in-process sandbox.
#include "AwaitJob.h"
#include "CliRunner.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowerActions.h"
#include "sandbox/Sandbox.h"
#include "ui/common/BulkActionDialog.h"
#include "ui/followers/FollowerActionController.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace duper;
using duper::test::await;
using duper::ui::BulkActionDialog;
using duper::ui::FollowerActionController;

class AlreadyPausedTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameOutcomeInWindowBulkAndCli();

private:
    static QString follower(int i) { return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0')); }
    // The row as a list read before the pause still shows it: Active.
    static FollowerRow staleRow(const QString& name);
    FollowerStatus clusterStatus(const QString& name);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<FollowerActionController> m_controller;
};

void AlreadyPausedTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 4;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(5);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test-connection"), m_settings.get());
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    m_controller = std::make_unique<FollowerActionController>(m_session->followerActions(), m_window.get());
    m_controller->setConfirmationsEnabled(false);
}

void AlreadyPausedTest::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_fixture.reset();
}

FollowerRow AlreadyPausedTest::staleRow(const QString& name)
{
    FollowerRow row;
    row.name = name;
    row.remoteCluster = QStringLiteral("leader");
    row.state = FollowerState::Active;
    return row;
}

FollowerStatus AlreadyPausedTest::clusterStatus(const QString& name)
{
    auto job = await(m_fixture->api().followInfo({name}));
    if (job->hasError() || job->result()->followers.isEmpty())
        return FollowerStatus::Active;
    return job->result()->followers.first().status;
}

void AlreadyPausedTest::sameOutcomeInWindowBulkAndCli()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!await(m_fixture->api().pauseFollow(follower(i)))->hasError());

    // 1. Window, one row: a status message, no error box.
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    QSignalSpy status(m_controller.get(), &FollowerActionController::statusMessage);
    m_controller->pause({staleRow(follower(1))});
    QVERIFY(changed.wait(5000));
    QCOMPARE(status.last().first().toString(), QStringLiteral("Follower index %1 is already paused").arg(follower(1)));
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("actionFailedBox")));

    // 2. Window, several rows: each "already done" with the reason, nothing failed, nothing to retry.
    m_controller->pause({staleRow(follower(2)), staleRow(follower(3))});
    QVERIFY(changed.wait(5000));
    auto* dialog = m_window->findChild<BulkActionDialog*>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->runner()->count(BatchItemResult::Outcome::AlreadyDone), 2);
    QCOMPARE(dialog->runner()->count(BatchItemResult::Outcome::Failed), 0);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("resultList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("✔ Already done"));
        QCOMPARE(list->topLevelItem(i)->text(2), QStringLiteral("already paused"));
    }
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible());
    QCOMPARE(status.last().first().toString(), QStringLiteral("Paused 2 follower indices"));

    // 3. CLI: exit 0 and says so, in text and in JSON.
    test::CliRunner cli;
    const QString url = m_fixture->sandbox().followerUrl().toString();
    const auto text =
        cli.run({QStringLiteral("--url"), url, QStringLiteral("pause"), QStringLiteral("-f"), follower(1)});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText(), QStringLiteral("%1 is already paused: nothing to do.\n").arg(follower(1)));
    const auto json = cli.run({QStringLiteral("--url"), url, QStringLiteral("pause"), QStringLiteral("-f"), follower(2),
                               QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value(QLatin1String("follower_index")).toString(), follower(2));
    QCOMPARE(json.object().value(QLatin1String("already_paused")).toBool(), true);

    // Nothing changed on the cluster: the three are still paused, the fourth still active.
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(clusterStatus(follower(i)), FollowerStatus::Paused);
    QCOMPARE(clusterStatus(follower(4)), FollowerStatus::Active);
}

QTEST_MAIN(AlreadyPausedTest)
#include "tst_alreadypaused.moc"
