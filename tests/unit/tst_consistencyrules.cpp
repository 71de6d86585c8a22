// The consistency check's rules (issue 16 §4): per-follower figures (shard checkpoints, both copies' document counts,
// problems met while reading them) become Complete, Behind, Differs or Unchecked, with the numbers and the words.
#include "core/verify/ConsistencyRules.h"

#include <QTest>

using namespace duper;
using Kind = ConsistencyVerdict::Kind;
using Problem = ConsistencyFigures::Problem;

namespace {

// One shard: leader max seq no and follower global checkpoint (the other fields follow from them).
ShardFollowStats shard(int id, qint64 leaderMax, qint64 followerCheckpoint)
{
    ShardFollowStats stats;
    stats.shardId = id;
    stats.leaderMaxSeqNo = leaderMax;
    stats.leaderGlobalCheckpoint = leaderMax;
    stats.followerGlobalCheckpoint = followerCheckpoint;
    stats.followerMaxSeqNo = followerCheckpoint;
    return stats;
}

ConsistencyFigures figures(QList<ShardFollowStats> shards, std::optional<qint64> leaderDocs,
                           std::optional<qint64> followerDocs)
{
    ConsistencyFigures f;
    f.followerIndex = QStringLiteral("orders-copy");
    f.remoteCluster = QStringLiteral("leader");
    f.leaderIndex = QStringLiteral("orders");
    f.shards = std::move(shards);
    f.leaderDocuments = leaderDocs;
    f.followerDocuments = followerDocs;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(duper::ConsistencyFigures)
Q_DECLARE_METATYPE(duper::ConsistencyVerdict::Kind)

class ConsistencyRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void kindNames();
};

void ConsistencyRulesTest::verdicts_data()
{
    QTest::addColumn<ConsistencyFigures>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("operationsBehind");
    QTest::addColumn<qint64>("documentDifference");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QString>("words"); // a part of the sentence

    QTest::newRow("complete, one shard") << figures({shard(0, 99, 99)}, 100, 100) << Kind::Complete << qint64(0)
                                         << qint64(0) << false << QStringLiteral("both copies hold 100 document");
    QTest::newRow("complete, empty index") << figures({shard(0, -1, -1), shard(1, -1, -1)}, 0, 0) << Kind::Complete
                                           << qint64(0) << qint64(0) << false << QStringLiteral("Complete");
    QTest::newRow("complete, updates: fewer docs than ops")
        << figures({shard(0, 40, 40), shard(1, 30, 30)}, 12, 12) << Kind::Complete << qint64(0) << qint64(0) << false
        << QStringLiteral("hold 12 document");
    QTest::newRow("behind on one shard") << figures({shard(0, 50, 50), shard(1, 60, 48)}, 111, 99) << Kind::Behind
                                         << qint64(12) << qint64(12) << false
                                         << QStringLiteral("Behind by 12 operation");
    QTest::newRow("behind: the leader holds more")
        << figures({shard(0, 9, 4)}, 10, 5) << Kind::Behind << qint64(5) << qint64(5) << false
        << QStringLiteral("The leader holds 5 more document");
    QTest::newRow("behind: deletes not replicated")
        << figures({shard(0, 20, 17)}, 7, 10) << Kind::Behind << qint64(3) << qint64(-3) << false
        << QStringLiteral("The follower holds 3 more document");
    QTest::newRow("behind by one operation") << figures({shard(0, 1, 0)}, 2, 2) << Kind::Behind << qint64(1)
                                             << qint64(0) << false << QStringLiteral("Behind by 1 operation");
    // Counts beyond an int print whole (the plural form is only picked from them).
    QTest::newRow("complete, billions of documents")
        << figures({shard(0, 7'000'000'000, 7'000'000'000)}, 5'000'000'000, 5'000'000'000) << Kind::Complete
        << qint64(0) << qint64(0) << false << QStringLiteral("hold 5000000000 document");
    const ConsistencyFigures farBehind =
        figures({shard(0, 9'000'000'000, 1'000'000'000)}, 6'000'000'000, 3'000'000'000);
    QTest::newRow("behind by billions of operations")
        << farBehind << Kind::Behind << qint64(8'000'000'000) << qint64(3'000'000'000) << false
        << QStringLiteral("Behind by 8000000000 operation");
    QTest::newRow("behind by billions of documents")
        << farBehind << Kind::Behind << qint64(8'000'000'000) << qint64(3'000'000'000) << false
        << QStringLiteral("The leader holds 3000000000 more document");
    QTest::newRow("follower ahead of stale leader figure counts as caught up")
        << figures({shard(0, 10, 12)}, 13, 13) << Kind::Complete << qint64(0) << qint64(0) << false
        << QStringLiteral("Complete");
    QTest::newRow("differs: follower lost a document (ES #89991)")
        << figures({shard(0, 99, 99), shard(1, 49, 49)}, 150, 149) << Kind::Differs << qint64(0) << qint64(1) << false
        << QStringLiteral("the leader holds 150 documents and the follower 149");
    QTest::newRow("differs: follower holds more") << figures({shard(0, 9, 9)}, 10, 11) << Kind::Differs << qint64(0)
                                                  << qint64(-1) << false << QStringLiteral("89991");

    ConsistencyFigures moved = figures({shard(0, 9, 9)}, 10, 11);
    moved.movedDuringCheck = true;
    QTest::newRow("moved during the check: no grounds for differs")
        << moved << Kind::Unchecked << qint64(0) << qint64(-1) << true << QStringLiteral("run the check again");
    ConsistencyFigures movedEqual = figures({shard(0, 9, 9)}, 10, 10);
    movedEqual.movedDuringCheck = true;
    QTest::newRow("moved but equal in the end")
        << movedEqual << Kind::Complete << qint64(0) << qint64(0) << false << QStringLiteral("Complete");

    ConsistencyFigures failing = figures({shard(0, 9, 9)}, 12, 10);
    failing.shards[0].readExceptions.append(ReadException{});
    QTest::newRow("reads failing: the leader's max seq no may be stale")
        << failing << Kind::Unchecked << qint64(0) << qint64(2) << true
        << QStringLiteral("reads from the leader are failing");
    ConsistencyFigures fatalBehind = figures({shard(0, 9, 5)}, 10, 6);
    fatalBehind.shards[0].fatalException = ErrorCause{};
    QTest::newRow("behind and stopped on an error") << fatalBehind << Kind::Behind << qint64(4) << qint64(4) << false
                                                    << QStringLiteral("Replication stopped on an error");

    ConsistencyFigures paused = figures({}, 10, 8);
    paused.paused = true;
    QTest::newRow("paused: figures may be stale") << paused << Kind::Unchecked << qint64(0) << qint64(0) << true
                                                  << QStringLiteral("Documents: leader 10, follower 8");
    QTest::newRow("no shard tasks yet") << figures({}, 10, 10) << Kind::Unchecked << qint64(0) << qint64(0) << false
                                        << QStringLiteral("no running shard tasks");
    QTest::newRow("counts missing") << figures({shard(0, 1, 1)}, std::nullopt, 2) << Kind::Unchecked << qint64(0)
                                    << qint64(0) << false << QStringLiteral("document counts could not be read");

    ConsistencyFigures leaderGone = figures({shard(0, 1, 1)}, std::nullopt, 2);
    leaderGone.problem = Problem::LeaderMissing;
    QTest::newRow("leader index missing") << leaderGone << Kind::Unchecked << qint64(0) << qint64(0) << false
                                          << QStringLiteral("leader index orders does not exist");
    ConsistencyFigures unreachable = figures({shard(0, 1, 1)}, std::nullopt, 2);
    unreachable.problem = Problem::LeaderUnreachable;
    unreachable.error = EsError::connectionRefused(QStringLiteral("leader.example"), 9200, QStringLiteral("refused"));
    QTest::newRow("leader unreachable") << unreachable << Kind::Unchecked << qint64(0) << qint64(0) << false
                                        << QStringLiteral("leader cluster could not be reached");
    ConsistencyFigures missing = figures({}, std::nullopt, std::nullopt);
    missing.problem = Problem::FollowerMissing;
    QTest::newRow("follower missing") << missing << Kind::Unchecked << qint64(0) << qint64(0) << false
                                      << QStringLiteral("follower index orders-copy does not exist");
    ConsistencyFigures plain = figures({}, std::nullopt, std::nullopt);
    plain.problem = Problem::NotAFollower;
    QTest::newRow("not a follower") << plain << Kind::Unchecked << qint64(0) << qint64(0) << false
                                    << QStringLiteral("is not a follower index");
    ConsistencyFigures other = figures({}, std::nullopt, std::nullopt);
    other.problem = Problem::OtherRemote;
    other.expectedRemote = QStringLiteral("dc2");
    QTest::newRow("follows another remote") << other << Kind::Unchecked << qint64(0) << qint64(0) << false
                                            << QStringLiteral("follows remote cluster leader, not dc2");
}

void ConsistencyRulesTest::verdicts()
{
    QFETCH(ConsistencyFigures, input);
    QFETCH(Kind, kind);
    QFETCH(qint64, operationsBehind);
    QFETCH(qint64, documentDifference);
    QFETCH(bool, stale);
    QFETCH(QString, words);

    const ConsistencyVerdict verdict = ConsistencyRules::judge(input);
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.operationsBehind, operationsBehind);
    QCOMPARE(verdict.documentDifference, documentDifference);
    QCOMPARE(verdict.figuresMayBeStale, stale);
    QVERIFY2(verdict.text.contains(words), qPrintable(verdict.text));
}

void ConsistencyRulesTest::kindNames()
{
    ConsistencyVerdict verdict;
    QCOMPARE(verdict.kindName(), QStringLiteral("unchecked"));
    verdict.kind = Kind::Complete;
    QCOMPARE(verdict.kindName(), QStringLiteral("complete"));
    verdict.kind = Kind::Behind;
    QCOMPARE(verdict.kindName(), QStringLiteral("behind"));
    verdict.kind = Kind::Differs;
    QCOMPARE(verdict.kindName(), QStringLiteral("differs"));
}

QTEST_GUILESS_MAIN(ConsistencyRulesTest)
#include "tst_consistencyrules.moc"
