#include "ui/shell/ClusterStatusLabel.h"

#include "core/session/ClusterSession.h"

#include <QEvent>

namespace duper::ui {

ClusterStatusLabel::ClusterStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("clusterStatusLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setState(State::NotConnected);
}

void ClusterStatusLabel::setSession(ClusterSession* session, const QString& connectionName)
{
    disconnect(m_identityConnection);
    disconnect(m_identityFailedConnection);
    disconnect(m_licenseConnection);
    disconnect(m_licenseFailedConnection);
    m_session = session;
    m_connectionName = connectionName.isEmpty() && session ? session->displayName() : connectionName;
    ++m_generation;
    if (!session) {
        m_info.reset();
        m_license.reset();
        setState(State::NotConnected);
        return;
    }
    m_identityConnection = connect(session, &ClusterSession::identityChanged, this, [this](const ClusterInfo& info) {
        m_info = info;
        maybeFinish(m_generation);
    });
    m_identityFailedConnection = connect(session, &ClusterSession::identityFailed, this, [this](const EsError& error) {
        m_error = error.userMessage();
        maybeFinish(m_generation);
    });
    m_licenseConnection = connect(session, &ClusterSession::licenseChanged, this, [this](const LicenseInfo& license) {
        m_license = license;
        maybeFinish(m_generation);
    });
    m_licenseFailedConnection = connect(session, &ClusterSession::licenseFailed, this, [this](const EsError& error) {
        m_licenseError = error.userMessage();
        maybeFinish(m_generation);
    });
    refresh();
}

void ClusterStatusLabel::setOpenFailed(const QString& connectionName, const QString& message)
{
    setSession(nullptr);
    m_connectionName = connectionName;
    m_error = message;
    setState(State::Failed);
}

void ClusterStatusLabel::refresh()
{
    if (!m_session)
        return;
    ++m_generation;
    m_pending = 2;
    m_error.clear();
    m_licenseError.clear();
    m_info.reset();
    m_license.reset();
    setState(State::Connecting);

    m_session->loadIdentity(); // answers through identityChanged / identityFailed and licenseChanged / licenseFailed
}

void ClusterStatusLabel::maybeFinish(quint64 generation)
{
    if (generation != m_generation || m_pending <= 0 || --m_pending > 0)
        return;
    setState(m_info ? State::Connected : State::Failed);
}

QString ClusterStatusLabel::describe() const
{
    switch (m_state) {
    case State::NotConnected:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting to %1…").arg(m_connectionName);
    case State::Failed:
        return tr("%1: not connected — %2").arg(m_connectionName, m_error);
    case State::Connected:
        break;
    }
    QString license = tr("license unknown");
    if (m_license)
        license = tr("%1 license (%2)").arg(m_license->type, m_license->status);
    const QString product = m_info->versionDistribution.isEmpty() ? tr("Elasticsearch") : m_info->versionDistribution;
    return tr("Connected to %1 · cluster %2 · %3 %4 · %5")
        .arg(m_connectionName, m_info->clusterName, product, m_info->versionNumber, license);
}

void ClusterStatusLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString text = describe();
        setText(text);
        setToolTip(text);
    }
    QLabel::changeEvent(event);
}

void ClusterStatusLabel::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const QString text = describe();
    setText(text);
    setToolTip(text);
    if (changed)
        emit stateChanged(state);
}

} // namespace duper::ui
