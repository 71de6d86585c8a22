#pragma once

#include "core/dr/ReplicationTopology.h"
#include "core/session/Refresher.h"

#include <memory>

namespace duper {

// Keeps a cluster's ReplicationTopology fresh: GET /_remote/info, the follow info of every follower, the auto-follow
// patterns, GET /_ccr/stats and GET /_data_stream, sent in parallel and merged by ReplicationTopology::build. The
// first three are needed; without the stats no follower is counted as an error, without the data streams they are
// inferred from the backing index names. Auto-refresh is off until someone sets an interval.
class ReplicationTopologyRefresher : public Refresher
{
    Q_OBJECT

public:
    explicit ReplicationTopologyRefresher(QObject* parent = nullptr);

    // Null until the first refresh succeeded.
    std::shared_ptr<const ReplicationTopology> topology() const { return m_topology; }

signals:
    void topologyReady(std::shared_ptr<const duper::ReplicationTopology> topology);

private:
    struct Answers;
    void startRefresh(CcrApi* api) override;
    void clearSnapshot() override { m_topology.reset(); }
    void publish(const Answers& answers);

    std::shared_ptr<const ReplicationTopology> m_topology;
};

} // namespace duper
