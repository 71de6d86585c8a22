// `duper add-cluster --sslCert --sslKey` with an encrypted client key: the passphrase is read like the other secrets
// (hidden prompt, or one line of stdin), checked against the key before anything is saved, and never written to the
// settings file or printed.
#include "CliSandboxFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace duper::test;

namespace {
const QString kPassphrase = QStringLiteral("Cli-Key-Pass-31");
}

class CliConfigPassphraseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wrongPassphraseIsRefused();
    void missingPassphraseIsRefused();
    void rightPassphraseSavesWithoutWritingIt();

private:
    CliRunner cli() const { return m_fixture.cli(); }
    QStringList addArguments() const;

    QTemporaryDir m_keys;
    CliSandboxFixture m_fixture; // only its private home: these runs need no cluster
};

void CliConfigPassphraseTest::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/openssl")))
        QSKIP("/usr/bin/openssl is needed to make an encrypted key");
    QVERIFY(m_keys.isValid());
    const QString key = m_keys.filePath(QStringLiteral("client.key"));
    const QList<QStringList> commands = {
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"),
         QStringLiteral("pass:") + kPassphrase, QStringLiteral("-out"), key},
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), key, QStringLiteral("-passin"),
         QStringLiteral("pass:") + kPassphrase, QStringLiteral("-subj"), QStringLiteral("/CN=duper-cli"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
         m_keys.filePath(QStringLiteral("client.crt"))}};
    for (const QStringList& arguments : commands) {
        QProcess openssl;
        openssl.start(QStringLiteral("/usr/bin/openssl"), arguments);
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    }
}

void CliConfigPassphraseTest::init()
{
    QVERIFY(m_fixture.resetHome());
}

QStringList CliConfigPassphraseTest::addArguments() const
{
    return {QStringLiteral("add-cluster"),
            QStringLiteral("-n"),
            QStringLiteral("pki"),
            QStringLiteral("-u"),
            QStringLiteral("https://localhost:9200"),
            QStringLiteral("--sslCert"),
            m_keys.filePath(QStringLiteral("client.crt")),
            QStringLiteral("--sslKey"),
            m_keys.filePath(QStringLiteral("client.key"))};
}

void CliConfigPassphraseTest::wrongPassphraseIsRefused()
{
    CliRunner runner = cli();
    runner.setInput("not-the-passphrase\n");
    const auto result = runner.run(addArguments());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(
                 QStringLiteral("The client key could not be read: wrong passphrase or not a PEM key")),
             qPrintable(result.errText()));
    QVERIFY(!m_fixture.settingsText().contains(QStringLiteral("pki"))); // nothing saved
}

void CliConfigPassphraseTest::missingPassphraseIsRefused()
{
    const auto result = cli().run(addArguments());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(QStringLiteral("no secret was given")), qPrintable(result.errText()));
}

void CliConfigPassphraseTest::rightPassphraseSavesWithoutWritingIt()
{
    CliRunner runner = cli();
    runner.setInput((kPassphrase + QLatin1Char('\n')).toUtf8());
    const auto result = runner.run(addArguments());
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY2(result.outText().contains(QStringLiteral("Connection pki saved")), qPrintable(result.outText()));
    const QString settings = m_fixture.settingsText();
    QVERIFY2(settings.contains(QStringLiteral("client.key")), qPrintable(settings));
    QVERIFY(!settings.contains(kPassphrase));
    QVERIFY(!result.outText().contains(kPassphrase));
    QVERIFY(!result.errText().contains(kPassphrase));
}

QTEST_GUILESS_MAIN(CliConfigPassphraseTest)
#include "tst_cli_config_passphrase.moc"
