#include "ui/ClusterStatusLabel.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

namespace duper::ui {

ClusterStatusLabel::ClusterStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("clusterStatusLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setState(State::NotConnected, tr("Not connected"));
}

void ClusterStatusLabel::setClient(EsClient* client, const QString& connectionName)
{
    m_client = client;
    m_connectionName = connectionName;
    ++m_generation;
    if (!client) {
        m_info.reset();
        m_license.reset();
        setState(State::NotConnected, tr("Not connected"));
        return;
    }
    refresh();
}

void ClusterStatusLabel::refresh()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_pending = 2;
    m_error.clear();
    m_licenseError.clear();
    m_info.reset();
    m_license.reset();
    setState(State::Connecting, tr("Connecting to %1…").arg(m_connectionName));

    CcrApi api(m_client);
    api.clusterInfo()->onFinished(this, [this, generation](ClusterInfoJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError())
            m_error = job->error().userMessage();
        else
            m_info = job->result();
        maybeFinish(generation);
    });
    api.license()->onFinished(this, [this, generation](LicenseJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError())
            m_licenseError = job->error().userMessage();
        else
            m_license = job->result();
        maybeFinish(generation);
    });
}

void ClusterStatusLabel::maybeFinish(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    if (!m_info) {
        setState(State::Failed, tr("%1: not connected — %2").arg(m_connectionName, m_error));
        return;
    }
    QString license = tr("license unknown");
    if (m_license)
        license = tr("%1 license (%2)").arg(m_license->type, m_license->status);
    const QString product = m_info->versionDistribution.isEmpty() ? tr("Elasticsearch") : m_info->versionDistribution;
    setState(State::Connected,
             tr("Connected to %1 · cluster %2 · %3 %4 · %5")
                 .arg(m_connectionName, m_info->clusterName, product, m_info->versionNumber, license));
}

void ClusterStatusLabel::setState(State state, const QString& text)
{
    setText(text);
    setToolTip(text);
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        emit stateChanged(state);
}

} // namespace duper::ui
