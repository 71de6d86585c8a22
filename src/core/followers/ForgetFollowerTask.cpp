#include "core/followers/ForgetFollowerTask.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <memory>

namespace duper {

namespace {

BatchItemResult failure(const EsError& error, const QString& what)
{
    return BatchItemResult::failure(error, what + QStringLiteral(": ") + error.userMessage());
}

// The state of one run, shared by its callbacks.
struct Run
{
    CcrApi* follower = nullptr;
    CcrApi* leader = nullptr;
    ForgetFollowerTask::Target target;
    BatchRunner::Finish finish;
    ForgetFollowerTask::Answered answered;
    QPointer<QObject> guard;
    bool cancelled = false;
    ForgetFollowerRequest request;

    bool gone() const { return cancelled || !guard; }

    void fail(const BatchItemResult& result)
    {
        if (!gone())
            finish(result);
    }

    void start()
    {
        follower->clusterInfo()->onFinished(guard, [self = shared()](ClusterInfoJob* job) {
            if (self->gone())
                return;
            if (job->hasError())
                return self->fail(
                    failure(job->error(), QCoreApplication::translate("duper::FollowerActions",
                                                                      "could not read the follower cluster")));
            self->request.followerCluster = job->result()->clusterName;
            self->readUuid();
        });
    }

    void readUuid()
    {
        const QString index = target.followerIndex;
        EsJob* job = follower->client()->send(EsRequest::get({index, QStringLiteral("_settings")}));
        QObject::connect(job, &EsJob::finished, guard, [self = shared(), index](EsJob* finished) {
            if (self->gone())
                return;
            if (finished->hasError())
                return self->fail(BatchItemResult::failure(finished->error()));
            const QJsonObject settings = QJsonDocument::fromJson(finished->body())
                                             .object()
                                             .value(index)
                                             .toObject()
                                             .value(QStringLiteral("settings"))
                                             .toObject();
            QString uuid = settings.value(QStringLiteral("index")).toObject().value(QStringLiteral("uuid")).toString();
            if (uuid.isEmpty())
                uuid = settings.value(QStringLiteral("index.uuid")).toString();
            if (uuid.isEmpty()) {
                const QString message =
                    QCoreApplication::translate("duper::FollowerActions",
                                                "the follower cluster did not report index.uuid of %1")
                        .arg(index);
                return self->fail(BatchItemResult::failure(EsError::malformed(message), message));
            }
            self->request.followerIndexUuid = uuid;
            self->findAlias();
        });
    }

    void findAlias()
    {
        if (!target.leaderRemoteCluster.isEmpty())
            return send(target.leaderRemoteCluster);
        follower->followInfo({target.followerIndex})->onFinished(guard, [self = shared()](FollowInfoJob* job) {
            if (self->gone())
                return;
            if (!job->hasError() && job->result()->followers.size() == 1)
                return self->send(job->result()->followers.first().remoteCluster);
            self->onlyRemote();
        });
    }

    // A follower that no longer follows has no follow info: the follower cluster's only remote cluster is the leader.
    void onlyRemote()
    {
        follower->remoteInfo()->onFinished(guard, [self = shared()](RemoteInfoJob* job) {
            if (self->gone())
                return;
            if (job->hasError())
                return self->fail(
                    failure(job->error(), QCoreApplication::translate("duper::FollowerActions",
                                                                      "could not list the remote clusters")));
            const auto& remotes = job->result()->remotes;
            if (remotes.size() == 1)
                return self->send(remotes.first().alias);
            const QString message = QCoreApplication::translate(
                "duper::FollowerActions",
                "cannot tell which remote cluster of the follower cluster is the leader: name it (the follower "
                "cluster has %n remote cluster(s))",
                nullptr, int(remotes.size()));
            self->fail(BatchItemResult::failure(EsError::configuration(message), message));
        });
    }

    void send(const QString& alias)
    {
        request.followerIndex = target.followerIndex;
        request.leaderRemoteCluster = alias;
        leader->forgetFollower(target.leaderIndex, request)
            ->onFinished(guard, [self = shared()](ForgetFollowerJob* job) {
                if (self->gone())
                    return;
                if (job->hasError())
                    return self->fail(failure(job->error(), QCoreApplication::translate("duper::FollowerActions",
                                                                                        "the leader cluster refused")));
                const ForgetFollowerResponse& response = *job->result();
                if (self->answered)
                    self->answered(self->request, response);
                if (self->gone())
                    return;
                if (response.failed > 0) {
                    const QString message =
                        QCoreApplication::translate("duper::FollowerActions",
                                                    "%1 of %2 shards of the leader index did not forget the follower")
                            .arg(response.failed)
                            .arg(response.total);
                    return self->finish(BatchItemResult::failure(EsError::malformed(message), message));
                }
                self->finish(BatchItemResult::done());
            });
    }

    std::shared_ptr<Run> shared() { return self.lock(); }
    std::weak_ptr<Run> self;
};

} // namespace

BatchRunner::Cancel ForgetFollowerTask::run(CcrApi* follower, CcrApi* leader, const Target& target,
                                            const BatchRunner::Finish& finish, const Answered& answered, QObject* guard)
{
    auto state = std::make_shared<Run>();
    state->self = state;
    state->follower = follower;
    state->leader = leader;
    state->target = target;
    state->finish = finish;
    state->answered = answered;
    state->guard = guard;
    state->start();
    return [state] { state->cancelled = true; };
}

} // namespace duper
