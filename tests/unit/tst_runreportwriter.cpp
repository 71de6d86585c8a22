// RunReportWriter, the part every disaster-recovery report shares: the JSON header and phases (items with outcome,
// the error only when failed, the cluster only when given) and the Markdown header and phase sections (each item's
// outcome for people, "Not run." for an empty phase, the heading level asked for).
#include "core/dr/RunReportWriter.h"

#include <QJsonArray>
#include <QTest>

using namespace duper;

class RunReportWriterTest : public QObject
{
    Q_OBJECT

private:
    static BatchItemResult named(BatchItemResult result, const QString& name)
    {
        result.name = name;
        return result;
    }
    static QList<RunReportWriter::Phase> phases()
    {
        const QString message = QStringLiteral("close timed out");
        return {
            {QStringLiteral("unfollow"),
             QStringLiteral("Unfollow"),
             {{named(BatchItemResult::done(), QStringLiteral("a")), {}},
              {named(BatchItemResult::already(), QStringLiteral("b")), QStringLiteral("east")},
              {named(BatchItemResult::failure(EsError::configuration(message), message), QStringLiteral("c")), {}}}},
            {QStringLiteral("verify"), QStringLiteral("Verify"), {}}};
    }
    static RunReportWriter::Summary summary()
    {
        return {QStringLiteral("failover"),
                QStringLiteral("dr-site"),
                QStringLiteral("leader"),
                QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC),
                QDateTime(QDate(2026, 12, 5), QTime(9, 1), Qt::UTC),
                RunReportWriter::resultKey(false, false),
                1};
    }

private slots:
    void json()
    {
        const QJsonObject header = RunReportWriter::header(summary());
        QCOMPARE(header.value(QStringLiteral("action")).toString(), QStringLiteral("failover"));
        QCOMPARE(header.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("leader"));
        QCOMPARE(header.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(header.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(header.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-12-05T09:00:00.000Z"));
        const QJsonArray array = RunReportWriter::phasesJson(phases());
        QCOMPARE(array.size(), 2);
        const QJsonArray items = array.at(0).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QVERIFY(!items.at(0).toObject().contains(QStringLiteral("error")));
        QVERIFY(!items.at(0).toObject().contains(QStringLiteral("cluster")));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("cluster")).toString(), QStringLiteral("east"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("close timed out"));
        QVERIFY(array.at(1).toObject().value(QStringLiteral("items")).toArray().isEmpty());
        QCOMPARE(RunReportWriter::resultKey(true, false), QStringLiteral("cancelled"));
        QCOMPARE(RunReportWriter::resultKey(false, true), QStringLiteral("succeeded"));
    }

    void markdown()
    {
        const QString header = RunReportWriter::markdownHeader(QStringLiteral("Failover of x"), summary());
        QVERIFY(header.startsWith(QStringLiteral("# Failover of x\n\n")));
        QVERIFY(header.contains(QStringLiteral("- Started: 2026-12-05T09:00:00Z")));
        QVERIFY(header.contains(QStringLiteral("- Result: failed (1 failed)")));
        const QString text = RunReportWriter::markdownPhases(phases());
        QVERIFY(text.contains(QStringLiteral("\n## Unfollow\n\n- `a`: done\n")));
        QVERIFY(text.contains(QStringLiteral("- `b` (east): already done\n")));
        QVERIFY(text.contains(QStringLiteral("- `c`: failed: close timed out\n")));
        QVERIFY(text.contains(QStringLiteral("\n## Verify\n\nNot run.\n")));
        QVERIFY(RunReportWriter::markdownPhases(phases(), 3).contains(QStringLiteral("\n### Unfollow\n")));
        QVERIFY(!text.contains(QLatin1Char('{'))); // people's text, not JSON
    }
};

QTEST_GUILESS_MAIN(RunReportWriterTest)
#include "tst_runreportwriter.moc"
