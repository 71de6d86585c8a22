// `duper sandbox --scenario dr` on ephemeral ports: the drill's indices, followers and auto-follow pattern, and the
// emulator control on standard input that takes a cluster down and brings it back while the sandbox runs.
#include "CliRunner.h"
#include "sandbox/SandboxOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace duper::test;

namespace {

QString urlAfter(const QByteArray& out, const QByteArray& label)
{
    const qsizetype at = out.indexOf(label) + label.size();
    return QString::fromUtf8(out.mid(at, out.indexOf(' ', at) - at));
}

// The follower index names, with the data stream's dated backing indices as ".ds-metrics-dr-<generation>".
QStringList followerIndices(const CliRunner::Result& info)
{
    static const QRegularExpression datedBackingIndex(QStringLiteral("^(\\.ds-metrics-dr)-\\d{4}\\.\\d{2}\\.\\d{2}-"));
    QStringList names;
    for (const QJsonValue& follower : info.object().value(QLatin1String("follower_indices")).toArray()) {
        QString name = follower.toObject().value(QLatin1String("follower_index")).toString();
        names.append(name.replace(datedBackingIndex, QStringLiteral("\\1-")));
    }
    names.sort();
    return names;
}

} // namespace

class CliSandboxDrTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarioOptionIsChecked();
    void drScenarioAndOutageControl();

private:
    CliRunner m_cli;
};

void CliSandboxDrTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "DUPER_EXECUTABLE is not set");
}

void CliSandboxDrTest::scenarioOptionIsChecked()
{
    duper::sandbox::SandboxOptions options;
    QString error;
    QVERIFY(!options.parseArguments({QStringLiteral("--scenario"), QStringLiteral("nope")}, &error));
    QVERIFY(error.contains(QLatin1String("nope")));
    QVERIFY(options.parseArguments({QStringLiteral("--scenario"), QStringLiteral("dr")}, &error));
    QCOMPARE(options.scenario, QStringLiteral("dr"));
    const auto help = m_cli.run({QStringLiteral("sandbox"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QLatin1String("--scenario dr")));
    QVERIFY(help.outText().contains(QLatin1String("down leader")));
}

void CliSandboxDrTest::drScenarioAndOutageControl()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(CliRunner::executable(),
                  {QStringLiteral("sandbox"), QStringLiteral("--scenario"), QStringLiteral("dr"),
                   QStringLiteral("--tick"), QStringLiteral("50"), QStringLiteral("--follower-port"),
                   QStringLiteral("0"), QStringLiteral("--leader-port"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Press Ctrl+C"), 10000);
    QVERIFY(out.contains("Emulator control"));
    QVERIFY(out.contains("scenario dr"));
    const QString followerUrl = urlAfter(out, "follower cluster: ");
    const QString leaderUrl = urlAfter(out, "leader cluster:   ");
    QVERIFY(followerUrl.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(leaderUrl.startsWith(QLatin1String("http://127.0.0.1:")));

    // The plain indices and both backing indices of the data stream are followed under their own names; the
    // auto-follow pattern picks up logs-app.
    const QStringList expected{QStringLiteral(".ds-metrics-dr-000001"),
                               QStringLiteral(".ds-metrics-dr-000002"),
                               QStringLiteral("customers"),
                               QStringLiteral("invoices"),
                               QStringLiteral("logs-app"),
                               QStringLiteral("orders")};
    QTRY_COMPARE_WITH_TIMEOUT(followerIndices(m_cli.run({QStringLiteral("info"), QStringLiteral("--json"),
                                                         QStringLiteral("--url"), followerUrl})),
                              expected, 10000);

    out.clear();
    process.write("down leader\n");
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("leader cluster: DOWN"), 5000);
    const auto refused = m_cli.run({QStringLiteral("info"), QStringLiteral("--url"), leaderUrl});
    QCOMPARE(refused.exitCode, 3); // unreachable
    // The follower cluster keeps answering while the leader is down.
    QCOMPARE(m_cli.run({QStringLiteral("info"), QStringLiteral("--url"), followerUrl}).exitCode, 0);

    out.clear();
    process.write("up leader\nstatus\nbogus\nhelp\n");
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("show this help"), 5000);
    QVERIFY(out.contains("leader cluster: up, follower cluster: up"));
    QVERIFY(out.contains("Unknown command \"bogus\""));
    QCOMPARE(m_cli.run({QStringLiteral("info"), QStringLiteral("--url"), leaderUrl}).exitCode, 0);

    process.terminate();
    QVERIFY(finished.wait(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_MAIN(CliSandboxDrTest)
#include "tst_cli_sandbox_dr.moc"
