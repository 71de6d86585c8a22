#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionTestReport.h"
#include "ui/connections/ConnectionForm.h"

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Ui {
class ConnectionManagerDialog;
}

namespace duper {
class ConnectionStore;
class SecretStore;
} // namespace duper

namespace duper::ui {

class ConnectionListModel;
class ConnectionTestRunner;

// Lists the saved connection profiles and edits one at a time: add, edit, duplicate, delete (after confirmation),
// with every field checked as the user types, and "Test connection" running the four checks without blocking.
// Secrets (and the client key's passphrase) are written to the SecretStore on save and read from it only when a test
// needs them. Leaving a form with unsaved edits (another profile, Add, Close/Escape) asks Save / Discard / Cancel.
class ConnectionManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionManagerDialog(ConnectionStore* store, SecretStore* secrets, QNetworkAccessManager* network,
                            QWidget* parent = nullptr);
    ~ConnectionManagerDialog() override;

    // Selects the profile with this id for editing.
    void selectProfile(const QString& id);
    QString currentProfileId() const { return m_current.id; }
    // What is wrong with the form right now (empty when it can be saved).
    const QStringList& problems() const { return m_problems; }
    bool isTesting() const;
    // True when the form differs from what was loaded or saved last (a typed secret or passphrase counts).
    bool hasUnsavedChanges() const;

public slots:
    // Asks about unsaved edits first; stays open on Cancel.
    void reject() override;

signals:
    // A profile was saved or deleted.
    void profilesChanged();
    void testFinished(const duper::ConnectionTestReport& report);

private:
    void reloadList(const QString& selectId);
    void load(const ConnectionProfile& profile, bool isNew);
    void onCurrentRowChanged(const QModelIndex& index);
    // True when the form may be left: nothing unsaved, or the user saved it or discarded the edits.
    bool confirmLeave();
    // What is in the form now counts as saved.
    void markClean();
    ConnectionProfile profileFromForm() const;
    void validate();
    void addProfile();
    void duplicateProfile();
    void confirmDelete();
    void deleteCurrent();
    // True when the profile (and so the form) is saved.
    bool save();
    void saveKeyPassphrase(const ConnectionProfile& profile);
    void testConnection();
    void showReport(const ConnectionTestReport& report);
    void setMessage(const QString& text, bool error);

    QScopedPointer<Ui::ConnectionManagerDialog> m_ui;
    ConnectionStore* m_store;
    SecretStore* m_secrets;
    ConnectionListModel* m_model;
    ConnectionTestRunner* m_runner;
    ConnectionForm m_form;
    ConnectionProfile m_current;
    bool m_isNew = false;
    bool m_secretEdited = false;
    bool m_passphraseEdited = false;
    bool m_revertingSelection = false;
    ConnectionProfile m_loadedForm; // profileFromForm() right after load() or save(): what "unchanged" means
    QString m_duplicatedFrom;       // id of the saved profile a new one was duplicated from: its secret is copied
    QStringList m_problems;
};

} // namespace duper::ui
