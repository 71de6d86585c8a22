#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

class QObject;

namespace duper {

class ClusterSession;
struct ApiKeyInfo;

// What a cross-cluster API key allows, read back from the leader that issued it: the last check of setting up an
// API-key remote. A connected alias proves the key authenticates; this says whether it still covers the leader
// indices the user meant to replicate (a reused or updated key may not), and until when.
class CrossClusterKeyAccess
{
    Q_DECLARE_TR_FUNCTIONS(duper::CrossClusterKeyAccess)

public:
    struct Verdict
    {
        bool usable = true; // false: following the wanted indices through this key is refused
        QString text;       // one sentence for people: what the key allows, or what is wrong and what to do
    };

    // The rule, without I/O: `key` is the leader's answer for the key (null = the leader does not know it), `wanted`
    // the leader index patterns meant to be replicated, `nowMs` the time to judge expiry at.
    static Verdict judge(const ApiKeyInfo* key, const QStringList& wanted, qint64 nowMs);

    // Reads the key of `encodedKey` (GET /_security/api_key?id=…) on `leader` and calls `done` with the verdict.
    // A key that cannot be read (no leader, not an encoded cross-cluster key, the request failed) is usable with a
    // sentence saying what could not be checked: the connection itself already works.
    static void check(ClusterSession* leader, const QString& encodedKey, const QStringList& wanted, QObject* context,
                      std::function<void(const Verdict&)> done);
};

} // namespace duper
