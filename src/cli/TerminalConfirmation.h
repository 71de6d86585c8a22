#pragma once

#include <QString>

namespace duper::cli {

// Asks a yes/no question on the terminal before a command changes something it cannot undo. Only when stdin is a
// terminal; scripts pass --yes instead.
class TerminalConfirmation
{
public:
    static bool canAsk();
    // True when the user typed y or yes; false for anything else, an empty line or end of input.
    static bool ask(const QString& question);
};

} // namespace duper::cli
