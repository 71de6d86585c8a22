#include "ui/common/ShortcutToolTip.h"

#include <QCoreApplication>

namespace duper::ui {

QString shortcutToolTip(const QString& toolTip, const QKeySequence& shortcut)
{
    if (shortcut.isEmpty())
        return toolTip;
    return QCoreApplication::translate("duper::ui::ShortcutToolTip", "%1 (%2)")
        .arg(toolTip, shortcut.toString(QKeySequence::NativeText));
}

} // namespace duper::ui
