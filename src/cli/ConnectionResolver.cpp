#include "cli/ConnectionResolver.h"

#include "cli/CliSecretPrompter.h"
#include "cli/Output.h"
#include "cli/PasswordPrompt.h"
#include "core/connections/KeychainSecretStore.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>
#include <string>

namespace duper::cli {

ConnectionResolver::ConnectionResolver(QProcessEnvironment environment, Output& output, QObject* parent)
    : QObject(parent), m_environment(std::move(environment)), m_output(output),
      m_prompter(std::make_unique<CliSecretPrompter>(m_environment, output))
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

SecretPrompter* ConnectionResolver::prompter()
{
    return m_prompter.get();
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

std::unique_ptr<ClusterSession> ConnectionResolver::openSession(QNetworkAccessManager* network,
                                                                const ConnectionProfile& profile, bool saved,
                                                                const ClusterSessionOpener::Overrides& overrides,
                                                                QString* error)
{
    ClusterSessionOpener opener(network, saved ? &secrets() : nullptr, &m_typedSecrets, m_prompter.get(),
                                saved ? store().settings() : nullptr);
    ClusterSession* session = nullptr;
    QEventLoop loop;
    QObject::connect(&opener, &ClusterSessionOpener::opened, &loop, [&](ClusterSession* opened) {
        session = opened;
        loop.quit();
    });
    QObject::connect(&opener, &ClusterSessionOpener::failed, &loop, [&](const QString& message) {
        *error = message;
        loop.quit();
    });
    opener.open(profile, overrides); // answers from the event loop, never from inside open()
    loop.exec();
    return std::unique_ptr<ClusterSession>(session);
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
