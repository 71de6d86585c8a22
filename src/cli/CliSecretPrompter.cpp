#include "cli/CliSecretPrompter.h"

#include "cli/Output.h"
#include "cli/PasswordPrompt.h"

#include <QCoreApplication>

namespace duper::cli {

CliSecretPrompter::CliSecretPrompter(QProcessEnvironment environment, Output& output)
    : m_environment(std::move(environment)), m_output(output)
{}

void CliSecretPrompter::ask(const SecretRequest& request, QObject* context, Callback done)
{
    Q_UNUSED(context); // answers right away: nothing can be destroyed meanwhile
    const ConnectionProfile& profile = request.profile;
    const SecretKind kind = request.kind;
    switch (request.reason) {
    case SecretRequest::Reason::AskEveryTime:
        break;
    case SecretRequest::Reason::NotStored:
        m_output.note(QCoreApplication::translate("duper::cli", "The keychain has no %1 for connection %2.")
                          .arg(secretKindDisplayName(kind), profile.name));
        break;
    case SecretRequest::Reason::KeychainUnavailable:
        m_output.note(QCoreApplication::translate("duper::cli",
                                                  "The keychain is not available (%1). Duper asks for the %2 of "
                                                  "connection %3 for this run only.")
                          .arg(request.detail, secretKindDisplayName(kind), profile.name));
        break;
    }

    const QString variable = kind == SecretKind::Password ? QStringLiteral("DUPER_PASSWORD")
                             : kind == SecretKind::ApiKey ? QStringLiteral("DUPER_API_KEY")
                                                          : QString();
    if (!variable.isEmpty() && m_environment.contains(variable)) {
        done(m_environment.value(variable), QString());
        return;
    }
    if (!PasswordPrompt::canPrompt()) {
        done(std::nullopt,
             QCoreApplication::translate("duper::cli",
                                         "connection %1 needs its %2: save it in the keychain with \"duper "
                                         "add-cluster --overwrite\", set %3, or run duper in a terminal to be asked")
                 .arg(profile.name, secretKindDisplayName(kind),
                      variable.isEmpty() ? QStringLiteral("DUPER_PASSWORD") : variable));
        return;
    }
    const QString prompt =
        kind == SecretKind::Password
            ? QCoreApplication::translate("duper::cli", "Password for %1 on %2: ").arg(profile.username, profile.name)
            : QCoreApplication::translate("duper::cli", "%1 for %2: ").arg(secretKindDisplayName(kind), profile.name);
    const auto typed = PasswordPrompt::ask(prompt);
    if (!typed) {
        done(std::nullopt, QCoreApplication::translate("duper::cli", "nothing was entered"));
        return;
    }
    done(*typed, QString());
}

} // namespace duper::cli
