#include "core/es/EsFieldErrors.h"

#include "core/es/EsError.h"
#include "core/values/FollowParameter.h"

#include <QRegularExpression>

namespace duper {

namespace {

using Field = EsFieldErrors::Field;
using Request = EsFieldErrors::Request;

bool mentionsFollowParameter(const QString& message)
{
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        if (message.contains(FollowParameterInfo::restName(parameter)))
            return true;
    }
    return false;
}

bool isRemoteProblem(const QString& type, const QString& message)
{
    return type == u"no_such_remote_cluster_exception" || type == u"connect_transport_exception" ||
           type == u"no_seed_node_left_exception" || message.contains(QLatin1String("no such remote cluster")) ||
           message.contains(QLatin1String("unknown cluster alias")) ||
           message.contains(QLatin1String("to remote cluster")) || // "Unable to connect to / open … to remote cluster"
           message.contains(QLatin1String("the remote cluster [")); // "… as the remote cluster [x] is not licensed"
}

// One message of PUT /{follower}/_ccr/follow's refusal.
Field followField(const QString& type, const QString& message)
{
    if (isRemoteProblem(type, message) || message.contains(QLatin1String("remote_cluster")))
        return Field::RemoteCluster;
    if (type == u"index_not_found_exception")
        return Field::LeaderIndex; // the follower is being created, so a missing index is the leader
    if (type == u"resource_already_exists_exception" || type == u"invalid_index_name_exception" ||
        message.contains(QLatin1String("an open index with same name already exists")))
        return Field::FollowerIndex;
    if (message.startsWith(QLatin1String("leader index [")) || message.contains(QLatin1String("leader_index")))
        return Field::LeaderIndex;
    if (message.contains(QLatin1String("data stream name")) || message.contains(QLatin1String("data_stream_name")))
        return Field::DataStreamName;
    if (message.contains(QLatin1String("override leader settings")) ||
        message.contains(QLatin1String("unknown setting")))
        return Field::Settings;
    if (mentionsFollowParameter(message))
        return Field::FollowParameters;
    return Field::General;
}

// One message of PUT /_ccr/auto_follow/{name}'s refusal.
Field patternField(const QString& type, const QString& message)
{
    if (isRemoteProblem(type, message) || message.contains(QLatin1String("[remote_cluster]")) ||
        message.contains(QLatin1String("remote cluster")))
        return Field::RemoteCluster;
    if (message.contains(QLatin1String("[name]")))
        return Field::PatternName;
    if (message.contains(QLatin1String("leader_index_exclusion_patterns")))
        return Field::LeaderIndexExclusionPatterns;
    if (message.contains(QLatin1String("leader_index_patterns")))
        return Field::LeaderIndexPatterns;
    if (message.contains(QLatin1String("follow_index_pattern")) || type == u"invalid_index_name_exception" ||
        message.contains(QLatin1String("index name")))
        return Field::FollowIndexPattern;
    if (mentionsFollowParameter(message))
        return Field::FollowParameters;
    if (message.contains(QLatin1String("setting")))
        return Field::Settings;
    return Field::General;
}

// "Validation Failed: 1: a;2: b;" -> {"a", "b"}; any other reason -> {reason}.
QStringList messagesOf(const QString& reason)
{
    static const QLatin1String prefix("Validation Failed: ");
    if (!reason.startsWith(prefix))
        return {reason};
    static const QRegularExpression item(QStringLiteral("(?:^|;)\\d+: "));
    QStringList messages;
    for (const QString& part : reason.mid(prefix.size()).split(item, Qt::SkipEmptyParts)) {
        QString message = part;
        if (message.endsWith(QLatin1Char(';')))
            message.chop(1);
        if (!message.isEmpty())
            messages << message;
    }
    return messages;
}

} // namespace

QList<Field> EsFieldErrors::fieldsFor(Request request, const EsError& error)
{
    if (error.kind() != EsError::Kind::Http)
        return {};
    const ErrorCause& cause = error.cause();
    QString type = cause.type;
    QString reason = cause.reason;
    if (reason.isEmpty() && !cause.rootCause.isEmpty()) {
        type = cause.rootCause.first().type;
        reason = cause.rootCause.first().reason;
    }
    QStringList messages = messagesOf(reason);
    // A wrapped refusal names the field in its innermost cause.
    if (const QString deepest = cause.deepestReason(); !deepest.isEmpty() && deepest != reason)
        messages += messagesOf(deepest);
    QList<Field> fields;
    for (const QString& message : messages) {
        const Field field = request == Request::Follow ? followField(type, message) : patternField(type, message);
        if (field != Field::General && !fields.contains(field))
            fields << field;
    }
    return fields;
}

EsFieldErrors::Field EsFieldErrors::fieldFor(Request request, const EsError& error)
{
    const QList<Field> fields = fieldsFor(request, error);
    return fields.isEmpty() ? Field::General : fields.first();
}

} // namespace duper
