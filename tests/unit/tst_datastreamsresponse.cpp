// GET /_data_stream bodies as Elasticsearch 8 writes them (with fields Duper does not read, such as ILM and
// lifecycle keys) and the malformed ones the parser must refuse with a useful message.
#include "core/ccr/DataStreamsResponse.h"

#include <QTest>

using namespace duper;

namespace {

// The documented shape of an 8.x response: one local stream (ILM-managed, two generations) and one replicated by CCR.
const QByteArray twoStreams = R"({
  "data_streams": [
    {
      "name": "logs-app-default",
      "timestamp_field": { "name": "@timestamp" },
      "indices": [
        { "index_name": ".ds-logs-app-default-2026.12.03-000001", "index_uuid": "xCEhwsp8Tey0-FLNFYVwSg",
          "prefer_ilm": true, "ilm_policy": "logs", "managed_by": "Index Lifecycle Management" },
        { "index_name": ".ds-logs-app-default-2026.12.04-000002", "index_uuid": "PA_JquKGSiKcAKBA8DJ5gw",
          "prefer_ilm": true, "ilm_policy": "logs", "managed_by": "Index Lifecycle Management" }
      ],
      "generation": 2,
      "_meta": { "my-meta-field": "foo" },
      "status": "GREEN",
      "next_generation_managed_by": "Index Lifecycle Management",
      "prefer_ilm": true,
      "template": "logs",
      "ilm_policy": "logs",
      "hidden": false,
      "system": false,
      "allow_custom_routing": false,
      "replicated": false,
      "rollover_on_write": false
    },
    {
      "name": "metrics-db-prod",
      "timestamp_field": { "name": "@timestamp" },
      "indices": [
        { "index_name": ".ds-metrics-db-prod-2026.12.01-000007", "index_uuid": "3liBu2SYS5axasRt6fUIpA" }
      ],
      "generation": 7,
      "status": "YELLOW",
      "template": "metrics",
      "hidden": false,
      "system": false,
      "allow_custom_routing": false,
      "replicated": true
    }
  ]
})";

} // namespace

class TestDataStreamsResponse : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryStream()
    {
        QString error;
        const auto response = DataStreamsResponse::parse(twoStreams, &error);
        QVERIFY2(response, qPrintable(error));
        QCOMPARE(response->dataStreams.size(), 2);

        const DataStream& local = response->dataStreams.at(0);
        QCOMPARE(local.name, QStringLiteral("logs-app-default"));
        QCOMPARE(local.timestampField, QStringLiteral("@timestamp"));
        QCOMPARE(local.indices.size(), 2);
        QCOMPARE(local.indices.at(0).name, QStringLiteral(".ds-logs-app-default-2026.12.03-000001"));
        QCOMPARE(local.indices.at(0).uuid, QStringLiteral("xCEhwsp8Tey0-FLNFYVwSg"));
        QCOMPARE(local.writeIndex(), QStringLiteral(".ds-logs-app-default-2026.12.04-000002"));
        QCOMPARE(local.generation, 2);
        QCOMPARE(local.status, QStringLiteral("GREEN"));
        QCOMPARE(local.templateName, QStringLiteral("logs"));
        QVERIFY(!local.hidden);
        QVERIFY(!local.system);
        QVERIFY(!local.replicated);
        QVERIFY(!local.allowCustomRouting);

        const DataStream& replicated = response->dataStreams.at(1);
        QCOMPARE(replicated.name, QStringLiteral("metrics-db-prod"));
        QVERIFY(replicated.replicated);
        QCOMPARE(replicated.generation, 7);
        QCOMPARE(replicated.status, QStringLiteral("YELLOW"));
        QCOMPARE(replicated.writeIndex(), QStringLiteral(".ds-metrics-db-prod-2026.12.01-000007"));
    }

    void emptyListAndMissingOptionalKeys()
    {
        const auto empty = DataStreamsResponse::parse(R"({"data_streams":[]})");
        QVERIFY(empty);
        QVERIFY(empty->dataStreams.isEmpty());
        // An older cluster without replicated/allow_custom_routing: defaults apply.
        const auto old = DataStreamsResponse::parse(R"({"data_streams":[{"name":"s","indices":[],"generation":1}]})");
        QVERIFY(old);
        QCOMPARE(old->dataStreams.at(0).name, QStringLiteral("s"));
        QVERIFY(!old->dataStreams.at(0).replicated);
        QVERIFY(old->dataStreams.at(0).writeIndex().isEmpty());
    }

    void refusesWrongTypesNamingTheField()
    {
        QString error;
        QVERIFY(!DataStreamsResponse::parse(R"({"data_streams":[{"name":"s","replicated":"yes"}]})", &error));
        QVERIFY2(error.contains(QLatin1String("data_streams[0].replicated")), qPrintable(error));
        QVERIFY(!DataStreamsResponse::parse(R"({"data_streams":[{"name":"s","indices":[{"index_name":3}]}]})", &error));
        QVERIFY2(error.contains(QLatin1String("data_streams[0].indices[0].index_name")), qPrintable(error));
        QVERIFY(!DataStreamsResponse::parse("[1,2]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DataStreamsResponse::parse(R"({"data_streams":[{"name":"s","generation":"two"}]})"));
    }
};

QTEST_GUILESS_MAIN(TestDataStreamsResponse)
#include "tst_datastreamsresponse.moc"
