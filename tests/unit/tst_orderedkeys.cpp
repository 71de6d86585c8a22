// Keys read by the order Elasticsearch writes them (issue 13): OrderedKeyLookup on its own, and shard stats whose
// keys come in another order, escaped, as near misses of known names or unknown give the same fields as the usual
// order does.
#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/OrderedKeyLookup.h"
#include "FollowStatsComparison.h"

#include <QTest>
#include <algorithm>
#include <array>
#include <random>

using namespace duper;
using duper::test::compareShards;

namespace {

constexpr std::array<std::string_view, 3> kNames{"index", "total_global_checkpoint_lag", "shards"};

// Every shard field ES writes, in its order, with a distinct value each.
const QList<QByteArray>& shardFieldsInOrder()
{
    static const QList<QByteArray> fields{
        R"("remote_cluster":"leader")",
        R"("leader_index":"leader-1")",
        R"("follower_index":"follower-1")",
        R"("shard_id":3)",
        R"("leader_global_checkpoint":1000)",
        R"("leader_max_seq_no":1001)",
        R"("follower_global_checkpoint":900)",
        R"("follower_max_seq_no":901)",
        R"("last_requested_seq_no":902)",
        R"("outstanding_read_requests":4)",
        R"("outstanding_write_requests":5)",
        R"("write_buffer_operation_count":6)",
        R"("write_buffer_size_in_bytes":7)",
        R"("follower_mapping_version":8)",
        R"("follower_settings_version":9)",
        R"("follower_aliases_version":10)",
        R"("total_read_time_millis":11)",
        R"("total_read_remote_exec_time_millis":12)",
        R"("successful_read_requests":13)",
        R"("failed_read_requests":14)",
        R"("operations_read":15)",
        R"("bytes_read":16)",
        R"("total_write_time_millis":17)",
        R"("successful_write_requests":18)",
        R"("failed_write_requests":19)",
        R"("operations_written":20)",
        R"("read_exceptions":[{"from_seq_no":21,"retries":22,"exception":{"type":"t","reason":"r"}}])",
        R"("time_since_last_read_millis":23)",
        R"("fatal_exception":{"type":"f","reason":"fatal"})",
    };
    return fields;
}

// `text` followed by as much padding as simdjson keeps after a body, so reading past the key stays inside it.
const char* inBody(const char* text)
{
    static QByteArray storage;
    storage = QByteArray(text) + QByteArray(64, ' ');
    return storage.constData();
}

QByteArray bodyWith(const QList<QByteArray>& fields)
{
    return R"({"indices":[{"index":"follower-1","total_global_checkpoint_lag":100,"shards":[{)" + fields.join(',') +
           "}]}]}";
}

ShardFollowStats parsedShard(const QByteArray& body)
{
    QString error;
    const std::optional<FollowStatsResponse> response = FollowStatsResponse::parse(body, &error);
    if (!response || response->indices.size() != 1 || response->indices.constFirst().shards.size() != 1) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return response->indices.constFirst().shards.constFirst();
}

} // namespace

class TestOrderedKeys : public QObject
{
    Q_OBJECT

private slots:
    void lookupInOrderOutOfOrderAndUnknown()
    {
        OrderedKeyLookup keys(kNames);
        QCOMPARE(keys.find("index"), 0u);
        QCOMPARE(keys.find("total_global_checkpoint_lag"), 1u);
        QCOMPARE(keys.find("shards"), 2u);
        QCOMPARE(keys.find("index"), 0u); // back to the start: found by the walk
        QCOMPARE(keys.find("shards"), 2u);
        QCOMPARE(keys.find("indexes"), keys.notFound);
        QCOMPARE(keys.find(""), keys.notFound);
    }

    void rawKeysMatchOnlyTheWholeExpectedName()
    {
        // Raw key texts as they sit in a body: the closing quote follows, then more of the body.
        OrderedKeyLookup keys(kNames);
        QCOMPARE(keys.matchExpected(inBody("index\":\"f\",")), 0u);
        QCOMPARE(keys.matchExpected(inBody("total_global_checkpoint_lag\":1,")), 1u);
        QCOMPARE(keys.matchExpected(inBody("shards_extra\":[],")), keys.notFound);
        QCOMPARE(keys.matchExpected(inBody("shards\":[],")), 2u);
        QCOMPARE(keys.matchExpected(inBody("index\":\"g\",")), keys.notFound); // past the last name
        OrderedKeyLookup again(kNames);
        QCOMPARE(again.matchExpected(inBody("inde\\u0078\":\"f\",")), again.notFound);
        QCOMPARE(again.matchExpected(inBody("indeX\":\"f\",")), again.notFound);
    }

    void shardKeysInAnyOrderGiveTheSameFields()
    {
        const ShardFollowStats inOrder = parsedShard(bodyWith(shardFieldsInOrder()));
        QCOMPARE(inOrder.shardId, 3);
        QCOMPARE(inOrder.timeSinceLastReadMillis, 23);
        QVERIFY(inOrder.fatalException);

        QList<QByteArray> reversed = shardFieldsInOrder();
        std::reverse(reversed.begin(), reversed.end());
        compareShards(parsedShard(bodyWith(reversed)), inOrder);

        std::mt19937 random(13); // fixed seed: the same shuffles every run
        for (int round = 0; round < 20; ++round) {
            QList<QByteArray> shuffled = shardFieldsInOrder();
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            compareShards(parsedShard(bodyWith(shuffled)), inOrder);
        }
    }

    void escapedTwinsAndNearMissesOfShardKeys()
    {
        const ShardFollowStats inOrder = parsedShard(bodyWith(shardFieldsInOrder()));
        QList<QByteArray> fields = shardFieldsInOrder();
        // An escaped key that spells a known name is that name.
        fields[3] = "\"shard\\u005fid\":3";
        // Human-readable twins, near misses and unknown keys between the known ones change nothing.
        fields.insert(13, R"("write_buffer_size":"7b")");
        fields.insert(5, R"("leader_global_checkpoint_x":-5)");
        fields.insert(1, "\"remote_cluster\\\"\":\"other\"");
        fields.insert(0, R"("a_key_much_longer_than_any_known_one_and_unknown":{"shard_id":99})");
        compareShards(parsedShard(bodyWith(fields)), inOrder);
    }
};

QTEST_GUILESS_MAIN(TestOrderedKeys)
#include "tst_orderedkeys.moc"
