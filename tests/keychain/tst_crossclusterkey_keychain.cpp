// A cross-cluster API key created by `duper connect --api-key-from` lives only in the Secret Service: `secret-tool`
// finds it there under the remote's alias, no file in the CLI's home (settings, reports, caches) and no output holds
// it, and a second run reads it back from the keychain instead of creating another key. Runs inside
// tests/run-all.sh's D-Bus session with an unlocked gnome-keyring; where DUPER_REQUIRE_KEYCHAIN is not 1 and no
// keychain can store, it skips.
#include "CliSandboxFixture.h"
#include "core/connections/SecretKind.h"
#include "core/security/CrossClusterKeySecret.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace duper;
using namespace duper::test;

namespace {

const QString kService = QStringLiteral("dev.duper.Duper.cli-test"); // CliSandboxFixture's keychain service
const QString kAlias = QStringLiteral("keychain-only");

bool keychainRequired()
{
    return qEnvironmentVariable("DUPER_REQUIRE_KEYCHAIN") == u"1";
}

} // namespace

class CrossClusterKeyKeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyIsOnlyInTheSecretService();

private:
    CliRunner::Result connect(const QStringList& extra) const;
    // The entry's secret as `secret-tool lookup` prints it; nullopt when absent (or secret-tool is missing).
    std::optional<QString> secretTool(const QString& verb) const;
    // Files under the CLI's private home that contain `needle`.
    QStringList filesHolding(const QString& needle) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CrossClusterKeyKeychainTest::init()
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    secretTool(QStringLiteral("clear")); // a previous, interrupted run
}

void CrossClusterKeyKeychainTest::cleanup()
{
    if (m_fixture)
        secretTool(QStringLiteral("clear"));
    m_fixture.reset();
}

CliRunner::Result CrossClusterKeyKeychainTest::connect(const QStringList& extra) const
{
    return m_fixture->run(QStringList{QStringLiteral("connect"), QStringLiteral("--remote_cluster"), kAlias,
                                      QStringLiteral("--api-key-from"), m_fixture->leaderUrl(),
                                      QStringLiteral("--replication"), QStringLiteral("logs-*")} +
                          extra);
}

std::optional<QString> CrossClusterKeyKeychainTest::secretTool(const QString& verb) const
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("secret-tool")),
                  {verb, QStringLiteral("server"), kService, QStringLiteral("user"),
                   secretEntryKey(CrossClusterKeySecret::ownerId(kAlias), CrossClusterKeySecret::kind)});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList CrossClusterKeyKeychainTest::filesHolding(const QString& needle) const
{
    QStringList found;
    QDirIterator it(m_fixture->homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

void CrossClusterKeyKeychainTest::keyIsOnlyInTheSecretService()
{
    const auto first = connect({QStringLiteral("--new-key")});
    if (first.exitCode != 0 && !keychainRequired() && first.errText().contains(QLatin1String("keychain")))
        QSKIP("no keychain can store here");
    QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
    const auto keys = m_fixture->sandbox().leader().apiKeys().all();
    QCOMPARE(keys.size(), 1);
    const QString encoded = keys.at(0).encoded();
    QVERIFY(!encoded.isEmpty());

    // In the Secret Service, under the alias ...
    QCOMPARE(secretTool(QStringLiteral("lookup")), std::optional<QString>(encoded));
    // ... and nowhere else: not in any output, nor in any file of the CLI's home (settings, reports, caches).
    QVERIFY(!first.outText().contains(encoded) && !first.errText().contains(encoded));
    const QStringList holding = filesHolding(encoded);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));

    // A second run reads the key back from the keychain: the leader gets no second key, the alias stays connected.
    const auto second = connect({QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.errText()));
    QCOMPARE(m_fixture->sandbox().leader().apiKeys().all().size(), 1);
    QVERIFY(!second.outText().contains(encoded) && !second.errText().contains(encoded));
    QVERIFY(filesHolding(encoded).isEmpty());
}

QTEST_GUILESS_MAIN(CrossClusterKeyKeychainTest)
#include "tst_crossclusterkey_keychain.moc"
