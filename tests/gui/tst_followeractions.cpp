// FollowerActionController with its confirmations and dialogs, clicked through offscreen against an in-process
// sandbox.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/FollowerActions.h"
#include "core/followers/RememberedParameters.h"
#include "core/procedures/FollowerProcedure.h"
#include "ui/common/BulkActionDialog.h"
#include "ui/followers/EditFollowerDialog.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/ProcedureDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
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
using duper::ui::ProcedureDialog;

class FollowerActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pauseSingleRemembersCustomSettings();
    void resumeSingleWithRememberedSettings();
    void bulkPauseSkipsPausedOnes();
    void bulkUnfollowShowsPerIndexResults();
    void unfollowStepFailsThenTryAgainCompletes();
    void reopenWhenRecreateLeftTheIndexClosed();
    void recreateFollower();
    void confirmationsDisabledRunsAtOnce();
    void pauseResumePreferenceStillAsksBeforeUnfollow();
    void copyRequestPutsTheFollowRequestOnTheClipboard();
    void stopWhileRunningThenTryAgain();
    void editOpensTheEditDialog();

private:
    static QString follower(int i) { return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0')); }
    // Rows as the table would show them, read from follow_info.
    QList<FollowerRow> rows(const QStringList& names);
    FollowerRow row(const QString& name) { return rows({name}).value(0); }
    void followWithCustomSettings(const QString& leader, const QString& followerName);
    QString indexStatus(const QString& index);
    void setCloseAllowed(bool allowed);
    // The confirmation box now showing; fails the test when there is none.
    QMessageBox* confirmation(const QString& objectName);
    void accept(const QString& objectName);
    template <typename T> T* dialogChild(QWidget* dialog, const char* name)
    {
        T* widget = dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RememberedParameters> m_memory;
    std::unique_ptr<FollowerActions> m_actions;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<FollowerActionController> m_controller;
    CcrApi* m_api = nullptr;
};

void FollowerActionsTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 4;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(5);
    m_api = &m_fixture->api();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    m_memory = std::make_unique<RememberedParameters>(m_settings.get(), QStringLiteral("test-connection"));
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    m_actions = std::make_unique<FollowerActions>(m_api, m_memory.get());
    m_controller = std::make_unique<FollowerActionController>(m_actions.get(), m_window.get());
}

void FollowerActionsTest::cleanup()
{
    m_controller.reset();
    m_window.reset(); // closes and deletes the dialogs parented to it
    m_actions.reset();
    m_memory.reset();
    m_settings.reset();
    m_fixture.reset();
}

QList<FollowerRow> FollowerActionsTest::rows(const QStringList& names)
{
    QList<FollowerRow> result;
    auto job = await(m_api->followInfo());
    if (job->hasError())
        return result;
    for (const QString& name : names) {
        FollowerRow row;
        row.name = name;
        for (const FollowerInfo& info : job->result()->followers) {
            if (info.followerIndex != name)
                continue;
            row.remoteCluster = info.remoteCluster;
            row.leaderIndex = info.leaderIndex;
            row.state = info.status == FollowerStatus::Active ? FollowerState::Active : FollowerState::Paused;
            row.parameters = info.parameters;
            row.hasParameters = info.hasParameters;
        }
        result.append(row);
    }
    return result;
}

void FollowerActionsTest::followWithCustomSettings(const QString& leader, const QString& followerName)
{
    m_fixture->sandbox().createLeaderIndex(leader);
    m_fixture->sandbox().indexLeaderDocuments(leader, 20);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leader;
    QVERIFY(!request.parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("64")));
    QVERIFY(!request.parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("2s")));
    auto job = await(m_api->follow(followerName, request));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    m_fixture->sandbox().advance(5);
}

QString FollowerActionsTest::indexStatus(const QString& index)
{
    auto job = await(m_api->client()->send(EsRequest::get({QStringLiteral("_cat"), QStringLiteral("indices"), index})
                                               .addQuery(QStringLiteral("format"), QStringLiteral("json"))));
    const QJsonArray list = QJsonDocument::fromJson(job->body()).array();
    return list.isEmpty() ? QString() : list.first().toObject().value(QLatin1String("status")).toString();
}

void FollowerActionsTest::setCloseAllowed(bool allowed)
{
    const QByteArray body = allowed ? R"({"persistent":{"cluster.indices.close.enable":null}})"
                                    : R"({"persistent":{"cluster.indices.close.enable":false}})";
    auto job = await(m_api->client()->send(
        EsRequest::put({QStringLiteral("_cluster"), QStringLiteral("settings")}).setJsonBody(body)));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

QMessageBox* FollowerActionsTest::confirmation(const QString& objectName)
{
    QMessageBox* box = nullptr;
    // Shown with open(): the window-modal box is the active modal widget as soon as the call returns.
    for (int i = 0; i < 50 && !box; ++i) {
        box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            QTest::qWait(20);
    }
    if (!box || box->objectName() != objectName) {
        qWarning("expected %s, got %s", qPrintable(objectName), box ? qPrintable(box->objectName()) : "nothing");
        return nullptr;
    }
    return box;
}

void FollowerActionsTest::accept(const QString& objectName)
{
    QMessageBox* box = confirmation(objectName);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
}

void FollowerActionsTest::pauseSingleRemembersCustomSettings()
{
    followWithCustomSettings(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    QSignalSpy status(m_controller.get(), &FollowerActionController::statusMessage);

    // Cancel first: nothing happens.
    m_controller->pause({row(QStringLiteral("orders-copy"))});
    QMessageBox* box = confirmation(QStringLiteral("confirmPauseBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("orders-copy")));
    QVERIFY(box->informativeText().contains(QLatin1String("Elasticsearch forgets them")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(changed.isEmpty());
    QCOMPARE(row(QStringLiteral("orders-copy")).state, FollowerState::Active);

    m_controller->pause({row(QStringLiteral("orders-copy"))});
    accept(QStringLiteral("confirmPauseBox"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(row(QStringLiteral("orders-copy")).state, FollowerState::Paused);
    QCOMPARE(status.last().first().toString(), QStringLiteral("Paused follower index orders-copy"));
    const auto remembered = m_memory->recall(QStringLiteral("orders-copy"));
    QVERIFY(remembered);
    QCOMPARE(remembered->maxReadRequestOperationCount, 64);

    // Default settings: no warning about forgetting them.
    m_controller->pause({row(follower(1))});
    box = confirmation(QStringLiteral("confirmPauseBox"));
    QVERIFY(box);
    QVERIFY(!box->informativeText().contains(QLatin1String("forgets")));
    box->reject();
}

void FollowerActionsTest::resumeSingleWithRememberedSettings()
{
    followWithCustomSettings(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    m_controller->setConfirmationsEnabled(false);
    m_controller->pause({row(QStringLiteral("orders-copy"))});
    QVERIFY(changed.wait(5000));
    QVERIFY(!row(QStringLiteral("orders-copy")).hasParameters); // Elasticsearch forgot them
    m_controller->setConfirmationsEnabled(true);

    m_controller->resume({row(QStringLiteral("orders-copy"))});
    QMessageBox* box = confirmation(QStringLiteral("confirmResumeBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1String("max_read_request_operation_count: 64")));
    auto* check = box->findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"));
    QVERIFY(check);
    QCOMPARE(check->text(), QStringLiteral("Resume with the settings it had"));
    QVERIFY(check->isChecked());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(changed.wait(5000));

    const FollowerRow resumed = row(QStringLiteral("orders-copy"));
    QCOMPARE(resumed.state, FollowerState::Active);
    QCOMPARE(resumed.parameters.maxReadRequestOperationCount, 64);
    QCOMPARE(resumed.parameters.text(FollowParameter::MaxRetryDelay), QStringLiteral("2s"));

    // Nothing remembered: the box says Elasticsearch's defaults are used, without a check box.
    m_controller->setConfirmationsEnabled(false);
    m_controller->pause({row(follower(1))});
    QVERIFY(changed.wait(5000));
    m_memory->forget(follower(1));
    m_controller->setConfirmationsEnabled(true);
    m_controller->resume({row(follower(1))});
    box = confirmation(QStringLiteral("confirmResumeBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1String("default advanced settings")));
    QVERIFY(!box->checkBox());
    box->reject();
}

void FollowerActionsTest::bulkPauseSkipsPausedOnes()
{
    QVERIFY(!await(m_api->pauseFollow(follower(2)))->hasError());
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    QSignalSpy status(m_controller.get(), &FollowerActionController::statusMessage);
    m_controller->pause(rows({follower(1), follower(2), follower(3)}));
    QMessageBox* box = confirmation(QStringLiteral("confirmPauseBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("2 follower indices")));
    QVERIFY(box->informativeText().contains(QStringLiteral("Already paused, skipped: %1").arg(follower(2))));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);

    QVERIFY(changed.wait(5000));
    auto* dialog = m_window->findChild<BulkActionDialog*>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* list = dialogChild<QTreeWidget>(dialog, "resultList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("✔ Succeeded"));
    QVERIFY(!dialogChild<QPushButton>(dialog, "retryButton")->isVisible());
    QCOMPARE(status.last().first().toString(), QStringLiteral("Paused 2 follower indices"));
    for (const FollowerRow& r : rows({follower(1), follower(2), follower(3)}))
        QCOMPARE(r.state, FollowerState::Paused);
    QCOMPARE(row(follower(4)).state, FollowerState::Active);
    QTest::mouseClick(dialogChild<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkActionDialog*>(QStringLiteral("bulkActionDialog")));
}

void FollowerActionsTest::bulkUnfollowShowsPerIndexResults()
{
    QVERIFY(!await(m_api->client()->send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    QList<FollowerRow> selection = rows({follower(1), follower(2), follower(3)});
    FollowerRow plain; // the table is out of date: "plain" is no longer a follower
    plain.name = QStringLiteral("plain");
    selection.insert(1, plain);
    m_memory->remember(follower(1), FollowParameters());

    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    m_controller->unfollow(selection);
    QMessageBox* box = confirmation(QStringLiteral("confirmUnfollowBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1String("cannot be undone")));
    QVERIFY(box->informativeText().contains(QLatin1String("plain")));
    QCOMPARE(box->defaultButton(), box->findChild<QPushButton*>(QStringLiteral("cancelButton")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);

    QVERIFY(changed.wait(10000));
    auto* dialog = m_window->findChild<BulkActionDialog*>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    auto* list = dialogChild<QTreeWidget>(dialog, "resultList");
    QCOMPARE(list->topLevelItemCount(), 4);
    // Failures first, with the reason.
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("plain"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("✘ Failed"));
    QVERIFY(list->topLevelItem(0)->text(2).contains(QLatin1String("is not a follower index")));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("✔ Succeeded"));
    QVERIFY(dialogChild<QPushButton>(dialog, "retryButton")->isVisible());
    QVERIFY(dialogChild<QLabel>(dialog, "summaryLabel")->text().contains(QLatin1String("1 failed")));
    QVERIFY(!m_memory->recall(follower(1)));
    QCOMPARE(indexStatus(follower(2)), QStringLiteral("open"));
    QVERIFY(rows({follower(4)}).first().hasParameters);
    auto info = await(m_api->followInfo());
    QCOMPARE(info->result()->followers.size(), 1); // only follower 4 is left
}

void FollowerActionsTest::unfollowStepFailsThenTryAgainCompletes()
{
    setCloseAllowed(false);
    m_controller->unfollow({row(follower(1))});
    accept(QStringLiteral("confirmUnfollowBox"));
    ProcedureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProcedureDialog*>(QStringLiteral("unfollowProcedureDialog"))));
    auto* retry = dialogChild<QPushButton>(dialog, "retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 5000);
    QCOMPARE(dialog->stepState(ProcedureStep::Pause), ProcedureDialog::StepState::Done);
    QCOMPARE(dialog->stepState(ProcedureStep::Close), ProcedureDialog::StepState::Failed);
    QCOMPARE(dialog->stepState(ProcedureStep::Unfollow), ProcedureDialog::StepState::Waiting);
    auto* steps = dialogChild<QTreeWidget>(dialog, "stepList");
    QCOMPARE(steps->topLevelItem(2)->text(1), QStringLiteral("✘ Failed"));
    QVERIFY(!steps->topLevelItem(2)->icon(1).isNull());
    const QString report = dialogChild<QLabel>(dialog, "outcomeLabel")->text();
    QVERIFY2(report.contains(QLatin1String("closing indices is disabled")), qPrintable(report));
    QVERIFY(!dialogChild<QPushButton>(dialog, "reopenButton")->isVisible()); // still open: nothing to reopen

    setCloseAllowed(true);
    QSignalSpy done(dialog, &ProcedureDialog::finishedSuccessfully);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().first().toString(), follower(1));
    QCOMPARE(dialog->stepState(ProcedureStep::Pause), ProcedureDialog::StepState::AlreadyDone);
    QCOMPARE(dialog->stepState(ProcedureStep::Open), ProcedureDialog::StepState::Done);
    QVERIFY(!retry->isVisible());
    QCOMPARE(indexStatus(follower(1)), QStringLiteral("open"));
    QVERIFY(rows({follower(1)}).first().remoteCluster.isEmpty()); // no longer a follower
}

void FollowerActionsTest::reopenWhenRecreateLeftTheIndexClosed()
{
    // The leader is gone: the follow step fails after the follower was closed.
    const FollowerRow target = row(follower(1));
    m_fixture->sandbox().leader().deleteIndex(target.leaderIndex);
    m_controller->recreate(target);
    accept(QStringLiteral("confirmRecreateBox"));
    ProcedureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProcedureDialog*>(QStringLiteral("recreateProcedureDialog"))));
    auto* reopen = dialogChild<QPushButton>(dialog, "reopenButton");
    QTRY_VERIFY_WITH_TIMEOUT(reopen->isVisible(), 5000);
    QCOMPARE(dialog->stepState(ProcedureStep::Follow), ProcedureDialog::StepState::Failed);
    QCOMPARE(indexStatus(follower(1)), QStringLiteral("close"));

    QSignalSpy changed(dialog, &ProcedureDialog::indexChanged);
    QTest::mouseClick(reopen, Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(indexStatus(follower(1)), QStringLiteral("open"));
    QVERIFY(!reopen->isVisible());
    QVERIFY(dialogChild<QLabel>(dialog, "outcomeLabel")->text().contains(QLatin1String("open again")));
}

void FollowerActionsTest::recreateFollower()
{
    followWithCustomSettings(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    QSignalSpy status(m_controller.get(), &FollowerActionController::statusMessage);
    m_controller->recreate(row(QStringLiteral("orders-copy")));
    QMessageBox* box = confirmation(QStringLiteral("confirmRecreateBox"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QLatin1String("deletes the follower's data")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    ProcedureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProcedureDialog*>(QStringLiteral("recreateProcedureDialog"))));
    QSignalSpy done(dialog, &ProcedureDialog::finishedSuccessfully);
    QVERIFY(done.wait(5000));
    QCOMPARE(dialog->stepState(ProcedureStep::Follow), ProcedureDialog::StepState::Done);
    QCOMPARE(status.last().first().toString(), QStringLiteral("Recreated follower index orders-copy"));
    m_fixture->sandbox().advance(5);
    const FollowerRow recreated = row(QStringLiteral("orders-copy"));
    QCOMPARE(recreated.state, FollowerState::Active);
    QCOMPARE(recreated.parameters.maxReadRequestOperationCount, 64);
    QTest::mouseClick(dialogChild<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ProcedureDialog*>(QStringLiteral("recreateProcedureDialog")));
}

void FollowerActionsTest::confirmationsDisabledRunsAtOnce()
{
    m_controller->setConfirmationsEnabled(false);
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    m_controller->pause({row(follower(1))});
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_window->findChild<QMessageBox*>());
    QVERIFY(changed.wait(5000));
    QCOMPARE(row(follower(1)).state, FollowerState::Paused);
    m_controller->resume({row(follower(1))});
    QVERIFY(!m_window->findChild<QMessageBox*>());
    QVERIFY(changed.wait(5000));
    QCOMPARE(row(follower(1)).state, FollowerState::Active);
}

void FollowerActionsTest::pauseResumePreferenceStillAsksBeforeUnfollow()
{
    // Preferences → "Ask before pausing or resuming" off: pause runs at once, but unfollow cannot be undone and asks.
    m_controller->setPauseResumeConfirmationsEnabled(false);
    QSignalSpy changed(m_controller.get(), &FollowerActionController::followersChanged);
    m_controller->pause({row(follower(1))});
    QVERIFY(!m_window->findChild<QMessageBox*>());
    QVERIFY(changed.wait(5000));
    QCOMPARE(row(follower(1)).state, FollowerState::Paused);

    m_controller->unfollow({row(follower(2))});
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
    box->reject();
    QCOMPARE(row(follower(2)).state, FollowerState::Active);
}

void FollowerActionsTest::copyRequestPutsTheFollowRequestOnTheClipboard()
{
    followWithCustomSettings(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    QSignalSpy status(m_controller.get(), &FollowerActionController::statusMessage);
    m_controller->copyRequest(row(QStringLiteral("orders-copy")), QUrl(QStringLiteral("http://localhost:9200")));
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QLatin1String("PUT /orders-copy/_ccr/follow")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("\"leader_index\"")));
    QVERIFY(text.contains(QLatin1String("\"max_read_request_operation_count\": 64")));
    QVERIFY(!text.contains(QLatin1String("max_write_buffer_count"))); // defaults left out
    const QByteArray curl = QApplication::clipboard()->mimeData()->data(QStringLiteral("application/x-sh"));
    QVERIFY(curl.contains("curl -X PUT"));
    QVERIFY(curl.contains("http://localhost:9200/orders-copy/_ccr/follow"));
    QCOMPARE(status.size(), 1);

    // Paused: the remembered parameters stand in for the ones Elasticsearch no longer reports.
    m_memory->remember(QStringLiteral("orders-copy"), row(QStringLiteral("orders-copy")).parameters);
    QVERIFY(!await(m_api->pauseFollow(QStringLiteral("orders-copy")))->hasError());
    m_controller->copyRequest(row(QStringLiteral("orders-copy")), QUrl());
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("\"max_retry_delay\": \"2s\"")));
}

void FollowerActionsTest::stopWhileRunningThenTryAgain()
{
    const FollowerRow target = row(follower(1));
    m_fixture->sandbox().faults().hang = true; // requests are accepted, never answered
    m_controller->setConfirmationsEnabled(false);
    m_controller->unfollow({target});
    ProcedureDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProcedureDialog*>(QStringLiteral("unfollowProcedureDialog"))));
    auto* close = dialogChild<QPushButton>(dialog, "closeButton");
    QCOMPARE(close->text(), QStringLiteral("Stop"));
    QCOMPARE(dialog->stepState(ProcedureStep::Inspect), ProcedureDialog::StepState::Running);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(dialog->stepState(ProcedureStep::Inspect), ProcedureDialog::StepState::Failed);
    QCOMPARE(close->text(), QStringLiteral("Close"));
    auto* retry = dialogChild<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isVisible());

    m_fixture->sandbox().faults().hang = false;
    QSignalSpy done(dialog, &ProcedureDialog::finishedSuccessfully);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QCOMPARE(indexStatus(follower(1)), QStringLiteral("open"));
}

void FollowerActionsTest::editOpensTheEditDialog()
{
    m_controller->edit(row(follower(1)));
    QTRY_VERIFY(m_window->findChild<duper::ui::EditFollowerDialog*>() != nullptr);
}

QTEST_MAIN(FollowerActionsTest)
#include "tst_followeractions.moc"
