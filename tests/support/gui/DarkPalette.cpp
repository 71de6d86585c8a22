#include "DarkPalette.h"

#include <QColor>
#include <utility>

namespace duper::test {

QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xee, 0xee, 0xee);
    for (auto [role, color] : {std::pair{QPalette::Window, QColor(0x30, 0x30, 0x30)},
                               {QPalette::Base, QColor(0x24, 0x24, 0x24)},
                               {QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c)},
                               {QPalette::Button, QColor(0x3a, 0x3a, 0x3a)},
                               {QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8)},
                               {QPalette::WindowText, text},
                               {QPalette::Text, text},
                               {QPalette::ButtonText, text},
                               {QPalette::HighlightedText, text},
                               {QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99)}})
        dark.setColor(role, color);
    return dark;
}

} // namespace duper::test
