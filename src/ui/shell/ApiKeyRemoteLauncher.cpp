#include "ui/shell/ApiKeyRemoteLauncher.h"

#include "core/connections/ConnectionStore.h"
#include "core/session/ClusterSessionOpener.h"
#include "ui/remotes/ApiKeyMigrationDialog.h"
#include "ui/remotes/ApiKeyRemoteDialog.h"
#include "ui/remotes/RemoteClustersPage.h"

namespace duper::ui {

ApiKeyRemoteLauncher::ApiKeyRemoteLauncher(const DrWizardLauncher::Context& context, RemoteClustersPage* page,
                                           QWidget* window)
    : QObject(window), m_context(context), m_page(page), m_window(window)
{
    connect(page, &RemoteClustersPage::apiKeyRemoteRequested, this, &ApiKeyRemoteLauncher::open);
    connect(page, &RemoteClustersPage::apiKeyMigrationRequested, this, &ApiKeyRemoteLauncher::openMigration);
}

ApiKeyRemoteDialog* ApiKeyRemoteLauncher::open()
{
    if (!m_page->session())
        return nullptr;
    // The wizard owns the opener.
    auto* opener = new ClusterSessionOpener(m_context.network, m_context.secrets, m_context.sessionSecrets,
                                            m_context.prompter, m_context.store->settings());
    auto* dialog =
        new ApiKeyRemoteDialog(m_page->session(), m_context.store->profiles(), opener, m_context.secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyRemoteDialog::setupFinished, m_page, [page = m_page](const QString& alias, bool ok) {
        if (ok)
            page->showSavedRemote(alias);
    });
    dialog->open();
    return dialog;
}

ApiKeyMigrationDialog* ApiKeyRemoteLauncher::openMigration(const QString& alias)
{
    if (!m_page->session())
        return nullptr;
    auto* opener = new ClusterSessionOpener(m_context.network, m_context.secrets, m_context.sessionSecrets,
                                            m_context.prompter, m_context.store->settings());
    auto* dialog = new ApiKeyMigrationDialog(m_page->session(), alias, m_context.store->profiles(), opener,
                                             m_context.secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Paused, switched or rolled back: the tab shows where the alias is now.
    connect(dialog, &ApiKeyMigrationDialog::migrationFinished, m_page,
            [page = m_page](const QString& migrated, bool ok) {
                if (ok)
                    page->showSavedRemote(migrated);
                else
                    page->refresh();
            });
    dialog->open();
    return dialog;
}

} // namespace duper::ui
