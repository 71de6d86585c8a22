// SimpleYamlReader under abusive input (issue 17): one line of 20,000 "- " used to recurse once per dash, copying the
// rest of the line each time, until the stack overflowed; a 400 KB file reached 22 GB. Nesting is now bounded at
// kMaxDepth and the input at kMaxInputBytes, and each refusal names the problem and the line, quickly.
#include "cli/SimpleYamlReader.h"

#include <QElapsedTimer>
#include <QTest>

using duper::cli::SimpleYamlReader;

namespace {

// Generous: the point is "seconds, not minutes or a crash", also on a loaded machine.
constexpr qint64 kQuickMs = 5000;

QByteArray dashes(int count, const QByteArray& last = "x")
{
    return QByteArray("- ").repeated(count) + last;
}

} // namespace

class SimpleYamlReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void nestingUpToTheLimitParses();
    void abusiveInputIsRefusedQuickly_data();
    void abusiveInputIsRefusedQuickly();
    void hugeScalarLineParses();
};

void SimpleYamlReaderTest::nestingUpToTheLimitParses()
{
    // The root and 63 nested lists: exactly kMaxDepth levels.
    QString error;
    QVariant value = SimpleYamlReader::parse(dashes(SimpleYamlReader::kMaxDepth - 1), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int level = 0; level < SimpleYamlReader::kMaxDepth - 1; ++level) {
        QCOMPARE(value.typeId(), QMetaType::QVariantList);
        QCOMPARE(value.toList().size(), 1);
        value = value.toList().first();
    }
    QCOMPARE(value.toString(), QStringLiteral("x"));

    // Sequence items that open mappings still line up ("- key: value" under "- ").
    value = SimpleYamlReader::parse("- - a: 1\n    b: 2\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVariantMap map = value.toList().first().toList().first().toMap();
    QCOMPARE(map.value(QStringLiteral("a")).toString(), QStringLiteral("1"));
    QCOMPARE(map.value(QStringLiteral("b")).toString(), QStringLiteral("2"));
}

void SimpleYamlReaderTest::abusiveInputIsRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QString tooDeep = QStringLiteral("line %1: nested more than 64 levels deep");
    QTest::newRow("one level too deep") << dashes(SimpleYamlReader::kMaxDepth) << tooDeep.arg(1);
    QTest::newRow("20,000 dashes on one line (40 KB)") << dashes(20000) << tooDeep.arg(1);
    QTest::newRow("dashes under a key") << QByteArray("clusters:\n") + dashes(20000) << tooDeep.arg(2);
    QByteArray lines;
    for (int n = 0; n < 10; ++n)
        lines += dashes(20000, "- x\n"); // 400 KB
    QTest::newRow("ten such lines (400 KB)") << lines << tooDeep.arg(1);
    QTest::newRow("half a megabyte of dashes") << dashes(250000) << tooDeep.arg(1);
    QByteArray indented;
    for (int n = 0; n < 1000; ++n)
        indented += QByteArray(n, ' ') + "k:\n";
    QTest::newRow("deeper and deeper indentation") << indented << tooDeep.arg(65);
    QTest::newRow("larger than a configuration file")
        << QByteArray("key: ") + QByteArray(SimpleYamlReader::kMaxInputBytes, 'a')
        << QStringLiteral("the file is larger than 1024 KB, too large for a configuration file");
}

void SimpleYamlReaderTest::abusiveInputIsRefusedQuickly()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QVariant value = SimpleYamlReader::parse(yaml, &error);
    QVERIFY(!value.isValid());
    QCOMPARE(error, expected);
    QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
}

void SimpleYamlReaderTest::hugeScalarLineParses()
{
    // Long lines are fine as long as the file fits: one value of almost a megabyte.
    const QByteArray value(SimpleYamlReader::kMaxInputBytes - 16, 'a');
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QVariant root = SimpleYamlReader::parse("key: " + value + "\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.toMap().value(QStringLiteral("key")).toString().size(), value.size());
    QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(SimpleYamlReaderTest)
#include "tst_simpleyamlreader.moc"
