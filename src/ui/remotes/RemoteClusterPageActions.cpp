#include "ui/remotes/RemoteClusterPageActions.h"

#include "core/remotes/RemoteClusterRow.h"
#include "ui/common/ListPageFrame.h"
#include "ui/common/PageAction.h"
#include "ui/common/Retranslator.h"
#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QToolBar>

namespace duper::ui {

RemoteClusterPageActions::RemoteClusterPageActions(ListPageFrame* page, Retranslator& texts)
    : add(makePageAction(
          page, texts, QStringLiteral("addRemoteClusterAction"), [] { return tr("&Add remote cluster…"); },
          [] { return tr("Add a remote cluster to this cluster"); }, QKeySequence::New)),
      edit(makePageAction(
          page, texts, QStringLiteral("editRemoteClusterAction"), [] { return tr("&Edit…"); },
          [] { return tr("Edit the selected remote cluster"); }, QKeySequence(Qt::CTRL | Qt::Key_E))),
      remove(makePageAction(
          page, texts, QStringLiteral("deleteRemoteClusterAction"), [] { return tr("&Delete…"); },
          [] { return tr("Delete the selected remote cluster"); }, QKeySequence::Delete)),
      refresh(makePageAction(
          page, texts, QStringLiteral("refreshRemoteClustersAction"), [] { return tr("&Refresh"); },
          [] { return tr("Load the remote clusters again"); }, QKeySequence::Refresh)),
      failOver(makePageAction(
          page, texts, QStringLiteral("failoverRemoteClusterAction"), [] { return tr("&Fail over…"); },
          [] {
              return tr("The leader cluster behind the selected remote is lost: make this cluster's followers of "
                        "it regular, writable indices");
          })),
      migrate(makePageAction(
          page, texts, QStringLiteral("migrateRemoteClusterAction"), [] { return tr("&Migrate to API key…"); },
          [] {
              return tr("Switch the selected certificate-based remote cluster to a cross-cluster API key in place: "
                        "its followers are paused and resumed");
          }))
{
    QToolBar* bar = page->toolBar();
    bar->setObjectName(QStringLiteral("remoteClustersToolBar"));
    texts.add([bar] { bar->setWindowTitle(tr("Remote cluster actions")); });
    for (QAction* action : {add, edit, remove})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(migrate);
    bar->addAction(failOver);
}

void RemoteClusterPageActions::update(bool connected, const duper::RemoteClusterRow* current)
{
    add->setEnabled(connected);
    refresh->setEnabled(connected);
    const bool editable = connected && current && current->editable();
    edit->setEnabled(editable);
    remove->setEnabled(editable);
    failOver->setEnabled(connected && current);
    const bool certificate = current && current->security == duper::RemoteClusterRow::Security::Certificate;
    migrate->setEnabled(editable && certificate);
    if (current && !certificate)
        migrate->setToolTip(tr("Already uses a cross-cluster API key."));
    else if (current && !current->editable())
        migrate->setToolTip(tr("Defined in elasticsearch.yml: change it there."));
    else
        migrate->setToolTip(tr("Switch the selected certificate-based remote cluster to a cross-cluster API key in "
                               "place: its followers are paused and resumed"));
    const QString why =
        current && !current->editable() ? tr("Defined in elasticsearch.yml: change it there.") : QString();
    edit->setToolTip(why.isEmpty() ? shortcutToolTip(tr("Edit the selected remote cluster"), edit->shortcut()) : why);
    remove->setToolTip(why.isEmpty() ? shortcutToolTip(tr("Delete the selected remote cluster"), remove->shortcut())
                                     : why);
}

} // namespace duper::ui
