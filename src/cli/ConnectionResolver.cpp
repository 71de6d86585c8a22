#include "cli/ConnectionResolver.h"

#include "cli/Output.h"
#include "cli/PasswordPrompt.h"
#include "core/connections/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>
#include <string>

namespace duper::cli {

ConnectionResolver::ConnectionResolver(QProcessEnvironment environment, Output& output, QObject* parent)
    : QObject(parent), m_environment(std::move(environment)), m_output(output)
{}

ConnectionResolver::~ConnectionResolver() = default;

ConnectionStore& ConnectionResolver::store()
{
    if (!m_store) {
        m_settings = ConnectionStore::openSharedSettings();
        m_store = std::make_unique<ConnectionStore>(m_settings.get());
    }
    return *m_store;
}

SecretStore& ConnectionResolver::secrets()
{
    if (!m_secrets) {
        const QString testService = m_environment.value(QStringLiteral("DUPER_TEST_KEYCHAIN_SERVICE"));
        m_secrets = std::make_unique<KeychainSecretStore>(testService.isEmpty() ? KeychainSecretStore::defaultService()
                                                                                : testService);
    }
    return *m_secrets;
}

std::optional<ConnectionProfile> ConnectionResolver::profile(const QString& idOrName, QString* error)
{
    auto found = store().find(idOrName);
    if (!found)
        *error = QCoreApplication::translate("duper::cli",
                                             "there is no connection named \"%1\" (\"duper config\" lists them)")
                     .arg(idOrName);
    return found;
}

std::optional<ConnectionProfile> ConnectionResolver::leaderProfile()
{
    const QString id = store().leaderProfileId();
    return id.isEmpty() ? std::nullopt : store().find(id);
}

std::optional<ConnectionProfile> ConnectionResolver::followerProfile()
{
    const QString id = store().followerProfileId();
    return id.isEmpty() ? std::nullopt : store().find(id);
}

SecretResult ConnectionResolver::wait(const std::function<void(SecretStore&, QObject*, SecretStore::Callback)>& call)
{
    SecretResult result;
    bool done = false;
    QEventLoop loop;
    call(secrets(), &loop, [&](const SecretResult& answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

std::optional<QString> ConnectionResolver::secretFor(const ConnectionProfile& profile, QString* error)
{
    const auto kind = profile.secretKind();
    if (!kind)
        return QString();
    if (!profile.askSecretEveryTime) {
        const QString id = profile.id;
        const SecretKind secretKind = *kind;
        const SecretResult stored = wait([id, secretKind](SecretStore& store, QObject* context, auto done) {
            store.read(id, secretKind, context, std::move(done));
        });
        if (stored.ok())
            return stored.secret;
        if (stored.status == SecretResult::Status::NotFound)
            m_output.note(QCoreApplication::translate("duper::cli", "The keychain has no %1 for connection %2.")
                              .arg(secretKindDisplayName(secretKind), profile.name));
        else
            m_output.note(QCoreApplication::translate("duper::cli",
                                                      "The keychain is not available (%1). Duper asks for the %2 of "
                                                      "connection %3 for this run only.")
                              .arg(stored.message, secretKindDisplayName(secretKind), profile.name));
    }
    return askFor(profile, *kind, error);
}

QString ConnectionResolver::clientKeyPassphrase(const ConnectionProfile& profile)
{
    if (profile.clientKeyFile.isEmpty())
        return {};
    const QString id = profile.id;
    const SecretResult stored = wait([id](SecretStore& store, QObject* context, auto done) {
        store.read(id, SecretKind::ClientKeyPassphrase, context, std::move(done));
    });
    return stored.ok() ? stored.secret : QString();
}

std::optional<QString> ConnectionResolver::askFor(const ConnectionProfile& profile, SecretKind kind, QString* error)
{
    const QString variable = kind == SecretKind::Password ? QStringLiteral("DUPER_PASSWORD")
                             : kind == SecretKind::ApiKey ? QStringLiteral("DUPER_API_KEY")
                                                          : QString();
    if (!variable.isEmpty() && m_environment.contains(variable))
        return m_environment.value(variable);
    if (!PasswordPrompt::canPrompt()) {
        *error = QCoreApplication::translate(
                     "duper::cli", "connection %1 needs its %2: save it in the keychain with \"duper "
                                   "add-cluster --overwrite\", set %3, or run duper in a terminal to be asked")
                     .arg(profile.name, secretKindDisplayName(kind),
                          variable.isEmpty() ? QStringLiteral("DUPER_PASSWORD") : variable);
        return std::nullopt;
    }
    const QString prompt =
        kind == SecretKind::Password
            ? QCoreApplication::translate("duper::cli", "Password for %1 on %2: ").arg(profile.username, profile.name)
            : QCoreApplication::translate("duper::cli", "%1 for %2: ").arg(secretKindDisplayName(kind), profile.name);
    const auto typed = PasswordPrompt::ask(prompt);
    if (!typed) {
        *error = QCoreApplication::translate("duper::cli", "nothing was entered");
        return std::nullopt;
    }
    return typed;
}

std::optional<QString> ConnectionResolver::readSecretInput(const QString& prompt, QString* error)
{
    std::optional<QString> text;
    if (PasswordPrompt::canPrompt()) {
        text = PasswordPrompt::ask(prompt);
    } else {
        std::string line;
        bool gotAny = false;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF) {
            gotAny = true;
            if (c == '\n')
                break;
            line.push_back(static_cast<char>(c));
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (gotAny)
            text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    }
    if (!text || text->isEmpty()) {
        *error =
            QCoreApplication::translate("duper::cli", "no secret was given: type it at the prompt, or pipe it on stdin "
                                                      "(one line)");
        return std::nullopt;
    }
    return text;
}

} // namespace duper::cli
