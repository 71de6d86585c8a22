// The sandbox under malformed input (issue 17 §3), over real sockets: broken JSON on every route that reads a body
// gets Elasticsearch's 400 (x_content_parse_exception, or x_content_e_o_f_exception for a body that ends early) and
// changes nothing; index names Elasticsearch refuses (MetadataCreateIndexService.validateIndexOrAliasName) get
// 400 invalid_index_name_exception whether they come raw or percent-encoded; the server keeps serving throughout.
#include "RawHttp.h"
#include "SandboxFixture.h"

#include <QtTest>

using duper::test::RawHttp;
using duper::test::SandboxFixture;

class TestSandboxMalformedInput : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_port = static_cast<quint16>(m_fixture->followerUrl().port());
        m_fixture->createLeaderIndex(QStringLiteral("logs"));
        m_fixture->indexLeaderDocuments(QStringLiteral("logs"), 3);
        const auto followed = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/logs-copy/_ccr/follow")),
                                             R"({"remote_cluster":"leader","leader_index":"logs"})");
        QCOMPARE(followed.status, 200);
        QCOMPARE(m_fixture->put(m_fixture->followerUrl(QStringLiteral("/plain")), {}).status, 200);
    }
    void cleanup() { m_fixture.reset(); }

    void malformedJsonGets400_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("expectedType");
        const QList<QPair<QByteArray, QByteArray>> routes = {
            {"PUT", "/new-follower/_ccr/follow"},
            {"POST", "/logs-copy/_ccr/resume_follow"},
            {"POST", "/logs/_ccr/forget_follower"},
            {"PUT", "/_ccr/auto_follow/beats"},
            {"PUT", "/_cluster/settings"},
            {"PUT", "/new-index"},
            {"POST", "/_count"},
            {"POST", "/plain/_count"},
            {"POST", "/_security/cross_cluster/api_key"},
            {"PUT", "/_security/cross_cluster/api_key/some-id"},
            {"PUT", "/_index_template/template"},
            {"POST", "/_nodes/reload_secure_settings"},
            {"DELETE", "/_security/api_key"},
            {"POST", "/logs-copy/_bulk"},
        };
        for (const auto& [method, target] : routes) {
            QTest::addRow("%s %s garbage", method.constData(), target.constData())
                << method << target << QStringLiteral("x_content_parse_exception");
            QTest::addRow("%s %s truncated", method.constData(), target.constData())
                << method << target << QStringLiteral("x_content_e_o_f_exception");
        }
    }
    void malformedJsonGets400()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QString, expectedType);
        const QByteArray body = expectedType == u"x_content_e_o_f_exception" ? QByteArray(R"({"remote_cluster":)")
                                                                             : QByteArray("{not json");
        const auto reply = RawHttp::exchange(m_port, RawHttp::request(method, target, body));
        QCOMPARE(reply.status(), 400);
        const QJsonObject error = reply.error();
        QCOMPARE(error.value(QLatin1String("type")).toString(), expectedType);
        QVERIFY2(error.value(QLatin1String("reason")).toString().startsWith(QLatin1Char('[')),
                 reply.body().constData());
        const QJsonObject root = error.value(QLatin1String("root_cause")).toArray().first().toObject();
        QCOMPARE(root.value(QLatin1String("type")).toString(), expectedType);
        QCOMPARE(QJsonDocument::fromJson(reply.body()).object().value(QLatin1String("status")).toInt(), 400);
        // Nothing was created, and the next client is served.
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/new-follower"))).status, 404);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/new-index"))).status, 404);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/"))).status, 200);
    }

    void nonObjectBodiesGet400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"follow\"");
        QTest::newRow("nul bytes") << QByteArray("{\"a\":\0\0}", 8);
        QTest::newRow("invalid utf-8") << QByteArray("{\"remote_cluster\":\"\xff\xfe\"}");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
    }
    void nonObjectBodiesGet400()
    {
        QFETCH(QByteArray, body);
        const auto reply = RawHttp::exchange(m_port, RawHttp::request("PUT", "/new-follower/_ccr/follow", body));
        QCOMPARE(reply.status(), 400);
        QVERIFY(reply.error().value(QLatin1String("type")).toString().startsWith(QLatin1String("x_content_")));
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/new-follower"))).status, 404);
    }

    void malformedDocumentGets400()
    {
        const auto reply = RawHttp::exchange(m_port, RawHttp::request("PUT", "/plain/_doc/1", "{not json"));
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.error().value(QLatin1String("type")).toString(), QStringLiteral("document_parsing_exception"));
        const auto bulk = RawHttp::exchange(m_port, RawHttp::request("POST", "/_bulk", "{not json\n{}\n"));
        QCOMPARE(bulk.status(), 400);
        QCOMPARE(bulk.error().value(QLatin1String("type")).toString(), QStringLiteral("x_content_parse_exception"));
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/plain/_count"))).json().value(u"count").toInt(),
                 0);
    }

    void invalidIndexNamesGet400_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("uppercase") << QByteArray("/Logs") << QStringLiteral("must be lowercase");
        for (const char* c : {"%5C", "%2F", "*", "%3F", "%22", "%3C", "%3E", "%7C", "%20", "%2C"}) {
            QTest::addRow("char %s", c) << QByteArray("/a") + c + "b"
                                        << QStringLiteral("must not contain the following characters");
        }
        QTest::newRow("hash") << QByteArray("/a%23b") << QStringLiteral("must not contain '#'");
        QTest::newRow("leading -") << QByteArray("/-a") << QStringLiteral("must not start with '_', '-', or '+'");
        QTest::newRow("leading +") << QByteArray("/+a") << QStringLiteral("must not start with '_', '-', or '+'");
        QTest::newRow("dot") << QByteArray("/%2E") << QStringLiteral("must not be '.' or '..'");
        QTest::newRow("dot dot") << QByteArray("/%2E%2E") << QStringLiteral("must not be '.' or '..'");
        QTest::newRow("256 bytes") << QByteArray("/" + QByteArray(256, 'a'))
                                   << QStringLiteral("index name is too long");
        QTest::newRow("128 two-byte chars")
            << QByteArray("/" + QByteArray("%C3%A9").repeated(128)) << QStringLiteral("index name is too long");
    }
    void invalidIndexNamesGet400()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, reasonPart);
        for (const QByteArray& suffix : {QByteArray(), QByteArray("/_doc/1"), QByteArray("/_ccr/follow")}) {
            const QByteArray body = suffix.isEmpty() ? QByteArray()
                                    : suffix == "/_doc/1"
                                        ? QByteArray(R"({"f":1})")
                                        : QByteArray(R"({"remote_cluster":"leader","leader_index":"logs"})");
            const auto reply = RawHttp::exchange(m_port, RawHttp::request("PUT", target + suffix, body));
            QCOMPARE(reply.status(), 400);
            QCOMPARE(reply.error().value(QLatin1String("type")).toString(),
                     QStringLiteral("invalid_index_name_exception"));
            QVERIFY2(reply.error().value(QLatin1String("reason")).toString().contains(reasonPart),
                     reply.body().constData());
        }
        // Only the setup's indices exist.
        const auto indices = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cat/indices?format=json")));
        QCOMPARE(indices.document().array().size(), 2);
    }

    void validOddNamesAreOrdinaryIndices()
    {
        // Characters Elasticsearch allows, percent-encoded or not, round-trip as they were.
        for (const QByteArray& name : {QByteArray("caf%C3%A9"), QByteArray("a.b"), QByteArray("a%26b"),
                                       QByteArray("%E6%97%A5%E6%9C%AC"), QByteArray(255, 'x')}) {
            const auto created = RawHttp::exchange(m_port, RawHttp::request("PUT", "/" + name));
            QCOMPARE(created.status(), 200);
            const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
            QCOMPARE(QJsonDocument::fromJson(created.body()).object().value(QLatin1String("index")).toString(),
                     decoded);
            QCOMPARE(RawHttp::exchange(m_port, RawHttp::request("GET", "/" + name + "/_settings/index.uuid")).status(),
                     200);
        }
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestSandboxMalformedInput)
#include "tst_sandbox_malformed_input.moc"
