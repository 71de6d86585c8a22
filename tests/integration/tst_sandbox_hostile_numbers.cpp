// Numbers beyond an integer's range in requests to the sandbox (issue 17): `1e300` for a follow parameter or a
// cluster setting used to be cast to qint64 before any range check (undefined behaviour). Over real sockets, the
// sandbox now answers each with Elasticsearch's 400 error body and keeps serving.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using duper::test::SandboxFixture;

namespace {

QJsonObject errorOf(const SandboxFixture::Reply& reply)
{
    return reply.json().value(QLatin1String("error")).toObject();
}

} // namespace

class TestSandboxHostileNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_fixture->createLeaderIndex(QStringLiteral("logs"));
    }
    void cleanup() { m_fixture.reset(); }

    void followCountBeyondInt_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e20") << QByteArray("-1e20");
        QTest::newRow("9.3e18") << QByteArray("9.3e18");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("2^31") << QByteArray("2147483648");
        QTest::newRow("just above int") << QByteArray("2147483647.5");
    }
    void followCountBeyondInt()
    {
        QFETCH(QByteArray, number);
        const auto reply = follow(
            R"({"remote_cluster":"leader","leader_index":"logs","max_read_request_operation_count":)" + number + "}");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 400);
        const QJsonObject error = errorOf(reply);
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("x_content_parse_exception"));
        QVERIFY2(error.value(QLatin1String("reason"))
                     .toString()
                     .endsWith(QLatin1String("[indices:admin/xpack/ccr/put_follow] failed to parse field "
                                             "[max_read_request_operation_count]")),
                 reply.body.constData());
        const QJsonObject cause = error.value(QLatin1String("caused_by")).toObject();
        QCOMPARE(cause.value(QLatin1String("type")).toString(), QStringLiteral("input_coercion_exception"));
        // Quoted as sent, as Jackson does.
        QCOMPARE(cause.value(QLatin1String("reason")).toString(),
                 QStringLiteral("Numeric value (%1) out of range of int (-2147483648 - 2147483647)")
                     .arg(QString::fromLatin1(number)));
        QVERIFY(!error.value(QLatin1String("root_cause")).toArray().isEmpty());
        // Nothing was created and the sandbox still answers.
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/f1/_ccr/info"))).status, 404);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/"))).status, 200);
    }

    void followCountFractionIsTruncated()
    {
        // Within int's range Jackson coerces a fraction, as Elasticsearch does for these parameters.
        const auto reply =
            follow(R"({"remote_cluster":"leader","leader_index":"logs","max_read_request_operation_count":7.9})");
        QCOMPARE(reply.status, 200);
        const auto info = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/f1/_ccr/info")));
        const QJsonObject parameters = info.json()
                                           .value(QLatin1String("follower_indices"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QLatin1String("parameters"))
                                           .toObject();
        QCOMPARE(parameters.value(QLatin1String("max_read_request_operation_count")).toInt(), 7);
    }

    void skipUnavailableBeyondRange_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text"); // the value as Elasticsearch keeps it (Java's Double.toString)
        QTest::newRow("1e300 nested")
            << QByteArray(R"({"persistent":{"cluster":{"remote":{"leader":{"skip_unavailable":1e300}}}}})")
            << QStringLiteral("1.0E300");
        QTest::newRow("1e300 flat") << QByteArray(R"({"persistent":{"cluster.remote.leader.skip_unavailable":1e300}})")
                                    << QStringLiteral("1.0E300");
        QTest::newRow("-1e20 transient") << QByteArray(
                                                R"({"transient":{"cluster.remote.leader.skip_unavailable":-1e20}})")
                                         << QStringLiteral("-1.0E20");
        QTest::newRow("1E+20") << QByteArray(R"({"persistent":{"cluster.remote.leader.skip_unavailable":1E+20}})")
                               << QStringLiteral("1.0E20");
        QTest::newRow("1.5") << QByteArray(R"({"persistent":{"cluster.remote.leader.skip_unavailable":1.5}})")
                             << QStringLiteral("1.5");
        QTest::newRow("text") << QByteArray(R"({"persistent":{"cluster.remote.leader.skip_unavailable":"perhaps"}})")
                              << QStringLiteral("perhaps");
    }
    void skipUnavailableBeyondRange()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        const auto before = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")));
        const auto reply = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 400);
        const QJsonObject error = errorOf(reply);
        const QString reason =
            QStringLiteral("Failed to parse value [%1] as only [true] or [false] are allowed.").arg(text);
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("illegal_argument_exception"));
        QCOMPARE(error.value(QLatin1String("reason")).toString(), reason);
        const QJsonObject root = error.value(QLatin1String("root_cause")).toArray().at(0).toObject();
        QCOMPARE(root.value(QLatin1String("reason")).toString(), reason);
        // Nothing was stored, and the sandbox still answers.
        const auto after = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body, before.body);
    }

    void skipUnavailableBooleansStillWork()
    {
        const auto reply = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_cluster/settings?flat_settings=true")),
            R"({"persistent":{"cluster.remote.other.seeds":"127.0.0.1:1","cluster.remote.other.skip_unavailable":true}})");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.contains(R"("cluster.remote.other.skip_unavailable":"true")"), reply.body.constData());
    }

private:
    SandboxFixture::Reply follow(const QByteArray& body)
    {
        return m_fixture->put(m_fixture->followerUrl(QStringLiteral("/f1/_ccr/follow")), body);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxHostileNumbers)
#include "tst_sandbox_hostile_numbers.moc"
