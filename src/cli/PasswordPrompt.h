#pragma once

#include <QString>
#include <optional>

namespace duper::cli {

// Asks for a password on the terminal without echoing it. Only when stdin is a terminal.
class PasswordPrompt
{
public:
    static bool canPrompt();
    // The line typed (without the newline), or nullopt when stdin is not a terminal or was closed.
    static std::optional<QString> ask(const QString& prompt);
};

} // namespace duper::cli
