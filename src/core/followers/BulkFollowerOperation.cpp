#include "core/followers/BulkFollowerOperation.h"

#include "core/ccr/CcrApi.h"
#include "core/procedures/UnfollowProcedure.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>

namespace duper {

namespace {

// pause_follow of a paused follower: 400 "no shard follow tasks for [<index>]".
bool isAlreadyPaused(const EsError& error)
{
    return error.kind() == EsError::Kind::Http && error.httpStatus() == 400 &&
           error.cause().deepestReason().startsWith(QLatin1String("no shard follow tasks"));
}

// resume_follow of an active follower: 400 resource_already_exists_exception "task with id {…} already exist".
bool isAlreadyActive(const EsError& error)
{
    if (error.kind() != EsError::Kind::Http || error.httpStatus() != 400)
        return false;
    if (error.cause().type == QLatin1String("resource_already_exists_exception"))
        return true;
    for (const ErrorCause& root : error.cause().rootCause) {
        if (root.type == QLatin1String("resource_already_exists_exception"))
            return true;
    }
    return false;
}

} // namespace

BulkFollowerOperation::BulkFollowerOperation(CcrApi* api, Action action, const QStringList& followers, QObject* parent)
    : QObject(parent), m_api(api), m_action(action)
{
    QSet<QString> seen;
    for (const QString& name : followers) {
        if (seen.contains(name))
            continue;
        seen.insert(name);
        Result result;
        result.name = name;
        m_results.append(result);
    }
}

BulkFollowerOperation::~BulkFollowerOperation()
{
    // Nothing may call back into a half-destroyed operation.
    for (const Running& running : std::as_const(m_inFlight)) {
        if (running.job)
            running.job->disconnect(this);
        if (running.procedure)
            running.procedure->disconnect(this);
    }
}

QStringList BulkFollowerOperation::followers() const
{
    QStringList names;
    names.reserve(m_results.size());
    for (const Result& result : m_results)
        names.append(result.name);
    return names;
}

QStringList BulkFollowerOperation::unsuccessful() const
{
    QStringList names;
    for (const Result& result : m_results) {
        if (!result.succeeded())
            names.append(result.name);
    }
    return names;
}

int BulkFollowerOperation::count(Result::Outcome outcome) const
{
    int n = 0;
    for (const Result& result : m_results)
        n += result.outcome == outcome ? 1 : 0;
    return n;
}

QString BulkFollowerOperation::actionTitle(Action action)
{
    switch (action) {
    case Action::Pause:
        return QCoreApplication::translate("duper::BulkFollowerOperation", "Pause");
    case Action::Resume:
        return QCoreApplication::translate("duper::BulkFollowerOperation", "Resume");
    case Action::Unfollow:
        break;
    }
    return QCoreApplication::translate("duper::BulkFollowerOperation", "Unfollow");
}

void BulkFollowerOperation::start()
{
    if (m_running)
        return;
    QList<qsizetype> all;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Result::Outcome::Pending)
            all.append(i);
    }
    run(all);
}

void BulkFollowerOperation::retryFailed()
{
    if (m_running)
        return;
    QList<qsizetype> again;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result& result = m_results[i];
        if (result.succeeded())
            continue;
        if (result.outcome == Result::Outcome::Failed)
            --m_done;
        result = Result{result.name, Result::Outcome::Pending, {}, {}, std::nullopt};
        again.append(i);
    }
    run(again);
}

void BulkFollowerOperation::run(const QList<qsizetype>& indices)
{
    m_running = true;
    m_cancelled = false;
    m_queue = indices;
    emit progress(m_done, total());
    launchMore();
    finishIfDone(); // nothing to do at all
}

void BulkFollowerOperation::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Cancelling a job reports its failure synchronously, which removes it from m_inFlight.
    const QList<qsizetype> inFlight = m_inFlight.keys();
    for (qsizetype index : inFlight) {
        const Running running = m_inFlight.value(index);
        if (running.job)
            running.job->cancel();
        else if (running.procedure)
            running.procedure->cancel();
    }
    const QList<qsizetype> left = m_inFlight.keys();
    for (qsizetype index : left) {
        const Running running = m_inFlight.value(index);
        if (running.procedure)
            running.procedure->disconnect(this);
        complete(index, Result::Outcome::Failed, EsError::cancelled(), EsError::cancelled().userMessage());
    }
    finishIfDone();
}

void BulkFollowerOperation::launchMore()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxConcurrency)
        launch(m_queue.takeFirst());
}

void BulkFollowerOperation::launch(qsizetype index)
{
    const QString name = m_results.at(index).name;
    Running running;
    if (m_action == Action::Unfollow) {
        auto* procedure = new UnfollowProcedure(m_api, name, this);
        running.procedure = procedure;
        // Already done only when every change step found its effect in place.
        auto changed = std::make_shared<bool>(false);
        connect(procedure, &FollowerProcedure::stepFinished, this, [changed](ProcedureStep step, StepOutcome outcome) {
            if (step != ProcedureStep::Inspect && outcome == StepOutcome::Done)
                *changed = true;
        });
        connect(procedure, &FollowerProcedure::finished, this, [this, index, procedure, changed](bool succeeded) {
            procedure->disconnect(this);
            procedure->deleteLater();
            if (succeeded)
                complete(index, *changed ? Result::Outcome::Succeeded : Result::Outcome::AlreadyDone);
            else
                complete(index, Result::Outcome::Failed, procedure->error(), procedure->failureReport(),
                         procedure->failedStep());
        });
        m_inFlight.insert(index, running);
        procedure->start();
        return;
    }

    AcknowledgedJob* job = m_action == Action::Pause ? m_api->pauseFollow(name)
                                                     : m_api->resumeFollow(name, m_resumeParameters.value(name));
    running.job = job;
    const Action action = m_action;
    connect(job, &EsJob::finished, this, [this, index, action](EsJob* finished) {
        if (!finished->hasError()) {
            complete(index, Result::Outcome::Succeeded);
            return;
        }
        const EsError& error = finished->error();
        const bool already = action == Action::Pause ? isAlreadyPaused(error) : isAlreadyActive(error);
        if (already)
            complete(index, Result::Outcome::AlreadyDone);
        else
            complete(index, Result::Outcome::Failed, error, error.userMessage());
    });
    m_inFlight.insert(index, running);
}

void BulkFollowerOperation::complete(qsizetype index, Result::Outcome outcome, const EsError& error,
                                     const QString& message, std::optional<ProcedureStep> failedStep)
{
    if (m_inFlight.remove(index) == 0)
        return; // already reported (cancelled)
    Result& result = m_results[index];
    result.outcome = outcome;
    result.error = error;
    result.message = message;
    result.failedStep = failedStep;
    ++m_done;
    const Result copy = result; // slots may start another run that changes m_results
    emit itemFinished(copy.name, copy);
    emit progress(m_done, total());
    if (!m_cancelled)
        launchMore();
    finishIfDone();
}

void BulkFollowerOperation::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    m_running = false;
    emit finished();
}

} // namespace duper
