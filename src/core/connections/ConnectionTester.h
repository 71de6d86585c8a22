#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionTestReport.h"
#include "core/es/CredentialProvider.h"
#include "core/es/EsEndpoint.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace duper {

class ClusterSession;
class EsClient;
class EsJob;

// "Test connection": GET / on the profile's URLs in order (the next URL when one cannot be reached: refused, host
// not found, timeout, network error), then on the URL that answered, in parallel: the license (CCR needs platinum,
// enterprise or trial), _has_privileges for manage_ccr / monitor / manage, and _remote/info. Emits finished() once
// per start() with all four checks.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // `secret` is the password / API key / token the profile's auth kind needs; `clientKeyPassphrase` unlocks the
    // PKI key. Restarts when already running (the earlier run emits nothing more). A profile timeout of 0 (no
    // limit) is tested with the default 30 s.
    void start(const ConnectionProfile& profile, const QString& secret = {}, const QString& clientKeyPassphrase = {});
    // Tests an opened connection: its profile, with the TLS settings and credentials of its client (each URL on its
    // own, to say which ones answer). The session may go away once this returns.
    void start(const ClusterSession& session);
    void cancel();
    bool isRunning() const { return m_running; }
    const ConnectionTestReport& report() const { return m_report; }

signals:
    void finished(const duper::ConnectionTestReport& report);

private:
    void startWith(const ConnectionProfile& profile, const EsEndpoint& endpoint,
                   std::shared_ptr<const CredentialProvider> credentials);
    void tryUrl(int index);
    void runChecks();
    void checkDone();
    void finish();

    QPointer<QNetworkAccessManager> m_manager;
    ConnectionProfile m_profile;
    EsEndpoint m_endpoint; // TLS and timeout of every URL tried
    std::shared_ptr<const CredentialProvider> m_credentials;
    QList<QUrl> m_urls;
    EsClient* m_client = nullptr;
    ConnectionTestReport m_report;
    int m_pending = 0;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace duper
