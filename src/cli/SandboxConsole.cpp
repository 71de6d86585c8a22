#include "cli/SandboxConsole.h"

#include "cli/Output.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStringList>
#include <unistd.h>

namespace duper::cli {

using Which = sandbox::Sandbox::Which;

SandboxConsole::SandboxConsole(sandbox::Sandbox& sandbox, Output& output) : m_sandbox(sandbox), m_output(output)
{}

SandboxConsole::~SandboxConsole() = default;

void SandboxConsole::listen()
{
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { readInput(); });
}

void SandboxConsole::readInput()
{
    char buffer[1024];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        // End of input (or stdin is not readable): the sandbox keeps running without the console.
        m_notifier->setEnabled(false);
        return;
    }
    m_pending.append(buffer, got);
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.isEmpty())
            m_output.line(execute(line));
    }
}

QString SandboxConsole::hint()
{
    return QCoreApplication::translate("duper::cli", "Emulator control: type \"down leader\", \"up leader\", "
                                                     "\"down follower\", \"up follower\", \"status\" or \"help\".");
}

QString SandboxConsole::help()
{
    return QCoreApplication::translate(
        "duper::cli", "Emulator control (not an Elasticsearch API):\n"
                      "  down leader | down follower   simulate an outage: the cluster refuses connections and the "
                      "other cluster loses it as a remote\n"
                      "  up leader | up follower       bring it back on the same ports, data intact\n"
                      "  status                        show which clusters are up\n"
                      "  help                          show this help");
}

QString SandboxConsole::execute(const QString& line)
{
    const QStringList words = line.simplified().toLower().split(QLatin1Char(' '));
    const QString verb = words.value(0);
    if (verb == u"help")
        return help();
    if (verb == u"status")
        return status();
    if ((verb == u"down" || verb == u"up") && words.size() == 2 &&
        (words.at(1) == u"leader" || words.at(1) == u"follower")) {
        const Which which = words.at(1) == u"leader" ? Which::Leader : Which::Follower;
        QString error;
        if (!m_sandbox.setClusterDown(which, verb == u"down", &error))
            return QCoreApplication::translate("duper::cli", "Could not bring the %1 cluster back: %2")
                .arg(words.at(1), error);
        return status();
    }
    return QCoreApplication::translate("duper::cli", "Unknown command \"%1\". Type \"help\" for the commands.")
        .arg(line);
}

QString SandboxConsole::status() const
{
    auto state = [this](Which which) {
        return m_sandbox.isClusterDown(which) ? QCoreApplication::translate("duper::cli", "DOWN")
                                              : QCoreApplication::translate("duper::cli", "up");
    };
    return QCoreApplication::translate("duper::cli", "leader cluster: %1, follower cluster: %2")
        .arg(state(Which::Leader), state(Which::Follower));
}

} // namespace duper::cli
