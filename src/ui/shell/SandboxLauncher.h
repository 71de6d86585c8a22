#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace duper::sandbox {
class Sandbox;
}

namespace duper::ui {

// Starts the emulated leader + follower clusters inside the app, on free loopback ports. The sandbox lives as long as
// the launcher; starting twice keeps the first one.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    // Free ports (0) are always used, whatever `options` says, so a running `duper sandbox` never clashes.
    explicit SandboxLauncher(sandbox::SandboxOptions options = defaultOptions(), QObject* parent = nullptr);
    ~SandboxLauncher() override;

    static sandbox::SandboxOptions defaultOptions();
    // The demo's followers in a particular state.
    static QString demoPausedFollower() { return QStringLiteral("follower-00003"); }
    static QString demoFailingFollower() { return QStringLiteral("follower-00005"); }
    static QString demoFatalFollower() { return QStringLiteral("follower-00007"); }

    // False with a reason for people in *error when a port could not be opened.
    bool start(QString* error = nullptr);
    bool isRunning() const { return m_running; }
    QUrl followerUrl() const;
    sandbox::Sandbox* sandbox() const { return m_sandbox.get(); }

private:
    sandbox::SandboxOptions m_options;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    bool m_running = false;
};

} // namespace duper::ui
