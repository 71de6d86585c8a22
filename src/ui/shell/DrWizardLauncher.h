#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace duper {
class ClusterSessionOpener;
class ConnectionStore;
class SecretPrompter;
class SecretStore;
class SessionSecretCache;
} // namespace duper

namespace duper::ui {

class BidirectionalDialog;
class DisasterRecoveryPage;
class FailbackDialog;

// Opens the window's disaster-recovery wizards that need a second cluster — bi-directional setup and failback — when
// the Disaster recovery tab asks. The other cluster is picked from the saved connections and opened through a
// ClusterSessionOpener of the wizard's own, so opening it never replaces the window's connection.
class DrWizardLauncher : public QObject
{
    Q_OBJECT

public:
    // What opening another cluster needs; everything must outlive the launcher.
    struct Context
    {
        QNetworkAccessManager* network = nullptr;
        SecretStore* secrets = nullptr;
        SessionSecretCache* sessionSecrets = nullptr;
        SecretPrompter* prompter = nullptr;
        ConnectionStore* store = nullptr;
    };

    // The wizards open over `page`'s session as children of `window`.
    DrWizardLauncher(const Context& context, DisasterRecoveryPage* page, QWidget* window);

public slots:
    // Null without a session.
    BidirectionalDialog* setUpBidirectional();
    FailbackDialog* failBack();

private:
    QList<ConnectionProfile> connections() const;
    ClusterSessionOpener* newOpener() const;

    Context m_context;
    DisasterRecoveryPage* m_page;
    QWidget* m_window;
};

} // namespace duper::ui
