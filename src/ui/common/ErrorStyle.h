#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

namespace duper::ui {

// Error text and fields with a bad value, in a red that reads on the application's palette: a deep red on light
// themes, a light red on dark ones (a fixed #b00020 is nearly invisible on a dark background). Widgets only carry a
// property; one application style sheet colours them and is rebuilt when the palette changes.
class ErrorStyle : public QObject
{
    Q_OBJECT

public:
    // Installs the style sheet on the application (once; later calls do nothing) and follows palette changes.
    static void install();
    static QColor color(const QPalette& palette);
    // The current application palette's error colour, for rich text ("<span style='color: …'>").
    static QString colorName();
    // `widget` shows error text (a label) from now on, or no longer.
    static void markError(QWidget* widget, bool error = true);
    // `field` shows a red frame while `invalid`.
    static void setInvalid(QWidget* field, bool invalid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ErrorStyle(QObject* parent) : QObject(parent) {}
    static void apply();
};

} // namespace duper::ui
