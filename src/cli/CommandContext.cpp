#include "cli/CommandContext.h"

#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "cli/PasswordPrompt.h"
#include "cli/TuningOptions.h"
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
    // Sessions (and their clients) before the network manager and the settings they use.
    m_leaderSession.reset();
    m_session.reset();
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

bool CommandContext::commandLineProfile(const QString& url, ConnectionProfile* profile, QString* error)
{
    const QUrl baseUrl(url, QUrl::StrictMode);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https")) {
        *error = QCoreApplication::translate("duper::cli", "\"%1\" is not an http:// or https:// URL").arg(url);
        return false;
    }
    *profile = ConnectionProfile::create(url);
    profile->urls = {baseUrl};
    profile->askSecretEveryTime = true; // nothing of it goes to the keychain
    if (m_line.has(QStringLiteral("username"))) {
        const QString user = m_line.value(QStringLiteral("username"));
        profile->authKind = ConnectionProfile::AuthKind::Basic;
        profile->username = user;
        if (m_commandLineSecret)
            return true;
        if (m_environment.contains(QStringLiteral("DUPER_PASSWORD"))) {
            m_commandLineSecret = m_environment.value(QStringLiteral("DUPER_PASSWORD"));
            return true;
        }
        if (!PasswordPrompt::canPrompt()) {
            *error = QCoreApplication::translate(
                "duper::cli", "--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be "
                              "asked for it (there is no password option, so it never shows in the process list)");
            return false;
        }
        const auto password =
            PasswordPrompt::ask(QCoreApplication::translate("duper::cli", "Password for %1: ").arg(user));
        if (!password) {
            *error = QCoreApplication::translate("duper::cli", "no password was entered");
            return false;
        }
        m_commandLineSecret = *password;
        return true;
    }
    const QString apiKey = m_environment.value(QStringLiteral("DUPER_API_KEY"));
    if (!apiKey.isEmpty()) {
        profile->authKind = ConnectionProfile::AuthKind::ApiKey;
        m_commandLineSecret = apiKey;
    }
    return true;
}

ClusterSessionOpener::Overrides CommandContext::tlsOverrides() const
{
    ClusterSessionOpener::Overrides overrides;
    if (m_line.has(QStringLiteral("ca-cert")))
        overrides.extraCaCertificateFiles = m_line.values.value(QStringLiteral("ca-cert"));
    return overrides;
}

std::unique_ptr<ClusterSession> CommandContext::openUrl(const QString& url, QString* error)
{
    ConnectionProfile profile;
    if (!commandLineProfile(url, &profile, error))
        return {};
    if (m_line.has(QStringLiteral("insecure")))
        profile.verifyTls = false;
    ClusterSessionOpener::Overrides overrides = tlsOverrides();
    overrides.secret = m_commandLineSecret.value_or(QString());
    return resolver().openSession(&m_network, profile, false, overrides, error);
}

std::unique_ptr<ClusterSession> CommandContext::openProfile(ConnectionProfile profile, QString* error)
{
    if (profile.effectiveUrls().isEmpty()) {
        *error = QCoreApplication::translate("duper::cli", "connection %1 has no URL").arg(profile.name);
        return {};
    }
    if (m_line.has(QStringLiteral("insecure")))
        profile.verifyTls = false;
    return resolver().openSession(&m_network, profile, true, tlsOverrides(), error);
}

ConnectionResolver& CommandContext::resolver()
{
    if (!m_resolver)
        m_resolver = std::make_unique<ConnectionResolver>(m_environment, m_output);
    return *m_resolver;
}

bool CommandContext::actsOnLeader() const
{
    return m_spec.name == u"forget" || m_spec.name.startsWith(u"cross-cluster-key ") ||
           ((m_spec.name == u"open" || m_spec.name == u"close") && m_line.has(QStringLiteral("leader_index")));
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
    if (!m_line.has(QStringLiteral("url"))) {
        m_followerProfile = profileFor(false, &error);
        if (!error.isEmpty()) {
            usageError({error});
            return false;
        }
    }
    if (m_followerProfile)
        m_session = openProfile(*m_followerProfile, &error);
    else
        m_session = openUrl(m_line.has(QStringLiteral("url")) ? m_line.value(QStringLiteral("url"))
                                                              : QStringLiteral("http://localhost:9200"),
                            &error);
    if (m_session && m_line.has(QStringLiteral("leader_url"))) {
        m_leaderSession = openUrl(m_line.value(QStringLiteral("leader_url")), &error);
    } else if (m_session && m_spec.option(QStringLiteral("leader_url")) && !m_line.has(QStringLiteral("leader"))) {
        // (--leader NAME, where a command takes it, opens the leader itself: no default leader to open first.)
        const auto leader = profileFor(true, &error);
        if (leader)
            m_leaderSession = openProfile(*leader, &error);
    }
    if (!m_session || !error.isEmpty()) {
        usageError({error});
        return false;
    }
    return true;
}

bool CommandContext::openLeader(const QString& urlOrConnection, QString* error)
{
    if (urlOrConnection.contains(QLatin1String("://"))) {
        m_leaderSession = openUrl(urlOrConnection, error);
    } else if (const auto profile = resolver().profile(urlOrConnection, error)) {
        m_leaderSession = openProfile(*profile, error);
    }
    return m_leaderSession != nullptr;
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
    api().remoteInfo()->onFinished(this, [this, then](RemoteInfoJob* job) {
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
    if (m_spec.printUsageProblems)
        m_spec.printUsageProblems(m_output, problems);
    finish(m_spec.usageExitCode);
}

} // namespace duper::cli
