#include "ui/common/ErrorStyle.h"

#include <QApplication>
#include <QDynamicPropertyChangeEvent>
#include <QEvent>
#include <QLineEdit>
#include <QPalette>
#include <QWidget>
#include <algorithm>

namespace duper::ui {
namespace {

const char* const kRole = "duperRole";
const char* const kInvalid = "duperInvalid";
const char* const kInstalled = "duperErrorStyle";
// Set on widgets whose palette (error text) or style sheet (invalid frame) ErrorStyle set, so that it is taken off
// only where ErrorStyle put it; the frame's holds the field's native height.
const char* const kStyledText = "duperErrorStyledText";
const char* const kStyledFrame = "duperErrorStyledFrame";

// The roles a style sheet's `color:` sets (what the earlier application style sheet did for error labels).
constexpr QPalette::ColorRole kTextRoles[] = {QPalette::WindowText, QPalette::Text, QPalette::ButtonText};

bool hasDynamicProperty(const QObject* object, const char* name)
{
    // dynamicPropertyNames() is empty, and cheap, for nearly every widget; property() would first search the
    // meta-object's static properties by name.
    return object->dynamicPropertyNames().contains(name);
}

} // namespace

QColor ErrorStyle::color(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QString ErrorStyle::colorName()
{
    return color(QGuiApplication::palette()).name();
}

void ErrorStyle::install()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app || app->property(kInstalled).toBool())
        return;
    app->setProperty(kInstalled, true);
    app->installEventFilter(new ErrorStyle(app));
    // Widgets that already carry a property (made before the call).
    for (QWidget* widget : QApplication::allWidgets()) {
        if (hasDynamicProperty(widget, kRole) || hasDynamicProperty(widget, kInvalid))
            apply(widget);
    }
}

bool ErrorStyle::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DynamicPropertyChange:
        // forms/*.ui set "duperRole" in setupUi(); markError() and setInvalid() come through here as well.
        if (watched->isWidgetType()) {
            const QByteArray name = static_cast<QDynamicPropertyChangeEvent*>(event)->propertyName();
            if (name == kRole || name == kInvalid)
                apply(static_cast<QWidget*>(watched));
        }
        break;
    case QEvent::ApplicationPaletteChange:
        if (watched == qApp) {
            for (QWidget* widget : QApplication::allWidgets()) {
                if (hasDynamicProperty(widget, kStyledText) || hasDynamicProperty(widget, kStyledFrame))
                    apply(widget);
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ErrorStyle::markError(QWidget* widget, bool error)
{
    widget->setProperty(kRole, error ? QStringLiteral("error") : QString());
    apply(widget); // also without install(): the caller asked for it
}

void ErrorStyle::setInvalid(QWidget* field, bool invalid)
{
    if (field->property(kInvalid).toBool() == invalid)
        return;
    field->setProperty(kInvalid, invalid);
    apply(field);
}

void ErrorStyle::apply(QWidget* widget)
{
    applyErrorText(widget);
    applyInvalidFrame(widget);
}

void ErrorStyle::applyErrorText(QWidget* widget)
{
    const bool error = widget->property(kRole).toString() == QLatin1String("error");
    const bool styled = widget->property(kStyledText).toBool();
    if (error) {
        const QColor red = color(QGuiApplication::palette());
        QPalette palette = widget->palette();
        if (styled && palette.color(QPalette::WindowText) == red)
            return;
        for (const QPalette::ColorRole role : kTextRoles)
            palette.setColor(role, red); // every colour group, as the style sheet's `color:` did
        widget->setPalette(palette);
        widget->setProperty(kStyledText, true);
    } else if (styled) {
        // No other code sets a palette on these widgets: an empty one makes the widget inherit its parent's again.
        widget->setPalette(QPalette());
        widget->setProperty(kStyledText, QVariant());
    }
}

void ErrorStyle::applyInvalidFrame(QWidget* widget)
{
    if (!qobject_cast<QLineEdit*>(widget))
        return; // only line edits get a frame
    const bool invalid = widget->property(kInvalid).toBool();
    const bool styled = widget->property(kStyledFrame).isValid(); // holds the field's native height
    if (invalid) {
        // A style sheet of the field's own, only while it is invalid: the native frame cannot be coloured otherwise.
        // A style-sheet frame is thinner than the native one; padding keeps the field as tall as its neighbours, so
        // the form does not move when a value turns invalid.
        const int nativeHeight = styled ? widget->property(kStyledFrame).toInt() : widget->sizeHint().height();
        const QString border = QStringLiteral("border: 1px solid %1;").arg(colorName());
        widget->setStyleSheet(QStringLiteral("QLineEdit { %1 }").arg(border));
        const int missing = std::max(0, nativeHeight - widget->sizeHint().height());
        if (missing > 0) {
            widget->setStyleSheet(QStringLiteral("QLineEdit { %1 padding-top: %2px; padding-bottom: %3px; }")
                                      .arg(border)
                                      .arg(missing / 2)
                                      .arg(missing - missing / 2));
        }
        widget->setProperty(kStyledFrame, nativeHeight);
    } else if (styled) {
        widget->setStyleSheet(QString());
        widget->setProperty(kStyledFrame, QVariant());
    }
}

} // namespace duper::ui
