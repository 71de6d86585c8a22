#include "core/fleet/FleetMember.h"

#include "core/es/EsClient.h"
#include "core/fleet/FleetClusterRefresher.h"
#include "core/fleet/FleetRowRules.h"
#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"

#include <QCoreApplication>
#include <QDateTime>

namespace duper {

FleetMember::FleetMember(ConnectionProfile profile, const FleetDependencies& dependencies, int deadlineMs,
                         int intervalMs, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_dependencies(dependencies), m_deadlineMs(deadlineMs),
      m_intervalMs(intervalMs), m_prompter(dependencies.prompter)
{
    m_openDeadline.setSingleShot(true);
    connect(&m_openDeadline, &QTimer::timeout, this, &FleetMember::openDeadlinePassed);
    m_row = FleetRowRules::pending(m_profile);
    m_facts.connectionId = m_profile.id;
    m_facts.connectionName = m_profile.name;
}

FleetMember::~FleetMember()
{
    // The refresher holds the session's API: it goes first.
    delete m_refresher;
    m_refresher = nullptr;
}

void FleetMember::setInterval(int ms)
{
    m_intervalMs = ms;
    if (m_refresher)
        m_refresher->setInterval(ms);
}

void FleetMember::setDeadline(int ms)
{
    m_deadlineMs = ms;
    if (m_refresher)
        m_refresher->setDeadline(ms);
}

bool FleetMember::isBusy() const
{
    return (m_opener && m_opener->isOpening()) || (m_refresher && m_refresher->isRefreshing());
}

void FleetMember::refresh()
{
    if (m_refresher) {
        m_refresher->refresh();
        return;
    }
    if (m_openFailed) {
        emit finished(m_profile.id); // nothing new to say, and no second prompt
        return;
    }
    if (!m_opener || !m_opener->isOpening())
        open();
}

void FleetMember::reopen()
{
    m_openFailed = false;
    m_prompter.reset();
    if (!m_session)
        open();
    else
        refresh();
}

void FleetMember::open()
{
    if (!m_opener) {
        m_opener = new ClusterSessionOpener(m_dependencies.network, m_dependencies.secrets, m_dependencies.cache,
                                            &m_prompter, m_dependencies.settings, this);
        connect(m_opener, &ClusterSessionOpener::opened, this, &FleetMember::opened);
        connect(m_opener, &ClusterSessionOpener::failed, this, &FleetMember::openFailed);
    }
    ClusterSessionOpener::Overrides overrides;
    overrides.extraCaCertificateFiles = m_dependencies.extraCaCertificateFiles;
    m_opener->open(m_profile, overrides, this);
    if (m_deadlineMs > 0)
        m_openDeadline.start(m_deadlineMs);
}

void FleetMember::openDeadlinePassed()
{
    if (!m_opener || !m_opener->isOpening())
        return;
    if (m_prompter.isAsking()) {
        m_openDeadline.start(m_deadlineMs); // someone is typing the secret: wait for them, not for the keychain
        return;
    }
    m_opener->cancel();
    // Not a missing secret: the next refresh tries again.
    publish(FleetRowRules::notOpened(
        m_row, false,
        QCoreApplication::translate("duper::FleetMember", "The keychain did not answer within %1 s.")
            .arg(m_deadlineMs / 1000.0)));
}

void FleetMember::opened(ClusterSession* session)
{
    m_openDeadline.stop();
    m_session = session;
    // A silent node fails its request within the deadline instead of the client's usual 30 s.
    if (m_deadlineMs > 0) {
        EsEndpoint endpoint = session->client()->endpoint();
        if (endpoint.transferTimeoutMs == 0 || endpoint.transferTimeoutMs > m_deadlineMs)
            endpoint.transferTimeoutMs = m_deadlineMs;
        session->client()->setEndpoint(endpoint);
    }
    m_refresher = new FleetClusterRefresher(m_deadlineMs, this);
    m_refresher->setApi(session->api());
    connect(m_refresher, &FleetClusterRefresher::answersReady, this, &FleetMember::answered);
    connect(m_refresher, &FleetClusterRefresher::refreshFailed, this, &FleetMember::failed);
    m_refresher->setInterval(m_intervalMs);
    m_refresher->refresh();
}

void FleetMember::openFailed(const QString& message)
{
    m_openDeadline.stop();
    m_openFailed = true;
    publish(FleetRowRules::notOpened(m_row, m_prompter.secretRefused(), message));
}

void FleetMember::answered(const std::shared_ptr<const FleetAnswers>& answers)
{
    m_answers = answers;
    m_facts = FleetRowRules::facts(m_facts, *answers);
    publish(FleetRowRules::reachable(m_row, *answers, QDateTime::currentDateTime()));
}

void FleetMember::failed(const EsError& error)
{
    m_facts = FleetRowRules::unreachableFacts(m_facts);
    publish(FleetRowRules::unreachable(m_row, error));
}

void FleetMember::publish(FleetRow row)
{
    m_row = std::move(row);
    emit rowChanged(m_row);
    emit finished(m_profile.id);
}

} // namespace duper
