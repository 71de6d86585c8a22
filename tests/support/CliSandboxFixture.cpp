#include "CliSandboxFixture.h"

#include "ScriptedHttpServer.h"

#include <QFile>

namespace duper::test {

sandbox::SandboxOptions CliSandboxFixture::defaultOptions()
{
    sandbox::SandboxOptions options;
    options.tickIntervalMs = 0; // tests advance explicitly
    return options;
}

CliSandboxFixture::CliSandboxFixture(sandbox::SandboxOptions options)
    : m_options(std::move(options)), m_home(std::make_unique<QTemporaryDir>())
{
    // Ephemeral ports whatever the options say: the defaults of `duper sandbox` (9200/9201) may be taken.
    m_options.followerPort = 0;
    m_options.leaderPort = 0;
}

CliSandboxFixture::~CliSandboxFixture() = default;

bool CliSandboxFixture::start()
{
    if (CliRunner::executable().isEmpty()) {
        m_error = QStringLiteral("DUPER_EXECUTABLE is not set");
        return false;
    }
    if (!m_home->isValid()) {
        m_error = QStringLiteral("no temporary home folder: ") + m_home->errorString();
        return false;
    }
    m_sandbox = std::make_unique<sandbox::Sandbox>(m_options);
    return m_sandbox->start(&m_error);
}

QString CliSandboxFixture::url() const
{
    return m_sandbox->followerUrl().toString();
}

QString CliSandboxFixture::leaderUrl() const
{
    return m_sandbox->leaderUrl().toString();
}

CliRunner CliSandboxFixture::cli() const
{
    CliRunner runner;
    runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), homePath(QStringLiteral("config")));
    runner.setEnvironment(QStringLiteral("HOME"), homePath());
    runner.setEnvironment(QStringLiteral("DUPER_TEST_KEYCHAIN_SERVICE"), QStringLiteral("dev.duper.Duper.cli-test"));
    return runner;
}

CliRunner::Result CliSandboxFixture::run(const QStringList& arguments) const
{
    return cli().run(QStringList{QStringLiteral("--url"), url()} + arguments);
}

bool CliSandboxFixture::resetHome()
{
    m_home = std::make_unique<QTemporaryDir>();
    return m_home->isValid();
}

QString CliSandboxFixture::homePath(const QString& relative) const
{
    return relative.isEmpty() ? m_home->path() : m_home->filePath(relative);
}

QString CliSandboxFixture::settingsText() const
{
    QFile file(homePath(QStringLiteral("config/dev.duper.Duper/duper.conf")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString CliSandboxFixture::closedUrl(const QString& scheme)
{
    const quint16 port = ScriptedHttpServer::unusedPort();
    // Port 1 on loopback is privileged and never served by a test or a user's sandbox.
    return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port == 0 ? 1 : port);
}

} // namespace duper::test
