#include "ui/autofollow/AutoFollowPageActions.h"

#include "ui/common/Retranslator.h"
#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace duper::ui {

AutoFollowPageActions::AutoFollowPageActions(QWidget* page, QToolBar* bar, Retranslator& texts)
    : m_page(page), m_texts(texts)
{
    create = make(
        QStringLiteral("createPatternAction"), [] { return tr("Create pattern…"); },
        [] { return tr("Create an auto-follow pattern"); }, QKeySequence(Qt::CTRL | Qt::Key_N));
    edit = make(
        QStringLiteral("editPatternAction"), [] { return tr("Edit…"); }, [] { return tr("Edit the selected pattern"); },
        QKeySequence(Qt::CTRL | Qt::Key_E));
    duplicate = make(
        QStringLiteral("duplicatePatternAction"), [] { return tr("Duplicate…"); },
        [] { return tr("Create a new pattern from the selected one"); }, QKeySequence(Qt::CTRL | Qt::Key_D));
    pause = make(
        QStringLiteral("pausePatternAction"), [] { return tr("Pause"); },
        [] { return tr("Stop following new leader indices (existing followers keep replicating)"); },
        QKeySequence(Qt::CTRL | Qt::Key_P));
    resume = make(
        QStringLiteral("resumePatternAction"), [] { return tr("Resume"); },
        [] { return tr("Follow new leader indices again"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    remove = make(
        QStringLiteral("deletePatternAction"), [] { return tr("Delete…"); },
        [] { return tr("Delete the selected patterns (existing followers keep replicating)"); },
        QKeySequence(Qt::Key_Delete));
    refresh = make(
        QStringLiteral("refreshPatternsAction"), [] { return tr("Refresh"); }, [] { return tr("Reload the patterns"); },
        QKeySequence(Qt::Key_F5));

    toolBar = bar;
    m_texts.add([bar = toolBar] { bar->setWindowTitle(tr("Auto-follow pattern actions")); });
    toolBar->setObjectName(QStringLiteral("autoFollowToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {create, edit, duplicate, pause, resume, remove})
        toolBar->addAction(action);
}

QAction* AutoFollowPageActions::make(const QString& objectName, std::function<QString()> text,
                                     std::function<QString()> toolTip, const QKeySequence& shortcut)
{
    auto* action = new QAction(m_page);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    m_texts.add([action, text = std::move(text), toolTip = std::move(toolTip), shortcut] {
        action->setText(text());
        action->setToolTip(shortcutToolTip(toolTip(), shortcut));
    });
    // Like the Follower indices tab: each tab's shortcuts work only while focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(action);
    return action;
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
