#pragma once

#include "core/session/SecretPrompter.h"

#include <QProcessEnvironment>

namespace duper::cli {

class Output;

// The CLI's way of getting a secret the keychain does not give: says why on stderr, then takes DUPER_PASSWORD /
// DUPER_API_KEY, else asks at a hidden prompt on a terminal, else gives none with a sentence saying how to provide it.
// Answers before ask() returns. What it gets is used for this run only.
class CliSecretPrompter : public SecretPrompter
{
public:
    CliSecretPrompter(QProcessEnvironment environment, Output& output);

    void ask(const SecretRequest& request, QObject* context, Callback done) override;

private:
    QProcessEnvironment m_environment;
    Output& m_output;
};

} // namespace duper::cli
