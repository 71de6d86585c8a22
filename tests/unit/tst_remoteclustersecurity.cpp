// The security model of a remote cluster: `cluster_credentials` in GET /_remote/info (a fixture in the documented
// shape: an API-key remote in proxy mode, a certificate remote in sniff mode and an API-key alias whose key is not in
// the keystore yet) carried into RemoteClusterRow, and the port rule for aliases without a credential.
#include "core/remotes/RemoteClusterRow.h"

#include <QFile>
#include <QTest>

using namespace duper;

class RemoteClusterSecurityTest : public QObject
{
    Q_OBJECT

private slots:
    void fixtureRowsCarryTheModel();
    void settingsOnlyRowUsesThePort();
    void securityOfAddresses_data();
    void securityOfAddresses();
    void jsonKeys();
};

void RemoteClusterSecurityTest::fixtureRowsCarryTheModel()
{
    const QString path = qEnvironmentVariable("DUPER_SOURCE_DIR") +
                         QStringLiteral("/tests/unit/fixtures/remote_info-api-key-and-certificate.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QString error;
    const std::optional<RemoteInfoResponse> info = RemoteInfoResponse::parse(file.readAll(), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->find(QStringLiteral("secure"))->clusterCredentials,
             std::optional<QString>(QStringLiteral("::es_redacted::")));
    QVERIFY(!info->find(QStringLiteral("legacy"))->clusterCredentials);

    const QList<RemoteClusterRow> rows = RemoteClusterRow::merge(*info, {}, nullptr);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].alias, QStringLiteral("legacy"));
    QCOMPARE(rows[0].security, RemoteClusterRow::Security::Certificate);
    QVERIFY(!rows[0].credentialPresent);
    QCOMPARE(rows[1].alias, QStringLiteral("pending"));
    QCOMPARE(rows[1].security, RemoteClusterRow::Security::ApiKey); // on 9443, key not in force
    QVERIFY(!rows[1].credentialPresent);
    QVERIFY(!rows[1].connected);
    QCOMPARE(rows[2].alias, QStringLiteral("secure"));
    QCOMPARE(rows[2].security, RemoteClusterRow::Security::ApiKey);
    QVERIFY(rows[2].credentialPresent);
    QVERIFY(rows[2].connected);
}

void RemoteClusterSecurityTest::settingsOnlyRowUsesThePort()
{
    ClusterSettingsResponse settings;
    RemoteClusterSettings fresh;
    fresh.alias = QStringLiteral("fresh");
    fresh.seeds = {QStringLiteral("10.0.0.1:9443")};
    settings.remotes << fresh;
    const QList<RemoteClusterRow> rows = RemoteClusterRow::merge({}, settings, nullptr);
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows[0].inRemoteInfo);
    QCOMPARE(rows[0].security, RemoteClusterRow::Security::ApiKey);
    QVERIFY(!rows[0].credentialPresent);
}

void RemoteClusterSecurityTest::securityOfAddresses_data()
{
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("apiKey");
    QTest::newRow("credentials win") << true << QStringList{QStringLiteral("h:9300")} << QString() << true;
    QTest::newRow("transport seeds") << false << QStringList{QStringLiteral("h:9300")} << QString() << false;
    QTest::newRow("server seed") << false << QStringList{QStringLiteral("h:9300"), QStringLiteral("g:9443")}
                                 << QString() << true;
    QTest::newRow("server proxy") << false << QStringList() << QStringLiteral("[::1]:9443") << true;
    QTest::newRow("other proxy") << false << QStringList() << QStringLiteral("p:9400") << false;
    QTest::newRow("unparsable") << false << QStringList{QStringLiteral("nonsense")} << QString() << false;
}

void RemoteClusterSecurityTest::securityOfAddresses()
{
    QFETCH(bool, credentials);
    QFETCH(QStringList, seeds);
    QFETCH(QString, proxy);
    QFETCH(bool, apiKey);
    QCOMPARE(RemoteClusterRow::securityOf(credentials, seeds, proxy) == RemoteClusterRow::Security::ApiKey, apiKey);
}

void RemoteClusterSecurityTest::jsonKeys()
{
    QCOMPARE(RemoteClusterRow::securityKey(RemoteClusterRow::Security::ApiKey), QStringLiteral("api_key"));
    QCOMPARE(RemoteClusterRow::securityKey(RemoteClusterRow::Security::Certificate), QStringLiteral("certificate"));
}

QTEST_GUILESS_MAIN(RemoteClusterSecurityTest)
#include "tst_remoteclustersecurity.moc"
