#pragma once

#include "cli/OptionSpec.h"

#include <QList>
#include <QString>
#include <functional>

namespace duper::cli {

class CommandContext;

// One `duper` command: its name, help and options, and the function that runs it. `run` starts the work and
// eventually calls CommandContext::finish() (now or from the event loop).
struct CommandSpec
{
    QString name;
    QString summary; // one line for `duper --help`
    QString details; // extra paragraph for `duper <command> --help`
    QList<OptionSpec> options;
    // Also accepted after this command word: `duper config add-cluster` runs `add-cluster` (empty: top level only).
    QString parent;
    bool needsConnection = true;
    std::function<void(CommandContext&)> run;

    const OptionSpec* option(const QString& name) const
    {
        for (const OptionSpec& spec : options)
            if (spec.name == name)
                return &spec;
        return nullptr;
    }
};

} // namespace duper::cli
