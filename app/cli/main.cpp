#include "cli/CliApplication.h"
#include "core/ShortLivedProcessHeap.h"
#include "core/i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <cstring>

int main(int argc, char* argv[])
{
    // Every command but the sandbox (a server that runs for hours) does one thing and exits: its heap is set up for
    // that before any thread starts (see the class). Any argument spelled "sandbox" counts, to be safe.
    bool longRunning = false;
    for (int i = 1; i < argc; ++i)
        longRunning |= std::strcmp(argv[i], "sandbox") == 0;
    if (!longRunning)
        duper::ShortLivedProcessHeap::prepare();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUPER_VERSION));
    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json output never changes with it.
    duper::TranslationLoader translations;
    translations.apply(QString());
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    duper::cli::CliApplication cli;
    return cli.run(arguments);
}
