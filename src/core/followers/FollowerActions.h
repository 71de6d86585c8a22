#pragma once

#include "core/ccr/FollowRequest.h"
#include "core/ccr/ForgetFollowerRequest.h"
#include "core/ccr/ForgetFollowerResponse.h"
#include "core/followers/FollowerRow.h"
#include "core/procedures/ProcedureStep.h"
#include "core/values/FollowParameters.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace duper {

class BatchRunner;
class CcrApi;
class FollowerProcedure;
class RememberedParameters;

// Every change to follower indices of one session — pause, resume, edit, unfollow, recreate, reopen, forget — for one
// follower or many through the same code, so the window's single rows, its bulk actions and the CLI agree on the
// outcome. Each operation returns a BatchRunner (owned by this service until the caller reparents it; NOT started:
// connect, then call start()) with one result per follower: Succeeded, AlreadyDone ("already paused", "already
// active": the follower already was where the action leads) or Failed with Elasticsearch's answer.
// Parameters are remembered before a pause, because Elasticsearch forgets them, and forgotten after an unfollow.
// Multi-step operations run a FollowerProcedure per follower; procedureStarted() hands it out so its steps can be
// shown.
class FollowerActions : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Pause,
        Resume,
        Edit,
        Unfollow,
        Recreate,
        Reopen
    };

    // `api` must outlive the service; `remembered` may be null (nothing is remembered).
    FollowerActions(CcrApi* api, RememberedParameters* remembered, QObject* parent = nullptr);
    ~FollowerActions() override;

    CcrApi* api() const { return m_api; }
    RememberedParameters* rememberedParameters() const { return m_remembered; }

    // "Pause", "Resume", ..., translated, for titles.
    static QString actionTitle(Action action);
    // The steps a procedure action runs (empty for single-request actions), for progress lists.
    static QList<ProcedureStep> steps(Action action);

    // Pauses the rows; the parameters the rows carry are remembered first.
    BatchRunner* pause(const QList<FollowerRow>& rows);
    // Pauses followers known by name only: reads their follow info first, to remember the active ones' parameters
    // and to report the paused ones AlreadyDone without sending a pause.
    BatchRunner* pause(const QStringList& names);
    // Resumes each follower with its entry in `parameters`, the others with Elasticsearch's defaults.
    BatchRunner* resume(const QStringList& names, const QHash<QString, FollowParameters>& parameters = {});
    // Resumes each follower with the custom parameters remembered for it, else with Elasticsearch's defaults.
    BatchRunner* resumeWithRemembered(const QStringList& names);
    // The custom (non-default) parameters remembered for `name`; empty when none.
    FollowParameters rememberedCustom(const QString& name) const;
    // The followers among `names` that have custom parameters remembered, with those parameters.
    QHash<QString, FollowParameters> rememberedCustom(const QStringList& names) const;

    // Creates each follower index in `names` with its entry in `requests` (remote, leader index, parameters).
    // A follower name already in use fails with Elasticsearch's answer: it does not tell which leader the
    // existing index follows, so it cannot count as already done.
    BatchRunner* follow(const QStringList& names, const QHash<QString, FollowRequest>& requests);
    BatchRunner* follow(const QString& name, const FollowRequest& request);

    // pause → resume with `newParameters` (EditFollowerProcedure); `previous` is what resumeWithPrevious restores.
    BatchRunner* edit(const QString& name, const FollowParameters& newParameters, const FollowParameters& previous);
    // pause → close → unfollow → open, per follower; the remembered parameters are forgotten after success.
    BatchRunner* unfollow(const QStringList& names);
    // pause → close → follow again. `parameters` overrides what is followed with; a follower without an entry
    // keeps what the cluster reports, or (paused) what is remembered, else Elasticsearch's defaults.
    BatchRunner* recreate(const QStringList& names, const QHash<QString, FollowParameters>& parameters = {});
    // Opens indices again, e.g. one a failed procedure left closed.
    BatchRunner* reopen(const QStringList& names);

    // forget_follower, run on the LEADER cluster (`leaderApi`, another session's; must outlive the runner) for
    // `followerIndex` of this cluster: the leader index drops the follower's retention leases (after an unfollow).
    // `leaderRemoteCluster` is the leader's alias on this cluster; empty: read from the follow info, else this
    // cluster's only remote cluster. forgetAnswered() reports what the leader was sent and its shard counts.
    BatchRunner* forget(const QString& followerIndex, const QString& leaderIndex, CcrApi* leaderApi,
                        const QString& leaderRemoteCluster = {});

signals:
    // A procedure of `runner` is about to start for `name`. Emitted before the service connects to it, so an
    // observer's slots on its finished() run before the runner reports the item; it is deleted after it finished.
    void procedureStarted(duper::BatchRunner* runner, const QString& name, duper::FollowerProcedure* procedure);
    // The leader answered a forget of `runner`, just before the runner reports the item.
    void forgetAnswered(duper::BatchRunner* runner, const duper::ForgetFollowerRequest& request,
                        const duper::ForgetFollowerResponse& response);

private:
    using ProcedureFactory = std::function<FollowerProcedure*(const QString& name, QObject* parent)>;
    BatchRunner* runProcedures(const QStringList& names, const ProcedureFactory& make,
                               const std::function<void(const QString& name)>& onSuccess = {});
    void remember(const FollowerRow& row);

    CcrApi* m_api;
    RememberedParameters* m_remembered;
};

} // namespace duper
