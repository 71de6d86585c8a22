#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

namespace duper::ui {

// Error text and fields with a bad value, in a red that reads on the application's palette: a deep red on light
// themes, a light red on dark ones (a fixed #b00020 is nearly invisible on a dark background).
// Widgets carry a dynamic property ("duperRole" = "error" on labels, also set in forms/*.ui; "duperInvalid" on line
// edits). Only the widgets that carry one are styled: an error label gets the red as its text colour in its own
// palette, an invalid line edit a one-pixel red frame from a style sheet of its own. No application-wide style sheet:
// one would put every widget of the application through QStyleSheetStyle (a third of the start-up time).
class ErrorStyle : public QObject
{
    Q_OBJECT

public:
    // Watches the application (once; later calls do nothing): widgets that get the property from a form or any
    // setProperty() call are styled at once, and every styled widget follows palette changes.
    static void install();
    static QColor color(const QPalette& palette);
    // The current application palette's error colour, for rich text ("<span style='color: …'>").
    static QString colorName();
    // `widget` shows error text (a label) from now on, or no longer.
    static void markError(QWidget* widget, bool error = true);
    // `field` (a QLineEdit) shows a red frame while `invalid`.
    static void setInvalid(QWidget* field, bool invalid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ErrorStyle(QObject* parent) : QObject(parent) {}
    // Styles `widget` as its properties say now (and takes the style off when they no longer ask for it).
    static void apply(QWidget* widget);
    static void applyErrorText(QWidget* widget);
    static void applyInvalidFrame(QWidget* widget);
};

} // namespace duper::ui
