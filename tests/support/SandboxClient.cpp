#include "SandboxClient.h"

namespace duper::test {

sandbox::SandboxOptions SandboxClient::defaultOptions()
{
    sandbox::SandboxOptions options;
    options.tickIntervalMs = 0; // deterministic: only advance() moves replication
    return options;
}

SandboxClient::SandboxClient(const sandbox::SandboxOptions& options)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(options))
{
    m_started = m_sandbox->start(&m_error);
    m_client = makeClient(nullptr);
    m_api = std::make_unique<CcrApi>(m_client.get());
}

SandboxClient::~SandboxClient()
{
    // The API and clients first (they hold jobs on the network manager), then the sandbox.
    m_api.reset();
    m_client.reset();
    m_sandbox.reset();
}

std::unique_ptr<EsClient> SandboxClient::makeClient(std::shared_ptr<const CredentialProvider> credentials,
                                                    int transferTimeoutMs)
{
    EsEndpoint endpoint;
    endpoint.baseUrl = m_sandbox->followerUrl();
    endpoint.transferTimeoutMs = transferTimeoutMs;
    return std::make_unique<EsClient>(&m_network, endpoint, std::move(credentials));
}

} // namespace duper::test
