#include "cli/CliApplication.h"

#include "cli/AutoFollowCommands.h"
#include "cli/BidirectionalCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandContext.h"
#include "cli/CommandLineParser.h"
#include "cli/ConfigCommands.h"
#include "cli/ConnectCommand.h"
#include "cli/CrossClusterKeyCommands.h"
#include "cli/ExitCode.h"
#include "cli/FailbackCommand.h"
#include "cli/FailoverCommand.h"
#include "cli/FollowCommands.h"
#include "cli/FollowManyCommand.h"
#include "cli/IndexCommands.h"
#include "cli/ProcedureCommands.h"
#include "cli/RemoteClusterCommands.h"
#include "cli/SandboxCommand.h"
#include "cli/StatusCommands.h"
#include "cli/TestConnectionCommand.h"
#include "cli/TopologyCommand.h"
#include "cli/VerifyCommand.h"

#include <QCoreApplication>

namespace duper::cli {

CliApplication::CliApplication() : m_output(stdout, stderr)
{
    using Kind = OptionSpec::Kind;
    m_globals = {
        {QStringLiteral("connection"), QStringLiteral("c"), Kind::Text, QStringLiteral("NAME"),
         QCoreApplication::translate("duper::cli",
                                     "use this saved connection (the leader's for forget and open/close -l)"),
         QCoreApplication::translate("duper::cli", "the default follower connection"), false},
        {QStringLiteral("url"),
         {},
         Kind::Text,
         QStringLiteral("URL"),
         QCoreApplication::translate("duper::cli", "REST URL of the follower cluster"),
         QCoreApplication::translate("duper::cli", "the default follower connection, else http://localhost:9200"),
         false},
        {QStringLiteral("username"),
         {},
         Kind::Text,
         QStringLiteral("NAME"),
         QCoreApplication::translate("duper::cli",
                                     "log in as this user; the password comes from DUPER_PASSWORD or a hidden prompt"),
         {},
         false},
        {QStringLiteral("ca-cert"),
         {},
         Kind::Text,
         QStringLiteral("FILE"),
         QCoreApplication::translate("duper::cli", "also trust the CA certificate(s) in this PEM or DER file"),
         {},
         false},
        {QStringLiteral("insecure"),
         {},
         Kind::Flag,
         {},
         QCoreApplication::translate("duper::cli", "do not verify the server's TLS certificate (testing only)"),
         {},
         false},
        {QStringLiteral("json"),
         {},
         Kind::Flag,
         {},
         QCoreApplication::translate("duper::cli", "print JSON instead of tables and sentences"),
         {},
         false},
        {QStringLiteral("help"),
         QStringLiteral("h"),
         Kind::Flag,
         {},
         QCoreApplication::translate("duper::cli", "show help"),
         {},
         false},
        {QStringLiteral("version"),
         {},
         Kind::Flag,
         {},
         QCoreApplication::translate("duper::cli", "print the version"),
         {},
         false},
    };
    m_commands.append(FollowCommands::commands());
    m_commands.append(FollowManyCommand::spec());
    m_commands.append(FailoverCommand::spec());
    m_commands.append(FailbackCommand::spec());
    m_commands.append(BidirectionalCommand::spec());
    m_commands.append(ProcedureCommands::commands());
    m_commands.append(StatusCommands::commands());
    m_commands.append(VerifyCommand::spec());
    m_commands.append(CheckCommand::spec());
    m_commands.append(TopologyCommand::spec());
    m_commands.append(RemoteClusterCommands::spec());
    m_commands.append(AutoFollowCommands::commands());
    m_commands.append(IndexCommands::commands());
    m_commands.append(ConnectCommand::spec());
    m_commands.append(ConfigCommands::commands());
    m_commands.append(CrossClusterKeyCommands::commands());
    m_commands.append(TestConnectionCommand::spec());
    m_commands.append(SandboxCommand::spec());
}

const CommandSpec* CliApplication::find(const QString& name) const
{
    for (const CommandSpec& command : m_commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

QString CliApplication::optionLine(const OptionSpec& option)
{
    QString left = option.alias.isEmpty() ? QStringLiteral("      ") : QStringLiteral("  -%1, ").arg(option.alias);
    left += QStringLiteral("--") + option.name;
    if (!option.valueName.isEmpty())
        left += QLatin1Char(' ') + option.valueName;
    QString right = option.description;
    if (option.required)
        right += QCoreApplication::translate("duper::cli", " (required)");
    if (!option.defaultText.isEmpty())
        right += QCoreApplication::translate("duper::cli", " (default: %1)").arg(option.defaultText);
    if (left.size() < 46)
        return left.leftJustified(46) + right + QLatin1Char('\n');
    return left + QStringLiteral("\n") + QString(46, QLatin1Char(' ')) + right + QLatin1Char('\n');
}

QString CliApplication::mainHelp() const
{
    QString text =
        QCoreApplication::translate("duper::cli", "Usage: duper [options] <command> [command options]\n"
                                                  "Manage Elasticsearch cross-cluster replication from scripts.\n\n"
                                                  "Commands:\n");
    for (const CommandSpec& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg((command.name + QLatin1Char(' ')).leftJustified(21), command.summary);
    text += QCoreApplication::translate("duper::cli", "\nOptions (before or after the command):\n");
    for (const OptionSpec& option : m_globals)
        text += optionLine(option);
    text += QCoreApplication::translate(
        "duper::cli",
        "\nSaved connections: \"duper config\" lists them, add-cluster saves one (its secret in the keychain).\n"
        "Without --url and -c, commands use the default follower connection, else http://localhost:9200.\n"
        "Environment: DUPER_PASSWORD (password for --username), DUPER_API_KEY (encoded API key),\n"
        "DUPER_CROSS_CLUSTER_KEY (the cross-cluster API key \"duper connect --api-key-from\" uses).\n"
        "Exit codes: 0 success; 1 Elasticsearch refused the request; 2 bad usage or input; 3 cluster unreachable\n"
        "(connection, TLS, timeout); 4 authentication or authorization failed.\n"
        "Run \"duper <command> --help\" for the options of a command.\n");
    return text;
}

QString CliApplication::commandHelp(const CommandSpec& command) const
{
    if (command.name == u"sandbox")
        return QCoreApplication::translate("duper::cli", "duper sandbox: %1\n\n").arg(command.summary) +
               command.details;
    QString text = QCoreApplication::translate("duper::cli", "Usage: duper %1 [options]\n%2.\n")
                       .arg(command.name, command.summary);
    if (!command.details.isEmpty())
        text += QLatin1Char('\n') + command.details + QLatin1Char('\n');
    text += QCoreApplication::translate("duper::cli", "\nOptions:\n");
    for (const OptionSpec& option : command.options)
        text += optionLine(option);
    text += QCoreApplication::translate("duper::cli", "\nConnection and output options:\n");
    for (const OptionSpec& option : m_globals)
        text += optionLine(option);
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    CommandLine line;
    QString error;
    CommandLineParser parser(m_globals, [this](const QString& name) { return find(name); });
    if (!parser.parse(arguments, &line, &error)) {
        m_output.error(error);
        const CommandSpec* command = find(line.command);
        m_output.note(command ? QCoreApplication::translate("duper::cli", "Run \"duper %1 --help\" for its options.")
                                    .arg(command->name)
                              : QCoreApplication::translate("duper::cli", "Run \"duper --help\" for the commands."));
        if (command && command->printUsageProblems)
            command->printUsageProblems(m_output, {error});
        return command ? command->usageExitCode : static_cast<int>(ExitCode::Usage);
    }
    if (line.has(QStringLiteral("version"))) {
        m_output.line(QStringLiteral("duper %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const CommandSpec* command = find(line.command);
    if (line.has(QStringLiteral("help"))) {
        m_output.text(command ? commandHelp(*command) : mainHelp());
        return 0;
    }
    if (!command) {
        m_output.error(QCoreApplication::translate("duper::cli", "no command given"));
        m_output.text(mainHelp());
        return static_cast<int>(ExitCode::Usage);
    }
    if (command->name == u"sandbox")
        return SandboxCommand::run(line.passThrough, m_output);

    m_output.setJson(line.has(QStringLiteral("json")));
    CommandContext context(*command, line, m_output);
    if (!context.validate() || (command->needsConnection && !context.connect()))
        return context.exitCode();
    command->run(context);
    if (context.isFinished())
        return context.exitCode();
    return QCoreApplication::exec();
}

} // namespace duper::cli
