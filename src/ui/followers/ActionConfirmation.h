#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace duper::ui {

// One "are you sure?" box for a follower action, in plain words: what happens, to which indices, and an optional
// check box ("Resume with the settings it had"). A destructive action is never the default button.
struct ActionConfirmation
{
    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    QString confirmText;
    bool destructive = false;
    QString checkBoxText; // empty: no check box
    bool checkBoxChecked = true;

    // Opens the box over `parent` (window-modal, not blocking) and calls `onConfirmed` with the check box's state
    // when the user confirms; nothing when they cancel.
    void ask(QWidget* parent, std::function<void(bool checked)> onConfirmed) const;
};

} // namespace duper::ui
