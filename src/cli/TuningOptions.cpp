#include "cli/TuningOptions.h"

#include "core/values/FollowParameter.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper::cli {

namespace {

QString describe(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
        return QCoreApplication::translate("duper::cli", "most operations to pull per read from the leader");
    case FollowParameter::MaxWriteRequestOperationCount:
        return QCoreApplication::translate("duper::cli", "most operations per bulk write on the follower");
    case FollowParameter::MaxOutstandingReadRequests:
        return QCoreApplication::translate("duper::cli", "most read requests in flight to the leader");
    case FollowParameter::MaxOutstandingWriteRequests:
        return QCoreApplication::translate("duper::cli", "most write requests in flight on the follower");
    case FollowParameter::MaxReadRequestSize:
        return QCoreApplication::translate("duper::cli", "most bytes per read from the leader (e.g. 32mb)");
    case FollowParameter::MaxWriteRequestSize:
        return QCoreApplication::translate("duper::cli", "most bytes per bulk write on the follower");
    case FollowParameter::MaxWriteBufferCount:
        return QCoreApplication::translate("duper::cli", "queued operations at which reads are deferred");
    case FollowParameter::MaxWriteBufferSize:
        return QCoreApplication::translate("duper::cli", "queued bytes at which reads are deferred");
    case FollowParameter::MaxRetryDelay:
        return QCoreApplication::translate("duper::cli", "longest wait before retrying a failed operation (<= 5m)");
    case FollowParameter::ReadPollTimeout:
        return QCoreApplication::translate("duper::cli", "how long a read waits for new operations on the leader");
    }
    return {};
}

QString valueName(FollowParameter parameter)
{
    switch (FollowParameterInfo::kind(parameter)) {
    case FollowParameterInfo::Kind::Count:
        return QStringLiteral("N");
    case FollowParameterInfo::Kind::ByteSize:
        return QStringLiteral("SIZE");
    case FollowParameterInfo::Kind::Time:
        return QStringLiteral("TIME");
    }
    return {};
}

} // namespace

QList<OptionSpec> TuningOptions::specs()
{
    QList<OptionSpec> result;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        OptionSpec spec;
        spec.name = FollowParameterInfo::restName(parameter);
        spec.kind = OptionSpec::Kind::Tuning;
        spec.valueName = valueName(parameter);
        spec.description = describe(parameter);
        spec.defaultText = FollowParameterInfo::defaultText(parameter);
        result.append(spec);
    }
    return result;
}

OptionSpec TuningOptions::waitForActiveShards()
{
    OptionSpec spec;
    spec.name = QStringLiteral("wait_for_active_shards");
    spec.kind = OptionSpec::Kind::WaitForActiveShards;
    spec.valueName = QStringLiteral("N|all");
    spec.description =
        QCoreApplication::translate("duper::cli", "shard copies that must be active before the command returns");
    spec.defaultText = QStringLiteral("0");
    return spec;
}

QStringList TuningOptions::read(const CommandLine& line, FollowParameters* parameters)
{
    QStringList problems;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString name = FollowParameterInfo::restName(parameter);
        if (!line.has(name))
            continue;
        const QString value = line.value(name);
        if (value.trimmed().isEmpty()) {
            problems.append(QCoreApplication::translate("duper::cli", "%1: a value is required").arg(name));
            continue;
        }
        if (const auto error = parameters->setFromText(parameter, value))
            problems.append(error->message());
    }
    if (line.has(QStringLiteral("wait_for_active_shards"))) {
        const QString value = line.value(QStringLiteral("wait_for_active_shards"));
        if (value.trimmed().isEmpty())
            problems.append(QCoreApplication::translate("duper::cli", "wait_for_active_shards: a value is required"));
        else if (const auto error = parameters->setWaitForActiveShards(value))
            problems.append(error->message());
    }
    if (problems.isEmpty()) {
        for (const ValueError& error : parameters->validate())
            problems.append(error.message());
    }
    return problems;
}

bool TuningOptions::anyGiven(const CommandLine& line)
{
    const QList<OptionSpec> tuning = specs();
    return std::any_of(tuning.begin(), tuning.end(), [&line](const OptionSpec& spec) { return line.has(spec.name); });
}

} // namespace duper::cli
