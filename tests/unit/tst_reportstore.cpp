// ReportStore: a saved report is listed with its action, subject, cluster, time and result read back from the JSON;
// newest first; a subject with dashes survives; files that are not reports are skipped; every action's report
// (bi-directional too) is listed and named for people; an export writes Markdown or JSON by the file's suffix.
#include "core/dr/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

class ReportStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void savedReportsAreListedNewestFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportStore store(dir.filePath(QStringLiteral("reports")));
        QVERIFY(store.list().isEmpty()); // no folder yet: nothing, no error

        const QJsonObject older{{QStringLiteral("action"), QStringLiteral("failover")},
                                {QStringLiteral("cluster"), QStringLiteral("dr-site")},
                                {QStringLiteral("remote_cluster"), QStringLiteral("east-1")},
                                {QStringLiteral("finished_at"), QStringLiteral("2026-12-04T10:00:00.000")},
                                {QStringLiteral("result"), QStringLiteral("failed")},
                                {QStringLiteral("failed"), 2}};
        QString error;
        const QString olderPath = store.save(QStringLiteral("failover"), QStringLiteral("east-1"), older,
                                             QStringLiteral("# Failover\n"), &error);
        QVERIFY2(!olderPath.isEmpty(), qPrintable(error));
        QJsonObject newer = older;
        newer.insert(QStringLiteral("remote_cluster"), QStringLiteral("west"));
        newer.insert(QStringLiteral("finished_at"), QStringLiteral("2026-12-05T09:30:00.000"));
        newer.insert(QStringLiteral("result"), QStringLiteral("succeeded"));
        newer.insert(QStringLiteral("failed"), 0);
        QVERIFY(
            !store.save(QStringLiteral("failover"), QStringLiteral("west"), newer, QStringLiteral("# W\n")).isEmpty());
        QFile junk(QDir(store.directory()).filePath(QStringLiteral("notes.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("[1, 2]");
        junk.close();

        const QList<SavedReport> reports = store.list();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).subject, QStringLiteral("west"));
        QCOMPARE(reports.at(0).result, SavedReport::Result::Succeeded);
        const SavedReport& report = reports.at(1);
        QCOMPARE(report.action, QStringLiteral("failover"));
        QCOMPARE(report.subject, QStringLiteral("east-1"));
        QCOMPARE(report.cluster, QStringLiteral("dr-site"));
        QCOMPARE(report.result, SavedReport::Result::Failed);
        QCOMPARE(report.failed, 2);
        QCOMPARE(report.finishedAt.date(), QDate(2026, 12, 4));
        QCOMPARE(QFileInfo(report.jsonPath), QFileInfo(olderPath));
        QVERIFY(report.markdownPath.endsWith(QStringLiteral(".md")));
        QVERIFY(QFile::exists(report.markdownPath));
    }

    void fileNameFillsWhatTheJsonLacks()
    {
        const SavedReport report = SavedReport::fromJson({}, QStringLiteral("failback-us-east-1-20261205-093000"));
        QCOMPARE(report.action, QStringLiteral("failback"));
        QCOMPARE(report.subject, QStringLiteral("us-east-1"));
        QCOMPARE(report.finishedAt, QDateTime(QDate(2026, 12, 5), QTime(9, 30)));
        QCOMPARE(report.result, SavedReport::Result::Unknown);
        QCOMPARE(savedReportResultKey(report.result), QStringLiteral("unknown"));
    }

    void bidirectionalReportIsListed()
    {
        QTemporaryDir dir;
        const ReportStore store(dir.path());
        const QJsonObject json{{QStringLiteral("action"), QStringLiteral("bidirectional")},
                               {QStringLiteral("cluster"), QStringLiteral("east")},
                               {QStringLiteral("remote_cluster"), QStringLiteral("west-alias")},
                               {QStringLiteral("finished_at"), QStringLiteral("2026-12-05T09:30:00.000")},
                               {QStringLiteral("result"), QStringLiteral("succeeded")},
                               {QStringLiteral("failed"), 0}};
        QVERIFY(!store.save(QStringLiteral("bidirectional"), QStringLiteral("west-alias"), json, QStringLiteral("#\n"))
                     .isEmpty());
        const QList<SavedReport> reports = store.list();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).action, QStringLiteral("bidirectional"));
        QCOMPARE(reports.at(0).subject, QStringLiteral("west-alias"));
        QCOMPARE(reports.at(0).result, SavedReport::Result::Succeeded);
        QCOMPARE(savedReportActionTitle(reports.at(0).action), QStringLiteral("Bi-directional setup"));
        QCOMPARE(savedReportActionTitle(QStringLiteral("switch_back")), QStringLiteral("Switch back"));
        QCOMPARE(savedReportActionTitle(QStringLiteral("compact")), QStringLiteral("compact"));
    }

    void exportWritesMarkdownOrJson()
    {
        QTemporaryDir dir;
        const QJsonObject json{{QStringLiteral("action"), QStringLiteral("failover")}};
        const QString markdown = QStringLiteral("# Failover\n");
        QString error;
        QVERIFY2(ReportStore::exportTo(dir.filePath(QStringLiteral("r.md")), json, markdown, &error),
                 qPrintable(error));
        QVERIFY(ReportStore::exportTo(dir.filePath(QStringLiteral("r.json")), json, markdown, &error));
        QFile md(dir.filePath(QStringLiteral("r.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(md.readAll()), markdown);
        QFile js(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(js.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(js.readAll()).object(), json);
        QVERIFY(!ReportStore::exportTo(QStringLiteral("/proc/duper-cannot-write-here/r.md"), json, markdown, &error));
        QVERIFY(error.contains(QStringLiteral("duper-cannot-write-here")));
    }
};

QTEST_GUILESS_MAIN(ReportStoreTest)
#include "tst_reportstore.moc"
