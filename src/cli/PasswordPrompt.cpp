#include "cli/PasswordPrompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace duper::cli {

bool PasswordPrompt::canPrompt()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> PasswordPrompt::ask(const QString& prompt)
{
    if (!canPrompt())
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string text;
    bool gotLine = false;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        gotLine = true;
        if (c == '\n')
            break;
        text.push_back(static_cast<char>(c));
    }
    if (haveTermios)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!gotLine)
        return std::nullopt;
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    return QString::fromLocal8Bit(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace duper::cli
