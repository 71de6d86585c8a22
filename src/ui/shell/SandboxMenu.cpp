#include "ui/shell/SandboxMenu.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>

namespace duper::ui {

using Which = sandbox::Sandbox::Which;

SandboxMenu::SandboxMenu(sandbox::Sandbox& sandbox, QWidget* parent) : QMenu(parent), m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("sandboxMenu"));
    setToolTipsVisible(true);
    m_leader = addClusterActions(Which::Leader, "simulateLeaderOutageAction", "bringLeaderBackAction");
    addSeparator();
    m_follower = addClusterActions(Which::Follower, "simulateFollowerOutageAction", "bringFollowerBackAction");
    connect(&m_sandbox, &sandbox::Sandbox::clusterDownChanged, this, &SandboxMenu::updateState);
    retranslate();
    updateState();
}

SandboxMenu::ClusterActions SandboxMenu::addClusterActions(Which which, const char* outageName, const char* backName)
{
    ClusterActions actions;
    actions.outage = addAction(QString());
    actions.outage->setObjectName(QString::fromLatin1(outageName));
    actions.outage->setCheckable(true);
    connect(actions.outage, &QAction::triggered, this, [this, which](bool checked) { setDown(which, checked); });
    actions.bringBack = addAction(QString());
    actions.bringBack->setObjectName(QString::fromLatin1(backName));
    connect(actions.bringBack, &QAction::triggered, this, [this, which] { setDown(which, false); });
    return actions;
}

void SandboxMenu::setDown(Which which, bool down)
{
    QString error;
    if (!m_sandbox.setClusterDown(which, down, &error)) {
        QMessageBox::warning(parentWidget(), tr("Sandbox"),
                             tr("The emulated cluster could not be brought back: %1").arg(error));
    }
    updateState(); // also undoes the check mark of a failed attempt
}

void SandboxMenu::updateState()
{
    for (auto [which, actions] : {std::pair{Which::Leader, m_leader}, std::pair{Which::Follower, m_follower}}) {
        const bool down = m_sandbox.isClusterDown(which);
        actions.outage->setChecked(down);
        actions.bringBack->setEnabled(down);
    }
}

void SandboxMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SandboxMenu::retranslate()
{
    setTitle(tr("&Sandbox"));
    m_leader.outage->setText(tr("Simulate leader outage"));
    m_leader.outage->setToolTip(
        tr("Emulator only: the leader cluster stops answering and the follower cluster loses it as a remote"));
    m_leader.bringBack->setText(tr("Bring leader back"));
    m_follower.outage->setText(tr("Simulate follower outage"));
    m_follower.outage->setToolTip(tr("Emulator only: the follower cluster stops answering"));
    m_follower.bringBack->setText(tr("Bring follower back"));
}

} // namespace duper::ui
