#include "ui/common/PageAction.h"

#include "ui/common/Retranslator.h"
#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QWidget>

namespace duper::ui {

QAction* makePageAction(QWidget* page, const QString& objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(page);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QAction* makePageAction(QWidget* page, Retranslator& texts, const QString& objectName, std::function<QString()> text,
                        std::function<QString()> toolTip, const QKeySequence& shortcut)
{
    QAction* action = makePageAction(page, objectName, shortcut);
    texts.add([action, text = std::move(text), toolTip = std::move(toolTip), shortcut] {
        action->setText(text());
        action->setToolTip(shortcutToolTip(toolTip(), shortcut));
    });
    return action;
}

} // namespace duper::ui
