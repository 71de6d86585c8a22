#include "cli/DrCommandFlow.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/Output.h"
#include "cli/TerminalConfirmation.h"
#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QUrl>

namespace duper::cli {

namespace {

constexpr QLatin1String kDryRun("dry_run");
constexpr QLatin1String kYes("yes");
constexpr QLatin1String kReportDir("report_dir");

} // namespace

OptionSpec DrCommandFlow::dryRunOption()
{
    return OptionSpec::flag(kDryRun, QCoreApplication::translate("duper::cli", "print the plan, change nothing"));
}

OptionSpec DrCommandFlow::yesOption()
{
    return OptionSpec::flag(kYes, QCoreApplication::translate("duper::cli", "do not ask for confirmation"));
}

OptionSpec DrCommandFlow::reportDirOption()
{
    return OptionSpec::make(OptionSpec::Kind::Text, kReportDir, {}, QStringLiteral("DIR"),
                            QCoreApplication::translate("duper::cli", "where to save the report"),
                            ReportStore::defaultDirectory());
}

bool DrCommandFlow::dryRun(const CommandContext& context)
{
    return context.has(kDryRun);
}

bool DrCommandFlow::printPlanJson(CommandContext& context, QJsonObject plan, const QString& command, bool dryRun,
                                  bool print)
{
    if (!context.json())
        return false;
    if (print) {
        plan.insert(QStringLiteral("command"), command);
        plan.insert(QStringLiteral("dry_run"), dryRun);
        context.output().printJson(plan);
    }
    return true;
}

void DrCommandFlow::printSteps(CommandContext& context, const QString& heading,
                               const QList<QPair<QString, QString>>& steps, bool dryRun)
{
    context.output().line(heading);
    for (qsizetype i = 0; i < steps.size(); ++i)
        context.output().line(QStringLiteral("  %1. %2%3")
                                  .arg(i + 1)
                                  .arg(steps.at(i).first, steps.at(i).second.isEmpty()
                                                              ? QString()
                                                              : QStringLiteral(": ") + steps.at(i).second));
    if (dryRun)
        context.output().line(QCoreApplication::translate("duper::cli", "Dry run: nothing was changed."));
}

bool DrCommandFlow::confirmed(CommandContext& context, const QString& needsYes, const QString& question)
{
    if (context.has(kYes))
        return true;
    if (!TerminalConfirmation::canAsk()) {
        context.usageError({needsYes});
        return false;
    }
    if (TerminalConfirmation::ask(question))
        return true;
    context.output().note(QCoreApplication::translate("duper::cli", "Nothing was changed."));
    context.finish(int(ExitCode::Refused));
    return false;
}

QString DrCommandFlow::clusterName(const CommandContext& context, const ClusterSession* session,
                                   const QString& urlOption)
{
    const QString name = session->identity() ? session->identity()->clusterName : session->displayName();
    return name.isEmpty() ? QUrl(context.value(urlOption)).toString(QUrl::RemoveUserInfo) : name;
}

QString DrCommandFlow::saveReport(CommandContext& context, const QString& action, const QString& subject,
                                  const QJsonObject& json, const QString& markdown)
{
    QString error;
    const QString path = ReportStore(context.value(kReportDir)).save(action, subject, json, markdown, &error);
    if (path.isEmpty())
        context.output().error(error);
    return path;
}

void DrCommandFlow::printOutcome(CommandContext& context, QJsonObject report, const QString& command,
                                 const QString& path, const QString& summary)
{
    if (context.json()) {
        report.insert(QStringLiteral("command"), command);
        report.insert(QStringLiteral("report_file"), path);
        context.output().printJson(report);
        return;
    }
    context.output().line(summary);
    if (!path.isEmpty())
        context.output().note(QCoreApplication::translate("duper::cli", "Report: %1").arg(path));
}

} // namespace duper::cli
