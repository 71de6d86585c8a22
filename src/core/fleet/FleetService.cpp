#include "core/fleet/FleetService.h"

#include "core/fleet/FleetMember.h"
#include "core/fleet/FleetTopologyRules.h"

#include <QMetaObject>
#include <algorithm>

namespace duper {

FleetService::FleetService(const FleetDependencies& dependencies, QObject* parent)
    : QObject(parent), m_dependencies(dependencies)
{}

FleetService::~FleetService()
{
    qDeleteAll(std::exchange(m_members, {}));
}

void FleetService::setConnections(const QList<ConnectionProfile>& profiles)
{
    QList<FleetMember*> kept;
    QList<FleetMember*> old = std::exchange(m_members, {});
    for (const ConnectionProfile& profile : profiles) {
        const auto same = std::find_if(old.begin(), old.end(),
                                       [&profile](FleetMember* member) { return member->profile() == profile; });
        if (same != old.end()) {
            kept.append(*same);
            old.erase(same);
            continue;
        }
        auto* member = new FleetMember(profile, m_dependencies, m_deadlineMs, m_intervalMs, this);
        connect(member, &FleetMember::rowChanged, this, &FleetService::rowChanged);
        connect(member, &FleetMember::finished, this, &FleetService::memberFinished);
        kept.append(member);
    }
    m_members = kept;
    for (FleetMember* gone : old) {
        m_waitingFor.remove(gone->profile().id);
        delete gone;
    }
}

QList<ConnectionProfile> FleetService::connections() const
{
    QList<ConnectionProfile> profiles;
    for (const FleetMember* member : m_members)
        profiles.append(member->profile());
    return profiles;
}

void FleetService::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    for (FleetMember* member : std::as_const(m_members))
        member->setInterval(m_intervalMs);
}

void FleetService::setDeadline(int ms)
{
    m_deadlineMs = qMax(0, ms);
    for (FleetMember* member : std::as_const(m_members))
        member->setDeadline(m_deadlineMs);
}

void FleetService::refreshAll()
{
    m_roundRunning = true;
    for (const FleetMember* member : std::as_const(m_members))
        m_waitingFor.insert(member->profile().id);
    if (m_members.isEmpty()) {
        // Said from the event loop, like every other answer.
        QMetaObject::invokeMethod(
            this, [this] { memberFinished({}); }, Qt::QueuedConnection);
        return;
    }
    const QList<FleetMember*> members = m_members; // a member may answer at once
    for (FleetMember* member : members)
        member->refresh();
}

void FleetService::refresh(const QString& connectionId)
{
    if (FleetMember* found = member(connectionId))
        found->refresh();
}

void FleetService::reopen(const QString& connectionId)
{
    if (FleetMember* found = member(connectionId))
        found->reopen();
}

QList<FleetRow> FleetService::rows() const
{
    QList<FleetRow> rows;
    for (const FleetMember* member : m_members)
        rows.append(member->row());
    return rows;
}

std::optional<FleetRow> FleetService::row(const QString& connectionId) const
{
    if (const FleetMember* found = member(connectionId))
        return found->row();
    return std::nullopt;
}

QList<FleetClusterFacts> FleetService::facts() const
{
    QList<FleetClusterFacts> facts;
    for (const FleetMember* member : m_members)
        facts.append(member->facts());
    return facts;
}

FleetTopology FleetService::topology() const
{
    return FleetTopologyRules::build(facts());
}

std::shared_ptr<const FleetAnswers> FleetService::answers(const QString& connectionId) const
{
    const FleetMember* found = member(connectionId);
    return found ? found->answers() : nullptr;
}

ClusterSession* FleetService::session(const QString& connectionId) const
{
    const FleetMember* found = member(connectionId);
    return found ? found->session() : nullptr;
}

FleetMember* FleetService::member(const QString& connectionId) const
{
    for (FleetMember* member : m_members)
        if (member->profile().id == connectionId)
            return member;
    return nullptr;
}

void FleetService::memberFinished(const QString& connectionId)
{
    m_waitingFor.remove(connectionId);
    if (m_roundRunning && m_waitingFor.isEmpty()) {
        m_roundRunning = false;
        emit allAnswered();
    }
}

} // namespace duper
