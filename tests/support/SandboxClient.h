#pragma once

#include "core/ccr/CcrApi.h"
#include "core/es/CredentialProvider.h"
#include "core/es/EsClient.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QString>
#include <memory>

namespace duper::test {

// An in-process sandbox and the core's client and typed API pointed at its follower cluster: what the integration
// tests of the core need. Replication only moves when the test calls sandbox().advance().
class SandboxClient
{
public:
    static sandbox::SandboxOptions defaultOptions();

    // Starts the sandbox; check started() / errorString().
    explicit SandboxClient(const sandbox::SandboxOptions& options = defaultOptions());
    ~SandboxClient();

    bool started() const { return m_started; }
    const QString& errorString() const { return m_error; }

    sandbox::Sandbox& sandbox() { return *m_sandbox; }
    QNetworkAccessManager& network() { return m_network; }
    EsClient& client() { return *m_client; }
    CcrApi& api() { return *m_api; }

    // Another client of the follower cluster, e.g. with other credentials or a short timeout.
    std::unique_ptr<EsClient> makeClient(std::shared_ptr<const CredentialProvider> credentials,
                                         int transferTimeoutMs = 10000);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<CcrApi> m_api;
    QString m_error;
    bool m_started = false;
};

} // namespace duper::test
