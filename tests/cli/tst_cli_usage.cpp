// `duper` help, version, argument parsing, validation before any request and the exit codes that need no cluster.
// Nothing here depends on what listens on localhost:9200/9201: every run is pointed at a port that was just free, and
// `duper sandbox` is started on ephemeral ports.
#include "CliSandboxFixture.h"
#include "core/values/FollowParameter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace duper::test;

class CliUsageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommands();
    void commandHelpListsEveryOption_data();
    void commandHelpListsEveryOption();
    void followHelpShowsAliasesAndDefaults();
    void version();
    void rejectsBadInputBeforeAnyRequest_data();
    void rejectsBadInputBeforeAnyRequest();
    void usageErrors_data();
    void usageErrors();
    void usernameWithoutPasswordOrTerminal();
    void unreachableCluster();
    void sandboxCommandStopsOnSigterm();
    void sandboxCommandSaysWhenItsPortIsTaken();

private:
    QString closedUrl() const { return m_closedUrl; }

    CliSandboxFixture m_fixture; // only its private home: these runs need no cluster
    CliRunner m_cli = m_fixture.cli();
    QString m_closedUrl;
};

void CliUsageTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "DUPER_EXECUTABLE is not set");
    m_closedUrl = CliSandboxFixture::closedUrl();
}

void CliUsageTest::helpListsCommands()
{
    const auto result = m_cli.run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* command : {"follow", "pause", "resume", "unfollow", "forget", "info", "stats", "auto-follow",
                                "get-auto-follow", "pause-auto-follow", "resume-auto-follow", "delete-auto-follow",
                                "open", "close", "connect", "recreate", "verify", "sandbox"})
        QVERIFY2(result.outText().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    QVERIFY(result.outText().contains(QLatin1String("Exit codes")));
    // No command at all: usage error with the same help.
    const auto none = m_cli.run({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.outText().contains(QLatin1String("Commands:")));
}

void CliUsageTest::commandHelpListsEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QStringList tuning;
    for (duper::FollowParameter parameter : duper::FollowParameterInfo::all())
        tuning.append(duper::FollowParameterInfo::restName(parameter));
    QTest::newRow("follow") << QStringLiteral("follow")
                            << (QStringList{QStringLiteral("-f, --follower_index"),
                                            QStringLiteral("-l, --leader_index"), QStringLiteral("--remote_cluster"),
                                            QStringLiteral("--wait_for_active_shards")} +
                                tuning);
    QTest::newRow("resume") << QStringLiteral("resume")
                            << (QStringList{QStringLiteral("-f, --follower_index")} + tuning);
    QTest::newRow("auto-follow") << QStringLiteral("auto-follow")
                                 << (QStringList{QStringLiteral("-p, --auto_follow_pattern_name"),
                                                 QStringLiteral("--leader_index_patterns"),
                                                 QStringLiteral("--leader_index_exclusion_patterns"),
                                                 QStringLiteral("--follow_index_pattern")} +
                                     tuning);
    QTest::newRow("info") << QStringLiteral("info") << QStringList{QStringLiteral("-i, --index")};
    QTest::newRow("stats") << QStringLiteral("stats") << QStringList{QStringLiteral("--level shard|cluster")};
    QTest::newRow("forget") << QStringLiteral("forget")
                            << QStringList{QStringLiteral("--leader_url"), QStringLiteral("LEADER cluster")};
    QTest::newRow("open") << QStringLiteral("open")
                          << QStringList{QStringLiteral("-f, --follower_index"), QStringLiteral("-l, --leader_index"),
                                         QStringLiteral("--leader_url")};
    QTest::newRow("verify") << QStringLiteral("verify")
                            << QStringList{QStringLiteral("-f, --follower_index"), QStringLiteral("--all"),
                                           QStringLiteral("--leader_url"),         QStringLiteral("--leader NAME"),
                                           QStringLiteral("--remote_cluster"),     QStringLiteral("Exit codes")};
    QTest::newRow("connect") << QStringLiteral("connect") << QStringList{QStringLiteral("--seeds")};
    QTest::newRow("sandbox") << QStringLiteral("sandbox")
                             << QStringList{QStringLiteral("--follower-port"), QStringLiteral("--fault")};
}

void CliUsageTest::commandHelpListsEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    // --help works before and after the command name.
    for (const QStringList& arguments :
         {QStringList{command, QStringLiteral("--help")}, QStringList{QStringLiteral("--help"), command}}) {
        const auto result = m_cli.run(arguments);
        QCOMPARE(result.exitCode, 0);
        for (const QString& option : options)
            QVERIFY2(result.outText().contains(option), qPrintable(option));
        if (command != u"sandbox")
            QVERIFY(result.outText().contains(QLatin1String("--url URL")));
    }
}

void CliUsageTest::followHelpShowsAliasesAndDefaults()
{
    const QString help = m_cli.run({QStringLiteral("follow"), QStringLiteral("-h")}).outText();
    for (duper::FollowParameter parameter : duper::FollowParameterInfo::all()) {
        const QString name = duper::FollowParameterInfo::restName(parameter);
        const qsizetype at = help.indexOf(QStringLiteral("--") + name);
        QVERIFY2(at >= 0, qPrintable(name));
        const QString line = help.mid(at, help.indexOf(QLatin1Char('\n'), at) - at);
        QVERIFY2(line.contains(QStringLiteral("(default: %1)").arg(duper::FollowParameterInfo::defaultText(parameter))),
                 qPrintable(line));
    }
    QVERIFY(help.contains(QLatin1String("(default: 0)"))); // wait_for_active_shards
}

void CliUsageTest::version()
{
    const auto result = m_cli.run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.outText(), QStringLiteral("duper 0.1.0\n"));
}

void CliUsageTest::rejectsBadInputBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // all must appear in stderr
    const QString f = QStringLiteral("-f");
    const QString l = QStringLiteral("-l");
    QTest::newRow("hash") << QStringList{QStringLiteral("follow"), f, QStringLiteral("Bad#Name"), l,
                                         QStringLiteral("x")}
                          << QStringList{QStringLiteral("follower_index"), QStringLiteral("'#'")};
    QTest::newRow("uppercase leader") << QStringList{QStringLiteral("follow"), f, QStringLiteral("copy"), l,
                                                     QStringLiteral("Logs")}
                                      << QStringList{QStringLiteral("leader_index"), QStringLiteral("lowercase")};
    QTest::newRow("leading underscore") << QStringList{QStringLiteral("pause"), f, QStringLiteral("_x")}
                                        << QStringList{QStringLiteral("follower_index"), QStringLiteral("'_'")};
    QTest::newRow("colon") << QStringList{QStringLiteral("unfollow"), QStringLiteral("--follower_index=a:b")}
                           << QStringList{QStringLiteral("follower_index"), QStringLiteral("':'")};
    QTest::newRow("size unit") << QStringList{QStringLiteral("follow"),
                                              f,
                                              QStringLiteral("a"),
                                              l,
                                              QStringLiteral("b"),
                                              QStringLiteral("--max_read_request_size=32furlongs")}
                               << QStringList{QStringLiteral("max_read_request_size")};
    QTest::newRow("count zero") << QStringList{QStringLiteral("resume"), f, QStringLiteral("a"),
                                               QStringLiteral("--max_outstanding_read_requests"), QStringLiteral("0")}
                                << QStringList{QStringLiteral("max_outstanding_read_requests")};
    QTest::newRow("count text") << QStringList{QStringLiteral("resume"), f, QStringLiteral("a"),
                                               QStringLiteral("--max_write_buffer_count=lots")}
                                << QStringList{QStringLiteral("max_write_buffer_count")};
    QTest::newRow("retry delay above 5m") << QStringList{QStringLiteral("follow"), f,
                                                         QStringLiteral("a"),      l,
                                                         QStringLiteral("b"),      QStringLiteral("--max_retry_delay"),
                                                         QStringLiteral("10m")}
                                          << QStringList{QStringLiteral("max_retry_delay"), QStringLiteral("5m")};
    QTest::newRow("fractional time") << QStringList{QStringLiteral("recreate"), f, QStringLiteral("a"),
                                                    QStringLiteral("--read_poll_timeout=1.5s")}
                                     << QStringList{QStringLiteral("read_poll_timeout")};
    QTest::newRow("wait for shards") << QStringList{QStringLiteral("follow"),
                                                    f,
                                                    QStringLiteral("a"),
                                                    l,
                                                    QStringLiteral("b"),
                                                    QStringLiteral("--wait_for_active_shards=-2")}
                                     << QStringList{QStringLiteral("wait_for_active_shards")};
    QTest::newRow("two problems at once")
        << QStringList{QStringLiteral("follow"), f,
                       QStringLiteral("A"),      l,
                       QStringLiteral("b"),      QStringLiteral("--max_read_request_size=0")}
        << QStringList{QStringLiteral("follower_index"), QStringLiteral("max_read_request_size")};
    QTest::newRow("pattern name comma") << QStringList{QStringLiteral("auto-follow"), QStringLiteral("-p"),
                                                       QStringLiteral("a,b"), QStringLiteral("--leader_index_patterns"),
                                                       QStringLiteral("logs-*")}
                                        << QStringList{QStringLiteral("auto_follow_pattern_name"),
                                                       QStringLiteral("','")};
    QTest::newRow("stats level") << QStringList{QStringLiteral("stats"), QStringLiteral("--level=node")}
                                 << QStringList{QStringLiteral("--level")};
    QTest::newRow("open both") << QStringList{QStringLiteral("open"), f, QStringLiteral("a"), l, QStringLiteral("b")}
                               << QStringList{QStringLiteral("exactly one")};
    QTest::newRow("close leader without url")
        << QStringList{QStringLiteral("close"), l, QStringLiteral("b")} << QStringList{QStringLiteral("--leader_url")};
}

void CliUsageTest::rejectsBadInputBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    // The URL points at a closed port: reaching it would exit 3, so exit 2 proves no request was sent.
    const auto result = m_cli.run(QStringList{QStringLiteral("--url"), closedUrl()} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    for (const QString& text : expected)
        QVERIFY2(result.errText().contains(text), qPrintable(result.errText()));
}

void CliUsageTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("folow")} << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("pause"), QStringLiteral("--bogus"),
                                                   QStringLiteral("1")}
                                    << QStringLiteral("unknown option --bogus for command pause");
    QTest::newRow("unknown alias") << QStringList{QStringLiteral("pause"), QStringLiteral("-z"), QStringLiteral("1")}
                                   << QStringLiteral("unknown option -z");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("a"), QStringLiteral("-l"),
                       QStringLiteral("b")}
        << QStringLiteral("unknown option -l");
    QTest::newRow("missing value") << QStringList{QStringLiteral("pause"), QStringLiteral("-f")}
                                   << QStringLiteral("--follower_index needs a value");
    QTest::newRow("missing required") << QStringList{QStringLiteral("follow"), QStringLiteral("-f"),
                                                     QStringLiteral("a")}
                                      << QStringLiteral("--leader_index is required");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("info"), QStringLiteral("extra")}
                                    << QStringLiteral("unexpected argument");
    QTest::newRow("flag with value") << QStringList{QStringLiteral("info"), QStringLiteral("--json=yes")}
                                     << QStringLiteral("--json takes no value");
    QTest::newRow("no password option") << QStringList{QStringLiteral("info"), QStringLiteral("--password"),
                                                       QStringLiteral("secret")}
                                        << QStringLiteral("unknown option --password");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--url"), QStringLiteral("ftp://x"), QStringLiteral("info")}
                             << QStringLiteral("not an http");
    QTest::newRow("bad sandbox option") << QStringList{QStringLiteral("sandbox"), QStringLiteral("--tick"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("--tick");
}

void CliUsageTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(expected), qPrintable(result.errText()));
    QVERIFY2(result.errText().contains(QLatin1String("--help")), qPrintable(result.errText()));
}

void CliUsageTest::usernameWithoutPasswordOrTerminal()
{
    const auto result = m_cli.run({QStringLiteral("info"), QStringLiteral("--username"), QStringLiteral("elastic"),
                                   QStringLiteral("--url"), closedUrl()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QLatin1String("DUPER_PASSWORD")), qPrintable(result.errText()));
}

void CliUsageTest::unreachableCluster()
{
    const auto result = m_cli.run({QStringLiteral("info"), QStringLiteral("--url=") + closedUrl()});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.errText().isEmpty());
    QVERIFY(result.out.isEmpty());
    const auto unknownHost = m_cli.run(
        {QStringLiteral("--url"), QStringLiteral("http://no-such-host.invalid:9200"), QStringLiteral("stats")});
    QCOMPARE(unknownHost.exitCode, 3);
    // A CA file that cannot be read is a usage problem, found before any request.
    const auto badCa = m_cli.run({QStringLiteral("info"), QStringLiteral("--url"),
                                  CliSandboxFixture::closedUrl(QStringLiteral("https")), QStringLiteral("--ca-cert"),
                                  QStringLiteral("/nonexistent/ca.pem")});
    QCOMPARE(badCa.exitCode, 2);
}

void CliUsageTest::sandboxCommandStopsOnSigterm()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    // Ephemeral ports: the defaults (9200/9201) may belong to a sandbox the user is running.
    process.start(CliRunner::executable(),
                  {QStringLiteral("sandbox"), QStringLiteral("--followers"), QStringLiteral("2"),
                   QStringLiteral("--tick"), QStringLiteral("0"), QStringLiteral("--follower-port"),
                   QStringLiteral("0"), QStringLiteral("--leader-port"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Press Ctrl+C"), 10000);
    QVERIFY(out.contains("follower cluster: http://127.0.0.1:"));
    QVERIFY(out.contains("2 leader indices"));
    // Drive the running sandbox with the CLI.
    const qsizetype at = out.indexOf("follower cluster: ") + 18;
    const QString url = QString::fromUtf8(out.mid(at, out.indexOf(' ', at) - at));
    const auto info = m_cli.run({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--url"), url});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.json().object().value(QLatin1String("follower_indices")).toArray().size() == 2);
    process.terminate();
    QVERIFY(finished.wait(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void CliUsageTest::sandboxCommandSaysWhenItsPortIsTaken()
{
    // What a second `duper sandbox` on the default ports meets: someone already listens there.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(taken.serverPort());
    const auto result =
        m_cli.run({QStringLiteral("sandbox"), QStringLiteral("--follower-port"), port, QStringLiteral("--leader-port"),
                   QStringLiteral("0"), QStringLiteral("--tick"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.errText().contains(port), qPrintable(result.errText()));
    QVERIFY(!result.outText().contains(QLatin1String("Press Ctrl+C")));
}

QTEST_GUILESS_MAIN(CliUsageTest)
#include "tst_cli_usage.moc"
