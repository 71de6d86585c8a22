#pragma once

#include "core/autofollow/AutoFollowSnapshot.h"
#include "core/autofollow/AutoFollowSnapshotJob.h"
#include "core/session/Refresher.h"

#include <QPointer>
#include <memory>

namespace duper {

// Keeps a cluster's auto-follow patterns fresh: one AutoFollowSnapshotJob (patterns + auto-follow stats) per
// refresh. Auto-refresh is off until someone sets an interval.
class AutoFollowRefresher : public Refresher
{
    Q_OBJECT

public:
    explicit AutoFollowRefresher(CcrApi* api, QObject* parent = nullptr);
    ~AutoFollowRefresher() override;

    // The last snapshot that arrived; null before the first.
    std::shared_ptr<const AutoFollowSnapshot> snapshot() const { return m_snapshot; }

signals:
    void snapshotReady(std::shared_ptr<const duper::AutoFollowSnapshot> snapshot);

private:
    void startRefresh(CcrApi* api) override;
    void cancelRefresh() override;
    void clearSnapshot() override { m_snapshot.reset(); }
    void onJobFinished(AutoFollowSnapshotJob* job);

    QPointer<AutoFollowSnapshotJob> m_job;
    std::shared_ptr<const AutoFollowSnapshot> m_snapshot;
};

} // namespace duper
