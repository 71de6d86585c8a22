#pragma once

#include "cli/CommandLine.h"
#include "cli/CommandSpec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace duper::cli {

// Parses `duper [global options] <command> [options]`: global options may also come after the command; `--opt value`,
// `--opt=value`, `-a value` and `-a=value` all work; '-' and '_' are interchangeable in long names.
class CommandLineParser
{
public:
    using Lookup = std::function<const CommandSpec*(const QString& name)>;

    CommandLineParser(QList<OptionSpec> globalOptions, Lookup lookup)
        : m_globals(std::move(globalOptions)), m_lookup(std::move(lookup))
    {}

    // False with a message for people in *error (unknown command or option, missing value).
    bool parse(const QStringList& arguments, CommandLine* line, QString* error) const;

private:
    const OptionSpec* find(const QString& text, bool alias, const CommandSpec* command) const;

    QList<OptionSpec> m_globals;
    Lookup m_lookup;
};

} // namespace duper::cli
