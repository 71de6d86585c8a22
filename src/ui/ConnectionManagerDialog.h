#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionTestReport.h"

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Ui {
class ConnectionManagerDialog;
}

namespace duper {
class ConnectionStore;
class ConnectionTester;
class SecretStore;
} // namespace duper

namespace duper::ui {

class ConnectionListModel;

// Lists the saved connection profiles and edits one at a time: add, edit, duplicate, delete (after confirmation),
// with every field checked as the user types, and "Test connection" running the four checks without blocking.
// Secrets are written to the SecretStore on save and read from it only when a test needs them.
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

signals:
    // A profile was saved or deleted.
    void profilesChanged();
    void testFinished(const duper::ConnectionTestReport& report);

private:
    void reloadList(const QString& selectId);
    void load(const ConnectionProfile& profile, bool isNew);
    ConnectionProfile profileFromForm() const;
    void validate();
    void updateAuthFields();
    void addProfile();
    void duplicateProfile();
    void confirmDelete();
    void deleteCurrent();
    void save();
    void testConnection();
    void startTest(const ConnectionProfile& profile, const QString& secret);
    void showReport(const ConnectionTestReport& report);
    void setMessage(const QString& text, bool error);
    // The saved profile whose stored secret applies to the form (itself, or what it was duplicated from); empty when
    // the secret must come from the form.
    QString storedSecretOwner() const;

    QScopedPointer<Ui::ConnectionManagerDialog> m_ui;
    ConnectionStore* m_store;
    SecretStore* m_secrets;
    ConnectionListModel* m_model;
    ConnectionTester* m_tester;
    ConnectionProfile m_current;
    bool m_isNew = false;
    bool m_secretEdited = false;
    QString m_duplicatedFrom; // id of the saved profile a new one was duplicated from: its secret is copied
    QStringList m_problems;
};

} // namespace duper::ui
