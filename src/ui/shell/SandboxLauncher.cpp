#include "ui/shell/SandboxLauncher.h"

#include "sandbox/FollowService.h"
#include "sandbox/Sandbox.h"

namespace duper::ui {

SandboxLauncher::SandboxLauncher(sandbox::SandboxOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.followerPort = 0;
    m_options.leaderPort = 0;
}

SandboxLauncher::~SandboxLauncher() = default;

sandbox::SandboxOptions SandboxLauncher::defaultOptions()
{
    sandbox::SandboxOptions options;
    // Enough to show every state the Follower indices tab knows: most replicate under a bursty workload, one is
    // paused after start, one keeps failing to read from the leader and one stopped on a fatal error.
    options.followers = 8;
    // Bursts that outrun the link to the leader: lag rises and falls, so the lag and catch-up figures move.
    options.workload = true;
    options.burstyWorkload = true;
    options.readOperationsPerSecond = 15;
    options.tickIntervalMs = 1000;
    options.failingReadFollowers = {demoFailingFollower()};
    options.fatalFollowers = {demoFatalFollower()};
    return options;
}

bool SandboxLauncher::start(QString* error)
{
    if (m_running)
        return true;
    auto sandbox = std::make_unique<sandbox::Sandbox>(m_options);
    QString reason;
    if (!sandbox->start(&reason)) {
        if (error)
            *error = tr("The sandbox could not start: %1").arg(reason);
        return false;
    }
    if (m_options.followers >= 3 && m_options.workload)
        sandbox::FollowService(sandbox->follower()).pause(demoPausedFollower());
    m_sandbox = std::move(sandbox);
    m_running = true;
    return true;
}

QUrl SandboxLauncher::followerUrl() const
{
    return m_sandbox ? m_sandbox->followerUrl() : QUrl();
}

} // namespace duper::ui
