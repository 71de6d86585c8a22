#pragma once

#include "core/ccr/RemoteClusterSettings.h"
#include "core/remotes/RemoteClusterRow.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QStringList>

class QPushButton;

namespace Ui {
class RemoteClusterDialog;
}

namespace duper {
class EsJob;
class RemoteClusterActions;
} // namespace duper

namespace duper::ui {

// Adds or edits one remote cluster: name, sniff (seeds, node connections) or proxy (address, server name, socket
// connections), skip_unavailable, persistent or transient. Fields are checked as the user types; Save sends
// PUT /_cluster/settings and shows Elasticsearch's refusal in the dialog, with a progress bar and a way to cancel.
class RemoteClusterDialog : public QDialog
{
    Q_OBJECT

public:
    // Add mode. `existingAliases` are refused as names. Save goes through `actions` (the session's; when it is gone
    // Save says the connection closed).
    RemoteClusterDialog(duper::RemoteClusterActions* actions, const QStringList& existingAliases,
                        QWidget* parent = nullptr);
    ~RemoteClusterDialog() override;

    // Switches to edit mode for `row`: the name becomes read-only and where the setting is kept cannot change.
    void setRemote(const duper::RemoteClusterRow& row);
    bool isEditing() const { return m_editing; }

    // What Save writes.
    duper::RemoteClusterSettings settings() const;
    // One sentence per problem in the fields; empty when Save may go ahead.
    QStringList problems() const;
    QStringList seedProblems() const;
    QString proxyAddressProblem() const;
    QString aliasProblem() const;
    bool isSaving() const { return !m_job.isNull(); }
    QString errorText() const;
    QPushButton* saveButton() const;

public slots:
    void accept() override;
    void reject() override;

signals:
    // PUT /_cluster/settings was acknowledged for `alias`.
    void remoteSaved(const QString& alias);

private:
    void validate();
    void setSaving(bool saving);
    void showError(const QString& text);
    QStringList seedLines() const;

    QScopedPointer<::Ui::RemoteClusterDialog> m_ui;
    QPointer<duper::RemoteClusterActions> m_actions;
    QStringList m_existing;
    bool m_editing = false;
    QPointer<duper::EsJob> m_job;
};

} // namespace duper::ui
