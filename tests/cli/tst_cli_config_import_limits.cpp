// `duper config import` of abusive files (issue 17): a 40 KB line of nested "- " once overflowed the stack and a
// 400 KB file grew the process to 22 GB. Now each is bad input (exit 2) with a message naming the file, the problem
// and the line.
#include "CliSandboxFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace duper::test;

class CliConfigImportLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.resetHome()); }
    void deepNestingIsBadInput();
    void hugeFileIsBadInput();

private:
    CliRunner::Result import(const QByteArray& content);

    CliSandboxFixture m_fixture; // only its private home: importing needs no cluster
};

CliRunner::Result CliConfigImportLimitsTest::import(const QByteArray& content)
{
    const QString path = m_fixture.homePath(QStringLiteral("abusive.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return m_fixture.cli().run({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral("-i"), path});
}

void CliConfigImportLimitsTest::deepNestingIsBadInput()
{
    QElapsedTimer timer;
    timer.start();
    const auto result = import("clusters:\n" + QByteArray("- ").repeated(20000) + "x\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QLatin1String("abusive.yml: line 2: nested more than 64 levels deep")),
             qPrintable(result.errText()));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    // Nothing was imported.
    const auto list = m_fixture.cli().run({QStringLiteral("config"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 0);
}

void CliConfigImportLimitsTest::hugeFileIsBadInput()
{
    QByteArray content = "clusters:\n";
    while (content.size() <= 2 * 1024 * 1024)
        content += "  - name: a\n    url: http://localhost:9200\n";
    const auto result = import(content);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(
                 QLatin1String("abusive.yml: the file is larger than 1024 KB, too large for a configuration file")),
             qPrintable(result.errText()));
}

QTEST_GUILESS_MAIN(CliConfigImportLimitsTest)
#include "tst_cli_config_import_limits.moc"
