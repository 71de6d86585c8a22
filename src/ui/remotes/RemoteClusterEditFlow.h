#pragma once

#include "core/remotes/RemoteClusterRow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

class QMessageBox;
class QWidget;

namespace duper {
class RemoteClusterActions;
}

namespace duper::ui {

class RemoteClusterDialog;

// The Remote clusters tab's path from user intent to RemoteClusterActions: the add / edit dialog and the question
// before deleting (both non-modal, deleted on close, over `window`), then the delete request and what it answered.
class RemoteClusterEditFlow : public QObject
{
    Q_OBJECT

public:
    explicit RemoteClusterEditFlow(QWidget* window);

    // The session's actions; null while not connected (then nothing opens).
    void setActions(duper::RemoteClusterActions* actions);

    // Add (no `editing`; `existingAliases` are refused as names) or edit `editing`.
    RemoteClusterDialog* openDialog(const QStringList& existingAliases,
                                    const std::optional<duper::RemoteClusterRow>& editing);
    // Asks to confirm deleting `row`; deletes it on confirmation. Null unless `row` is editable.
    QMessageBox* confirmDelete(const duper::RemoteClusterRow& row);

signals:
    void remoteSaved(const QString& alias);
    void remoteDeleted(const QString& alias);
    void deleteFailed(const QString& message);
    void statusMessage(const QString& text);

private:
    void remove(const duper::RemoteClusterRow& row);

    QWidget* m_window;
    QPointer<duper::RemoteClusterActions> m_actions;
};

} // namespace duper::ui
