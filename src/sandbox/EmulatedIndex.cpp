#include "sandbox/EmulatedIndex.h"

namespace duper::sandbox {

EmulatedIndex::EmulatedIndex(QString name, QString uuid, int shards, qint64 creationDate, FlatSettings::Map settings)
    : m_name(std::move(name)), m_uuid(std::move(uuid)), m_shards(qMax(1, shards)), m_settings(std::move(settings))
{
    m_history.resize(m_shards);
    m_settings.insert(QStringLiteral("index.number_of_shards"), QString::number(m_shards));
    if (!m_settings.contains(QStringLiteral("index.number_of_replicas")))
        m_settings.insert(QStringLiteral("index.number_of_replicas"), QStringLiteral("1"));
    m_settings.insert(QStringLiteral("index.uuid"), m_uuid);
    m_settings.insert(QStringLiteral("index.provided_name"), m_name);
    m_settings.insert(QStringLiteral("index.creation_date"), QString::number(creationDate));
    m_settings.insert(QStringLiteral("index.version.created"), QStringLiteral("8512000"));
    if (!m_settings.contains(QStringLiteral("index.soft_deletes.enabled")))
        m_settings.insert(QStringLiteral("index.soft_deletes.enabled"), QStringLiteral("true"));
}

bool EmulatedIndex::softDeletesEnabled() const
{
    return m_settings.value(QStringLiteral("index.soft_deletes.enabled")).toString() != u"false";
}

int EmulatedIndex::shardFor(const QString& id) const
{
    // FNV-1a: stable across runs (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const QChar c : id) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return static_cast<int>(hash % static_cast<quint32>(m_shards));
}

EmulatedIndex::IndexResult EmulatedIndex::index(const QString& id, const QByteArray& source)
{
    const int shard = shardFor(id);
    IndexResult result;
    auto existing = m_documents.find(id);
    if (existing != m_documents.end()) {
        result.created = false;
        result.version = existing->version + 1;
    }
    Operation op{id, source, result.version, static_cast<qint64>(source.size() + id.size() + 32)};
    result.seqNo = m_history[shard].size();
    m_history[shard].append(op);
    applyReplicated(shard, result.seqNo, op);
    return result;
}

void EmulatedIndex::applyReplicated(int shard, qint64 seqNo, const Operation& operation)
{
    QList<Operation>& history = m_history[shard];
    if (seqNo >= history.size())
        history.append(operation);
    auto existing = m_documents.find(operation.id);
    if (existing != m_documents.end()) {
        m_storeBytes -= existing->source.size();
        *existing = Document{operation.source, seqNo, operation.version};
    } else {
        m_documents.insert(operation.id, Document{operation.source, seqNo, operation.version});
    }
    m_storeBytes += operation.source.size();
}

void EmulatedIndex::restoreFrom(const EmulatedIndex& leader)
{
    m_history = leader.m_history;
    m_documents = leader.m_documents;
    m_storeBytes = leader.m_storeBytes;
}

const EmulatedIndex::Document* EmulatedIndex::document(const QString& id) const
{
    auto it = m_documents.constFind(id);
    return it == m_documents.constEnd() ? nullptr : &*it;
}

bool EmulatedIndex::dropDocument()
{
    if (m_documents.isEmpty())
        return false;
    QString smallest = m_documents.constBegin().key();
    for (auto it = m_documents.constBegin(); it != m_documents.constEnd(); ++it)
        smallest = qMin(smallest, it.key());
    m_storeBytes -= m_documents.value(smallest).source.size();
    m_documents.remove(smallest);
    return true;
}

void EmulatedIndex::startTasks(qint64 nowMs)
{
    m_tasks.clear();
    m_tasks.reserve(static_cast<size_t>(m_shards));
    for (int shard = 0; shard < m_shards; ++shard)
        m_tasks.emplace_back(shard, maxSeqNo(shard), nowMs);
}

} // namespace duper::sandbox
