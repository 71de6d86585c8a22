// `duper info` tells the same status as the window: a follower whose shard task stopped on a fatal_exception is
// "error" (Elasticsearch still calls it active), next to an active and a paused one. The in-process sandbox injects
// the fatal error.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliInfoTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableShowsErrorStatus();
    void jsonKeepsElasticsearchStatusAndAddsState();
    void filteredToOneFollower();

private:
    CliRunner::Result duper(QStringList arguments) const { return m_fixture->run(arguments); }
    QJsonObject infoOf(const QJsonObject& body, const QString& index) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliInfoTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    for (const QString& leader : {QStringLiteral("orders"), QStringLiteral("logs"), QStringLiteral("events")}) {
        m_fixture->sandbox().createLeaderIndex(leader);
        m_fixture->sandbox().indexLeaderDocuments(leader, 10);
        const auto follow = duper({QStringLiteral("follow"), QStringLiteral("-f"), leader + QStringLiteral("-copy"),
                                   QStringLiteral("-l"), leader});
        QCOMPARE(follow.exitCode, 0);
    }
    QCOMPARE(duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("events-copy")}).exitCode, 0);
    m_fixture->sandbox().faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 5);
    m_fixture->sandbox().advance(2);
}

void CliInfoTest::cleanup()
{
    m_fixture.reset();
}

QJsonObject CliInfoTest::infoOf(const QJsonObject& body, const QString& index) const
{
    for (const QJsonValue& value : body.value(QLatin1String("follower_indices")).toArray())
        if (value.toObject().value(QLatin1String("follower_index")).toString() == index)
            return value.toObject();
    return {};
}

void CliInfoTest::tableShowsErrorStatus()
{
    const auto table = duper({QStringLiteral("info")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("FOLLOWER")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("events-copy paused leader events"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("logs-copy active leader logs"));
    QCOMPARE(lines.at(3).simplified(), QStringLiteral("orders-copy error leader orders"));
    // Why, on stderr: the shard and Elasticsearch's reason, as the window's error line.
    QVERIFY2(table.errText().contains(QLatin1String("orders-copy: shard 0: Operations are no longer available")),
             qPrintable(table.errText()));
    QVERIFY(!table.errText().contains(QLatin1String("logs-copy")));
}

void CliInfoTest::jsonKeepsElasticsearchStatusAndAddsState()
{
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject orders = infoOf(result.object(), QStringLiteral("orders-copy"));
    QCOMPARE(orders.value(QLatin1String("status")).toString(), QStringLiteral("active")); // Elasticsearch's word
    QCOMPARE(orders.value(QLatin1String("state")).toString(), QStringLiteral("error"));
    QVERIFY(orders.value(QLatin1String("error")).toString().contains(QLatin1String("shard 0:")));
    const QJsonObject logs = infoOf(result.object(), QStringLiteral("logs-copy"));
    QCOMPARE(logs.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(logs.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QVERIFY(!logs.contains(QLatin1String("error")));
    QVERIFY(logs.contains(QLatin1String("parameters")));
    const QJsonObject events = infoOf(result.object(), QStringLiteral("events-copy"));
    QCOMPARE(events.value(QLatin1String("status")).toString(), QStringLiteral("paused"));
    QCOMPARE(events.value(QLatin1String("state")).toString(), QStringLiteral("paused"));
}

void CliInfoTest::filteredToOneFollower()
{
    // A paused follower alone has no shard tasks: info still answers (ES refuses stats naming only it).
    auto paused = duper({QStringLiteral("info"), QStringLiteral("-i"), QStringLiteral("events-copy")});
    QCOMPARE(paused.exitCode, 0);
    QStringList lines = paused.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("events-copy paused leader events"));

    auto failed = duper({QStringLiteral("info"), QStringLiteral("-i"), QStringLiteral("orders-copy")});
    QCOMPARE(failed.exitCode, 0);
    lines = failed.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("orders-copy error leader orders"));
}

QTEST_GUILESS_MAIN(CliInfoTest)
#include "tst_cli_info.moc"
