#pragma once

#include "ui/shell/DrWizardLauncher.h"

#include <QObject>

class QWidget;

namespace duper::ui {

class ApiKeyMigrationDialog;
class ApiKeyRemoteDialog;
class RemoteClustersPage;

// Opens the wizard that adds a remote cluster secured by a cross-cluster API key when the Remote clusters tab asks
// (after the user chose the API key as the security model). The leader is picked from the saved connections and
// opened through an opener of the wizard's own, so the window's connection stays; the key goes to the keychain. After
// a successful set-up the tab reloads and reports the new remote. "Migrate to API key…" opens the migration of a
// certificate-based remote the same way; the tab reloads after every run.
class ApiKeyRemoteLauncher : public QObject
{
    Q_OBJECT

public:
    // What opening the leader needs (as for the DR wizards); everything must outlive the launcher.
    ApiKeyRemoteLauncher(const DrWizardLauncher::Context& context, RemoteClustersPage* page, QWidget* window);

public slots:
    // Null without a session.
    ApiKeyRemoteDialog* open();
    // The migration of remote cluster `alias` of the page's session to an API key; null without a session.
    ApiKeyMigrationDialog* openMigration(const QString& alias);

private:
    DrWizardLauncher::Context m_context;
    RemoteClustersPage* m_page;
    QWidget* m_window;
};

} // namespace duper::ui
