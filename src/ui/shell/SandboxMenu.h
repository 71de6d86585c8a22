#pragma once

#include "sandbox/Sandbox.h"

#include <QMenu>

class QAction;

namespace duper::ui {

// The "Sandbox" menu of `duper-gui --sandbox`: emulator-only controls (not Elasticsearch APIs) to rehearse a
// disaster-recovery drill. "Simulate leader outage" takes the emulated leader cluster down (checked while it is down),
// "Bring leader back" restores it; the same for the follower. The actions follow the sandbox's clusterDownChanged
// signal, whoever changed the state.
class SandboxMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SandboxMenu(sandbox::Sandbox& sandbox, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ClusterActions
    {
        QAction* outage = nullptr;
        QAction* bringBack = nullptr;
    };

    ClusterActions addClusterActions(sandbox::Sandbox::Which which, const char* outageName, const char* backName);
    void setDown(sandbox::Sandbox::Which which, bool down);
    void updateState();
    void retranslate();

    sandbox::Sandbox& m_sandbox;
    ClusterActions m_leader;
    ClusterActions m_follower;
};

} // namespace duper::ui
