#pragma once

#include <QKeySequence>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace duper::ui {

class Retranslator;

// A tab's own action: a child of `page` and in its actions, with a shortcut that works only while focus is inside the
// page (each tab has its own Ctrl+E and Delete).
QAction* makePageAction(QWidget* page, const QString& objectName, const QKeySequence& shortcut = {});

// The same, with its text and tool tip (which names the shortcut) set now and again on every language change.
QAction* makePageAction(QWidget* page, Retranslator& texts, const QString& objectName, std::function<QString()> text,
                        std::function<QString()> toolTip, const QKeySequence& shortcut = {});

} // namespace duper::ui
