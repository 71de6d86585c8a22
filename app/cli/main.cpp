#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUPER_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    duper::cli::CliApplication cli;
    return cli.run(arguments);
}
