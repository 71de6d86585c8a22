#include "ui/remotes/RemoteClusterEditFlow.h"

#include "core/es/EsJob.h"
#include "core/remotes/RemoteClusterActions.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterTexts.h"

#include <QMessageBox>
#include <QPushButton>

namespace duper::ui {

RemoteClusterEditFlow::RemoteClusterEditFlow(QWidget* window) : QObject(window), m_window(window)
{}

void RemoteClusterEditFlow::setActions(RemoteClusterActions* actions)
{
    m_actions = actions;
}

RemoteClusterDialog* RemoteClusterEditFlow::openDialog(const QStringList& existingAliases,
                                                       const std::optional<RemoteClusterRow>& editing)
{
    if (!m_actions)
        return nullptr;
    auto* dialog = new RemoteClusterDialog(m_actions, existingAliases, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (editing)
        dialog->setRemote(*editing);
    connect(dialog, &RemoteClusterDialog::remoteSaved, this, &RemoteClusterEditFlow::remoteSaved);
    dialog->open();
    return dialog;
}

QMessageBox* RemoteClusterEditFlow::confirmDelete(const RemoteClusterRow& row)
{
    if (!m_actions || !row.editable())
        return nullptr;
    const bool breaksFollowers = RemoteClusterActions::deletionImpact(row).breaksFollowers();
    auto* box =
        new QMessageBox(breaksFollowers ? QMessageBox::Warning : QMessageBox::Question, tr("Delete remote cluster"),
                        RemoteClusterTexts::deleteWarning(row), QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("deleteRemoteClusterBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, row](QAbstractButton* clicked) {
        if (clicked == confirm)
            remove(row);
    });
    box->open();
    return box;
}

void RemoteClusterEditFlow::remove(const RemoteClusterRow& row)
{
    EsJob* job = m_actions ? m_actions->remove(row) : nullptr;
    if (!job)
        return;
    emit statusMessage(tr("Deleting remote cluster “%1”…").arg(row.alias));
    connect(job, &EsJob::finished, this, [this, alias = row.alias](EsJob* finished) {
        if (finished->hasError()) {
            emit deleteFailed(tr("Elasticsearch did not delete the remote cluster “%1”: %2")
                                  .arg(alias, finished->error().userMessage()));
            return;
        }
        emit statusMessage(tr("Remote cluster “%1” deleted.").arg(alias));
        emit remoteDeleted(alias);
    });
}

} // namespace duper::ui
