#pragma once

#include <QCoreApplication>
#include <QKeySequence>

class QAction;
class QToolBar;
class QWidget;

namespace duper::ui {

class Retranslator;

// The actions of the Auto-follow patterns tab (create, edit, duplicate, pause, resume, delete, refresh) with their
// texts, tool tips and shortcuts, the tool bar that shows them, and when each is enabled.
class AutoFollowPageActions
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternsPage)

public:
    // The actions are children of `page` and act only while focus is inside it; `toolBar` (the page's) shows them;
    // `texts` re-applies their texts on a language change.
    AutoFollowPageActions(QWidget* page, QToolBar* toolBar, Retranslator& texts);

    // What is selected decides what can be done.
    void update(bool connected, qsizetype selected, bool anyActive, bool anyPaused);

    QToolBar* toolBar = nullptr;
    QAction* create = nullptr;
    QAction* edit = nullptr;
    QAction* duplicate = nullptr;
    QAction* pause = nullptr;
    QAction* resume = nullptr;
    QAction* remove = nullptr;
    QAction* refresh = nullptr;

private:
    Retranslator& m_texts;
};

} // namespace duper::ui
