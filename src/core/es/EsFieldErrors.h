#pragma once

#include <QList>
#include <QString>

namespace duper {

class EsError;

// Which field of a request an Elasticsearch refusal is about, so a form can show the refusal next to that field.
// Decided from the error alone (type and reason, as in shared/es-ccr-api.md); an action_request_validation_exception
// ("Validation Failed: 1: …;2: …;") may name several fields.
class EsFieldErrors
{
public:
    enum class Request
    {
        Follow,              // PUT /{follower}/_ccr/follow
        PutAutoFollowPattern // PUT /_ccr/auto_follow/{name}
    };

    enum class Field
    {
        General, // none in particular (license, access, connection, anything not recognised)
        PatternName,
        RemoteCluster,
        LeaderIndex,
        FollowerIndex,
        DataStreamName,
        LeaderIndexPatterns,
        LeaderIndexExclusionPatterns,
        FollowIndexPattern,
        FollowParameters,
        Settings
    };

    // The first field `error` concerns, General when none.
    static Field fieldFor(Request request, const EsError& error);
    // Every field `error` concerns, in the order Elasticsearch named them; empty when none.
    static QList<Field> fieldsFor(Request request, const EsError& error);
};

} // namespace duper
