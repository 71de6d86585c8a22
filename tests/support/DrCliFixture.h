#pragma once

#include "CliSandboxFixture.h"

#include <QStringList>
#include <QTemporaryDir>

namespace duper::sandbox {
class Cluster;
}

namespace duper::test {

// What the tests of the disaster-recovery commands (failover, failback, bidirectional) share: a CliSandboxFixture
// and a private report folder, and the one command line each test file runs with different extra arguments:
// `duper <command...> --report_dir <folder> <extra...>`.
class DrCliFixture
{
public:
    explicit DrCliFixture(sandbox::SandboxOptions options = CliSandboxFixture::defaultOptions());

    // Starts the sandbox; false (and errorString()) when it could not, or the report folder is missing.
    bool start();
    QString errorString() const { return m_cli.errorString(); }

    CliSandboxFixture& cli() { return m_cli; }
    const CliSandboxFixture& cli() const { return m_cli; }
    sandbox::Sandbox& sandbox() { return m_cli.sandbox(); }
    QString reportDir() const { return m_reports.path(); }

    // The command's fixed part, from its first word (with --url when the command runs elsewhere than the follower
    // cluster); without --url it runs against the sandbox's follower cluster.
    void setCommand(const QStringList& command) { m_command = command; }
    CliRunner::Result run(const QStringList& extra) const;

    // How many indices of `cluster` follow another one.
    static int followerCount(sandbox::Cluster& cluster);

private:
    CliSandboxFixture m_cli;
    QTemporaryDir m_reports;
    QStringList m_command;
};

} // namespace duper::test
