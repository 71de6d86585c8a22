// KeychainSecretStore against the real Secret Service: tests/run-all.sh runs this inside a private D-Bus session with
// an unlocked gnome-keyring and DUPER_REQUIRE_KEYCHAIN=1, where every secret must really be stored (checked with
// `secret-tool lookup`). Elsewhere the storing tests skip when there is no keychain. The "keychain unavailable" path
// runs this binary again as a child with no D-Bus session and no display, and checks the plain-words message.
#include "core/connections/ConnectionStore.h"
#include "core/connections/KeychainSecretStore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>
#include <optional>

using namespace duper;

namespace {

const char* const kChildEnv = "DUPER_KEYCHAIN_CHILD_OUT";

std::optional<SecretResult> await(const std::function<void(SecretStore::Callback)>& call, int timeoutMs = 10000)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
        qWarning("keychain call did not finish within %d ms", timeoutMs);
    return result;
}

bool keychainRequired()
{
    return qEnvironmentVariable("DUPER_REQUIRE_KEYCHAIN") == u"1";
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeReadOverwriteDelete();
    void removeAllAndProfileLifecycle();
    void unavailableKeychainSaysSoInPlainWords();
    void childWritesWithoutKeychain();

private:
    bool requireStorage(); // false (after QSKIP/QFAIL) when the keychain cannot store
    std::optional<QString> secretToolLookup(const QString& key); // nullopt when absent or secret-tool is missing
    SecretResult::Status readStatus(const QString& profileId, SecretKind kind);

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_service;
    QString m_prefix;
    std::optional<SecretResult> m_probe;
    QList<QString> m_usedIds;
};

void KeychainTest::initTestCase()
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return;
    // A service of its own per run: never touches the user's Duper entries.
    m_service = QStringLiteral("dev.duper.Duper.test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainSecretStore>(m_service);
    m_probe = await([&](auto done) {
        m_store->write(QStringLiteral("probe"), SecretKind::Password, QStringLiteral("probe"), this, done);
    });
    m_usedIds << QStringLiteral("probe");
}

void KeychainTest::cleanupTestCase()
{
    if (!m_store || !m_probe || !m_probe->ok())
        return;
    for (const QString& id : std::as_const(m_usedIds))
        await([&](auto done) { m_store->removeAll(id, this, done); });
}

bool KeychainTest::requireStorage()
{
    if (!m_probe) {
        if (keychainRequired())
            QTest::qFail("the keychain did not answer", __FILE__, __LINE__);
        else
            QTest::qSkip("the keychain did not answer", __FILE__, __LINE__);
        return false;
    }
    if (!m_probe->ok()) {
        const QByteArray why = QByteArrayLiteral("keychain unavailable: ") + m_probe->message.toUtf8();
        if (keychainRequired())
            QTest::qFail(why.constData(), __FILE__, __LINE__);
        else
            QTest::qSkip(why.constData(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

std::optional<QString> KeychainTest::secretToolLookup(const QString& key)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), key});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

SecretResult::Status KeychainTest::readStatus(const QString& profileId, SecretKind kind)
{
    const std::optional<SecretResult> result = await([&](auto done) { m_store->read(profileId, kind, this, done); });
    return result ? result->status : SecretResult::Status::Error;
}

void KeychainTest::writeReadOverwriteDelete()
{
    if (!requireStorage())
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_usedIds << id;
    const QString key = secretEntryKey(id, SecretKind::Password);
    const bool haveTool = !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
    if (keychainRequired())
        QVERIFY2(haveTool, "secret-tool (libsecret-tools) is needed to prove the secret is in the Secret Service");

    // Write, read.
    std::optional<SecretResult> written = await(
        [&](auto done) { m_store->write(id, SecretKind::Password, QStringLiteral("first s3cret ü"), this, done); });
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->message));
    std::optional<SecretResult> read = await([&](auto done) { m_store->read(id, SecretKind::Password, this, done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, QStringLiteral("first s3cret ü"));
    if (haveTool)
        QCOMPARE(secretToolLookup(key), QStringLiteral("first s3cret ü"));

    // Overwrite.
    written = await([&](auto done) { m_store->write(id, SecretKind::Password, QStringLiteral("second"), this, done); });
    QVERIFY(written && written->ok());
    read = await([&](auto done) { m_store->read(id, SecretKind::Password, this, done); });
    QCOMPARE(read->secret, QStringLiteral("second"));
    if (haveTool)
        QCOMPARE(secretToolLookup(key), QStringLiteral("second"));

    // Other kinds are separate entries.
    QCOMPARE(readStatus(id, SecretKind::ApiKey), SecretResult::Status::NotFound);

    // Delete; deleting again is fine.
    const std::optional<SecretResult> removed =
        await([&](auto done) { m_store->remove(id, SecretKind::Password, this, done); });
    QVERIFY(removed && removed->ok());
    QCOMPARE(readStatus(id, SecretKind::Password), SecretResult::Status::NotFound);
    if (haveTool)
        QCOMPARE(secretToolLookup(key), std::nullopt);
    QVERIFY(await([&](auto done) { m_store->remove(id, SecretKind::Password, this, done); })->ok());
}

void KeychainTest::removeAllAndProfileLifecycle()
{
    if (!requireStorage())
        return;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    ConnectionStore connections(&settings);

    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("keychain profile"));
    m_usedIds << profile.id;
    profile.urls = {QUrl(QStringLiteral("https://localhost:9200"))};
    profile.authKind = ConnectionProfile::AuthKind::Basic;
    profile.username = QStringLiteral("elastic");
    profile.clientCertificateFile = QStringLiteral("/tmp/c.pem");
    profile.clientKeyFile = QStringLiteral("/tmp/c.key");
    QVERIFY(connections.save(profile));
    QVERIFY(await([&](auto done) {
                m_store->write(profile.id, SecretKind::Password, QStringLiteral("pw"), this, done);
            })->ok());
    QVERIFY(await([&](auto done) {
                m_store->write(profile.id, SecretKind::ClientKeyPassphrase, QStringLiteral("pp"), this, done);
            })->ok());

    // Renaming keeps the entries: they are keyed by the id.
    profile.name = QStringLiteral("renamed keychain profile");
    QVERIFY(connections.save(profile));
    QCOMPARE(readStatus(profile.id, SecretKind::Password), SecretResult::Status::Ok);

    // Deleting the profile deletes every entry of it.
    QVERIFY(connections.remove(profile.id, m_store.get()));
    QTRY_COMPARE_WITH_TIMEOUT(readStatus(profile.id, SecretKind::Password), SecretResult::Status::NotFound, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(readStatus(profile.id, SecretKind::ClientKeyPassphrase), SecretResult::Status::NotFound,
                              5000);
    QVERIFY(await([&](auto done) { m_store->removeAll(profile.id, this, done); })->ok());
}

void KeychainTest::unavailableKeychainSaysSoInPlainWords()
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        QSKIP("parent-only test");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("child.out"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QString::fromLatin1(kChildEnv), out);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWritesWithoutKeychain")});
    QVERIFY2(child.waitForFinished(20000), "the child hung without a keychain");
    QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(0), QString::number(int(SecretResult::Status::Unavailable)));
    const QString message = lines.at(1);
    QVERIFY2(message.contains(QLatin1String("The system keychain is not available")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("ask for the password each time")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("child-secret")));
}

void KeychainTest::childWritesWithoutKeychain()
{
    const QString out = qEnvironmentVariable(kChildEnv);
    if (out.isEmpty())
        QSKIP("runs only as the child of unavailableKeychainSaysSoInPlainWords");
    KeychainSecretStore store(QStringLiteral("dev.duper.Duper.test-unavailable"));
    const std::optional<SecretResult> result = await([&](auto done) {
        store.write(QStringLiteral("child"), SecretKind::Password, QStringLiteral("child-secret"), this, done);
    });
    QVERIFY(result);
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QString::number(int(result->status)).toUtf8() + '\n' + result->message.toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
