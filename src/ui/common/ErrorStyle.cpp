#include "ui/common/ErrorStyle.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace duper::ui {
namespace {

const char* const kRole = "duperRole";
const char* const kInvalid = "duperInvalid";
const char* const kInstalled = "duperErrorStyle";

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
    apply();
}

void ErrorStyle::apply()
{
    const QString red = colorName();
    // Only these selectors: everything else keeps the platform style's own look.
    qApp->setStyleSheet(QStringLiteral("*[%1=\"error\"] { color: %2; }\n"
                                       "QLineEdit[%3=\"true\"] { border: 1px solid %2; }")
                            .arg(QLatin1String(kRole), red, QLatin1String(kInvalid)));
}

bool ErrorStyle::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void ErrorStyle::markError(QWidget* widget, bool error)
{
    widget->setProperty(kRole, error ? QStringLiteral("error") : QString());
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void ErrorStyle::setInvalid(QWidget* field, bool invalid)
{
    if (field->property(kInvalid).toBool() == invalid)
        return;
    field->setProperty(kInvalid, invalid);
    // A dynamic property is not watched by the style sheet: polish again so the frame follows.
    field->style()->unpolish(field);
    field->style()->polish(field);
}

} // namespace duper::ui
