// The sandbox's order-keeping JSON tree (filter_path and pretty answers): member names decoded as Elasticsearch
// decodes them, text written back as it came. (Plain string literals, not raw ones: after some raw strings moc
// no longer finds the test class.)
#include "sandbox/OrderedJson.h"

#include <QTest>

using duper::sandbox::OrderedJson;

class TestSandboxOrderedJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesMemberNames_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QByteArray("{\"leader\":1}") << QStringLiteral("leader");
        QTest::newRow("escapes") << QByteArray("{\"a\\tb\\n\\\"c\\\\\":1}") << QStringLiteral("a\tb\n\"c\\");
        QTest::newRow("bmp escape") << QByteArray("{\"caf\\u00e9\":1}") << QStringLiteral("café");
        QTest::newRow("upper-case hex") << QByteArray("{\"\\u00C9\":1}") << QStringLiteral("É");
        // U+1F600 as a surrogate pair is one character, the same as the raw UTF-8 form.
        QTest::newRow("surrogate pair") << QByteArray("{\"x\\ud83d\\ude00y\":1}")
                                        << QString::fromUtf8("x\xF0\x9F\x98\x80y");
        QTest::newRow("raw utf-8") << QByteArray("{\"x\xF0\x9F\x98\x80y\":1}") << QString::fromUtf8("x\xF0\x9F\x98\x80y");
        // A high surrogate without its low half stays one (replaced) unit and does not swallow what follows.
        QTest::newRow("lone high surrogate") << QByteArray("{\"\\ud83dz\":1}")
                                             << QString(QChar(u'\ufffd')) + QStringLiteral("z");
    }
    void decodesMemberNames()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, name);
        const auto node = OrderedJson::parse(json);
        QVERIFY(node);
        QCOMPARE(node->kind, OrderedJson::Kind::Object);
        QCOMPARE(node->members.size(), 1);
        QCOMPARE(node->members.first().name, name);
        // Written back byte for byte.
        QCOMPARE(OrderedJson::write(*node), json);
    }

    void rejectsMalformedEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("short") << QByteArray("{\"\\u00e\":1}");
        QTest::newRow("sign") << QByteArray("{\"\\u+0e9\":1}");
        QTest::newRow("hex prefix") << QByteArray("{\"\\u0x41\":1}");
        QTest::newRow("blank") << QByteArray("{\"\\u 0e9\":1}");
        QTest::newRow("cut at end") << QByteArray("{\"\\u00");
    }
    void rejectsMalformedEscapes()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!OrderedJson::parse(json));
    }

    void keepsMemberOrderAndScalarText()
    {
        const QByteArray json = "{\"z\":1.50,\"a\":[true,null,\"s\"],\"m\":{\"y\":-0,\"b\":1e3}}";
        const auto node = OrderedJson::parse("  " + json + "\n");
        QVERIFY(node);
        QCOMPARE(node->members.at(0).name, QStringLiteral("z"));
        QCOMPARE(node->members.at(0).value.text, QByteArray("1.50"));
        QCOMPARE(OrderedJson::write(*node), json);
    }
};

QTEST_APPLESS_MAIN(TestSandboxOrderedJson)
#include "tst_sandbox_orderedjson.moc"
