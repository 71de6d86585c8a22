#pragma once

#include "cli/OptionSpec.h"
#include "cli/Output.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace duper::cli {

class CommandContext;

// One `duper` command: its name, help and options, and the function that runs it. `run` starts the work and
// eventually calls CommandContext::finish() (now or from the event loop).
struct CommandSpec
{
    using Run = std::function<void(CommandContext&)>;

    CommandSpec() = default;
    // A command in one expression: `CommandSpec(name, summary, options, &Commands::run).withDetails(...)`.
    CommandSpec(QString name, QString summary, QList<OptionSpec> options, Run run)
        : name(std::move(name)), summary(std::move(summary)), options(std::move(options)), run(std::move(run))
    {}
    CommandSpec withDetails(QString text) &&
    {
        details = std::move(text);
        return std::move(*this);
    }
    CommandSpec withParent(QString word) &&
    {
        parent = std::move(word);
        return std::move(*this);
    }
    CommandSpec withoutConnection() &&
    {
        needsConnection = false;
        return std::move(*this);
    }
    CommandSpec withOptions(const QList<OptionSpec>& more) &&
    {
        options.append(more);
        return std::move(*this);
    }
    // For a command with its own exit code convention (`duper check` follows monitoring plugins: bad usage is
    // UNKNOWN, 3): the exit code of usage errors, and what prints them on stdout besides the usual stderr lines.
    CommandSpec withUsageErrors(int exitCode, std::function<void(Output&, const QStringList& problems)> print) &&
    {
        usageExitCode = exitCode;
        printUsageProblems = std::move(print);
        return std::move(*this);
    }

    QString name;
    QString summary; // one line for `duper --help`
    QString details; // extra paragraph for `duper <command> --help`
    QList<OptionSpec> options;
    // Also accepted after this command word: `duper config add-cluster` runs `add-cluster` (empty: top level only).
    QString parent;
    bool needsConnection = true;
    Run run;
    int usageExitCode = 2;                                                        // ExitCode::Usage
    std::function<void(Output&, const QStringList& problems)> printUsageProblems; // may be empty

    const OptionSpec* option(const QString& name) const
    {
        for (const OptionSpec& spec : options)
            if (spec.name == name)
                return &spec;
        return nullptr;
    }
};

} // namespace duper::cli
