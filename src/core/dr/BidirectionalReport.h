#pragma once

#include <QJsonObject>
#include <QString>

namespace duper {

class BidirectionalRun;

// What a bi-directional setup did, in the shape of the other disaster-recovery reports (action, cluster, times,
// result, phases with items), plus what was planned on each side: its alias, the auto-follow pattern and their
// states. Every item names the cluster it ran on. Names only: no secret or URL credentials.
class BidirectionalReport
{
public:
    static QJsonObject toJson(const BidirectionalRun& run);
    static QString toMarkdown(const BidirectionalRun& run);
};

} // namespace duper
