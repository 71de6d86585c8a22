// RemoteAddress: the host:port rules for seeds and proxy addresses, and the messages for each failure.
#include "core/remotes/RemoteAddress.h"
#include "core/remotes/RemoteClusterAlias.h"

#include <QTest>

using duper::RemoteAddress;

class RemoteAddressTest : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void alias();
};

void RemoteAddressTest::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.5:9300") << QStringLiteral("10.0.0.5") << 9300;
    QTest::newRow("name") << QStringLiteral("es-node-1.example.com:1") << QStringLiteral("es-node-1.example.com") << 1;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:65535") << QStringLiteral("::1") << 65535;
    QTest::newRow("localhost") << QStringLiteral("localhost:9300") << QStringLiteral("localhost") << 9300;
}

void RemoteAddressTest::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString error;
    const auto address = RemoteAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
    QCOMPARE(address->toString(), text);
}

void RemoteAddressTest::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("no port") << QStringLiteral("10.0.0.5") << QStringLiteral("has no port");
    QTest::newRow("colon only") << QStringLiteral("host:") << QStringLiteral("has no port");
    QTest::newRow("port 0") << QStringLiteral("host:0") << QStringLiteral("between 1 and 65535");
    QTest::newRow("port 70000") << QStringLiteral("host:70000") << QStringLiteral("between 1 and 65535");
    QTest::newRow("port text") << QStringLiteral("host:abc") << QStringLiteral("not a number");
    QTest::newRow("spaces") << QStringLiteral("host: 9300") << QStringLiteral("spaces");
    QTest::newRow("bad ipv4") << QStringLiteral("10.0.0.300:9300") << QStringLiteral("not an IPv4");
    QTest::newRow("bare ipv6") << QStringLiteral("::1:9300") << QStringLiteral("brackets");
    QTest::newRow("bad ipv6") << QStringLiteral("[zz]:9300") << QStringLiteral("not an IPv6");
    QTest::newRow("bad name") << QStringLiteral("bad_host:9300") << QStringLiteral("not a valid host name");
}

void RemoteAddressTest::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!RemoteAddress::parse(text, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void RemoteAddressTest::alias()
{
    QVERIFY(duper::RemoteClusterAlias::validate(QStringLiteral("leader_2-b")).isEmpty());
    QVERIFY(!duper::RemoteClusterAlias::validate(QString()).isEmpty());
    QVERIFY(!duper::RemoteClusterAlias::validate(QStringLiteral("a.b")).isEmpty());
    QVERIFY(!duper::RemoteClusterAlias::validate(QStringLiteral("a:b")).isEmpty());
}

QTEST_MAIN(RemoteAddressTest)
#include "tst_remoteaddress.moc"
