#include "core/followers/CcrPreflightRules.h"

#include "core/es/EsError.h"
#include "core/values/WildcardMatch.h"

#include <QCoreApplication>

namespace duper {

namespace {

// For the free functions here: lupdate files their strings under the namespace (members use the class).
QString tr(const char* text)
{
    return QCoreApplication::translate("duper", text);
}

QString actionWords(CcrPreflightRules::Action action)
{
    switch (action) {
    case CcrPreflightRules::Action::FollowOne:
        return tr("create the follower index");
    case CcrPreflightRules::Action::FollowMany:
        return tr("create the follower indices");
    case CcrPreflightRules::Action::AutoFollow:
        return tr("create the auto-follow pattern and the followers it makes");
    case CcrPreflightRules::Action::Failover:
        return tr("fail over (pause, close, unfollow and open the followers)");
    }
    return {};
}

} // namespace

QStringList CcrPreflightRules::followerClusterPrivileges(Action)
{
    return {QStringLiteral("manage_ccr")};
}

QStringList CcrPreflightRules::followerIndexPrivileges(Action action)
{
    if (action == Action::Failover)
        return {QStringLiteral("manage_follow_index"), QStringLiteral("manage")};
    return {QStringLiteral("monitor"), QStringLiteral("read"), QStringLiteral("write"),
            QStringLiteral("manage_follow_index")};
}

QStringList CcrPreflightRules::leaderClusterPrivileges()
{
    return {QStringLiteral("read_ccr")};
}

QStringList CcrPreflightRules::leaderIndexPrivileges()
{
    return {QStringLiteral("monitor"), QStringLiteral("read")};
}

QStringList CcrPreflightRules::followerTargets(const CcrPreflightRequest& request)
{
    if (request.action != Action::AutoFollow)
        return request.followerIndices;
    QStringList targets;
    for (const QString& pattern : request.followerIndices) {
        if (pattern.trimmed().isEmpty())
            continue;
        QString target = pattern;
        target.replace(QStringLiteral("{{leader_index}}"), QStringLiteral("*"));
        targets << target;
    }
    return targets.isEmpty() ? request.leaderIndices : targets;
}

QMap<QString, QStringList> CcrPreflightRules::indexChecks(const QStringList& targets, const QStringList& privileges)
{
    QMap<QString, QStringList> checks;
    for (const QString& target : targets)
        if (!target.isEmpty())
            checks.insert(target, privileges);
    return checks;
}

QString CcrPreflightRules::reason(Action action, Side side, const QString& privilege)
{
    const QString what = actionWords(action);
    if (side == Side::Leader) {
        if (privilege == u"read_ccr")
            return tr("the follower cluster reads the leader's cluster state through the remote connection with it");
        if (privilege == u"monitor")
            return tr("the follower cluster reads the leader index's settings and shard history with it");
        if (privilege == u"read")
            return tr("the follower cluster copies the leader index's documents with it");
        return tr("needed on the leader to %1").arg(what);
    }
    if (privilege == u"manage_ccr")
        return action == Action::Failover ? tr("needed to pause the followers and the auto-follow patterns")
                                          : tr("needed to %1").arg(what);
    if (privilege == u"manage_follow_index")
        return action == Action::Failover ? tr("needed to close and unfollow the follower index")
                                          : tr("needed to turn the new index into a follower");
    if (privilege == u"manage")
        return tr("needed to open the index again after unfollowing it");
    if (privilege == u"write")
        return tr("needed to create the follower index and restore the leader's data into it");
    if (privilege == u"monitor")
        return tr("needed to check that the follower index's shards are ready");
    if (privilege == u"read")
        return tr("needed to read the follower index once it is created");
    return tr("needed to %1").arg(what);
}

QList<CcrPreflightFinding> CcrPreflightRules::missingIn(const PrivilegesResponse& response, Action action, Side side)
{
    QList<CcrPreflightFinding> missing;
    for (auto it = response.cluster.begin(); it != response.cluster.end(); ++it)
        if (!it.value())
            missing.append({side, it.key(), {}, reason(action, side, it.key())});
    for (auto index = response.index.begin(); index != response.index.end(); ++index)
        for (auto it = index.value().begin(); it != index.value().end(); ++it)
            if (!it.value())
                missing.append({side, it.key(), index.key(), reason(action, side, it.key())});
    return missing;
}

bool CcrPreflightRules::keyCovers(const QStringList& keyPatterns, const QString& leader)
{
    return WildcardMatch::matchesAny(keyPatterns, leader);
}

QStringList CcrPreflightRules::uncoveredByKey(const QStringList& keyPatterns, const QStringList& leaders)
{
    QStringList uncovered;
    for (const QString& leader : leaders)
        if (!leader.isEmpty() && !keyCovers(keyPatterns, leader))
            uncovered << leader;
    return uncovered;
}

std::optional<QString> CcrPreflightRules::keyIdOf(const QString& encodedKey)
{
    const auto result =
        QByteArray::fromBase64Encoding(encodedKey.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    const QByteArray& decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.size() - 1)
        return std::nullopt;
    return QString::fromUtf8(decoded.left(colon));
}

bool CcrPreflightRules::isSecurityDisabled(const EsError& error)
{
    const QString reason = error.cause().reason;
    return reason.contains(QLatin1String("no handler found"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("Security must be explicitly enabled"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("security is not enabled"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("security is disabled"), Qt::CaseInsensitive);
}

} // namespace duper
