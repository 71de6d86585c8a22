#pragma once

#include "cli/CommandSpec.h"
#include "cli/OptionSpec.h"
#include "cli/Output.h"

#include <QList>
#include <QStringList>

namespace duper::cli {

// The `duper` command line: knows the commands, parses the arguments, prints help and runs one command in the
// application's event loop. A QCoreApplication must exist.
class CliApplication
{
public:
    CliApplication();

    // `arguments` without argv[0]; returns the process exit code.
    int run(const QStringList& arguments);

    const QList<CommandSpec>& commands() const { return m_commands; }

private:
    const CommandSpec* find(const QString& name) const;
    QString mainHelp() const;
    QString commandHelp(const CommandSpec& command) const;
    static QString optionLine(const OptionSpec& option);

    QList<OptionSpec> m_globals;
    QList<CommandSpec> m_commands;
    Output m_output;
};

} // namespace duper::cli
