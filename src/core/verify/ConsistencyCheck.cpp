#include "core/verify/ConsistencyCheck.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsErrorRules.h"
#include "core/session/ClusterSession.h"
#include "core/verify/ConsistencyRules.h"

#include <algorithm>
#include <utility>

namespace duper {

namespace {

using Problem = ConsistencyFigures::Problem;

bool isTransportError(const EsError& error)
{
    switch (error.kind()) {
    case EsError::Kind::ConnectionRefused:
    case EsError::Kind::HostNotFound:
    case EsError::Kind::Timeout:
    case EsError::Kind::Tls:
    case EsError::Kind::Network:
        return true;
    default:
        return false;
    }
}

void markFailed(ConsistencyFigures& figures, const EsError& error, bool onLeader)
{
    figures.error = error;
    if (EsErrorRules::isIndexMissing(error))
        figures.problem = onLeader ? Problem::LeaderMissing : Problem::FollowerMissing;
    else if (isTransportError(error))
        figures.problem = onLeader ? Problem::LeaderUnreachable : Problem::FollowerUnreachable;
    else
        figures.problem = Problem::Failed;
}

bool sameCheckpoints(const QList<ShardFollowStats>& before, const QList<ShardFollowStats>& after)
{
    if (before.size() != after.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).shardId != after.at(i).shardId || before.at(i).leaderMaxSeqNo != after.at(i).leaderMaxSeqNo ||
            before.at(i).followerGlobalCheckpoint != after.at(i).followerGlobalCheckpoint)
            return false;
    }
    return true;
}

} // namespace

ConsistencyCheck::ConsistencyCheck(ClusterSession* follower, ClusterSession* leader, QStringList followers,
                                   QString leaderRemote, QObject* parent)
    : QObject(parent), m_follower(follower), m_leader(leader), m_requested(std::move(followers)),
      m_leaderRemote(std::move(leaderRemote))
{}

void ConsistencyCheck::start()
{
    m_results.clear();
    m_error = {};
    m_follower->api()->followInfo(m_requested)->onFinished(this, [this](FollowInfoJob* job) {
        if (job->hasError()) {
            // A single named index that does not exist is that follower's verdict, not a failed run.
            if (m_requested.size() == 1 && EsErrorRules::isIndexMissing(job->error())) {
                ConsistencyResult result;
                result.figures.followerIndex = m_requested.first();
                markFailed(result.figures, job->error(), false);
                m_results.append(result);
                return judgeAll();
            }
            m_error = job->error();
            emit finished();
            return;
        }
        const FollowInfoResponse& info = *job->result();
        const auto add = [this](const FollowerInfo& follower) {
            ConsistencyResult result;
            ConsistencyFigures& figures = result.figures;
            figures.followerIndex = follower.followerIndex;
            figures.remoteCluster = follower.remoteCluster;
            figures.leaderIndex = follower.leaderIndex;
            figures.paused = follower.status == FollowerStatus::Paused;
            if (!m_leaderRemote.isEmpty() && follower.remoteCluster != m_leaderRemote) {
                figures.problem = Problem::OtherRemote;
                figures.expectedRemote = m_leaderRemote;
            }
            m_results.append(result);
        };
        if (m_requested.isEmpty()) {
            for (const FollowerInfo& follower : info.followers)
                add(follower);
        } else {
            for (const QString& name : std::as_const(m_requested)) {
                const auto found = std::find_if(info.followers.cbegin(), info.followers.cend(),
                                                [&name](const FollowerInfo& f) { return f.followerIndex == name; });
                if (found != info.followers.cend()) {
                    add(*found);
                } else {
                    ConsistencyResult result;
                    result.figures.followerIndex = name;
                    result.figures.problem = Problem::NotAFollower;
                    m_results.append(result);
                }
            }
        }
        readStats(false);
    });
}

QStringList ConsistencyCheck::activeFollowers() const
{
    QStringList names;
    for (const ConsistencyResult& result : m_results)
        if (result.figures.problem == Problem::None && !result.figures.paused)
            names.append(result.figures.followerIndex);
    return names;
}

void ConsistencyCheck::readStats(bool second)
{
    const QStringList names = activeFollowers();
    if (names.isEmpty())
        return second ? judgeAll() : readCounts();
    m_follower->api()->followStats(names)->onFinished(this, [this, names, second](FollowStatsJob* job) {
        if (job->hasError()) {
            for (ConsistencyResult& result : m_results)
                if (names.contains(result.figures.followerIndex))
                    markFailed(result.figures, job->error(), false);
        } else {
            applyStats(*job->result(), second);
        }
        return second ? judgeAll() : readCounts();
    });
}

void ConsistencyCheck::applyStats(const FollowStatsResponse& stats, bool second)
{
    for (ConsistencyResult& result : m_results) {
        ConsistencyFigures& figures = result.figures;
        if (figures.problem != Problem::None || figures.paused)
            continue;
        QList<ShardFollowStats> shards;
        for (const FollowerStats& follower : stats.indices)
            if (follower.index == figures.followerIndex)
                shards = follower.shards;
        std::sort(shards.begin(), shards.end(),
                  [](const ShardFollowStats& a, const ShardFollowStats& b) { return a.shardId < b.shardId; });
        if (second && !sameCheckpoints(figures.shards, shards))
            figures.movedDuringCheck = true;
        figures.shards = shards;
    }
}

void ConsistencyCheck::readCounts()
{
    m_pendingCounts = 0;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).figures.problem != Problem::None)
            continue;
        const QString follower = m_results.at(i).figures.followerIndex;
        const QString leader = m_results.at(i).figures.leaderIndex;
        m_pendingCounts += 2;
        // Indexes into m_results stay valid: the list does not change until every count has answered.
        m_follower->api()->count(follower)->onFinished(this, [this, i](CountJob* job) {
            ConsistencyFigures& figures = m_results[i].figures;
            if (job->hasError()) {
                if (figures.problem == Problem::None)
                    markFailed(figures, job->error(), false);
            } else {
                figures.followerDocuments = job->result()->count;
            }
            countAnswered();
        });
        m_leader->api()->count(leader)->onFinished(this, [this, i](CountJob* job) {
            ConsistencyFigures& figures = m_results[i].figures;
            if (job->hasError()) {
                // The leader's problem is the more telling one: it says which cluster to look at.
                if (figures.problem == Problem::None || figures.problem == Problem::Failed)
                    markFailed(figures, job->error(), true);
            } else {
                figures.leaderDocuments = job->result()->count;
            }
            countAnswered();
        });
    }
    if (m_pendingCounts == 0)
        readStats(true);
}

void ConsistencyCheck::countAnswered()
{
    if (--m_pendingCounts == 0)
        readStats(true);
}

void ConsistencyCheck::judgeAll()
{
    for (ConsistencyResult& result : m_results)
        result.verdict = ConsistencyRules::judge(result.figures);
    emit finished();
}

} // namespace duper
