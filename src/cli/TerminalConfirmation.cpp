#include "cli/TerminalConfirmation.h"

#include <QCoreApplication>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace duper::cli {

bool TerminalConfirmation::canAsk()
{
    return isatty(STDIN_FILENO) == 1;
}

bool TerminalConfirmation::ask(const QString& question)
{
    if (!canAsk())
        return false;
    const QString prompt =
        question + QLatin1Char(' ') + QCoreApplication::translate("duper::cli", "[y/N]") + QLatin1Char(' ');
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    const QString answer = QString::fromLocal8Bit(line.c_str()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == QCoreApplication::translate("duper::cli", "y", "the short form of yes") ||
           answer == QCoreApplication::translate("duper::cli", "yes", "the long form of yes");
}

bool TerminalConfirmation::waitForEnter(const QString& prompt)
{
    if (!canAsk())
        return false;
    std::fputs((prompt + QLatin1Char(' ')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
    }
    return c == '\n';
}

} // namespace duper::cli
