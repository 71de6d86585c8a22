#include "core/followers/FollowerActions.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsErrorRules.h"
#include "core/followers/ForgetFollowerTask.h"
#include "core/followers/RememberedParameters.h"
#include "core/procedures/EditFollowerProcedure.h"
#include "core/procedures/RecreateProcedure.h"
#include "core/procedures/UnfollowProcedure.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>

namespace duper {

namespace {

BatchItemResult alreadyPaused()
{
    BatchItemResult result = BatchItemResult::already();
    result.message = QCoreApplication::translate("duper::FollowerActions", "already paused");
    return result;
}

BatchItemResult alreadyActive()
{
    BatchItemResult result = BatchItemResult::already();
    result.message = QCoreApplication::translate("duper::FollowerActions", "already active");
    return result;
}

// pause_follow: success, "already paused", or Elasticsearch's refusal.
BatchRunner::Cancel sendPause(CcrApi* api, const QString& name, const BatchRunner::Finish& finish)
{
    return BatchRunner::finishWhenDone(
        api->pauseFollow(name),
        [finish](BatchItemResult result) { finish(result.alreadyDone() ? alreadyPaused() : result); },
        EsErrorRules::isFollowerAlreadyPaused);
}

// One GET /<names>/_ccr/info for a whole name-only pause, started by the first item that needs it; the items
// wait for it. When it fails (e.g. one name is no index at all) every item just sends its pause and gets
// Elasticsearch's own answer.
struct PauseInfo
{
    bool requested = false;
    bool loaded = false;
    QHash<QString, FollowerInfo> followers;
    QList<std::function<void()>> waiting;
};

} // namespace

FollowerActions::FollowerActions(CcrApi* api, RememberedParameters* remembered, QObject* parent)
    : QObject(parent), m_api(api), m_remembered(remembered)
{
    Q_ASSERT(api);
}

FollowerActions::~FollowerActions() = default;

QString FollowerActions::actionTitle(Action action)
{
    // The first three keep the context of the bulk operation they came from, so their translations are reused.
    switch (action) {
    case Action::Pause:
        return QCoreApplication::translate("duper::BulkFollowerOperation", "Pause");
    case Action::Resume:
        return QCoreApplication::translate("duper::BulkFollowerOperation", "Resume");
    case Action::Unfollow:
        return QCoreApplication::translate("duper::BulkFollowerOperation", "Unfollow");
    case Action::Edit:
        return QCoreApplication::translate("duper::FollowerActions", "Edit");
    case Action::Recreate:
        return QCoreApplication::translate("duper::FollowerActions", "Recreate");
    case Action::Reopen:
        break;
    }
    return QCoreApplication::translate("duper::FollowerActions", "Reopen");
}

QList<ProcedureStep> FollowerActions::steps(Action action)
{
    switch (action) {
    case Action::Edit:
        return EditFollowerProcedure::plannedSteps();
    case Action::Unfollow:
        return UnfollowProcedure::plannedSteps();
    case Action::Recreate:
        return RecreateProcedure::plannedSteps();
    case Action::Pause:
    case Action::Resume:
    case Action::Reopen:
        break;
    }
    return {};
}

void FollowerActions::remember(const FollowerRow& row)
{
    if (m_remembered && row.hasParameters)
        m_remembered->remember(row.name, row.parameters);
}

FollowParameters FollowerActions::rememberedCustom(const QString& name) const
{
    if (!m_remembered)
        return {};
    const auto remembered = m_remembered->recall(name);
    return remembered ? RememberedParameters::customOnly(*remembered) : FollowParameters();
}

// --- pause / resume ---------------------------------------------------------------------------------------------

BatchRunner* FollowerActions::pause(const QList<FollowerRow>& rows)
{
    QStringList names;
    for (const FollowerRow& row : rows) {
        remember(row); // before the pause: afterwards Elasticsearch no longer reports them
        names.append(row.name);
    }
    CcrApi* api = m_api;
    return new BatchRunner(
        names, [api](const QString& name, const BatchRunner::Finish& finish) { return sendPause(api, name, finish); },
        this);
}

BatchRunner* FollowerActions::pause(const QStringList& names)
{
    auto info = std::make_shared<PauseInfo>();
    QPointer<FollowerActions> self(this);
    auto task = [self, info, names](const QString& name, const BatchRunner::Finish& finish) -> BatchRunner::Cancel {
        auto cancelled = std::make_shared<bool>(false);
        auto inFlight = std::make_shared<BatchRunner::Cancel>();
        auto act = [self, info, name, finish, cancelled, inFlight] {
            if (*cancelled || !self)
                return;
            const auto it = info->followers.constFind(name);
            if (it != info->followers.constEnd() && it->status == FollowerStatus::Paused) {
                finish(alreadyPaused());
                return;
            }
            if (it != info->followers.constEnd() && it->hasParameters && self->m_remembered)
                self->m_remembered->remember(name, it->parameters);
            *inFlight = sendPause(self->m_api, name, finish);
        };
        if (info->loaded) {
            act();
        } else {
            info->waiting.append(act);
            if (!info->requested && self) {
                info->requested = true;
                FollowInfoJob* job = self->m_api->followInfo(names);
                QObject::connect(job, &EsJob::finished, self, [info, job] {
                    if (!job->hasError()) {
                        for (const FollowerInfo& follower : job->result()->followers)
                            info->followers.insert(follower.followerIndex, follower);
                    }
                    info->loaded = true;
                    const auto waiting = std::exchange(info->waiting, {});
                    for (const auto& run : waiting)
                        run();
                });
            }
        }
        return [cancelled, inFlight] {
            *cancelled = true;
            if (*inFlight)
                (*inFlight)();
        };
    };
    return new BatchRunner(names, task, this);
}

BatchRunner* FollowerActions::resume(const QStringList& names, const QHash<QString, FollowParameters>& parameters)
{
    CcrApi* api = m_api;
    auto task = [api, parameters](const QString& name, const BatchRunner::Finish& finish) {
        return BatchRunner::finishWhenDone(
            api->resumeFollow(name, parameters.value(name)),
            [finish](BatchItemResult result) { finish(result.alreadyDone() ? alreadyActive() : result); },
            EsErrorRules::isFollowerAlreadyActive);
    };
    return new BatchRunner(names, task, this);
}

QHash<QString, FollowParameters> FollowerActions::rememberedCustom(const QStringList& names) const
{
    QHash<QString, FollowParameters> custom;
    for (const QString& name : names) {
        const FollowParameters parameters = rememberedCustom(name);
        if (parameters != FollowParameters())
            custom.insert(name, parameters);
    }
    return custom;
}

BatchRunner* FollowerActions::resumeWithRemembered(const QStringList& names)
{
    return resume(names, rememberedCustom(names));
}

// --- follow -----------------------------------------------------------------------------------------------------

BatchRunner* FollowerActions::follow(const QStringList& names, const QHash<QString, FollowRequest>& requests)
{
    CcrApi* api = m_api;
    auto task = [api, requests](const QString& name, const BatchRunner::Finish& finish) {
        return BatchRunner::finishWhenDone(api->follow(name, requests.value(name)), finish);
    };
    return new BatchRunner(names, task, this);
}

BatchRunner* FollowerActions::follow(const QString& name, const FollowRequest& request)
{
    return follow(QStringList{name}, {{name, request}});
}

// --- procedures -------------------------------------------------------------------------------------------------

BatchRunner* FollowerActions::runProcedures(const QStringList& names, const ProcedureFactory& make,
                                            const std::function<void(const QString& name)>& onSuccess)
{
    auto runner = std::make_shared<QPointer<BatchRunner>>();
    QPointer<FollowerActions> self(this);
    RememberedParameters* remembered = m_remembered;
    auto task = [self, runner, make, onSuccess, remembered](const QString& name,
                                                            const BatchRunner::Finish& finish) -> BatchRunner::Cancel {
        FollowerProcedure* procedure = make(name, runner->data());
        // Observers connect first, so they read the procedure's state before the runner reports its end.
        if (self)
            emit self->procedureStarted(runner->data(), name, procedure);
        auto changed = std::make_shared<bool>(false);
        QObject::connect(procedure, &FollowerProcedure::stepFinished, procedure,
                         [procedure, changed, remembered](ProcedureStep step, StepOutcome outcome) {
                             if (step == ProcedureStep::Inspect) {
                                 // Remember before the pause step, as for a plain pause.
                                 const FollowerIndexState& state = procedure->state();
                                 if (remembered && state.hasParameters &&
                                     state.replication == FollowerIndexState::Replication::Active)
                                     remembered->remember(procedure->index(), state.parameters);
                             } else if (outcome == StepOutcome::Done) {
                                 *changed = true;
                             }
                         });
        QObject::connect(procedure, &FollowerProcedure::finished, procedure,
                         [procedure, changed, finish, onSuccess](bool succeeded) {
                             procedure->deleteLater();
                             if (!succeeded) {
                                 finish(BatchItemResult::failure(procedure->error(), procedure->failureReport(),
                                                                 procedure->failedStep()));
                                 return;
                             }
                             if (onSuccess)
                                 onSuccess(procedure->index());
                             // Already done only when every change step found its effect in place.
                             finish(*changed ? BatchItemResult::done() : BatchItemResult::already());
                         });
        procedure->start();
        QPointer<FollowerProcedure> guard(procedure);
        return [guard] {
            if (guard)
                guard->cancel();
        };
    };
    auto* created = new BatchRunner(names, task, this);
    *runner = created;
    return created;
}

BatchRunner* FollowerActions::edit(const QString& name, const FollowParameters& newParameters,
                                   const FollowParameters& previous)
{
    CcrApi* api = m_api;
    return runProcedures({name}, [api, newParameters, previous](const QString& index, QObject* parent) {
        return new EditFollowerProcedure(api, index, newParameters, previous, parent);
    });
}

BatchRunner* FollowerActions::unfollow(const QStringList& names)
{
    CcrApi* api = m_api;
    RememberedParameters* remembered = m_remembered;
    return runProcedures(
        names, [api](const QString& index, QObject* parent) { return new UnfollowProcedure(api, index, parent); },
        [remembered](const QString& index) {
            if (remembered)
                remembered->forget(index); // a regular index now: nothing left to resume
        });
}

BatchRunner* FollowerActions::recreate(const QStringList& names, const QHash<QString, FollowParameters>& parameters)
{
    CcrApi* api = m_api;
    RememberedParameters* remembered = m_remembered;
    return runProcedures(names, [api, parameters, remembered](const QString& index, QObject* parent) {
        auto* procedure = new RecreateProcedure(api, index, parent);
        if (parameters.contains(index)) {
            procedure->setParameters(parameters.value(index));
        } else if (remembered) {
            // A paused follower reports no parameters; the remembered ones keep its tuning.
            if (const auto kept = remembered->recall(index))
                procedure->setFallbackParameters(*kept);
        }
        return procedure;
    });
}

BatchRunner* FollowerActions::reopen(const QStringList& names)
{
    CcrApi* api = m_api;
    return new BatchRunner(
        names,
        [api](const QString& name, const BatchRunner::Finish& finish) {
            return BatchRunner::finishWhenDone(api->openIndex(name), finish);
        },
        this);
}

// --- forget (on the leader) -------------------------------------------------------------------------------------

BatchRunner* FollowerActions::forget(const QString& followerIndex, const QString& leaderIndex, CcrApi* leaderApi,
                                     const QString& leaderRemoteCluster)
{
    Q_ASSERT(leaderApi);
    auto runner = std::make_shared<QPointer<BatchRunner>>();
    QPointer<FollowerActions> self(this);
    CcrApi* api = m_api;
    auto task = [self, runner, api, leaderApi, leaderIndex, leaderRemoteCluster](const QString& name,
                                                                                 const BatchRunner::Finish& finish) {
        auto answered = [self, runner](const ForgetFollowerRequest& request, const ForgetFollowerResponse& response) {
            if (self)
                emit self->forgetAnswered(runner->data(), request, response);
        };
        return ForgetFollowerTask::run(api, leaderApi, {name, leaderIndex, leaderRemoteCluster}, finish, answered,
                                       self.data());
    };
    auto* created = new BatchRunner({followerIndex}, task, this);
    *runner = created;
    return created;
}

} // namespace duper
