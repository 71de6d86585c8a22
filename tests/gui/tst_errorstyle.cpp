// Error text and invalid fields follow the application's palette: deep red on light themes, light red on dark ones.

#include "ui/common/ErrorStyle.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTest>

using duper::ui::ErrorStyle;

class TestErrorStyle : public QObject
{
    Q_OBJECT

private slots:
    void errorTextFollowsThePalette();
    void invalidFieldIsMarkedAndCleared();
};

void TestErrorStyle::errorTextFollowsThePalette()
{
    ErrorStyle::install();
    ErrorStyle::install(); // once only
    QLabel label(QStringLiteral("Enter a name."));
    QLabel plain(QStringLiteral("plain"));
    ErrorStyle::markError(&label);
    label.ensurePolished();
    plain.ensurePolished();
    const QPalette light = QApplication::palette();
    QCOMPARE(label.palette().color(QPalette::WindowText), ErrorStyle::color(light));
    QCOMPARE(plain.palette().color(QPalette::WindowText), light.color(QPalette::WindowText));

    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    const QColor onDark = label.palette().color(QPalette::WindowText);
    QCOMPARE(onDark, ErrorStyle::color(dark));
    QVERIFY(onDark.lightness() > ErrorStyle::color(light).lightness() + 60);
    QCOMPARE(ErrorStyle::colorName(), onDark.name());

    ErrorStyle::markError(&label, false);
    QCOMPARE(label.palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    QApplication::setPalette(light);
}

void TestErrorStyle::invalidFieldIsMarkedAndCleared()
{
    ErrorStyle::install();
    QLineEdit edit;
    edit.ensurePolished();
    ErrorStyle::setInvalid(&edit, true);
    QCOMPARE(edit.property("duperInvalid").toBool(), true);
    ErrorStyle::setInvalid(&edit, false);
    QCOMPARE(edit.property("duperInvalid").toBool(), false);
}

QTEST_MAIN(TestErrorStyle)
#include "tst_errorstyle.moc"
