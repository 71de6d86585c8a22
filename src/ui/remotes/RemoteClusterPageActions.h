#pragma once

#include <QCoreApplication>

class QAction;

namespace duper {
struct RemoteClusterRow;
}

namespace duper::ui {

class ListPageFrame;
class Retranslator;

// The actions of the Remote clusters tab (add, edit, delete, refresh, fail over, migrate to an API key) with their
// texts, tool tips and shortcuts, the tool bar that shows them, and when each is enabled.
class RemoteClusterPageActions
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::RemoteClustersPage)

public:
    // The actions are children of `page`, act only while focus is inside it and stand in its tool bar; `texts`
    // re-applies their texts on a language change.
    RemoteClusterPageActions(ListPageFrame* page, Retranslator& texts);

    // `current` is the selected remote, if any. A remote defined in elasticsearch.yml cannot be edited or deleted
    // here, and the tool tips say so. Only an editable remote that uses certificates can be migrated to an API key.
    void update(bool connected, const duper::RemoteClusterRow* current);

    // Made once with the page; they live as long as it does.
    QAction* const add;
    QAction* const edit;
    QAction* const remove;
    QAction* const refresh;
    QAction* const failOver;
    QAction* const migrate;
};

} // namespace duper::ui
