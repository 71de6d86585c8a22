#include "core/ccr/AutoFollowPattern.h"

#include "core/json/JsonReader.h"

#include <QJsonArray>

namespace duper {

QJsonObject AutoFollowPattern::toJson() const
{
    QJsonObject object = parameters.toJson();
    object.insert(QStringLiteral("remote_cluster"), remoteCluster);
    object.insert(QStringLiteral("leader_index_patterns"), QJsonArray::fromStringList(leaderIndexPatterns));
    if (!leaderIndexExclusionPatterns.isEmpty()) {
        object.insert(QStringLiteral("leader_index_exclusion_patterns"),
                      QJsonArray::fromStringList(leaderIndexExclusionPatterns));
    }
    if (!followIndexPattern.isEmpty())
        object.insert(QStringLiteral("follow_index_pattern"), followIndexPattern);
    if (!settings.isEmpty())
        object.insert(QStringLiteral("settings"), settings);
    return object;
}

std::optional<AutoFollowPattern> AutoFollowPattern::fromJson(const QString& name, const QJsonObject& object,
                                                             QString* error)
{
    JsonReader reader(QStringLiteral("auto_follow_pattern"));
    AutoFollowPattern pattern;
    pattern.name = name;
    bool ok = reader.optBool(object, QStringLiteral("active"), {}, pattern.active) &&
              reader.optString(object, QStringLiteral("remote_cluster"), {}, pattern.remoteCluster) &&
              reader.optStringList(object, QStringLiteral("leader_index_patterns"), {}, pattern.leaderIndexPatterns) &&
              reader.optStringList(object, QStringLiteral("leader_index_exclusion_patterns"), {},
                                   pattern.leaderIndexExclusionPatterns) &&
              reader.optString(object, QStringLiteral("follow_index_pattern"), {}, pattern.followIndexPattern) &&
              reader.optObject(object, QStringLiteral("settings"), {}, pattern.settings);
    if (ok) {
        QList<ValueError> errors;
        pattern.parameters = FollowParameters::fromJson(object, &errors);
        if (!errors.isEmpty())
            ok = reader.fail(QString(), errors.constFirst().message());
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return pattern;
}

} // namespace duper
