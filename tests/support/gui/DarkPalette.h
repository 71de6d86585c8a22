#pragma once

#include <QPalette>

namespace duper::test {

// The application's palette as a dark desktop theme sets it: what the screenshot tests render in dark mode.
QPalette darkPalette();

} // namespace duper::test
