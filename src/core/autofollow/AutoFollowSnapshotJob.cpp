#include "core/autofollow/AutoFollowSnapshotJob.h"

#include "core/ccr/CcrApi.h"

namespace duper {

AutoFollowSnapshotJob::AutoFollowSnapshotJob(CcrApi* api, QObject* parent) : QObject(parent)
{
    AutoFollowPatternsJob* patterns = api->autoFollowPatterns();
    m_patternsJob = patterns;
    patterns->onFinished(this, [this](AutoFollowPatternsJob* job) {
        m_patternsJob = nullptr;
        if (job->hasError())
            m_error = job->error();
        else
            m_patterns = job->result()->patterns;
        finishIfBothAnswered();
    });
    CcrStatsJob* stats = api->ccrStats();
    stats->setRetainsBody(false); // only the parsed auto-follow part is kept
    m_statsJob = stats;
    stats->onFinished(this, [this](CcrStatsJob* job) {
        m_statsJob = nullptr;
        if (job->hasError())
            m_statsError = job->error();
        else
            m_stats = job->result()->autoFollowStats;
        finishIfBothAnswered();
    });
}

AutoFollowSnapshotJob::~AutoFollowSnapshotJob()
{
    for (EsJob* job : {m_patternsJob.data(), m_statsJob.data()}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void AutoFollowSnapshotJob::cancel()
{
    if (m_finished)
        return;
    for (EsJob* job : {m_patternsJob.data(), m_statsJob.data()})
        if (job)
            job->disconnect(this);
    for (EsJob* job : {m_patternsJob.data(), m_statsJob.data()})
        if (job)
            job->cancel();
    m_patternsJob = nullptr;
    m_statsJob = nullptr;
    m_pending = 0;
    m_error = EsError::cancelled();
    m_finished = true;
    emit finished(this);
    deleteLater();
}

void AutoFollowSnapshotJob::finishIfBothAnswered()
{
    if (--m_pending > 0 || m_finished)
        return;
    m_finished = true;
    if (!m_error) {
        m_result = AutoFollowSnapshot::merge(m_patterns, m_stats);
        m_result->statsError = m_statsError;
    }
    emit finished(this);
    deleteLater();
}

} // namespace duper
