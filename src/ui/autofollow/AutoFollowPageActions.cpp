#include "ui/autofollow/AutoFollowPageActions.h"

#include "ui/common/PageAction.h"
#include "ui/common/Retranslator.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace duper::ui {

AutoFollowPageActions::AutoFollowPageActions(QWidget* page, QToolBar* bar, Retranslator& texts) : m_texts(texts)
{
    create = makePageAction(
        page, m_texts, QStringLiteral("createPatternAction"), [] { return tr("Create pattern…"); },
        [] { return tr("Create an auto-follow pattern"); }, QKeySequence(Qt::CTRL | Qt::Key_N));
    edit = makePageAction(
        page, m_texts, QStringLiteral("editPatternAction"), [] { return tr("Edit…"); },
        [] { return tr("Edit the selected pattern"); }, QKeySequence(Qt::CTRL | Qt::Key_E));
    duplicate = makePageAction(
        page, m_texts, QStringLiteral("duplicatePatternAction"), [] { return tr("Duplicate…"); },
        [] { return tr("Create a new pattern from the selected one"); }, QKeySequence(Qt::CTRL | Qt::Key_D));
    pause = makePageAction(
        page, m_texts, QStringLiteral("pausePatternAction"), [] { return tr("Pause"); },
        [] { return tr("Stop following new leader indices (existing followers keep replicating)"); },
        QKeySequence(Qt::CTRL | Qt::Key_P));
    resume = makePageAction(
        page, m_texts, QStringLiteral("resumePatternAction"), [] { return tr("Resume"); },
        [] { return tr("Follow new leader indices again"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    remove = makePageAction(
        page, m_texts, QStringLiteral("deletePatternAction"), [] { return tr("Delete…"); },
        [] { return tr("Delete the selected patterns (existing followers keep replicating)"); },
        QKeySequence(Qt::Key_Delete));
    refresh = makePageAction(
        page, m_texts, QStringLiteral("refreshPatternsAction"), [] { return tr("Refresh"); },
        [] { return tr("Reload the patterns"); }, QKeySequence(Qt::Key_F5));

    toolBar = bar;
    m_texts.add([bar = toolBar] { bar->setWindowTitle(tr("Auto-follow pattern actions")); });
    toolBar->setObjectName(QStringLiteral("autoFollowToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {create, edit, duplicate, pause, resume, remove})
        toolBar->addAction(action);
}

void AutoFollowPageActions::update(bool connected, qsizetype selected, bool anyActive, bool anyPaused)
{
    create->setEnabled(connected);
    edit->setEnabled(connected && selected == 1);
    duplicate->setEnabled(connected && selected == 1);
    pause->setEnabled(connected && anyActive);
    resume->setEnabled(connected && anyPaused);
    remove->setEnabled(connected && selected > 0);
    refresh->setEnabled(connected);
}

} // namespace duper::ui
