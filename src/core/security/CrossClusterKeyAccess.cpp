#include "core/security/CrossClusterKeyAccess.h"

#include "core/followers/CcrPreflightRules.h"
#include "core/security/SecurityApi.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <memory>

namespace duper {
namespace {

QString listed(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

CrossClusterKeyAccess::Verdict CrossClusterKeyAccess::judge(const ApiKeyInfo* key, const QStringList& wanted,
                                                            qint64 nowMs)
{
    if (!key)
        return {false, tr("the leader cluster does not know this key: it was deleted or belongs to another "
                          "cluster. Create a new key (run the setup again without the kept key).")};
    if (key->invalidated)
        return {false, tr("the key %1 is invalidated: the leader refuses every request through it. Create a new "
                          "key.")
                           .arg(key->id)};
    if (key->expiredAt(nowMs))
        return {
            false,
            tr("the key %1 has expired: the leader refuses every request through it. Create a new key.").arg(key->id)};
    if (!key->isCrossCluster())
        return {false, tr("the key %1 is a REST API key, not a cross-cluster API key: a remote cluster server "
                          "does not accept it. Create a cross-cluster API key.")
                           .arg(key->id)};
    const QStringList uncovered = CcrPreflightRules::uncoveredByKey(key->replication, wanted);
    if (!uncovered.isEmpty())
        return {false, tr("the key %1 only allows replicating %2, not %3: following those is refused with a "
                          "security error. Update the key's access on the leader or create a new key.")
                           .arg(key->id, key->replication.isEmpty() ? tr("nothing") : listed(key->replication),
                                listed(uncovered))};
    QStringList parts{tr("the key %1 allows replicating %2").arg(key->id, listed(key->replication))};
    if (!key->search.isEmpty())
        parts << tr("it allows searching %1").arg(listed(key->search));
    parts << (key->expirationMs ? tr("it is valid until %1")
                                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*key->expirationMs),
                                                              QLocale::ShortFormat))
                                : tr("it never expires"));
    const QString text = parts.join(QStringLiteral("; "));
    return {true, text};
}

void CrossClusterKeyAccess::check(ClusterSession* leader, const QString& encodedKey, const QStringList& wanted,
                                  QObject* context, std::function<void(const Verdict&)> done)
{
    const std::optional<QString> id = CcrPreflightRules::keyIdOf(encodedKey);
    if (!id)
        return done({true, tr("what the key allows was not checked: it is not an encoded cross-cluster API key")});
    if (!leader)
        return done({true, tr("what the key allows was not checked: there is no connection to the leader cluster")});
    auto api = std::make_shared<SecurityApi>(leader->client());
    api->apiKeys(*id)->onFinished(context, [api, wanted, done](ApiKeysJob* job) {
        if (job->hasError()) {
            if (job->error().httpStatus() == 404)
                return done(judge(nullptr, wanted, QDateTime::currentMSecsSinceEpoch()));
            return done({true, tr("what the key allows was not checked: %1").arg(job->error().userMessage())});
        }
        const QList<ApiKeyInfo>& keys = job->result()->keys;
        done(judge(keys.isEmpty() ? nullptr : &keys.first(), wanted, QDateTime::currentMSecsSinceEpoch()));
    });
}

} // namespace duper
