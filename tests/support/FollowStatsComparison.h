#pragma once

#include "core/ccr/FollowerStats.h"

#include <QList>

namespace duper::test {

// Parsed follower stats compared field by field (FollowStatsEquality); a difference fails the test with the first
// differing field (check QTest::currentTestFailed() after a call).
void compareShards(const ShardFollowStats& a, const ShardFollowStats& b);
void compareFollowerStats(const QList<FollowerStats>& a, const QList<FollowerStats>& b);

} // namespace duper::test
