#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QSocketNotifier;

namespace duper::sandbox {
class Sandbox;
}

namespace duper::cli {

class Output;

// The emulator-only control of a running `duper sandbox` (not an Elasticsearch API): one command per line on
// standard input — `down leader`, `up leader`, `down follower`, `up follower`, `status`, `help` — to rehearse a
// disaster-recovery drill by taking a cluster down and bringing it back.
class SandboxConsole
{
public:
    SandboxConsole(sandbox::Sandbox& sandbox, Output& output);
    ~SandboxConsole();
    SandboxConsole(const SandboxConsole&) = delete;
    SandboxConsole& operator=(const SandboxConsole&) = delete;

    // Starts reading standard input in the event loop; at end of input the console just stops listening.
    void listen();
    // Runs one command line and returns what to print.
    QString execute(const QString& line);
    static QString hint();
    static QString help();

private:
    void readInput();
    QString status() const;

    sandbox::Sandbox& m_sandbox;
    Output& m_output;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_pending;
};

} // namespace duper::cli
