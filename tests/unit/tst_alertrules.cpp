// AlertRules (issue 16 §3): each rule's thresholds on hand-made follower rows, the paused rule against the leader's
// retention lease period (known start, unknown start, shares and times), and the small values they use (PausedLimit,
// AlertDuration, the settings response that carries the period).
#include "core/alerts/AlertDuration.h"
#include "core/alerts/AlertRules.h"
#include "core/alerts/PausedLimit.h"
#include "core/alerts/RetentionLeaseSettingsResponse.h"

#include <QTest>

using namespace duper;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

FollowerRow row(FollowerState state = FollowerState::Active, qint64 lag = 0)
{
    FollowerRow r;
    r.name = QStringLiteral("f1");
    r.remoteCluster = QStringLiteral("leader");
    r.leaderIndex = QStringLiteral("orders");
    r.state = state;
    r.lag = lag;
    if (state != FollowerState::Paused)
        r.timeSinceLastReadMillis = 1000;
    return r;
}

FollowerConditions paused(std::optional<qint64> forMs, bool known, RetentionPeriod retention = {})
{
    FollowerConditions c;
    c.pausedForMs = forMs;
    c.pausedStartKnown = known;
    c.retention = retention;
    return c;
}

QList<AlertKind> kinds(const QList<AlertFinding>& findings)
{
    QList<AlertKind> result;
    for (const AlertFinding& f : findings)
        result.append(f.kind);
    return result;
}

} // namespace

class AlertRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void healthyFollowerHasNoFinding();
    void lagWarningAndCritical();
    void lagMustLastWhenAsked();
    void lastRead();
    void readExceptions();
    void fatalError();
    void pausedWithKnownStart_data();
    void pausedWithKnownStart();
    void pausedWithUnknownStart();
    void pausedAgainstTheLeadersPeriod();
    void pausedLimitAsTime();
    void worstFirst();
    void pausedLimitParse();
    void durationText();
    void retentionSettingsResponse();
};

void AlertRulesTest::healthyFollowerHasNoFinding()
{
    QVERIFY(AlertRules::evaluate(row(FollowerState::Active, 12), {}, {}).isEmpty());
    QCOMPARE(AlertRules::worst({}), AlertSeverity::Ok);
}

void AlertRulesTest::lagWarningAndCritical()
{
    const AlertThresholds t;                                                          // 1000 / 100000
    QVERIFY(AlertRules::evaluate(row(FollowerState::Active, 1000), t, {}).isEmpty()); // "above", not "at"
    const auto warning = AlertRules::evaluate(row(FollowerState::Active, 5000), t, {});
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.first().kind, AlertKind::Lag);
    QCOMPARE(warning.first().severity, AlertSeverity::Warning);
    QCOMPARE(warning.first().value, 5000);
    QCOMPARE(warning.first().threshold, 1000);
    QCOMPARE(warning.first().summary, QStringLiteral("f1 lag 5000 ops > 1000"));
    const auto critical = AlertRules::evaluate(row(FollowerState::Active, 120000), t, {});
    QCOMPARE(critical.first().severity, AlertSeverity::Critical);
    QCOMPARE(critical.first().summary, QStringLiteral("f1 lag 120000 ops > 100000"));
    QCOMPARE(critical.first().text, QStringLiteral("f1 is 120000 operations behind its leader (limit 100000)."));
}

void AlertRulesTest::lagMustLastWhenAsked()
{
    AlertThresholds t;
    t.lagForMs = 5 * kMinute;
    FollowerConditions c;
    QVERIFY(AlertRules::evaluate(row(FollowerState::Active, 5000), t, c).isEmpty()); // unknown duration: not yet
    c.lagAboveForMs = 4 * kMinute;
    QVERIFY(AlertRules::evaluate(row(FollowerState::Active, 5000), t, c).isEmpty());
    c.lagAboveForMs = 5 * kMinute;
    const auto findings = AlertRules::evaluate(row(FollowerState::Active, 5000), t, c);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().text.contains(QLatin1String("has been above 1000 for 5m")),
             qPrintable(findings.first().text));
}

void AlertRulesTest::lastRead()
{
    const AlertThresholds t; // 5m / 15m
    FollowerRow r = row();
    r.timeSinceLastReadMillis = 4 * kMinute;
    QVERIFY(AlertRules::evaluate(r, t, {}).isEmpty());
    r.timeSinceLastReadMillis = 6 * kMinute;
    auto findings = AlertRules::evaluate(r, t, {});
    QCOMPARE(kinds(findings), QList<AlertKind>{AlertKind::LastRead});
    QCOMPARE(findings.first().severity, AlertSeverity::Warning);
    QCOMPARE(findings.first().summary, QStringLiteral("f1 last read 6m ago > 5m"));
    r.timeSinceLastReadMillis = 20 * kMinute;
    findings = AlertRules::evaluate(r, t, {});
    QCOMPARE(findings.first().severity, AlertSeverity::Critical);
    QCOMPARE(findings.first().threshold, 15 * kMinute);
    r.timeSinceLastReadMillis.reset(); // never read yet: nothing to say
    QVERIFY(AlertRules::evaluate(r, t, {}).isEmpty());
}

void AlertRulesTest::readExceptions()
{
    FollowerRow r = row();
    r.readExceptionCount = 2;
    r.failedReads = 5;
    ShardFollowStats shard;
    ReadException exception;
    exception.retries = 1;
    exception.exception.type = QStringLiteral("connect_transport_exception");
    exception.exception.reason = QStringLiteral("connection refused");
    shard.readExceptions.append(exception);
    r.shards.append(shard);
    auto findings = AlertRules::evaluate(r, {}, {});
    QCOMPARE(kinds(findings), QList<AlertKind>{AlertKind::ReadExceptions});
    QCOMPARE(findings.first().severity, AlertSeverity::Warning);
    QCOMPARE(findings.first().value, 2);
    QVERIFY2(findings.first().text.contains(QLatin1String("5 failed reads")), qPrintable(findings.first().text));
    r.failedReads = 4'000'000'000; // beyond an int: printed whole
    QVERIFY2(AlertRules::evaluate(r, {}, {}).first().text.contains(QLatin1String("4000000000 failed reads")),
             qPrintable(AlertRules::evaluate(r, {}, {}).first().text));
    r.failedReads = 5;
    QVERIFY2(findings.first().text.endsWith(QLatin1String("connection refused")), qPrintable(findings.first().text));
    // Reads that keep failing: the window calls the follower Error, the check calls it critical.
    r.state = FollowerState::Error;
    r.errorSummary = QStringLiteral("shard 0: connection refused");
    findings = AlertRules::evaluate(r, {}, {});
    QCOMPARE(findings.first().severity, AlertSeverity::Critical);
    AlertThresholds off;
    off.readExceptions = AlertSeverity::Ok;
    QVERIFY(AlertRules::evaluate(row(), off, {}).isEmpty());
}

void AlertRulesTest::fatalError()
{
    FollowerRow r = row(FollowerState::Error);
    r.hasFatalException = true;
    r.errorSummary = QStringLiteral("shard 0: operations are no longer available");
    const auto findings = AlertRules::evaluate(r, {}, {});
    QCOMPARE(kinds(findings), QList<AlertKind>{AlertKind::Fatal});
    QCOMPARE(findings.first().severity, AlertSeverity::Critical);
    QCOMPARE(findings.first().summary, QStringLiteral("f1 fatal error"));
    QCOMPARE(findings.first().text,
             QStringLiteral("f1 stopped replicating on a fatal error: shard 0: operations are no longer available"));
}

void AlertRulesTest::pausedWithKnownStart_data()
{
    QTest::addColumn<qint64>("pausedFor");
    QTest::addColumn<int>("severity"); // -1: no finding
    QTest::newRow("just paused") << qint64(0) << -1;
    QTest::newRow("5h of 12h") << 5 * kHour << -1;
    QTest::newRow("6h: 50%") << 6 * kHour << int(AlertSeverity::Warning);
    QTest::newRow("9h") << 9 * kHour << int(AlertSeverity::Warning);
    QTest::newRow("10h: past 80%") << 10 * kHour << int(AlertSeverity::Critical);
    QTest::newRow("13h: past the period") << 13 * kHour << int(AlertSeverity::Critical);
}

void AlertRulesTest::pausedWithKnownStart()
{
    QFETCH(qint64, pausedFor);
    QFETCH(int, severity);
    const auto findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(pausedFor, true));
    if (severity < 0) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    const AlertFinding& f = findings.first();
    QCOMPARE(int(f.severity), severity);
    QCOMPARE(f.pausedForMs.value_or(-1), pausedFor);
    QVERIFY(f.pausedStartKnown);
    QCOMPARE(f.retention->source, RetentionPeriod::Source::Assumed);
    QVERIFY2(f.text.contains(QLatin1String("assumed 12h default")), qPrintable(f.text));
    if (pausedFor == 9 * kHour) {
        QCOMPARE(f.summary, QStringLiteral("f1 paused 9h (75% of 12h)"));
        QVERIFY2(f.text.endsWith(QLatin1String("Resume it within 3h, or it must be recreated.")), qPrintable(f.text));
    }
    if (pausedFor > 12 * kHour)
        QVERIFY2(f.text.contains(QLatin1String("The period has passed")), qPrintable(f.text));
}

void AlertRulesTest::pausedWithUnknownStart()
{
    // A single check without history: paused for an unknown time is a warning, the deadline an upper bound.
    auto findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(std::nullopt, false));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().severity, AlertSeverity::Warning);
    QCOMPARE(findings.first().summary, QStringLiteral("f1 paused (since when is unknown)"));
    QCOMPARE(findings.first().text,
             QStringLiteral("f1 is paused; since when is not known (Elasticsearch does not record it). Its leader "
                            "keeps the operations it needs for 12h (assumed 12h default: no leader connection "
                            "given). At most 12h remain before resuming fails and the follower must be "
                            "recreated."));
    // Seen paused for less than a second (the first refreshes): still "since when is unknown", not "at least 0s".
    findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(400, false));
    QCOMPARE(findings.first().summary, QStringLiteral("f1 paused (since when is unknown)"));
    QVERIFY2(!findings.first().text.contains(QLatin1String("0s")), qPrintable(findings.first().text));
    // Seen paused for 10h (already paused when first seen): at least 10h, past the critical 80%.
    findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(10 * kHour, false));
    QCOMPARE(findings.first().severity, AlertSeverity::Critical);
    QCOMPARE(findings.first().summary, QStringLiteral("f1 paused at least 10h of 12h (start unknown)"));
    QVERIFY(!findings.first().pausedStartKnown);
    QVERIFY2(findings.first().text.contains(QLatin1String("for at least 10h: it was already paused when first seen")),
             qPrintable(findings.first().text));
}

void AlertRulesTest::pausedAgainstTheLeadersPeriod()
{
    const RetentionPeriod oneHour = RetentionPeriod::fromLeader(kHour);
    auto findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(40 * kMinute, true, oneHour));
    QCOMPARE(findings.first().severity, AlertSeverity::Warning); // 66% of 1h
    QCOMPARE(findings.first().threshold, 30 * kMinute);
    QVERIFY2(findings.first().text.contains(QLatin1String("retention lease period of 1h (read from the leader index)")),
             qPrintable(findings.first().text));
    findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(50 * kMinute, true, oneHour));
    QCOMPARE(findings.first().severity, AlertSeverity::Critical); // past 48m
    const RetentionPeriod failed = RetentionPeriod::assumed(QStringLiteral("could not read it from the leader (x)"));
    findings = AlertRules::evaluate(row(FollowerState::Paused), {}, paused(7 * kHour, true, failed));
    QVERIFY2(
        findings.first().text.contains(QLatin1String("(assumed 12h default: could not read it from the leader (x))")),
        qPrintable(findings.first().text));
}

void AlertRulesTest::pausedLimitAsTime()
{
    AlertThresholds t;
    t.pausedWarning = PausedLimit::duration(kHour);
    t.pausedCritical = PausedLimit::duration(3 * kHour);
    QVERIFY(AlertRules::evaluate(row(FollowerState::Paused), t, paused(30 * kMinute, true)).isEmpty());
    QCOMPARE(AlertRules::evaluate(row(FollowerState::Paused), t, paused(2 * kHour, true)).first().severity,
             AlertSeverity::Warning);
    QCOMPARE(AlertRules::evaluate(row(FollowerState::Paused), t, paused(3 * kHour, true)).first().severity,
             AlertSeverity::Critical);
}

void AlertRulesTest::worstFirst()
{
    FollowerRow r = row(FollowerState::Error, 5000);
    r.hasFatalException = true;
    r.timeSinceLastReadMillis = 20 * kMinute;
    const auto findings = AlertRules::evaluate(r, {}, {});
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).severity, AlertSeverity::Critical);
    QCOMPARE(findings.at(1).severity, AlertSeverity::Critical);
    QCOMPARE(findings.at(2).kind, AlertKind::Lag); // the only warning comes last
    QCOMPARE(AlertRules::worst(findings), AlertSeverity::Critical);
}

void AlertRulesTest::pausedLimitParse()
{
    QVERIFY(PausedLimit::parse(QStringLiteral("50%")) == PausedLimit::share(0.5));
    QVERIFY(PausedLimit::parse(QStringLiteral("100%")) == PausedLimit::share(1.0));
    QVERIFY(PausedLimit::parse(QStringLiteral("6h")) == PausedLimit::duration(6 * kHour));
    QCOMPARE(PausedLimit::parse(QStringLiteral("90m"))->limitMs(kHour), 90 * kMinute);
    QCOMPARE(PausedLimit::parse(QStringLiteral("50%"))->limitMs(12 * kHour), 6 * kHour);
    for (const char* bad : {"0%", "150%", "-5%", "abc", "6", "0s", "%"})
        QVERIFY2(!PausedLimit::parse(QString::fromLatin1(bad)), bad);
    QCOMPARE(PausedLimit::share(0.5).toString(), QStringLiteral("50%"));
    QCOMPARE(PausedLimit::duration(6 * kHour).toString(), QStringLiteral("6h"));
}

void AlertRulesTest::durationText()
{
    QCOMPARE(AlertDuration::compact(0), QStringLiteral("0s"));
    QCOMPARE(AlertDuration::compact(999), QStringLiteral("0s"));
    QCOMPARE(AlertDuration::compact(45'000), QStringLiteral("45s"));
    QCOMPARE(AlertDuration::compact(90'000), QStringLiteral("1m 30s"));
    QCOMPARE(AlertDuration::compact(7 * kHour + 12 * kMinute + 5000), QStringLiteral("7h 12m"));
    QCOMPARE(AlertDuration::compact(3 * 24 * kHour), QStringLiteral("3d"));
    QCOMPARE(AlertDuration::compact(-5), QStringLiteral("0s"));
}

void AlertRulesTest::retentionSettingsResponse()
{
    const auto own = RetentionLeaseSettingsResponse::parse(
        R"({"orders":{"settings":{"index.soft_deletes.retention_lease.period":"2h"},"defaults":{}}})");
    QVERIFY(own);
    QCOMPARE(own->periodMsByIndex.value(QStringLiteral("orders")), 2 * kHour);
    const auto byDefault = RetentionLeaseSettingsResponse::parse(
        R"({"logs":{"settings":{},"defaults":{"index.soft_deletes.retention_lease.period":"12h"}}})");
    QCOMPARE(byDefault->periodMsByIndex.value(QStringLiteral("logs")), 12 * kHour);
    const auto nested = RetentionLeaseSettingsResponse::parse(
        R"({"x":{"settings":{"index":{"soft_deletes":{"retention_lease":{"period":"30m"}}}}}})");
    QCOMPARE(nested->periodMsByIndex.value(QStringLiteral("x")), 30 * kMinute);
    const auto neither = RetentionLeaseSettingsResponse::parse(R"({"y":{"settings":{}}})");
    QCOMPARE(neither->periodMsByIndex.value(QStringLiteral("y")), RetentionPeriod::defaultMs);
    QString error;
    QVERIFY(!RetentionLeaseSettingsResponse::parse(
        R"({"z":{"settings":{"index.soft_deletes.retention_lease.period":"soon"}}})", &error));
    QVERIFY2(error.contains(QLatin1String("index.soft_deletes.retention_lease.period")), qPrintable(error));
    QVERIFY(!RetentionLeaseSettingsResponse::parse("[1]"));
}

QTEST_GUILESS_MAIN(AlertRulesTest)
#include "tst_alertrules.moc"
