#pragma once

#include "core/ccr/FollowerStats.h"

#include <QList>

namespace duper::test {

// Field-by-field QCOMPAREs of parsed follower stats (check QTest::currentTestFailed() after a call).
void compareShards(const ShardFollowStats& a, const ShardFollowStats& b);
void compareFollowerStats(const QList<FollowerStats>& a, const QList<FollowerStats>& b);

} // namespace duper::test
