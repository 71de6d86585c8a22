#include "ui/followers/FollowerActionSet.h"

#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace duper::ui {

FollowerActionSet::FollowerActionSet(QObject* parent) : QObject(parent)
{
    QStyle* style = QApplication::style();
    m_create = makeAction(QStringLiteral("createFollowerAction"), QKeySequence::New);
    m_create->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_followMany = makeAction(QStringLiteral("followManyAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_followMany->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    m_pause = makeAction(QStringLiteral("pauseFollowerAction"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    m_resume = makeAction(QStringLiteral("resumeFollowerAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_resume->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_edit = makeAction(QStringLiteral("editFollowerAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_unfollow = makeAction(QStringLiteral("unfollowAction"), QKeySequence::Delete);
    m_unfollow->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
    m_recreate = makeAction(QStringLiteral("recreateFollowerAction"));
    m_recreate->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_details = makeAction(QStringLiteral("viewDetailsAction"));
    m_details->setIcon(style->standardIcon(QStyle::SP_FileDialogInfoView));
    m_copyRequest = makeAction(QStringLiteral("copyRequestAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_refresh = makeAction(QStringLiteral("refreshFollowersAction"), QKeySequence::Refresh);
    m_refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    retranslate();
    updateFor({}, false);
}

void FollowerActionSet::retranslate()
{
    describe(m_create, tr("&Create follower index…"),
             tr("Replicate a leader index of a remote cluster into a new follower index"));
    describe(m_followMany, tr("Follow &many…"), tr("Follow existing leader indices that match patterns, in one go"));
    describe(m_pause, tr("&Pause replication"), tr("Stop replicating into the selected follower indices"));
    describe(m_resume, tr("&Resume replication"),
             tr("Start replicating again into the selected paused follower indices"));
    describe(m_edit, tr("&Edit settings…"), tr("Change the advanced settings of the selected follower index"));
    describe(m_unfollow, tr("&Unfollow leader index…"), tr("Turn the selected follower indices into regular indices"));
    describe(m_recreate, tr("Re&create follower index…"),
             tr("Delete the follower's data and copy it again from the leader index"));
    describe(m_details, tr("View &details"),
             tr("Show the shard statistics and errors of the selected follower index (Enter)"));
    describe(m_copyRequest, tr("Copy &REST request"),
             tr("Copy the follow request that creates this follower index, for Kibana's Dev Tools"));
    describe(m_refresh, tr("Re&fresh"), tr("Load the follower indices again"));
}

QAction* FollowerActionSet::makeAction(const QString& objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void FollowerActionSet::describe(QAction* action, const QString& text, const QString& toolTip)
{
    action->setText(text);
    action->setToolTip(shortcutToolTip(toolTip, action->shortcut()));
}

void FollowerActionSet::updateFor(const QList<FollowerRow>& targets, bool connected)
{
    bool anyRunning = false;
    bool anyPaused = false;
    for (const FollowerRow& row : targets) {
        if (row.state == FollowerState::Paused)
            anyPaused = true;
        else
            anyRunning = true;
    }
    const bool one = targets.size() == 1;
    m_create->setEnabled(connected);
    m_followMany->setEnabled(connected);
    m_refresh->setEnabled(connected);
    m_pause->setEnabled(connected && anyRunning);
    m_resume->setEnabled(connected && anyPaused);
    m_edit->setEnabled(connected && one);
    m_unfollow->setEnabled(connected && !targets.isEmpty());
    m_recreate->setEnabled(connected && one);
    m_details->setEnabled(one);
    m_copyRequest->setEnabled(one);
}

void FollowerActionSet::addRowActionsTo(QMenu* menu) const
{
    menu->addAction(m_details);
    menu->addSeparator();
    menu->addAction(m_pause);
    menu->addAction(m_resume);
    menu->addAction(m_edit);
    menu->addSeparator();
    menu->addAction(m_unfollow);
    menu->addAction(m_recreate);
    menu->addSeparator();
    menu->addAction(m_copyRequest);
}

void FollowerActionSet::addToToolBar(QToolBar* toolBar) const
{
    toolBar->addAction(m_create);
    toolBar->addAction(m_followMany);
    toolBar->addSeparator();
    toolBar->addAction(m_pause);
    toolBar->addAction(m_resume);
    toolBar->addAction(m_edit);
    toolBar->addAction(m_unfollow);
}

void FollowerActionSet::attachTo(QWidget* widget) const
{
    widget->addActions({m_create, m_followMany, m_pause, m_resume, m_edit, m_unfollow, m_recreate, m_details,
                        m_copyRequest, m_refresh});
}

} // namespace duper::ui
