// An encrypted client key (PKI login): it loads with the right passphrase, fails with a clear message otherwise, and
// the passphrase stays out of the settings file (it is a keychain secret).
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/es/EsClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

namespace {
const QString kPassphrase = QStringLiteral("Right-Pass-4711");
}

class EsClientKeyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encryptedKeyLoadsWithTheRightPassphrase();
    void wrongOrMissingPassphraseIsClear();
    void clientReportsTheUnreadableKey();
    void passphraseNeverLandsInSettings();

private:
    bool openssl(const QStringList& arguments);
    EsTlsConfig tls(const QByteArray& passphrase) const;

    QTemporaryDir m_dir;
    QString m_key;
    QString m_cert;
};

bool EsClientKeyTest::openssl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

EsTlsConfig EsClientKeyTest::tls(const QByteArray& passphrase) const
{
    EsTlsConfig config;
    config.clientCertificateFile = m_cert;
    config.clientKeyFile = m_key;
    config.clientKeyPassphrase = passphrase;
    return config;
}

void EsClientKeyTest::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/openssl")))
        QSKIP("/usr/bin/openssl is needed to make an encrypted key");
    QVERIFY(m_dir.isValid());
    m_key = m_dir.filePath(QStringLiteral("client.key"));
    m_cert = m_dir.filePath(QStringLiteral("client.crt"));
    QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), QStringLiteral("pass:") + kPassphrase,
                     QStringLiteral("-out"), m_key}));
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), m_key,
                     QStringLiteral("-passin"), QStringLiteral("pass:") + kPassphrase, QStringLiteral("-subj"),
                     QStringLiteral("/CN=duper-client"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-out"), m_cert}));
    QFile key(m_key);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(EsTlsConfig::isEncryptedKey(key.readAll()));
}

void EsClientKeyTest::encryptedKeyLoadsWithTheRightPassphrase()
{
    QString error;
    const auto config = tls(kPassphrase.toUtf8()).build(&error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(!config->privateKey().isNull());
    QCOMPARE(config->localCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("duper-client"));
}

void EsClientKeyTest::wrongOrMissingPassphraseIsClear()
{
    for (const QByteArray& passphrase : {QByteArray("wrong"), QByteArray()}) {
        QString error;
        QVERIFY(!tls(passphrase).build(&error));
        QVERIFY2(error.contains(QStringLiteral("The client key could not be read: wrong passphrase or not a PEM key")),
                 qPrintable(error));
        QVERIFY(error.contains(m_key));
    }
}

void EsClientKeyTest::clientReportsTheUnreadableKey()
{
    QNetworkAccessManager manager;
    EsEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    endpoint.tls = tls("wrong");
    EsClient wrong(&manager, endpoint);
    QVERIFY2(wrong.configurationError().contains(QStringLiteral("wrong passphrase")),
             qPrintable(wrong.configurationError()));
    endpoint.tls = tls(kPassphrase.toUtf8());
    EsClient right(&manager, endpoint);
    QVERIFY2(right.configurationError().isEmpty(), qPrintable(right.configurationError()));
}

void EsClientKeyTest::passphraseNeverLandsInSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("duper.conf"));
    InMemorySecretStore secrets;
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionStore store(&settings);
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("pki"));
        profile.urls = {QUrl(QStringLiteral("https://es.example:9200"))};
        profile.clientCertificateFile = m_cert;
        profile.clientKeyFile = m_key;
        QString error;
        QVERIFY2(store.save(profile, &error), qPrintable(error));
        secrets.write(profile.id, SecretKind::ClientKeyPassphrase, kPassphrase, nullptr, {});
        QTRY_VERIFY(secrets.contains(profile.id, SecretKind::ClientKeyPassphrase));
        // What a connection gets: the endpoint from the profile, the passphrase from the secret store.
        EsEndpoint endpoint = store.find(QStringLiteral("pki"))->failoverEndpoint();
        QVERIFY(endpoint.tls.clientKeyPassphrase.isEmpty());
        endpoint.tls.clientKeyPassphrase = secrets.value(profile.id, SecretKind::ClientKeyPassphrase).toUtf8();
        QString buildError;
        QVERIFY2(endpoint.tls.build(&buildError), qPrintable(buildError));
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("client.key"));
    QVERIFY(!text.contains(kPassphrase.toUtf8()));
    QVERIFY(!text.toLower().contains("passphrase"));
}

QTEST_GUILESS_MAIN(EsClientKeyTest)
#include "tst_esclient_clientkey.moc"
