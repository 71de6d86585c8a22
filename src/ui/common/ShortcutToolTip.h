#pragma once

#include <QKeySequence>
#include <QString>

namespace duper::ui {

// "Pause replication into the selected follower indices (Ctrl+P)": tooltips name the shortcut so it can be learnt
// from the tool bar. No shortcut, no parentheses.
QString shortcutToolTip(const QString& toolTip, const QKeySequence& shortcut);

} // namespace duper::ui
