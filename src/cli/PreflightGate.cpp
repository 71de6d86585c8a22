#include "cli/PreflightGate.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "core/followers/CcrPreflight.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kSkip("skip-preflight");

QString sideKey(CcrPreflightFinding::Side side)
{
    return side == CcrPreflightFinding::Side::Follower ? QStringLiteral("follower") : QStringLiteral("leader");
}

} // namespace

OptionSpec PreflightGate::skipOption()
{
    return OptionSpec::flag(kSkip, QCoreApplication::translate(
                                       "duper::cli", "send the requests even when the privilege check finds missing "
                                                     "privileges"));
}

QList<OptionSpec> PreflightGate::options(bool withLeader)
{
    QList<OptionSpec> options{skipOption()};
    if (withLeader)
        options.append(CommonOptions::leaderUrl(false));
    return options;
}

void PreflightGate::check(CommandContext& context, const CcrPreflightRequest& request, std::function<void()> then)
{
    if (context.has(kSkip))
        return then();
    auto* preflight =
        new CcrPreflight(context.session(), context.leaderSession(), &context.resolver().secrets(), request, &context);
    QObject::connect(
        preflight, &CcrPreflight::finished, &context,
        [&context, preflight, then = std::move(then)](const CcrPreflightResult& result) {
            preflight->deleteLater();
            // A warning in the usual "duper: " form; it stops nothing.
            for (const QString& text : result.couldNotCheck)
                context.output().error(
                    QCoreApplication::translate("duper::cli", "warning: could not check before sending: %1").arg(text));
            if (!result.hasMissing())
                return then();
            if (context.json()) {
                QJsonArray missing;
                for (const CcrPreflightFinding& finding : result.missing)
                    missing.append(QJsonObject{{QStringLiteral("cluster"), sideKey(finding.side)},
                                               {QStringLiteral("privilege"), finding.privilege},
                                               {QStringLiteral("on"), finding.target},
                                               {QStringLiteral("reason"), finding.reason}});
                context.output().printJson(CommonOptions::summary(
                    context.spec().name,
                    {{QStringLiteral("refused"), QStringLiteral("missing_privileges")},
                     {QStringLiteral("missing_privileges"), missing},
                     {QStringLiteral("could_not_check"), QJsonArray::fromStringList(result.couldNotCheck)}}));
            }
            context.output().error(QCoreApplication::translate(
                "duper::cli", "Nothing was sent: the privilege check found missing privileges."));
            for (const QString& text : result.missingTexts())
                context.output().error(text);
            context.output().error(QCoreApplication::translate(
                "duper::cli", "Ask an administrator for them, or give --skip-preflight to send the "
                              "requests anyway."));
            context.finish(int(ExitCode::Refused));
        });
    preflight->start();
}

} // namespace duper::cli
