#pragma once

#include "core/remotes/RemoteClusterSnapshot.h"
#include "core/session/Refresher.h"

#include <memory>

namespace duper {

// Keeps a cluster's remote clusters fresh: GET /_remote/info, GET /_cluster/settings and the follow info of every
// follower, sent in parallel and merged into RemoteClusterRows (RemoteClusterRow::merge). One refresh at a time, on
// demand and every interval() (off until someone sets one). The first two answers are needed; without the follow info
// the rows are still shown, with "Used by" unknown.
class RemoteClusterRefresher : public Refresher
{
    Q_OBJECT

public:
    explicit RemoteClusterRefresher(QObject* parent = nullptr);

    // Null until the first refresh succeeded.
    std::shared_ptr<const RemoteClusterSnapshot> snapshot() const { return m_snapshot; }

signals:
    void snapshotReady(std::shared_ptr<const duper::RemoteClusterSnapshot> snapshot);

private:
    struct Answers;
    void startRefresh(CcrApi* api) override;
    void clearSnapshot() override { m_snapshot.reset(); }
    void publish(const Answers& answers);

    std::shared_ptr<const RemoteClusterSnapshot> m_snapshot;
};

} // namespace duper
