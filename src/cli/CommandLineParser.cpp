#include "cli/CommandLineParser.h"

#include <QCoreApplication>
#include <optional>

namespace duper::cli {

namespace {

QString canonical(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

const OptionSpec* CommandLineParser::find(const QString& text, bool alias, const CommandSpec* command) const
{
    auto matches = [&](const OptionSpec& spec) {
        return alias ? (!spec.alias.isEmpty() && spec.alias == text) : canonical(spec.name) == canonical(text);
    };
    if (command) {
        for (const OptionSpec& spec : command->options)
            if (matches(spec))
                return &spec;
    }
    for (const OptionSpec& spec : m_globals)
        if (matches(spec))
            return &spec;
    return nullptr;
}

bool CommandLineParser::parse(const QStringList& arguments, CommandLine* line, QString* error) const
{
    const CommandSpec* command = nullptr;
    bool subcommandSeen = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (command && command->name == u"sandbox") {
            // The sandbox has its own options (SandboxOptions); only --help is ours.
            if (argument == u"--help" || argument == u"-h")
                line->values.insert(QStringLiteral("help"), {QString()});
            else
                line->passThrough.append(argument);
            continue;
        }
        const bool isLong = argument.startsWith(QLatin1String("--")) && argument.size() > 2;
        const bool isShort = !isLong && argument.startsWith(QLatin1Char('-')) && argument.size() > 1;
        if (!isLong && !isShort) {
            if (command && !subcommandSeen) {
                // `duper config add-cluster`, `duper config import`, `duper config list`.
                subcommandSeen = true;
                const CommandSpec* sub = m_lookup(command->name + QLatin1Char(' ') + argument);
                if (!sub) {
                    sub = m_lookup(argument);
                    if (sub && sub->parent != command->name)
                        sub = nullptr;
                }
                if (sub) {
                    command = sub;
                    line->command = sub->name;
                    continue;
                }
                if (argument == u"list" && command->name == u"config")
                    continue;
            }
            if (command) {
                *error = QCoreApplication::translate("duper::cli", "unexpected argument \"%1\"").arg(argument);
                return false;
            }
            command = m_lookup(argument);
            if (!command) {
                *error = QCoreApplication::translate("duper::cli", "unknown command \"%1\"").arg(argument);
                return false;
            }
            line->command = command->name;
            continue;
        }
        QString name = argument.mid(isLong ? 2 : 1);
        std::optional<QString> inlineValue;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        const OptionSpec* spec = find(name, isShort, command);
        if (!spec) {
            *error = command
                         ? QCoreApplication::translate("duper::cli", "unknown option %1 for command %2")
                               .arg(isLong ? QStringLiteral("--") + name : QStringLiteral("-") + name, command->name)
                         : QCoreApplication::translate("duper::cli", "unknown option %1")
                               .arg(isLong ? QStringLiteral("--") + name : QStringLiteral("-") + name);
            return false;
        }
        if (spec->kind == OptionSpec::Kind::Flag) {
            if (inlineValue) {
                *error = QCoreApplication::translate("duper::cli", "--%1 takes no value").arg(spec->name);
                return false;
            }
            line->values.insert(spec->name, {QString()});
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *error = QCoreApplication::translate("duper::cli", "--%1 needs a value").arg(spec->name);
            return false;
        }
        line->values[spec->name].append(value);
    }
    return true;
}

} // namespace duper::cli
