#include "FollowStatsComparison.h"

#include "FollowStatsEquality.h"

#include <QTest>

namespace duper::test {

void compareShards(const ShardFollowStats& a, const ShardFollowStats& b)
{
    if (const char* member = firstDifference(a, b))
        QFAIL(qPrintable(
            QStringLiteral("the shard stats of %1 differ in %2").arg(a.followerIndex, QLatin1StringView(member))));
}

void compareFollowerStats(const QList<FollowerStats>& a, const QList<FollowerStats>& b)
{
    const QString difference = firstDifference(a, b);
    if (!difference.isEmpty())
        QFAIL(qPrintable(QStringLiteral("the follower stats differ in %1").arg(difference)));
}

} // namespace duper::test
