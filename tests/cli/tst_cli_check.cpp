// `duper check` (issue 16 §3) against the in-process sandbox, as a monitoring system runs it: exit 0 when all is fine,
// 1 for lag above the warning or a pause past the warning share, 2 for a fatal follower or lag above the critical
// limit, 3 UNKNOWN for an unreachable cluster, refused credentials and bad usage; the plugin output (summary line,
// performance data after '|', problem lines), --json, -f patterns, the leader's retention lease period and
// --state-file.
#include "CliSandboxFixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace duper::test;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

QString firstLine(const CliRunner::Result& result)
{
    return result.outText().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class CliCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void allFineIsOk();
    void lagWarningAndCritical();
    void lagMustLastAcrossRuns();
    void fatalFollowerIsCritical();
    void readExceptions();
    void pausedWithoutHistoryIsAWarning();
    void pausedPastTheWarningShare();
    void pausedMeasuredAcrossRuns();
    void leaderRetentionPeriod();
    void followerPatterns();
    void jsonVerdict();
    void unreachableIsUnknown();
    void refusedCredentialsAreUnknown();
    void usageErrorsAreUnknown();

private:
    CliRunner::Result check(QStringList more = {}) const
    {
        return m_fixture->run(QStringList{QStringLiteral("check")} + more);
    }
    void follow(const QString& leader, QStringList tuning = {});
    // A state file as an earlier run would have left it: `follower` paused since `ago`, its start seen or not.
    QString stateFile(const QString& follower, qint64 ago, bool startKnown) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CliCheckTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void CliCheckTest::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

void CliCheckTest::follow(const QString& leader, QStringList tuning)
{
    m_fixture->sandbox().createLeaderIndex(leader);
    m_fixture->sandbox().indexLeaderDocuments(leader, 20);
    const auto result = m_fixture->run(QStringList{QStringLiteral("follow"), QStringLiteral("-f"),
                                                   leader + QStringLiteral("-copy"), QStringLiteral("-l"), leader} +
                                       tuning);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    m_fixture->sandbox().advance(2);
}

QString CliCheckTest::stateFile(const QString& follower, qint64 ago, bool startKnown) const
{
    const QString path = m_dir->filePath(QStringLiteral("check-state.json"));
    const QJsonObject entry{{QStringLiteral("paused_since_ms"), QDateTime::currentMSecsSinceEpoch() - ago},
                            {QStringLiteral("paused_start_known"), startKnown}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("duper-alert-state")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("followers"), QJsonObject{{follower, entry}}}};
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(root).toJson());
    return path;
}

void CliCheckTest::allFineIsOk()
{
    follow(QStringLiteral("orders"));
    follow(QStringLiteral("logs"));
    const auto result = check();
    QCOMPARE(result.exitCode, 0);
    const QString line = firstLine(result);
    QVERIFY2(line.startsWith(QLatin1String("CCR OK - 2 followers, lag max 0 ops | ")), qPrintable(line));
    // Performance data in the plugin format: 'label'=value[unit];warn;crit;min;max, separated by spaces.
    const QString perf = line.section(QStringLiteral(" | "), 1);
    static const QRegularExpression item(QStringLiteral("^'[a-z_]+'=\\d+(s)?;\\d*;\\d*;0;$"));
    const QStringList items = perf.split(QLatin1Char(' '));
    QVERIFY(items.size() >= 10);
    for (const QString& i : items)
        QVERIFY2(item.match(i).hasMatch(), qPrintable(i));
    QVERIFY2(perf.startsWith(QLatin1String("'followers'=2;;;0; 'active'=2;;;0; 'paused'=0;;;0; 'error'=0;;;0; "
                                           "'lag_max'=0;1000;100000;0; ")),
             qPrintable(perf));
    QVERIFY2(perf.contains(QLatin1String("'last_read_max'=0s;300;900;0;")), qPrintable(perf));
    QCOMPARE(result.outText().trimmed().count(QLatin1Char('\n')), 0); // nothing more to say
}

void CliCheckTest::lagWarningAndCritical()
{
    follow(QStringLiteral("orders"), {QStringLiteral("--max_read_request_operation_count"), QStringLiteral("5"),
                                      QStringLiteral("--max_outstanding_read_requests"), QStringLiteral("1")});
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 30);
    m_fixture->sandbox().advance(1); // reads 5 of the 30 new operations: 25 behind
    auto result = check({QStringLiteral("--lag-warning"), QStringLiteral("10"), QStringLiteral("--lag-critical"),
                         QStringLiteral("100")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(firstLine(result).startsWith(
                 QLatin1String("CCR WARNING - 1 of 1 followers warning: orders-copy lag 25 ops > 10 | ")),
             qPrintable(firstLine(result)));
    QVERIFY2(firstLine(result).contains(QLatin1String("'lag_max'=25;10;100;0;")), qPrintable(firstLine(result)));
    QVERIFY2(result.outText().contains(
                 QLatin1String("\nWARNING: orders-copy is 25 operations behind its leader (limit 10).")),
             qPrintable(result.outText()));
    result = check({QStringLiteral("--lag-warning"), QStringLiteral("10"), QStringLiteral("--lag-critical"),
                    QStringLiteral("20")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(firstLine(result).startsWith(
                 QLatin1String("CCR CRITICAL - 1 of 1 followers critical: orders-copy lag 25 ops > 20 | ")),
             qPrintable(firstLine(result)));
    QCOMPARE(check().exitCode, 0); // 25 is below the default 1000
}

void CliCheckTest::lagMustLastAcrossRuns()
{
    follow(QStringLiteral("orders"), {QStringLiteral("--max_read_request_operation_count"), QStringLiteral("5"),
                                      QStringLiteral("--max_outstanding_read_requests"), QStringLiteral("1")});
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 30);
    m_fixture->sandbox().advance(1); // 25 behind
    const QString state = m_dir->filePath(QStringLiteral("lag.json"));
    const QStringList arguments{QStringLiteral("--lag-warning"), QStringLiteral("10"),
                                QStringLiteral("--lag-for"),     QStringLiteral("5m"),
                                QStringLiteral("--state-file"),  state};
    QCOMPARE(check(arguments).exitCode, 0); // lagging since this run: not yet 5 minutes
    // As if that run had been six minutes ago.
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject followers = root.value(QLatin1String("followers")).toObject();
    QJsonObject entry = followers.value(QLatin1String("orders-copy")).toObject();
    QVERIFY(entry.contains(QLatin1String("lag_above_since_ms")));
    entry.insert(QStringLiteral("lag_above_since_ms"), QDateTime::currentMSecsSinceEpoch() - 6 * kMinute);
    followers.insert(QStringLiteral("orders-copy"), entry);
    root.insert(QStringLiteral("followers"), followers);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const auto result = check(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.outText().contains(QLatin1String("has been above 10 for 6m")), qPrintable(result.outText()));
}

void CliCheckTest::fatalFollowerIsCritical()
{
    follow(QStringLiteral("orders"));
    follow(QStringLiteral("logs"));
    m_fixture->sandbox().faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1);
    const auto result = check();
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(firstLine(result).startsWith(
                 QLatin1String("CCR CRITICAL - 1 of 2 followers critical: orders-copy fatal error | ")),
             qPrintable(firstLine(result)));
    QVERIFY2(firstLine(result).contains(QLatin1String("'error'=1;;;0; ")), qPrintable(firstLine(result)));
    QVERIFY2(firstLine(result).contains(QLatin1String("'fatal'=1;;;0; ")), qPrintable(firstLine(result)));
    QVERIFY2(result.outText().contains(QLatin1String("CRITICAL: orders-copy stopped replicating on a fatal error: "
                                                     "shard 0: Operations are no longer available")),
             qPrintable(result.outText()));
}

void CliCheckTest::readExceptions()
{
    follow(QStringLiteral("orders"));
    m_fixture->sandbox().faults().failingReadFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1); // one failed read, retried
    auto result = check();
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(firstLine(result).contains(QLatin1String("orders-copy read exceptions: 1")),
             qPrintable(firstLine(result)));
    m_fixture->sandbox().advance(3); // keeps failing: Error in the window, critical here
    result = check();
    QCOMPARE(result.exitCode, 2);
    m_fixture->sandbox().faults().failingReadFollowers.clear();
    m_fixture->sandbox().advance(1);
    QCOMPARE(check().exitCode, 0);
}

void CliCheckTest::pausedWithoutHistoryIsAWarning()
{
    follow(QStringLiteral("orders"));
    QCOMPARE(m_fixture->run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")}).exitCode,
             0);
    const auto result = check();
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(firstLine(result).startsWith(QLatin1String(
                 "CCR WARNING - 1 of 1 followers warning: orders-copy paused (since when is unknown) | ")),
             qPrintable(firstLine(result)));
    // Honest about what it does not know: no leader (the default period assumed), no history (--state-file).
    QVERIFY2(result.outText().contains(QLatin1String("the retention lease period is assumed to be Elasticsearch's "
                                                     "default, 12h")),
             qPrintable(result.outText()));
    QVERIFY2(result.outText().contains(QLatin1String("give --state-file")), qPrintable(result.outText()));
}

void CliCheckTest::pausedPastTheWarningShare()
{
    follow(QStringLiteral("orders"));
    QCOMPARE(m_fixture->run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")}).exitCode,
             0);
    // Seen replicating, then paused 7h ago: 58% of 12h, past the 50% warning.
    auto result = check({QStringLiteral("--state-file"), stateFile(QStringLiteral("orders-copy"), 7 * kHour, true)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(firstLine(result).contains(QLatin1String("orders-copy paused 7h (58% of 12h)")),
             qPrintable(firstLine(result)));
    QVERIFY2(result.outText().contains(QLatin1String("Resume it within 4h 59m")), qPrintable(result.outText()));
    // 10h: past 80%.
    result = check({QStringLiteral("--state-file"), stateFile(QStringLiteral("orders-copy"), 10 * kHour, true)});
    QCOMPARE(result.exitCode, 2);
    // A time instead of a share.
    result = check({QStringLiteral("--state-file"), stateFile(QStringLiteral("orders-copy"), 2 * kHour, true),
                    QStringLiteral("--paused-warning"), QStringLiteral("1h"), QStringLiteral("--paused-critical"),
                    QStringLiteral("3h")});
    QCOMPARE(result.exitCode, 1);
    result = check({QStringLiteral("--state-file"), stateFile(QStringLiteral("orders-copy"), 2 * kHour, true)});
    QCOMPARE(result.exitCode, 0); // 2h of 12h is fine by default
}

void CliCheckTest::pausedMeasuredAcrossRuns()
{
    follow(QStringLiteral("orders"));
    const QString state = m_dir->filePath(QStringLiteral("runs.json"));
    QCOMPARE(check({QStringLiteral("--state-file"), state}).exitCode, 0); // run 1 sees it replicating
    QCOMPARE(m_fixture->run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")}).exitCode,
             0);
    const auto result = check({QStringLiteral("--state-file"), state}); // run 2: the pause began between the runs
    QCOMPARE(result.exitCode, 0);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(QLatin1String("followers"))
                                  .toObject()
                                  .value(QLatin1String("orders-copy"))
                                  .toObject();
    QVERIFY(entry.value(QLatin1String("paused_start_known")).toBool());
    QVERIFY(entry.value(QLatin1String("paused_since_ms")).toInteger() > 0);
}

void CliCheckTest::leaderRetentionPeriod()
{
    follow(QStringLiteral("orders"));
    m_fixture->sandbox()
        .leader()
        .index(QStringLiteral("orders"))
        ->settings()
        .insert(QStringLiteral("index.soft_deletes.retention_lease.period"), QStringLiteral("1h"));
    QCOMPARE(m_fixture->run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")}).exitCode,
             0);
    const QStringList paused40m{QStringLiteral("--state-file"),
                                stateFile(QStringLiteral("orders-copy"), 40 * kMinute, true)};
    // 40 minutes of the leader's 1h: past 50%.
    auto result = check(paused40m + QStringList{QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.outText().contains(QLatin1String("retention lease period of 1h (read from the leader index)")),
             qPrintable(result.outText()));
    // Without the leader: 40 minutes of the assumed 12h is nothing yet.
    QCOMPARE(check(paused40m).exitCode, 0);
    // An unreachable leader does not make the check UNKNOWN: the default is assumed, and the reason given.
    result = check(paused40m + QStringList{QStringLiteral("--leader_url"), CliSandboxFixture::closedUrl()});
    QCOMPARE(result.exitCode, 0);
    result = check({QStringLiteral("--leader_url"), CliSandboxFixture::closedUrl()});
    QCOMPARE(result.exitCode, 1); // paused, start unknown
    QVERIFY2(result.outText().contains(QLatin1String("could not read it from the leader")),
             qPrintable(result.outText()));
}

void CliCheckTest::followerPatterns()
{
    follow(QStringLiteral("orders"));
    follow(QStringLiteral("logs"));
    m_fixture->sandbox().faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1);
    QCOMPARE(check({QStringLiteral("-f"), QStringLiteral("logs-*")}).exitCode, 0);
    QCOMPARE(check({QStringLiteral("-f"), QStringLiteral("logs-*,orders-*")}).exitCode, 2);
    const auto none = check({QStringLiteral("-f"), QStringLiteral("nothing-*")});
    QCOMPARE(none.exitCode, 3);
    QCOMPARE(firstLine(none), QStringLiteral("CCR UNKNOWN - no follower index matches nothing-*"));
}

void CliCheckTest::jsonVerdict()
{
    follow(QStringLiteral("orders"));
    follow(QStringLiteral("logs"));
    m_fixture->sandbox().faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1);
    QCOMPARE(m_fixture->run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("logs-copy")}).exitCode, 0);
    const auto result = check({QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject root = result.object();
    QCOMPARE(root.value(QLatin1String("command")).toString(), QStringLiteral("check"));
    QCOMPARE(root.value(QLatin1String("status")).toString(), QStringLiteral("CRITICAL"));
    QCOMPARE(root.value(QLatin1String("exit_code")).toInt(), 2);
    QVERIFY(root.value(QLatin1String("summary")).toString().startsWith(QLatin1String("CCR CRITICAL - 1 of 2")));
    const QJsonObject figures = root.value(QLatin1String("figures")).toObject();
    QCOMPARE(figures.value(QLatin1String("followers")).toInt(), 2);
    QCOMPARE(figures.value(QLatin1String("paused")).toInt(), 1);
    QCOMPARE(figures.value(QLatin1String("critical")).toInt(), 1);
    QCOMPARE(figures.value(QLatin1String("warning")).toInt(), 1);
    const QJsonArray problems = root.value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    const QJsonObject fatal = problems.at(0).toObject();
    QCOMPARE(fatal.value(QLatin1String("follower_index")).toString(), QStringLiteral("orders-copy"));
    QCOMPARE(fatal.value(QLatin1String("kind")).toString(), QStringLiteral("fatal"));
    QCOMPARE(fatal.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    const QJsonObject paused = problems.at(1).toObject();
    QCOMPARE(paused.value(QLatin1String("kind")).toString(), QStringLiteral("paused"));
    QCOMPARE(paused.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(paused.value(QLatin1String("paused_start_known")).toBool(true), false);
    QCOMPARE(paused.value(QLatin1String("retention_lease_period_ms")).toInteger(), 12 * kHour);
    QCOMPARE(paused.value(QLatin1String("retention_lease_period_source")).toString(), QStringLiteral("default"));
    const QJsonObject thresholds = root.value(QLatin1String("thresholds")).toObject();
    QCOMPARE(thresholds.value(QLatin1String("lag_warning")).toInteger(), 1000);
    QCOMPARE(thresholds.value(QLatin1String("paused_warning")).toString(), QStringLiteral("50%"));
    QVERIFY(!root.value(QLatin1String("notes")).toArray().isEmpty());
}

void CliCheckTest::unreachableIsUnknown()
{
    const auto result =
        m_fixture->run({QStringLiteral("--url"), CliSandboxFixture::closedUrl(), QStringLiteral("check")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(firstLine(result).startsWith(QLatin1String("CCR UNKNOWN - ")), qPrintable(result.outText()));
    const auto json = m_fixture->run(
        {QStringLiteral("--url"), CliSandboxFixture::closedUrl(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.object().value(QLatin1String("status")).toString(), QStringLiteral("UNKNOWN"));
    QVERIFY(!json.object().value(QLatin1String("error")).toString().isEmpty());
}

void CliCheckTest::refusedCredentialsAreUnknown()
{
    auto options = CliSandboxFixture::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("s3cret-pw")}};
    CliSandboxFixture secured(options);
    QVERIFY2(secured.start(), qPrintable(secured.errorString()));
    CliRunner cli = secured.cli();
    cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("n0t-the-pw-7331"));
    const auto result = cli.run({QStringLiteral("--url"), secured.url(), QStringLiteral("--username"),
                                 QStringLiteral("elastic"), QStringLiteral("check")});
    QCOMPARE(result.exitCode, 3); // not the CLI's usual 4: plugins know only 0-3
    QVERIFY2(firstLine(result).startsWith(QLatin1String("CCR UNKNOWN - ")), qPrintable(result.outText()));
    QVERIFY2(!result.outText().contains(QLatin1String("n0t-the-pw-7331")), qPrintable(result.outText()));
    cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("s3cret-pw"));
    QCOMPARE(cli.run({QStringLiteral("--url"), secured.url(), QStringLiteral("--username"), QStringLiteral("elastic"),
                      QStringLiteral("check")})
                 .exitCode,
             0);
}

void CliCheckTest::usageErrorsAreUnknown()
{
    const QList<QStringList> cases{
        {QStringLiteral("--lag-warning"), QStringLiteral("lots")},
        {QStringLiteral("--lag-warning"), QStringLiteral("500"), QStringLiteral("--lag-critical"),
         QStringLiteral("100")},
        {QStringLiteral("--last-read-warning"), QStringLiteral("5 minutes")},
        {QStringLiteral("--paused-warning"), QStringLiteral("150%")},
        {QStringLiteral("--paused-warning"), QStringLiteral("90%")}, // above the default critical 80%
        {QStringLiteral("--lag-for"), QStringLiteral("5m")},         // needs --state-file
        {QStringLiteral("--no-such-option")},
        {QStringLiteral("--leader"), QStringLiteral("x"), QStringLiteral("--leader_url"), QStringLiteral("http://y")},
        {QStringLiteral("--leader"), QStringLiteral("no-such-connection")},
    };
    for (const QStringList& arguments : cases) {
        const auto result = check(arguments);
        QVERIFY2(result.exitCode == 3, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": exit ") +
                                                  QString::number(result.exitCode)));
        QVERIFY2(firstLine(result).startsWith(QLatin1String("CCR UNKNOWN - ")),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.outText()));
    }
    const auto help = check({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QLatin1String("--paused-warning")));
}

QTEST_GUILESS_MAIN(CliCheckTest)
#include "tst_cli_check.moc"
