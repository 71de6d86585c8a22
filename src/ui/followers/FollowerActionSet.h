#pragma once

#include "core/followers/FollowerRow.h"

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace duper::ui {

// The Follower indices tab's actions with their shortcuts, icons and tooltips, and which of them apply to the
// follower indices at hand (pause needs an active one, resume a paused one, edit exactly one...).
class FollowerActionSet : public QObject
{
    Q_OBJECT

public:
    explicit FollowerActionSet(QObject* parent = nullptr);

    QAction* create() const { return m_create; }
    QAction* followMany() const { return m_followMany; }
    QAction* pause() const { return m_pause; }
    QAction* resume() const { return m_resume; }
    QAction* edit() const { return m_edit; }
    QAction* unfollow() const { return m_unfollow; }
    QAction* recreate() const { return m_recreate; }
    QAction* details() const { return m_details; }
    QAction* copyRequest() const { return m_copyRequest; }
    QAction* refresh() const { return m_refresh; }

    // Enables the row actions for `targets` (the checked or selected follower indices).
    void updateFor(const QList<FollowerRow>& targets, bool connected);
    // The row actions, for the context menu.
    void addRowActionsTo(QMenu* menu) const;
    void addToToolBar(QToolBar* toolBar) const;
    // Registers the shortcuts on `widget` (the page), so they work wherever focus is inside it.
    void attachTo(QWidget* widget) const;
    // Sets every text again in the current language (the page calls it on QEvent::LanguageChange).
    void retranslate();

private:
    QAction* makeAction(const QString& objectName, const QKeySequence& shortcut = {});
    void describe(QAction* action, const QString& text, const QString& toolTip);

    QAction* m_create;
    QAction* m_followMany;
    QAction* m_pause;
    QAction* m_resume;
    QAction* m_edit;
    QAction* m_unfollow;
    QAction* m_recreate;
    QAction* m_details;
    QAction* m_copyRequest;
    QAction* m_refresh;
};

} // namespace duper::ui
