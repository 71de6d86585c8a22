// Saved connections: profiles round-trip through QSettings, renaming keeps the id (and so the keychain entries),
// nothing secret ever reaches the settings file, defaults for the CLI, Cloud ID decoding, validation in words, the
// secret stores' contracts and the keychain error mapping.
#include "core/connections/CloudId.h"
#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/KeychainSecretStore.h"
#include "core/connections/ProfileCredentialFactory.h"
#include "core/connections/SessionSecretCache.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>
#include <optional>

using namespace duper;

namespace {

// Runs one asynchronous SecretStore call and waits (in the event loop) for its result.
std::optional<SecretResult> await(const std::function<void(SecretStore::Callback)>& call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 5000))
        qWarning("secret store call did not finish within 5 s");
    return result;
}

ConnectionProfile fullProfile()
{
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Production follower"));
    profile.urls = {QUrl(QStringLiteral("https://es1.example.com:9200")),
                    QUrl(QStringLiteral("https://es2.example.com:9200/prefix"))};
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.username = QStringLiteral("ccr-admin");
    profile.verifyTls = false;
    profile.caCertificateFile = QStringLiteral("/etc/duper/ca.pem");
    profile.clientCertificateFile = QStringLiteral("/etc/duper/client.pem");
    profile.clientKeyFile = QStringLiteral("/etc/duper/client.key");
    profile.cloudId =
        QStringLiteral("staging:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRjZWM2ZjI2MWE3NGJmMjRjZTMzYmI4ODExYjg0Mjk0ZiRj"
                       "NmMyY2E2ZDA0MjI0OWFmMGNjN2Q3YTllOTYyNTc0Mw==");
    profile.requestTimeoutMs = 12345;
    profile.defaultRemoteCluster = QStringLiteral("leader-eu");
    profile.role = ConnectionProfile::ClusterRole::Follower;
    profile.askSecretEveryTime = true;
    return profile;
}

ConnectionProfile simpleProfile(const QString& name, ConnectionProfile::ClusterRole role = {})
{
    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.urls = {QUrl(QStringLiteral("http://localhost:9200"))};
    profile.role = role;
    return profile;
}

QString encode(const char* text)
{
    return QString::fromLatin1(QByteArray(text).toBase64());
}

} // namespace

class ConnectionStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void renameKeepsIdAndSecrets();
    void duplicateNamesAndFind();
    void nothingSecretInTheSettingsFile();
    void removeDeletesSecretsAndDefaults();
    void lastUsedAndRoleDefaults();
    void sharedSettingsNames();
    void cloudIdDecoding_data();
    void cloudIdDecoding();
    void validationMessages_data();
    void validationMessages();
    void effectiveUrlsAndEndpoint();
    void credentialsFromProfile();
    void inMemoryStoreContract();
    void sessionCache();
    void keychainErrorMapping_data();
    void keychainErrorMapping();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("duper.conf")); }
};

void ConnectionStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<ConnectionStore>(m_settings.get());
}

void ConnectionStoreTest::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void ConnectionStoreTest::roundTrip()
{
    const ConnectionProfile profile = fullProfile();
    QString error;
    QVERIFY2(m_store->save(profile, &error), qPrintable(error));

    // A second reader of the same file (another process: the CLI while the GUI runs) sees the same profile.
    QSettings other(settingsPath(), QSettings::IniFormat);
    ConnectionStore reader(&other);
    const QList<ConnectionProfile> all = reader.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first(), profile);
    QCOMPARE(reader.find(profile.id), profile);
    QCOMPARE(reader.find(QStringLiteral("production FOLLOWER")), profile);
    QVERIFY(!reader.find(QStringLiteral("nope")));

    // Defaults survive too.
    const ConnectionProfile plain = simpleProfile(QStringLiteral("local"));
    QVERIFY(m_store->save(plain));
    const std::optional<ConnectionProfile> loaded = ConnectionStore(&other).find(plain.id);
    QVERIFY(loaded);
    QVERIFY(loaded->verifyTls);
    QCOMPARE(loaded->requestTimeoutMs, ConnectionProfile::kDefaultRequestTimeoutMs);
    QCOMPARE(loaded->authKind, ConnectionProfile::AuthKind::None);
    QCOMPARE(*loaded, plain);
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("local")); // sorted by name, ignoring case
}

void ConnectionStoreTest::renameKeepsIdAndSecrets()
{
    InMemorySecretStore secrets;
    ConnectionProfile profile = simpleProfile(QStringLiteral("old name"));
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.username = QStringLiteral("elastic");
    QVERIFY(m_store->save(profile));
    QVERIFY(await([&](auto done) {
                secrets.write(profile.id, SecretKind::Password, QStringLiteral("pw"), this, done);
            })->ok());

    const QString id = profile.id;
    profile.name = QStringLiteral("new name");
    QVERIFY(m_store->save(profile));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().id, id);
    QCOMPARE(m_store->find(QStringLiteral("new name"))->id, id);
    QVERIFY(!m_store->find(QStringLiteral("old name")));
    const std::optional<SecretResult> read =
        await([&](auto done) { secrets.read(id, SecretKind::Password, this, done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, QStringLiteral("pw"));
}

void ConnectionStoreTest::duplicateNamesAndFind()
{
    const ConnectionProfile first = simpleProfile(QStringLiteral("Leader"));
    QVERIFY(m_store->save(first));
    QString error;
    QVERIFY(!m_store->save(simpleProfile(QStringLiteral(" leader ")), &error));
    QVERIFY2(error.contains(QLatin1String("already called")), qPrintable(error));
    QCOMPARE(m_store->profiles().size(), 1);

    ConnectionProfile invalid = simpleProfile(QString());
    QVERIFY(!m_store->save(invalid, &error));
    QVERIFY2(error.contains(QLatin1String("name")), qPrintable(error));

    // Exact name wins over a case-insensitive match.
    const ConnectionProfile second = simpleProfile(QStringLiteral("leader-2"));
    QVERIFY(m_store->save(second));
    QCOMPARE(m_store->find(QStringLiteral("LEADER-2"))->id, second.id);
    QCOMPARE(m_store->find(first.id)->name, QStringLiteral("Leader"));
    QVERIFY(m_store->contains(second.id));
    QVERIFY(!m_store->contains(QStringLiteral("../escape")));
}

void ConnectionStoreTest::nothingSecretInTheSettingsFile()
{
    const QString password = QStringLiteral("Tr0ub4dor&3-very-secret");
    const QString apiKey = QStringLiteral("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    InMemorySecretStore secrets;

    ConnectionProfile basic = simpleProfile(QStringLiteral("with password"));
    basic.authKind = ConnectionProfile::AuthKind::Basic;
    basic.username = QStringLiteral("elastic");
    QVERIFY(m_store->save(basic));
    QVERIFY(await([&](auto done) { secrets.write(basic.id, SecretKind::Password, password, this, done); })->ok());

    ConnectionProfile keyed = simpleProfile(QStringLiteral("with api key"));
    keyed.authKind = ConnectionProfile::AuthKind::ApiKey;
    QVERIFY(m_store->save(keyed));
    QVERIFY(await([&](auto done) { secrets.write(keyed.id, SecretKind::ApiKey, apiKey, this, done); })->ok());
    m_store->setLastUsedId(basic.id);
    QVERIFY(m_store->save(basic)); // saved again after the secret went into the store
    m_settings->sync();

    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("with password") && bytes.contains(basic.id.toLatin1()), bytes.constData());
    QVERIFY(bytes.contains("elastic")); // the user name is not a secret
    for (const QString& secret : {password, apiKey}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret is in the settings file");
        QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
        QVERIFY(!bytes.contains(secret.left(8).toUtf8()));
    }
    QVERIFY(!bytes.contains(QByteArray("elastic:").append(password.toUtf8()).toBase64()));
    QCOMPARE(secrets.value(basic.id, SecretKind::Password), password);
}

void ConnectionStoreTest::removeDeletesSecretsAndDefaults()
{
    InMemorySecretStore secrets;
    const ConnectionProfile gone = simpleProfile(QStringLiteral("gone"));
    const ConnectionProfile kept = simpleProfile(QStringLiteral("kept"));
    QVERIFY(m_store->save(gone));
    QVERIFY(m_store->save(kept));
    for (SecretKind kind : {SecretKind::Password, SecretKind::ClientKeyPassphrase})
        QVERIFY(await([&](auto done) { secrets.write(gone.id, kind, QStringLiteral("s"), this, done); })->ok());
    QVERIFY(
        await([&](auto done) { secrets.write(kept.id, SecretKind::Password, QStringLiteral("k"), this, done); })->ok());
    m_store->setLastUsedId(gone.id);
    m_store->setLeaderProfileId(gone.id);
    m_store->setFollowerProfileId(kept.id);

    QVERIFY(m_store->remove(gone.id, &secrets));
    QVERIFY(!m_store->contains(gone.id));
    QCOMPARE(m_store->lastUsedId(), QString());
    QCOMPARE(m_store->leaderProfileId(), QString());
    QCOMPARE(m_store->followerProfileId(), kept.id);
    QTRY_VERIFY(!secrets.contains(gone.id, SecretKind::Password));
    QTRY_VERIFY(!secrets.contains(gone.id, SecretKind::ClientKeyPassphrase));
    QVERIFY(secrets.contains(kept.id, SecretKind::Password));

    QString error;
    QVERIFY(!m_store->remove(gone.id, nullptr, &error));
    QVERIFY(!error.isEmpty());

    // removeAll reports Ok when nothing is left to delete, and the failure when the store is unavailable.
    QVERIFY(await([&](auto done) { secrets.removeAll(gone.id, this, done); })->ok());
    secrets.setUnavailable(true);
    const std::optional<SecretResult> failed = await([&](auto done) { secrets.removeAll(kept.id, this, done); });
    QCOMPARE(failed->status, SecretResult::Status::Unavailable);
}

void ConnectionStoreTest::lastUsedAndRoleDefaults()
{
    QCOMPARE(m_store->lastUsedId(), QString());
    QCOMPARE(m_store->leaderProfileId(), QString());
    const ConnectionProfile leaderByHint =
        simpleProfile(QStringLiteral("b-leader"), ConnectionProfile::ClusterRole::Leader);
    const ConnectionProfile otherLeader =
        simpleProfile(QStringLiteral("a-leader"), ConnectionProfile::ClusterRole::Leader);
    const ConnectionProfile follower =
        simpleProfile(QStringLiteral("follower"), ConnectionProfile::ClusterRole::Follower);
    QVERIFY(m_store->save(leaderByHint));
    QVERIFY(m_store->save(otherLeader));
    QVERIFY(m_store->save(follower));

    // Role hints give the defaults (first by name)...
    QCOMPARE(m_store->leaderProfileId(), otherLeader.id);
    QCOMPARE(m_store->followerProfileId(), follower.id);
    // ...an explicit choice wins, and persists for the next process.
    m_store->setLeaderProfileId(leaderByHint.id);
    m_store->setLastUsedId(follower.id);
    QSettings other(settingsPath(), QSettings::IniFormat);
    ConnectionStore reader(&other);
    QCOMPARE(reader.leaderProfileId(), leaderByHint.id);
    QCOMPARE(reader.lastUsedId(), follower.id);
    m_store->setLeaderProfileId(QString());
    QCOMPARE(m_store->leaderProfileId(), otherLeader.id);
    m_store->setLastUsedId(QStringLiteral("no-such-id"));
    QCOMPARE(m_store->lastUsedId(), QString());
}

void ConnectionStoreTest::sharedSettingsNames()
{
    const std::unique_ptr<QSettings> shared = ConnectionStore::openSharedSettings();
    QCOMPARE(shared->organizationName(), QStringLiteral("dev.duper.Duper"));
    QCOMPARE(shared->applicationName(), QStringLiteral("duper"));
    QVERIFY2(shared->fileName().endsWith(QLatin1String("/dev.duper.Duper/duper.conf")), qPrintable(shared->fileName()));
}

void ConnectionStoreTest::cloudIdDecoding_data()
{
    QTest::addColumn<QString>("cloudId");
    QTest::addColumn<QString>("url");   // empty = must fail
    QTest::addColumn<QString>("error"); // part of the message when it fails

    QTest::newRow("elastic docs example")
        << QStringLiteral(
               "staging:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRjZWM2ZjI2MWE3NGJmMjRjZTMzYmI4ODExYjg0Mjk0ZiRjNmMyY2E2ZD"
               "A0MjI0OWFmMGNjN2Q3YTllOTYyNTc0Mw==")
        << QStringLiteral("https://cec6f261a74bf24ce33bb8811b84294f.us-east-1.aws.found.io:443") << QString();
    QTest::newRow("port on the host") << QStringLiteral("d:") + encode("eu-west-1.aws.found.io:9243$abc$def")
                                      << QStringLiteral("https://abc.eu-west-1.aws.found.io:9243") << QString();
    QTest::newRow("port on the es id") << QStringLiteral("d:") + encode("example.io:9243$abc:9200$def:9300")
                                       << QStringLiteral("https://abc.example.io:9200") << QString();
    QTest::newRow("no kibana id") << QStringLiteral("d:") + encode("example.io$abc")
                                  << QStringLiteral("https://abc.example.io:443") << QString();
    QTest::newRow("empty name, spaces") << QStringLiteral("  :") + encode("example.io$abc$") + QStringLiteral(" ")
                                        << QStringLiteral("https://abc.example.io:443") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
    QTest::newRow("no colon") << QStringLiteral("just-text") << QString() << QStringLiteral("no “:”");
    QTest::newRow("nothing after colon") << QStringLiteral("name:") << QString() << QStringLiteral("nothing after");
    QTest::newRow("not base64") << QStringLiteral("name:@@@###") << QString() << QStringLiteral("not valid base64");
    QTest::newRow("host only") << QStringLiteral("name:") + encode("example.io") << QString()
                               << QStringLiteral("host and an Elasticsearch id");
    QTest::newRow("bad port") << QStringLiteral("name:") + encode("example.io:99999$abc$def") << QString()
                              << QStringLiteral("invalid port");
}

void ConnectionStoreTest::cloudIdDecoding()
{
    QFETCH(QString, cloudId);
    QFETCH(QString, url);
    QFETCH(QString, error);
    QString message;
    const std::optional<CloudId> decoded = CloudId::decode(cloudId, &message);
    if (url.isEmpty()) {
        QVERIFY(!decoded);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(decoded, qPrintable(message));
    QCOMPARE(decoded->elasticsearchUrl().toString(), url);
}

void ConnectionStoreTest::validationMessages_data()
{
    QTest::addColumn<int>("caseNo");
    QTest::addColumn<QString>("expected"); // empty = valid

    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("no name") << 1 << QStringLiteral("Give the connection a name.");
    QTest::newRow("no url") << 2 << QStringLiteral("Add at least one node URL");
    QTest::newRow("ftp url") << 3 << QStringLiteral("“ftp://example.com” is not an http:// or https:// URL.");
    QTest::newRow("basic without user") << 4 << QStringLiteral("Basic authentication needs a user name.");
    QTest::newRow("certificate without key") << 5 << QStringLiteral("both the certificate file and its key file");
    QTest::newRow("bad cloud id") << 6 << QStringLiteral("The Elastic Cloud ID cannot be read");
    QTest::newRow("password in url") << 7 << QStringLiteral("not in the URL “http://localhost:9200”");
    QTest::newRow("negative timeout") << 8 << QStringLiteral("timeout cannot be negative");
    QTest::newRow("cloud id only") << 9 << QString();
}

void ConnectionStoreTest::validationMessages()
{
    QFETCH(int, caseNo);
    QFETCH(QString, expected);
    ConnectionProfile profile = simpleProfile(QStringLiteral("x"));
    switch (caseNo) {
    case 1:
        profile.name = QStringLiteral("  ");
        break;
    case 2:
        profile.urls.clear();
        break;
    case 3:
        profile.urls = {QUrl(QStringLiteral("ftp://example.com"))};
        break;
    case 4:
        profile.authKind = ConnectionProfile::AuthKind::Basic;
        break;
    case 5:
        profile.clientCertificateFile = QStringLiteral("/tmp/cert.pem");
        break;
    case 6:
        profile.cloudId = QStringLiteral("broken");
        break;
    case 7:
        profile.urls = {QUrl(QStringLiteral("http://elastic:hunter2@localhost:9200"))};
        break;
    case 8:
        profile.requestTimeoutMs = -1;
        break;
    case 9:
        profile.urls.clear();
        profile.cloudId = QStringLiteral("d:") + encode("example.io$abc$def");
        break;
    default:
        break;
    }
    const QStringList problems = profile.validate();
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    QVERIFY(!problems.first().contains(QLatin1String("hunter2"))); // never echo a password from a URL
}

void ConnectionStoreTest::effectiveUrlsAndEndpoint()
{
    ConnectionProfile profile = fullProfile();
    const QList<QUrl> urls = profile.effectiveUrls();
    QCOMPARE(urls.size(), 3);
    QCOMPARE(urls.at(0).host(), QStringLiteral("cec6f261a74bf24ce33bb8811b84294f.us-east-1.aws.found.io"));
    QCOMPARE(urls.at(1), profile.urls.at(0));

    const EsEndpoint endpoint = profile.endpoint(2);
    QCOMPARE(endpoint.baseUrl, QUrl(QStringLiteral("https://es2.example.com:9200/prefix")));
    QCOMPARE(endpoint.tls.verifyPeer, false);
    QCOMPARE(endpoint.tls.caCertificateFiles, QStringList{QStringLiteral("/etc/duper/ca.pem")});
    QCOMPARE(endpoint.tls.clientCertificateFile, QStringLiteral("/etc/duper/client.pem"));
    QCOMPARE(endpoint.tls.clientKeyFile, QStringLiteral("/etc/duper/client.key"));
    QCOMPARE(endpoint.transferTimeoutMs, 12345);
    QVERIFY(profile.endpoint(3).baseUrl.isEmpty());
    QVERIFY(ConnectionProfile::create(QStringLiteral("fresh")).verifyTls); // verification on by default
    QVERIFY(ConnectionProfile::create(QStringLiteral("a")).id != ConnectionProfile::create(QStringLiteral("a")).id);

    QCOMPARE(profile.secretKind(), SecretKind::Password);
    profile.authKind = ConnectionProfile::AuthKind::None;
    QVERIFY(!profile.needsSecret());
    for (auto kind : {ConnectionProfile::AuthKind::None, ConnectionProfile::AuthKind::Basic,
                      ConnectionProfile::AuthKind::ApiKey, ConnectionProfile::AuthKind::Bearer})
        QCOMPARE(ConnectionProfile::authKindFromName(ConnectionProfile::authKindName(kind)), kind);
    QCOMPARE(ConnectionProfile::roleFromName(QStringLiteral("Leader")), ConnectionProfile::ClusterRole::Leader);
    QVERIFY(!ConnectionProfile::roleFromName(QStringLiteral("boss")));
}

void ConnectionStoreTest::credentialsFromProfile()
{
    ConnectionProfile profile = simpleProfile(QStringLiteral("c"));
    QVERIFY(ProfileCredentialFactory::create(profile, QStringLiteral("ignored"))->authorizationHeader().isEmpty());

    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.username = QStringLiteral("elastic");
    auto basic = ProfileCredentialFactory::create(profile, QStringLiteral("changeme"));
    QCOMPARE(basic->authorizationHeader(), QByteArray("Basic ") + QByteArray("elastic:changeme").toBase64());
    QVERIFY(!basic->description().contains(QLatin1String("changeme")));

    profile.authKind = ConnectionProfile::AuthKind::ApiKey;
    QCOMPARE(ProfileCredentialFactory::create(profile, QStringLiteral("id1:key1"))->authorizationHeader(),
             QByteArray("ApiKey ") + QByteArray("id1:key1").toBase64());
    const QString encoded = QString::fromLatin1(QByteArray("id2:key2").toBase64());
    QCOMPARE(ProfileCredentialFactory::create(profile, encoded)->authorizationHeader(),
             QByteArray("ApiKey ") + encoded.toLatin1());

    profile.authKind = ConnectionProfile::AuthKind::Bearer;
    QCOMPARE(ProfileCredentialFactory::create(profile, QStringLiteral("tok"))->authorizationHeader(),
             QByteArray("Bearer tok"));
}

void ConnectionStoreTest::inMemoryStoreContract()
{
    InMemorySecretStore store;
    QVERIFY(!store.isPersistent());
    bool called = false;
    store.write(QStringLiteral("p"), SecretKind::ApiKey, QStringLiteral("k1"), this,
                [&called](const SecretResult&) { called = true; });
    QVERIFY(!called); // never from inside the call
    QTRY_VERIFY(called);

    QVERIFY(await([&](auto done) {
                store.write(QStringLiteral("p"), SecretKind::ApiKey, QStringLiteral("k2"), this, done);
            })->ok()); // overwrite
    QCOMPARE(await([&](auto done) { store.read(QStringLiteral("p"), SecretKind::ApiKey, this, done); })->secret,
             QStringLiteral("k2"));
    QCOMPARE(await([&](auto done) { store.read(QStringLiteral("p"), SecretKind::Password, this, done); })->status,
             SecretResult::Status::NotFound);
    QVERIFY(await([&](auto done) { store.remove(QStringLiteral("p"), SecretKind::ApiKey, this, done); })->ok());
    QCOMPARE(store.size(), 0);

    // A destroyed context drops the callback.
    bool late = false;
    {
        QObject context;
        store.write(QStringLiteral("q"), SecretKind::Password, QStringLiteral("x"), &context,
                    [&late](const SecretResult&) { late = true; });
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!late);

    // The store destroyed during removeAll(): the chain stops quietly.
    {
        InMemorySecretStore shortLived;
        shortLived.removeAll(QStringLiteral("q"), this, [&late](const SecretResult&) { late = true; });
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!late);

    store.setUnavailable(true);
    const std::optional<SecretResult> unavailable =
        await([&](auto done) { store.read(QStringLiteral("q"), SecretKind::Password, this, done); });
    QCOMPARE(unavailable->status, SecretResult::Status::Unavailable);
    QVERIFY(unavailable->message.contains(QLatin1String("ask for the password each time")));
}

void ConnectionStoreTest::sessionCache()
{
    SessionSecretCache cache;
    QVERIFY(!cache.get(QStringLiteral("p"), SecretKind::Password));
    cache.set(QStringLiteral("p"), SecretKind::Password, QStringLiteral("typed"));
    cache.set(QStringLiteral("p"), SecretKind::ClientKeyPassphrase, QStringLiteral("pass"));
    cache.set(QStringLiteral("q"), SecretKind::Password, QStringLiteral("other"));
    QCOMPARE(cache.get(QStringLiteral("p"), SecretKind::Password), QStringLiteral("typed"));
    cache.forget(QStringLiteral("p"), SecretKind::Password);
    QVERIFY(!cache.contains(QStringLiteral("p"), SecretKind::Password));
    cache.forgetProfile(QStringLiteral("p"));
    QVERIFY(!cache.contains(QStringLiteral("p"), SecretKind::ClientKeyPassphrase));
    QVERIFY(cache.contains(QStringLiteral("q"), SecretKind::Password));
    cache.clear();
    QVERIFY(!cache.contains(QStringLiteral("q"), SecretKind::Password));
}

void ConnectionStoreTest::keychainErrorMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const int unavailable = int(SecretResult::Status::Unavailable);
    const QString notAvailable = QStringLiteral("The system keychain is not available");
    QTest::newRow("no error") << 0 << QString() << int(SecretResult::Status::Ok) << QString();
    QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << int(SecretResult::Status::NotFound)
                               << QStringLiteral("no such entry");
    QTest::newRow("denied by user") << 3 << QStringLiteral("User denied") << int(SecretResult::Status::Denied)
                                    << QStringLiteral("denied");
    QTest::newRow("denied") << 4 << QString() << int(SecretResult::Status::Denied) << QStringLiteral("denied");
    QTest::newRow("no backend") << 5 << QStringLiteral("No keychain service available") << unavailable << notAvailable;
    QTest::newRow("no d-bus session") << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                      << unavailable << notAvailable;
    QTest::newRow("no login collection")
        << 7 << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
        << unavailable << notAvailable;
    QTest::newRow("libsecret missing") << 7 << QStringLiteral("Unknown error") << unavailable << notAvailable;
    QTest::newRow("other") << 7 << QStringLiteral("Something odd happened") << int(SecretResult::Status::Error)
                           << QStringLiteral("Something odd happened");
    QTest::newRow("could not delete") << 2 << QStringLiteral("Could not delete") << int(SecretResult::Status::Error)
                                      << QStringLiteral("Could not delete");
}

void ConnectionStoreTest::keychainErrorMapping()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(QString, message);
    const SecretResult result = KeychainSecretStore::mapError(code, text);
    QCOMPARE(int(result.status), status);
    QVERIFY2(result.message.contains(message, Qt::CaseInsensitive), qPrintable(result.message));
    if (result.status == SecretResult::Status::Unavailable)
        QVERIFY2(result.message.contains(QLatin1String("ask for the password each time")), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(ConnectionStoreTest)
#include "tst_connectionstore.moc"
