#include "cli/CommandContext.h"

#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "cli/PasswordPrompt.h"
#include "cli/TuningOptions.h"
#include "core/connections/ProfileCredentialFactory.h"
#include "core/es/StaticCredentialProvider.h"
#include "core/values/IndexName.h"

#include <QCoreApplication>
#include <QUrl>

namespace duper::cli {

CommandContext::CommandContext(const CommandSpec& spec, CommandLine line, Output& output,
                               QProcessEnvironment environment, QObject* parent)
    : QObject(parent), m_spec(spec), m_line(std::move(line)), m_output(output), m_environment(std::move(environment))
{}

CommandContext::~CommandContext()
{
    // Clients before the network manager they use.
    m_leaderApi.reset();
    m_leaderClient.reset();
    m_api.reset();
    m_client.reset();
}

bool CommandContext::validate()
{
    QStringList problems;
    for (const OptionSpec& option : m_spec.options) {
        if (option.required && !m_line.has(option.name)) {
            // A saved leader connection stands in for --leader_url.
            if (option.name == u"leader_url" &&
                ((actsOnLeader() && m_line.has(QStringLiteral("connection"))) || resolver().leaderProfile()))
                continue;
            problems.append(QCoreApplication::translate("duper::cli", "--%1 is required").arg(option.name));
            continue;
        }
        if (!m_line.has(option.name))
            continue;
        if (option.kind == OptionSpec::Kind::IndexName) {
            const auto parsed = IndexName::parse(m_line.value(option.name), option.name);
            if (!parsed)
                problems.append(parsed.error().message());
        } else if ((option.kind == OptionSpec::Kind::Text || option.kind == OptionSpec::Kind::List) &&
                   m_line.value(option.name).trimmed().isEmpty()) {
            problems.append(QCoreApplication::translate("duper::cli", "--%1 needs a non-empty value").arg(option.name));
        }
    }
    problems.append(TuningOptions::read(m_line, &m_parameters));
    if (!problems.isEmpty()) {
        usageError(problems);
        return false;
    }
    return true;
}

std::shared_ptr<const CredentialProvider> CommandContext::credentials(QString* error)
{
    if (m_line.has(QStringLiteral("username"))) {
        const QString user = m_line.value(QStringLiteral("username"));
        if (m_environment.contains(QStringLiteral("DUPER_PASSWORD")))
            return StaticCredentialProvider::basic(user, m_environment.value(QStringLiteral("DUPER_PASSWORD")));
        if (!PasswordPrompt::canPrompt()) {
            *error = QCoreApplication::translate(
                "duper::cli", "--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be "
                              "asked for it (there is no password option, so it never shows in the process list)");
            return {};
        }
        const auto password =
            PasswordPrompt::ask(QCoreApplication::translate("duper::cli", "Password for %1: ").arg(user));
        if (!password) {
            *error = QCoreApplication::translate("duper::cli", "no password was entered");
            return {};
        }
        return StaticCredentialProvider::basic(user, *password);
    }
    const QString apiKey = m_environment.value(QStringLiteral("DUPER_API_KEY"));
    if (!apiKey.isEmpty())
        return StaticCredentialProvider::apiKey(apiKey);
    return StaticCredentialProvider::none();
}

ConnectionResolver& CommandContext::resolver()
{
    if (!m_resolver)
        m_resolver = std::make_unique<ConnectionResolver>(m_environment, m_output);
    return *m_resolver;
}

bool CommandContext::actsOnLeader() const
{
    return m_spec.name == u"forget" ||
           ((m_spec.name == u"open" || m_spec.name == u"close") && m_line.has(QStringLiteral("leader_index")));
}

std::unique_ptr<EsClient>
CommandContext::makeClient(const QString& url, const std::shared_ptr<const CredentialProvider>& auth, QString* error)
{
    const QUrl baseUrl(url, QUrl::StrictMode);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https")) {
        *error = QCoreApplication::translate("duper::cli", "\"%1\" is not an http:// or https:// URL").arg(url);
        return {};
    }
    EsEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.tls.verifyPeer = !m_line.has(QStringLiteral("insecure"));
    return makeClient(endpoint, auth, error);
}

std::unique_ptr<EsClient>
CommandContext::makeClient(EsEndpoint endpoint, const std::shared_ptr<const CredentialProvider>& auth, QString* error)
{
    if (m_line.has(QStringLiteral("insecure")))
        endpoint.tls.verifyPeer = false;
    if (m_line.has(QStringLiteral("ca-cert")))
        endpoint.tls.caCertificateFiles.append(m_line.values.value(QStringLiteral("ca-cert")));
    auto client = std::make_unique<EsClient>(&m_network, endpoint, auth);
    if (!client->configurationError().isEmpty()) {
        *error = client->configurationError();
        return {};
    }
    return client;
}

std::unique_ptr<EsClient> CommandContext::makeProfileClient(const ConnectionProfile& profile, QString* error)
{
    const auto secret = resolver().secretFor(profile, error);
    if (!secret)
        return {};
    EsEndpoint endpoint = profile.failoverEndpoint(); // every node URL: the client moves on when one is down
    if (endpoint.baseUrl.isEmpty()) {
        *error = QCoreApplication::translate("duper::cli", "connection %1 has no URL").arg(profile.name);
        return {};
    }
    endpoint.tls.clientKeyPassphrase = resolver().clientKeyPassphrase(profile).toUtf8();
    return makeClient(endpoint, ProfileCredentialFactory::create(profile, *secret), error);
}

std::optional<ConnectionProfile> CommandContext::profileFor(bool leader, QString* error)
{
    if (m_line.has(QStringLiteral("connection")) && leader == actsOnLeader())
        return resolver().profile(m_line.value(QStringLiteral("connection")), error);
    return leader ? resolver().leaderProfile() : resolver().followerProfile();
}

bool CommandContext::connect()
{
    QString error;
    const bool named = m_line.has(QStringLiteral("connection"));
    if (named && m_line.has(actsOnLeader() ? QStringLiteral("leader_url") : QStringLiteral("url"))) {
        usageError({actsOnLeader()
                        ? QCoreApplication::translate("duper::cli", "give either -c/--connection or --leader_url")
                        : QCoreApplication::translate("duper::cli", "give either -c/--connection or --url")});
        return false;
    }
    std::shared_ptr<const CredentialProvider> auth;
    auto commandLineAuth = [&]() {
        if (!auth)
            auth = credentials(&error);
        return auth != nullptr;
    };
    if (!m_line.has(QStringLiteral("url"))) {
        m_followerProfile = profileFor(false, &error);
        if (!error.isEmpty()) {
            usageError({error});
            return false;
        }
    }
    if (m_followerProfile) {
        m_client = makeProfileClient(*m_followerProfile, &error);
    } else if (commandLineAuth()) {
        const QString url = m_line.has(QStringLiteral("url")) ? m_line.value(QStringLiteral("url"))
                                                              : QStringLiteral("http://localhost:9200");
        m_client = makeClient(url, auth, &error);
    }
    if (m_client && m_line.has(QStringLiteral("leader_url"))) {
        if (commandLineAuth())
            m_leaderClient = makeClient(m_line.value(QStringLiteral("leader_url")), auth, &error);
    } else if (m_client && m_spec.option(QStringLiteral("leader_url"))) {
        const auto leader = profileFor(true, &error);
        if (leader)
            m_leaderClient = makeProfileClient(*leader, &error);
    }
    if (!m_client || !error.isEmpty()) {
        usageError({error});
        return false;
    }
    m_api = std::make_unique<CcrApi>(m_client.get());
    if (m_leaderClient)
        m_leaderApi = std::make_unique<CcrApi>(m_leaderClient.get());
    return true;
}

void CommandContext::resolveRemoteCluster(std::function<void(const QString&)> then)
{
    if (m_line.has(QStringLiteral("remote_cluster"))) {
        then(m_line.value(QStringLiteral("remote_cluster")));
        return;
    }
    if (m_followerProfile && !m_followerProfile->defaultRemoteCluster.isEmpty()) {
        then(m_followerProfile->defaultRemoteCluster);
        return;
    }
    m_api->remoteInfo()->onFinished(this, [this, then](RemoteInfoJob* job) {
        if (job->hasError()) {
            fail(job->error(), QCoreApplication::translate("duper::cli", "could not list the remote clusters"));
            return;
        }
        QStringList aliases;
        for (const RemoteClusterInfo& remote : job->result()->remotes)
            aliases.append(remote.alias);
        if (aliases.size() == 1) {
            then(aliases.first());
            return;
        }
        if (aliases.isEmpty())
            m_output.error(QCoreApplication::translate(
                "duper::cli", "the follower cluster has no remote cluster; add one with duper connect "
                              "--remote_cluster NAME --seeds HOST:PORT"));
        else
            m_output.error(QCoreApplication::translate("duper::cli",
                                                       "the follower cluster has several remote clusters (%1); "
                                                       "choose one with --remote_cluster")
                               .arg(aliases.join(QStringLiteral(", "))));
        finish(static_cast<int>(ExitCode::Usage));
    });
}

void CommandContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    QCoreApplication::exit(code);
}

void CommandContext::fail(const EsError& error, const QString& what)
{
    const QString message = error.userMessage();
    m_output.error(what.isEmpty() ? message : what + QStringLiteral(": ") + message);
    finish(exitCodeFor(error));
}

void CommandContext::usageError(const QStringList& problems)
{
    for (const QString& problem : problems)
        m_output.error(problem);
    m_output.note(
        QCoreApplication::translate("duper::cli", "Run \"duper %1 --help\" for its options.").arg(m_spec.name));
    finish(static_cast<int>(ExitCode::Usage));
}

} // namespace duper::cli
