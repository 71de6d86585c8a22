#pragma once

#include "core/autofollow/AutoFollowSnapshot.h"
#include "core/es/EsError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;

// GET /_ccr/auto_follow and GET /_ccr/stats in parallel, merged into one AutoFollowSnapshot. Only the patterns
// decide success: when the stats fail, the snapshot carries the patterns without errors (and the stats' error).
// Emits finished() once, never from inside the constructor; deletes itself afterwards.
class AutoFollowSnapshotJob : public QObject
{
    Q_OBJECT

public:
    // Starts both requests. `api` must outlive the job.
    AutoFollowSnapshotJob(CcrApi* api, QObject* parent = nullptr);
    ~AutoFollowSnapshotJob() override;

    bool hasError() const { return m_error.isError(); }
    const EsError& error() const { return m_error; }
    // Set when finished without error.
    const std::optional<AutoFollowSnapshot>& result() const { return m_result; }

public slots:
    // Aborts both requests; finished() follows at once with a Cancelled error. No effect once finished.
    void cancel();

signals:
    void finished(duper::AutoFollowSnapshotJob* job);

private:
    void finishIfBothAnswered();

    QPointer<EsJob> m_patternsJob;
    QPointer<EsJob> m_statsJob;
    int m_pending = 2;
    bool m_finished = false;
    QList<AutoFollowPattern> m_patterns;
    AutoFollowStats m_stats;
    EsError m_statsError;
    EsError m_error;
    std::optional<AutoFollowSnapshot> m_result;
};

} // namespace duper
