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
    // Shows `prompt` and waits for the user to press Enter; false at end of input (or when stdin is no terminal).
    static bool waitForEnter(const QString& prompt);
};

} // namespace duper::cli
