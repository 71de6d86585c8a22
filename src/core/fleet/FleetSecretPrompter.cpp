#include "core/fleet/FleetSecretPrompter.h"

#include <QCoreApplication>

namespace duper {

void FleetSecretPrompter::ask(const SecretRequest& request, QObject* context, Callback done)
{
    if (!m_inner) {
        m_refused = true;
        done(std::nullopt, QCoreApplication::translate("duper::FleetSecretPrompter",
                                                       "The secret of connection %1 is not in the keychain.")
                               .arg(request.profile.name));
        return;
    }
    m_asking = true;
    m_inner->ask(request, context,
                 [this, done = std::move(done)](const std::optional<QString>& secret, const QString& message) {
                     m_asking = false;
                     if (!secret)
                         m_refused = true;
                     done(secret, message);
                 });
}

} // namespace duper
