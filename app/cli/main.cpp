#include "cli/CliApplication.h"
#include "core/i18n/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
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
