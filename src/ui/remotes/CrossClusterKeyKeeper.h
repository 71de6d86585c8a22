#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QObject;
class QPushButton;

namespace duper {
class SecretStore;
}

namespace duper::ui {

// Keeps the cross-cluster API key of a remote cluster alias for the API-key dialogs (the wizard, the migration): a
// new key is written to the keychain (CrossClusterKeySecret) and shown once in the dialog's key group with a Copy
// button, for the user's records; a kept one is read back so a new run reuses it. The key is a secret: it is never
// logged and reaches no other widget. The widgets and `context` are the dialog's and must outlive the keeper.
class CrossClusterKeyKeeper
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ApiKeyRemoteDialog)

public:
    struct Widgets
    {
        QGroupBox* group;  // hidden until a key is created
        QLabel* note;      // where it is kept, or why it is not
        QLineEdit* key;    // read-only
        QPushButton* copy; // puts the key on the clipboard
    };

    // `secrets` may be null: the key then lives only in the dialog.
    CrossClusterKeyKeeper(duper::SecretStore* secrets, Widgets widgets, QObject* context);

    // The key this dialog created or read for `alias`; empty when none.
    QString kept(const QString& alias) const { return alias == m_alias ? m_key : QString(); }
    void forget();
    // Reads the keychain's key for `alias` (at once when this dialog keeps one, or there is no keychain): `done`
    // gets it (empty when there is none) and a warning for people when the keychain could not be read.
    void read(const QString& alias, std::function<void(const QString& key, const QString& warning)> done);
    // A new key for `alias`: shown once and written to the keychain; `done` gets a warning for the step's details
    // when the keychain could not keep it (empty when it did).
    void keep(const QString& alias, const QString& encoded, std::function<void(const QString& warning)> done);

private:
    duper::SecretStore* m_secrets;
    Widgets m_widgets;
    QObject* m_context;
    QString m_key; // a secret
    QString m_alias;
};

} // namespace duper::ui
