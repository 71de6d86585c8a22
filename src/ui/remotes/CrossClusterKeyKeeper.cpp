#include "ui/remotes/CrossClusterKeyKeeper.h"

#include "core/connections/SecretStore.h"
#include "core/security/CrossClusterKeySecret.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace duper::ui {

CrossClusterKeyKeeper::CrossClusterKeyKeeper(SecretStore* secrets, Widgets widgets, QObject* context)
    : m_secrets(secrets), m_widgets(widgets), m_context(context)
{
    m_widgets.group->hide();
    QObject::connect(m_widgets.copy, &QPushButton::clicked, context,
                     [edit = m_widgets.key] { QGuiApplication::clipboard()->setText(edit->text()); });
}

void CrossClusterKeyKeeper::forget()
{
    m_key.clear();
    m_alias.clear();
}

void CrossClusterKeyKeeper::read(const QString& alias,
                                 std::function<void(const QString& key, const QString& warning)> done)
{
    if (!kept(alias).isEmpty() || !m_secrets)
        return done(kept(alias), {});
    m_secrets->read(CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, m_context,
                    [done](const SecretResult& result) {
                        QString warning;
                        if (!result.ok() && result.status != SecretResult::Status::NotFound)
                            warning =
                                tr("The keychain could not be read (%1): a new key is created.").arg(result.message);
                        done(result.ok() ? result.secret : QString(), warning);
                    });
}

void CrossClusterKeyKeeper::keep(const QString& alias, const QString& encoded,
                                 std::function<void(const QString& warning)> done)
{
    m_key = encoded;
    m_alias = alias;
    m_widgets.key->setText(encoded); // shown once, for the user's records; never logged
    m_widgets.key->setCursorPosition(0);
    m_widgets.group->show();
    if (!m_secrets) {
        m_widgets.note->setText(tr("There is no keychain: copy the key now, it is kept only while this window is "
                                   "open. It is a secret."));
        return done({});
    }
    m_secrets->write(CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, encoded, m_context,
                     [note = m_widgets.note, done](const SecretResult& result) {
                         if (!result.ok())
                             note->setText(tr("The keychain could not keep it (%1): copy it now, it is shown only "
                                              "here. It is a secret.")
                                               .arg(result.message));
                         done(result.ok() ? QString() : tr("not kept in the keychain: %1").arg(result.message));
                     });
}

} // namespace duper::ui
