#pragma once

#include "CliRunner.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxOptions.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace duper::test {

// What a test of the `duper` executable needs: an in-process sandbox on ephemeral loopback ports (started by start(),
// tests that need no cluster skip it) and CliRunners that live in a private home. Every run gets its own HOME and
// XDG_CONFIG_HOME (a temporary folder) and a test keychain service, so neither the user's saved connections and
// keychain entries nor a `duper sandbox` already answering on localhost:9200/9201 change what a test sees.
class CliSandboxFixture
{
public:
    static sandbox::SandboxOptions defaultOptions(); // replication moves only with sandbox().advance()
    explicit CliSandboxFixture(sandbox::SandboxOptions options = defaultOptions());
    ~CliSandboxFixture();

    // Starts the sandbox; false (and errorString()) when it could not open its ports or the home folder is missing.
    bool start();
    QString errorString() const { return m_error; }

    sandbox::Sandbox& sandbox() { return *m_sandbox; }
    QString url() const;       // the follower cluster
    QString leaderUrl() const; // the leader cluster

    // A runner in the private home; set more environment or stdin on it before running.
    CliRunner cli() const;
    // `duper --url <follower> arguments...` in the private home.
    CliRunner::Result run(const QStringList& arguments) const;

    // A fresh, empty home folder, e.g. in init() so each test function starts without saved connections.
    bool resetHome();
    QString homePath(const QString& relative = {}) const;
    // The CLI's settings file in the private home (empty when none was written).
    QString settingsText() const;

    // An address where nothing listens: a port the system just handed out and took back (never 9200).
    static QString closedUrl(const QString& scheme = QStringLiteral("http"));

private:
    sandbox::SandboxOptions m_options;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_error;
};

} // namespace duper::test
