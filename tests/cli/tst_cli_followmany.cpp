// `duper follow-many` against an in-process sandbox: dry run, a real run with a name collision, JSON, the auto-follow
// pattern, and input refused before any request.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliFollowManyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunFollowsNothing();
    void followsWithCollision();
    void jsonAndAutoFollowPattern();
    void badInputBeforeAnyRequest();

private:
    CliRunner::Result duper(QStringList arguments) const;
    QSet<QString> followers() const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliFollowManyTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    for (int i = 1; i <= 6; ++i)
        m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-%1").arg(i));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-old-1"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("metrics-1"));
    QVERIFY(m_fixture->sandbox().follower().createIndex(QStringLiteral("logs-3-copy"), {})); // the collision
}

void CliFollowManyTest::cleanup()
{
    m_fixture.reset();
}

CliRunner::Result CliFollowManyTest::duper(QStringList arguments) const
{
    return m_fixture->run(arguments);
}

QSet<QString> CliFollowManyTest::followers() const
{
    QSet<QString> names;
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    for (const QJsonValue& value : result.object().value(QLatin1String("follower_indices")).toArray())
        names.insert(value.toObject().value(QLatin1String("follower_index")).toString());
    return names;
}

void CliFollowManyTest::dryRunFollowsNothing()
{
    const auto result =
        duper({QStringLiteral("follow-many"), QStringLiteral("--remote_cluster"), QStringLiteral("leader"),
               QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"), QStringLiteral("--exclusions"),
               QStringLiteral("logs-old-*"), QStringLiteral("--follow_index_pattern"),
               QStringLiteral("{{leader_index}}-copy"), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    const QString out = result.outText();
    QVERIFY2(out.contains(QLatin1String("LEADER")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("logs-1-copy")));
    QVERIFY(out.contains(QLatin1String("Name taken")));
    QVERIFY(out.contains(QLatin1String("Excluded")));
    QVERIFY(!out.contains(QLatin1String("metrics-1")));
    QVERIFY(out.contains(QLatin1String("Dry run: 5 leader indices would be followed")));
    QVERIFY(followers().isEmpty());
}

void CliFollowManyTest::followsWithCollision()
{
    const auto result =
        duper({QStringLiteral("follow-many"), QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
               QStringLiteral("--exclusions"), QStringLiteral("logs-old-*"), QStringLiteral("--follow_index_pattern"),
               QStringLiteral("{{leader_index}}-copy"), QStringLiteral("--concurrency"), QStringLiteral("2"),
               QStringLiteral("--max_read_request_operation_count"), QStringLiteral("500")});
    QCOMPARE(result.exitCode, 1);
    const QString out = result.outText();
    QVERIFY2(out.contains(QLatin1String("An index named logs-3-copy already exists")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("5 follower indices created.")));
    const QSet<QString> now = followers();
    QCOMPARE(now.size(), 5);
    QVERIFY(now.contains(QStringLiteral("logs-6-copy")));
    QVERIFY(!now.contains(QStringLiteral("logs-old-1-copy")));

    // Again: all already followed, nothing blocks but the collision.
    const auto again = duper({QStringLiteral("follow-many"), QStringLiteral("--leader_index_patterns"),
                              QStringLiteral("logs-1,logs-2"), QStringLiteral("--follow_index_pattern"),
                              QStringLiteral("{{leader_index}}-copy")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().contains(QLatin1String("Already followed")));
}

void CliFollowManyTest::jsonAndAutoFollowPattern()
{
    const auto result =
        duper({QStringLiteral("follow-many"), QStringLiteral("--json"), QStringLiteral("--leader_index_patterns"),
               QStringLiteral("metrics-*"), QStringLiteral("--auto_follow_pattern"), QStringLiteral("metrics")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject body = result.object();
    QVERIFY2(!body.isEmpty(), result.out.constData());
    QCOMPARE(body.value(QLatin1String("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(body.value(QLatin1String("followed")).toInt(), 1);
    const QJsonArray indices = body.value(QLatin1String("indices")).toArray();
    QCOMPARE(indices.size(), 1);
    QCOMPARE(indices.first().toObject().value(QLatin1String("follower_index")).toString(), QStringLiteral("metrics-1"));
    QCOMPARE(indices.first().toObject().value(QLatin1String("result")).toString(), QStringLiteral("followed"));
    QCOMPARE(body.value(QLatin1String("auto_follow_pattern")).toObject().value(QLatin1String("created")).toBool(),
             true);
    const auto patterns = duper({QStringLiteral("get-auto-follow"), QStringLiteral("--json")});
    QCOMPARE(patterns.object().value(QLatin1String("patterns")).toArray().size(), 1);

    // Collision in JSON: exit 1 and the reason in the item.
    const auto collision = duper({QStringLiteral("follow-many"), QStringLiteral("--json"),
                                  QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-3"),
                                  QStringLiteral("--follow_index_pattern"), QStringLiteral("{{leader_index}}-copy")});
    QCOMPARE(collision.exitCode, 1);
    const QJsonObject item = collision.object().value(QLatin1String("indices")).toArray().first().toObject();
    QCOMPARE(item.value(QLatin1String("state")).toString(), QStringLiteral("name_taken"));
    QVERIFY(item.value(QLatin1String("reason")).toString().contains(QLatin1String("logs-3-copy")));
}

void CliFollowManyTest::badInputBeforeAnyRequest()
{
    QVERIFY(m_fixture->cli().run({QStringLiteral("--help")}).outText().contains(QLatin1String("follow-many")));
    const QString help = m_fixture->cli().run({QStringLiteral("follow-many"), QStringLiteral("--help")}).outText();
    QVERIFY2(help.contains(QLatin1String("--exclusions")), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("--max_read_request_operation_count")));

    // Nothing listens here: exit 2 proves no request was sent.
    const QStringList base{QStringLiteral("--url"), CliSandboxFixture::closedUrl(), QStringLiteral("follow-many"),
                           QStringLiteral("--remote_cluster"), QStringLiteral("leader")};
    QCOMPARE(m_fixture->cli().run(base).exitCode, 2); // no leader patterns
    QCOMPARE(
        m_fixture->cli()
            .run(base + QStringList{QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                                    QStringLiteral("--follow_index_pattern"), QStringLiteral("Bad#{{leader_index}}")})
            .exitCode,
        2);
    QCOMPARE(m_fixture->cli()
                 .run(base + QStringList{QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                                         QStringLiteral("--concurrency"), QStringLiteral("0")})
                 .exitCode,
             2);
    QCOMPARE(m_fixture->cli()
                 .run(base + QStringList{QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                                         QStringLiteral("--auto_follow_pattern"), QStringLiteral("_bad")})
                 .exitCode,
             2);
    QCOMPARE(m_fixture->cli()
                 .run(base + QStringList{QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                                         QStringLiteral("--max_retry_delay"), QStringLiteral("10 furlongs")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(CliFollowManyTest)
#include "tst_cli_followmany.moc"
