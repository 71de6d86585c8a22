#pragma once

#include "core/session/SecretPrompter.h"

namespace duper {

// Stands between one fleet cluster's opener and the real prompter, to tell a secret that was asked for and not given
// (the row then says "secret missing" and the fleet does not ask again) from other reasons an open fails.
class FleetSecretPrompter : public SecretPrompter
{
public:
    // `inner` may be null: then nothing is asked and the secret counts as missing.
    explicit FleetSecretPrompter(SecretPrompter* inner) : m_inner(inner) {}

    void ask(const SecretRequest& request, QObject* context, Callback done) override;

    // True once a prompt ended without a secret.
    bool secretRefused() const { return m_refused; }
    // A prompt is open: the person, not the cluster, is what the open waits for.
    bool isAsking() const { return m_asking; }
    void reset() { m_refused = false; }

private:
    SecretPrompter* m_inner;
    bool m_refused = false;
    bool m_asking = false;
};

} // namespace duper
