#include "core/connections/ConnectionTester.h"

#include "core/ccr/CcrApi.h"
#include "core/connections/ProfileCredentialFactory.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QStringList>

namespace duper {

namespace {

using Status = ConnectionTestReport::Status;

// For the free functions here: lupdate files their strings under the namespace (members use the class's tr).
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("duper", text, disambiguation, n);
}

bool isConnectionFailure(const EsError& error)
{
    switch (error.kind()) {
    case EsError::Kind::ConnectionRefused:
    case EsError::Kind::HostNotFound:
    case EsError::Kind::Timeout:
    case EsError::Kind::Network:
    case EsError::Kind::Tls:
        return true;
    default:
        return false;
    }
}

QString displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString privilegeConsequence(const QString& privilege)
{
    if (privilege == u"manage_ccr")
        return tr("following, pausing, resuming and unfollowing indices, and managing auto-follow patterns");
    if (privilege == u"monitor")
        return tr("reading follower statistics, CCR statistics and remote cluster information");
    if (privilege == u"manage")
        return tr("changing cluster settings, such as adding or removing remote clusters");
    return {};
}

ConnectionTestReport::Check check(Status status, QString text)
{
    return {status, std::move(text)};
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent), m_manager(manager)
{
    qRegisterMetaType<ConnectionTestReport>();
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const ConnectionProfile& profile, const QString& secret,
                             const QString& clientKeyPassphrase)
{
    EsEndpoint endpoint = profile.endpoint(0);
    endpoint.tls.clientKeyPassphrase = clientKeyPassphrase.toUtf8();
    startWith(profile, endpoint, ProfileCredentialFactory::create(profile, secret));
}

void ConnectionTester::start(const ClusterSession& session)
{
    startWith(session.profile(), session.client()->endpoint(), session.client()->credentials());
}

void ConnectionTester::startWith(const ConnectionProfile& profile, const EsEndpoint& endpoint,
                                 std::shared_ptr<const CredentialProvider> credentials)
{
    cancel();
    m_profile = profile;
    m_endpoint = endpoint;
    m_credentials = std::move(credentials);
    m_urls = profile.effectiveUrls();
    m_report = ConnectionTestReport();
    m_running = true;
    if (m_urls.isEmpty() || !m_manager) {
        const QStringList problems = profile.validate();
        m_report.connection =
            check(Status::Failed, problems.isEmpty() ? tr("The connection has no URL to try.") : problems.join(u' '));
        runChecks(); // marks the other checks as not run
        return;
    }
    tryUrl(0);
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    m_pending = 0;
    if (m_client) {
        m_client->deleteLater(); // may be inside one of its jobs' finished() right now
        m_client = nullptr;
    }
}

void ConnectionTester::tryUrl(int index)
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    EsEndpoint endpoint = m_endpoint;
    endpoint.setUrls({m_urls.at(index)}); // one URL at a time, to report each one that does not answer
    if (endpoint.transferTimeoutMs <= 0)  // "no limit" is for long calls; a test must end
        endpoint.transferTimeoutMs = ConnectionProfile::kDefaultRequestTimeoutMs;
    m_report.url = endpoint.baseUrl;
    m_client = new EsClient(m_manager, endpoint, m_credentials, this);

    const int generation = m_generation;
    CcrApi api(m_client);
    api.clusterInfo()->onFinished(this, [this, generation, index](ClusterInfoJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError()) {
            const EsError& error = job->error();
            m_report.urlErrors << tr("%1: %2").arg(displayUrl(m_report.url), error.userMessage());
            if (isConnectionFailure(error) && index + 1 < m_urls.size()) {
                tryUrl(index + 1);
                return;
            }
            QString text = error.userMessage();
            if (m_urls.size() > 1 && isConnectionFailure(error))
                text = tr("None of the %n URLs answered. The last one: %1", nullptr, int(m_urls.size())).arg(text);
            m_report.connectionHttpStatus = error.kind() == EsError::Kind::Http ? error.httpStatus() : 0;
            m_report.connection = check(Status::Failed, text);
            runChecks();
            return;
        }
        const ClusterInfo& info = *job->result();
        m_report.clusterName = info.clusterName;
        m_report.nodeName = info.name;
        m_report.version = info.versionNumber;
        const QString product =
            info.versionDistribution.isEmpty() ? QStringLiteral("Elasticsearch") : info.versionDistribution;
        m_report.connection =
            check(Status::Ok, tr("Connected to the cluster “%1” (%2 %3) at %4.")
                                  .arg(info.clusterName, product, info.versionNumber, displayUrl(m_report.url)));
        runChecks();
    });
}

void ConnectionTester::runChecks()
{
    if (m_report.connection.status != Status::Ok) {
        const QString notRun = tr("Not checked: the connection failed.");
        m_report.license = check(Status::NotRun, notRun);
        m_report.privileges = check(Status::NotRun, notRun);
        m_report.remoteClusters = check(Status::NotRun, notRun);
        // Emit from the event loop, never from inside start().
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation]() {
                if (generation == m_generation)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }

    const int generation = m_generation;
    CcrApi api(m_client);
    m_pending = 3;

    api.license()->onFinished(this, [this, generation](LicenseJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError()) {
            m_report.license =
                check(Status::Warning, tr("The license could not be read: %1").arg(job->error().userMessage()));
        } else {
            const LicenseInfo& license = *job->result();
            m_report.licenseType = license.type;
            m_report.licenseStatus = license.status;
            const bool licensedType =
                license.type == u"platinum" || license.type == u"enterprise" || license.type == u"trial";
            if (license.allowsCcr()) {
                m_report.license = check(
                    Status::Ok,
                    tr("The %1 license (%2) allows cross-cluster replication.").arg(license.type, license.status));
            } else if (licensedType) {
                m_report.license =
                    check(Status::Failed, tr("The %1 license is %2: cross-cluster replication needs an active "
                                             "platinum, enterprise or trial license.")
                                              .arg(license.type, license.status));
            } else {
                m_report.license = check(Status::Failed, tr("The license is “%1”: cross-cluster replication "
                                                            "needs a platinum, enterprise or trial license, "
                                                            "so CCR is not available on this cluster.")
                                                             .arg(license.type));
            }
        }
        checkDone();
    });

    const QStringList wanted = {QStringLiteral("manage_ccr"), QStringLiteral("monitor"), QStringLiteral("manage")};
    api.hasPrivileges(wanted)->onFinished(this, [this, generation, wanted](PrivilegesJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError()) {
            m_report.privileges =
                check(Status::Warning, tr("The privileges could not be checked: %1").arg(job->error().userMessage()));
        } else {
            const PrivilegesResponse& response = *job->result();
            m_report.username = response.username;
            QStringList missingNames;
            QStringList consequences;
            for (const QString& privilege : wanted) {
                if (response.cluster.value(privilege, false))
                    continue;
                m_report.missingPrivileges.append({privilege, privilegeConsequence(privilege)});
                missingNames << privilege;
                consequences << tr("without %1 Duper cannot do %2").arg(privilege, privilegeConsequence(privilege));
            }
            const QString who =
                response.username.isEmpty() ? tr("This user") : tr("The user “%1”").arg(response.username);
            if (missingNames.isEmpty()) {
                m_report.privileges =
                    check(Status::Ok, tr("%1 has the cluster privileges manage_ccr, monitor and manage.").arg(who));
            } else {
                m_report.privileges = check(
                    Status::Warning,
                    tr("%1 lacks the cluster privilege(s) %2: %3.", nullptr, int(missingNames.size()))
                        .arg(who, missingNames.join(QStringLiteral(", ")), consequences.join(QStringLiteral("; "))));
            }
        }
        checkDone();
    });

    api.remoteInfo()->onFinished(this, [this, generation](RemoteInfoJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError()) {
            m_report.remoteClusters = check(
                Status::Warning, tr("The remote clusters could not be listed: %1").arg(job->error().userMessage()));
            checkDone();
            return;
        }
        const RemoteInfoResponse& response = *job->result();
        QStringList disconnected;
        m_report.remoteClustersTotal = int(response.remotes.size());
        m_report.remoteClustersConnected = 0;
        for (const RemoteClusterInfo& remote : response.remotes) {
            m_report.remoteClusterAliases << remote.alias;
            if (remote.connected)
                ++m_report.remoteClustersConnected;
            else
                disconnected << remote.alias;
        }
        const int total = m_report.remoteClustersTotal;
        QString text;
        Status status = Status::Ok;
        if (total == 0) {
            text = tr("No remote clusters are configured (a follower cluster needs one to replicate from).");
            status = m_profile.role == ConnectionProfile::ClusterRole::Follower ? Status::Warning : Status::Ok;
        } else if (disconnected.isEmpty()) {
            text = tr("%n remote cluster(s), all connected: %1.", nullptr, total)
                       .arg(m_report.remoteClusterAliases.join(QStringLiteral(", ")));
        } else {
            text = tr("%1 of %n remote cluster(s) connected; not connected: %2.", nullptr, total)
                       .arg(m_report.remoteClustersConnected)
                       .arg(disconnected.join(QStringLiteral(", ")));
            status = Status::Warning;
        }
        const QString alias = m_profile.defaultRemoteCluster;
        if (!alias.isEmpty() && !response.find(alias)) {
            text += u' ' + tr("The default remote cluster “%1” is not configured here.").arg(alias);
            status = Status::Warning;
        }
        m_report.remoteClusters = check(status, text);
        checkDone();
    });
}

void ConnectionTester::checkDone()
{
    if (--m_pending == 0)
        finish();
}

void ConnectionTester::finish()
{
    m_running = false;
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit finished(m_report);
}

} // namespace duper
