#pragma once

#include "sandbox/FlatSettings.h"
#include "sandbox/FollowMetadata.h"
#include "sandbox/Operation.h"
#include "sandbox/ShardFollowTask.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace duper::sandbox {

// One index of an emulated cluster: settings, per-shard operation histories (seq_no = position) and the current
// documents. A follower index also carries FollowMetadata and, while active, one ShardFollowTask per shard.
class EmulatedIndex
{
public:
    struct Document
    {
        QByteArray source;
        qint64 seqNo = 0;
        qint64 version = 1;
    };
    struct IndexResult
    {
        qint64 seqNo = 0;
        qint64 version = 1;
        bool created = true;
    };

    EmulatedIndex(QString name, QString uuid, int shards, qint64 creationDate, FlatSettings::Map settings);

    const QString& name() const { return m_name; }
    const QString& uuid() const { return m_uuid; }
    int shardCount() const { return m_shards; }
    bool softDeletesEnabled() const;
    bool isOpen() const { return m_open; }
    void setOpen(bool open) { m_open = open; }
    const FlatSettings::Map& settings() const { return m_settings; }
    FlatSettings::Map& settings() { return m_settings; }
    QByteArray mappings() const { return m_mappings; }
    void setMappings(QByteArray json) { m_mappings = std::move(json); }

    int shardFor(const QString& id) const;
    IndexResult index(const QString& id, const QByteArray& source);
    // Applies an operation read from the leader at the same sequence number.
    void applyReplicated(int shard, qint64 seqNo, const Operation& operation);
    // Copies the leader's documents and histories, as the initial restore of a follower does.
    void restoreFrom(const EmulatedIndex& leader);

    const QList<Operation>& history(int shard) const { return m_history.at(shard); }
    qint64 maxSeqNo(int shard) const { return m_history.at(shard).size() - 1; }
    qint64 documentCount() const { return m_documents.size(); }
    qint64 storeBytes() const { return m_storeBytes; }
    const Document* document(const QString& id) const;
    // Forgets one document (the smallest id) without touching the history: the copy no longer matches its
    // operations, as a lost write would leave it. False when there is none.
    bool dropDocument();

    bool isFollower() const { return m_follow.has_value(); }
    const std::optional<FollowMetadata>& follow() const { return m_follow; }
    std::optional<FollowMetadata>& follow() { return m_follow; }
    std::vector<ShardFollowTask>& tasks() { return m_tasks; }
    const std::vector<ShardFollowTask>& tasks() const { return m_tasks; }
    // Starts one task per shard from the follower's own checkpoints (follow or resume).
    void startTasks(qint64 nowMs);
    void stopTasks() { m_tasks.clear(); }

private:
    QString m_name;
    QString m_uuid;
    int m_shards = 1;
    bool m_open = true;
    FlatSettings::Map m_settings;
    QByteArray m_mappings = QByteArrayLiteral("{}");
    QList<QList<Operation>> m_history;
    QHash<QString, Document> m_documents;
    qint64 m_storeBytes = 0;
    std::optional<FollowMetadata> m_follow;
    std::vector<ShardFollowTask> m_tasks;
};

} // namespace duper::sandbox
