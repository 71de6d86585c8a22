#pragma once

#include "sandbox/RestError.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper::sandbox {

class Cluster;

// A composable index template as far as data streams need it: the patterns it applies to and whether names matching
// it become data streams.
struct IndexTemplate
{
    QString name;
    QStringList indexPatterns;
    qint64 priority = 0;
    bool dataStream = false;
};

// A data stream: backing indices oldest first (the last one is the write index), its generation and whether CCR
// replicates it from a remote cluster (then only the leader rolls it over).
struct DataStream
{
    QString name;
    QStringList indices;
    qint64 generation = 1;
    QString templateName;
    bool replicated = false;

    QString writeIndex() const { return indices.isEmpty() ? QString() : indices.last(); }
};

// A cluster's index templates and data streams with ES 8's rules for creating, rolling over, deleting and promoting
// them. Backing indices live in the cluster like any index and are named .ds-<stream>-<yyyy.MM.dd>-<generation>.
class DataStreams
{
public:
    explicit DataStreams(Cluster& cluster) : m_cluster(cluster) {}

    void putTemplate(IndexTemplate indexTemplate) { m_templates.insert(indexTemplate.name, std::move(indexTemplate)); }
    bool removeTemplate(const QString& name) { return m_templates.remove(name) > 0; }
    const QMap<QString, IndexTemplate>& templates() const { return m_templates; }
    // The highest-priority template matching `name`, when it makes data streams.
    const IndexTemplate* dataStreamTemplateFor(const QString& name) const;

    const QMap<QString, DataStream>& streams() const { return m_streams; }
    DataStream* stream(const QString& name);
    // The stream `index` backs, if any.
    const DataStream* streamOf(const QString& index) const;

    // Creates the stream and its first backing index (the caller checked the template).
    DataStream& create(const QString& name, const QString& templateName);
    // Adds a follower index replicating a leader backing index, creating the stream when new (replicated).
    void addReplicatedBackingIndex(const QString& streamName, const QString& index, qint64 leaderGeneration);
    // Adds a new write index; fills the old and new index names.
    std::optional<RestError> rollover(const QString& name, QString* oldIndex, QString* newIndex);
    // Deletes the stream and its backing indices.
    std::optional<RestError> remove(const QString& name);
    std::optional<RestError> promote(const QString& name);

    static QString backingIndexName(const QString& stream, qint64 generation, qint64 epochMs);
    // "logs-app" for ".ds-logs-app-2026.12.04-000001"; empty when `index` is not a backing index name.
    static QString streamNameOfBackingIndex(const QString& index);
    static qint64 generationOfBackingIndex(const QString& index);

private:
    QString createBackingIndex(const QString& stream, qint64 generation);

    Cluster& m_cluster;
    QMap<QString, IndexTemplate> m_templates;
    QMap<QString, DataStream> m_streams;
};

} // namespace duper::sandbox
