// Auto-follow patterns, `connect` and the remote-cluster default through the `duper` executable against an
// in-process sandbox.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliAutoFollowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void autoFollowLifecycle();
    void connectAddsRemoteCluster();
    void clusterLevelStats();

private:
    CliRunner::Result duper(QStringList arguments) const { return m_fixture->run(arguments); }
    QStringList followers() const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliAutoFollowTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliAutoFollowTest::cleanup()
{
    m_fixture.reset();
}

QStringList CliAutoFollowTest::followers() const
{
    QStringList names;
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    for (const QJsonValue& value : result.object().value(QLatin1String("follower_indices")).toArray())
        names.append(value.toObject().value(QLatin1String("follower_index")).toString());
    return names;
}

void CliAutoFollowTest::autoFollowLifecycle()
{
    const auto put = duper({QStringLiteral("auto-follow"), QStringLiteral("-p"), QStringLiteral("logs"),
                            QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                            QStringLiteral("--follow_index_pattern={{leader_index}}-copy"),
                            QStringLiteral("--leader_index_exclusion_patterns"), QStringLiteral("logs-old")});
    QVERIFY2(put.exitCode == 0, qPrintable(put.errText()));
    QVERIFY(put.outText().startsWith(QLatin1String("Auto-follow pattern logs saved")));

    // A new leader index is picked up; the excluded one is not.
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-1"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-old"));
    m_fixture->sandbox().advance(5);
    QCOMPARE(followers(), QStringList{QStringLiteral("logs-1-copy")});

    // get-auto-follow as a table and as JSON.
    const auto table = duper({QStringLiteral("get-auto-follow")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.outText().split(QLatin1Char('\n')).at(1).simplified(),
             QStringLiteral("logs active leader logs-* {{leader_index}}-copy"));
    auto get = duper({QStringLiteral("get-auto-follow"), QStringLiteral("--auto_follow_pattern_name=logs"),
                      QStringLiteral("--json")});
    QCOMPARE(get.exitCode, 0);
    QJsonObject pattern = get.object()
                              .value(QLatin1String("patterns"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("pattern"))
                              .toObject();
    QCOMPARE(pattern.value(QLatin1String("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(pattern.value(QLatin1String("leader_index_patterns")).toArray().first().toString(),
             QStringLiteral("logs-*"));
    QCOMPARE(pattern.value(QLatin1String("active")).toBool(), true);

    // Paused patterns follow nothing new.
    QCOMPARE(duper({QStringLiteral("pause-auto-follow"), QStringLiteral("-p"), QStringLiteral("logs")}).exitCode, 0);
    get = duper(
        {QStringLiteral("get-auto-follow"), QStringLiteral("-p"), QStringLiteral("logs"), QStringLiteral("--json")});
    pattern = get.object()
                  .value(QLatin1String("patterns"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("pattern"))
                  .toObject();
    QCOMPARE(pattern.value(QLatin1String("active")).toBool(), false);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-2"));
    m_fixture->sandbox().advance(5);
    QCOMPARE(followers(), QStringList{QStringLiteral("logs-1-copy")});
    const auto resume = duper(
        {QStringLiteral("resume-auto-follow"), QStringLiteral("-p"), QStringLiteral("logs"), QStringLiteral("--json")});
    QCOMPARE(resume.exitCode, 0);
    QCOMPARE(resume.object().value(QLatin1String("command")).toString(), QStringLiteral("resume-auto-follow"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-3"));
    m_fixture->sandbox().advance(5);
    QVERIFY(followers().contains(QStringLiteral("logs-3-copy")));

    // Delete, then deleting again is refused (404 -> exit 1).
    const auto del = duper({QStringLiteral("delete-auto-follow"), QStringLiteral("-p"), QStringLiteral("logs")});
    QCOMPARE(del.exitCode, 0);
    QCOMPARE(del.outText(), QStringLiteral("Auto-follow pattern logs deleted.\n"));
    const auto again = duper({QStringLiteral("delete-auto-follow"), QStringLiteral("-p"), QStringLiteral("logs")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.errText().contains(QLatin1String("logs")));
    const auto none = duper({QStringLiteral("get-auto-follow"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.object().value(QLatin1String("patterns")).toArray().isEmpty());
}

void CliAutoFollowTest::connectAddsRemoteCluster()
{
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    const QString transport = m_fixture->sandbox().leader().transportAddress();
    const auto connect = duper({QStringLiteral("connect"), QStringLiteral("--remote_cluster"), QStringLiteral("second"),
                                QStringLiteral("--seeds"), transport});
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.errText()));
    QCOMPARE(connect.outText(), QStringLiteral("Remote cluster second now connects to %1.\n").arg(transport));

    // Two remotes now: follow without --remote_cluster names them and exits 2.
    const auto ambiguous = duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"),
                                  QStringLiteral("-l"), QStringLiteral("orders")});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.errText().contains(QLatin1String("leader, second")), qPrintable(ambiguous.errText()));
    QVERIFY(ambiguous.errText().contains(QLatin1String("--remote_cluster")));
    const auto autoAmbiguous = duper({QStringLiteral("auto-follow"), QStringLiteral("-p"), QStringLiteral("a"),
                                      QStringLiteral("--leader_index_patterns=x*")});
    QCOMPARE(autoAmbiguous.exitCode, 2);

    // Following through the new remote works.
    const auto follow =
        duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
               QStringLiteral("orders"), QStringLiteral("--remote_cluster=second"), QStringLiteral("--json")});
    QVERIFY2(follow.exitCode == 0, qPrintable(follow.errText()));
    m_fixture->sandbox().advance(3);
    const auto info = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.object()
                 .value(QLatin1String("follower_indices"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("remote_cluster"))
                 .toString(),
             QStringLiteral("second"));

    // --json on connect.
    const auto json = duper({QStringLiteral("connect"), QStringLiteral("-r"), QStringLiteral("third"),
                             QStringLiteral("-s"), transport, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value(QLatin1String("seeds")).toArray().first().toString(), transport);
}

void CliAutoFollowTest::clusterLevelStats()
{
    QCOMPARE(duper({QStringLiteral("auto-follow"), QStringLiteral("-p"), QStringLiteral("all"),
                    QStringLiteral("--leader_index_patterns"), QStringLiteral("metrics-*")})
                 .exitCode,
             0);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("metrics-1"));
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("metrics-1"), 10);
    m_fixture->sandbox().advance(10);
    const auto stats = duper(
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("cluster"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = stats.object();
    QCOMPARE(json.value(QLatin1String("auto_follow_stats"))
                 .toObject()
                 .value(QLatin1String("number_of_successful_follow_indices"))
                 .toInt(),
             1);
    QCOMPARE(json.value(QLatin1String("indices")).toArray().first().toObject().value(QLatin1String("index")).toString(),
             QStringLiteral("metrics-1"));
    const auto table = duper({QStringLiteral("stats"), QStringLiteral("--level=cluster")});
    QVERIFY(table.outText().startsWith(QLatin1String("Auto-follow: 1 indices followed")));
}

QTEST_GUILESS_MAIN(CliAutoFollowTest)
#include "tst_cli_autofollow.moc"
