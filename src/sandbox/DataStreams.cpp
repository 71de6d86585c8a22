#include "sandbox/DataStreams.h"

#include "sandbox/Cluster.h"
#include "sandbox/IndexPattern.h"

#include <QDateTime>
#include <QRegularExpression>

namespace duper::sandbox {

namespace {

const QRegularExpression& backingIndexPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\.ds-(.+)-\\d{4}\\.\\d{2}\\.\\d{2}-(\\d+)$"));
    return pattern;
}

} // namespace

const IndexTemplate* DataStreams::dataStreamTemplateFor(const QString& name) const
{
    const IndexTemplate* best = nullptr;
    for (const IndexTemplate& candidate : m_templates) {
        if (IndexPattern::matchesAny(candidate.indexPatterns, name) && (!best || candidate.priority > best->priority))
            best = &candidate;
    }
    return best && best->dataStream ? best : nullptr;
}

DataStream* DataStreams::stream(const QString& name)
{
    auto it = m_streams.find(name);
    return it == m_streams.end() ? nullptr : &it.value();
}

const DataStream* DataStreams::streamOf(const QString& index) const
{
    for (const DataStream& candidate : m_streams) {
        if (candidate.indices.contains(index))
            return &candidate;
    }
    return nullptr;
}

QString DataStreams::createBackingIndex(const QString& stream, qint64 generation)
{
    const QString name = backingIndexName(stream, generation, m_cluster.epochMs());
    FlatSettings::Map settings;
    settings.insert(QStringLiteral("index.hidden"), QStringLiteral("true"));
    m_cluster.createIndex(name, settings);
    return name;
}

DataStream& DataStreams::create(const QString& name, const QString& templateName)
{
    DataStream created;
    created.name = name;
    created.templateName = templateName;
    created.indices.append(createBackingIndex(name, 1));
    m_cluster.bumpMetadataVersion();
    return m_streams.insert(name, created).value();
}

void DataStreams::addReplicatedBackingIndex(const QString& streamName, const QString& index, qint64 leaderGeneration)
{
    auto it = m_streams.find(streamName);
    if (it == m_streams.end()) {
        DataStream created;
        created.name = streamName;
        created.replicated = true;
        if (const IndexTemplate* local = dataStreamTemplateFor(streamName))
            created.templateName = local->name;
        it = m_streams.insert(streamName, created);
    }
    if (!it->indices.contains(index)) {
        it->indices.append(index);
        // Backing index names sort by generation only within a day; order by the generation suffix.
        std::sort(it->indices.begin(), it->indices.end(), [](const QString& a, const QString& b) {
            return generationOfBackingIndex(a) < generationOfBackingIndex(b);
        });
    }
    it->generation = qMax(it->generation, qMax(leaderGeneration, generationOfBackingIndex(index)));
    m_cluster.bumpMetadataVersion();
}

std::optional<RestError> DataStreams::rollover(const QString& name, QString* oldIndex, QString* newIndex)
{
    DataStream* target = stream(name);
    if (!target)
        return RestError::illegalArgument(QStringLiteral("rollover target [%1] does not exist").arg(name));
    if (target->replicated) {
        return RestError::illegalArgument(
            QStringLiteral("data stream [%1] cannot be rolled over, because it is a replicated data stream").arg(name));
    }
    *oldIndex = target->writeIndex();
    ++target->generation;
    *newIndex = createBackingIndex(name, target->generation);
    target->indices.append(*newIndex);
    return std::nullopt;
}

std::optional<RestError> DataStreams::remove(const QString& name)
{
    auto it = m_streams.find(name);
    if (it == m_streams.end())
        return RestError::indexNotFound(name);
    for (const QString& index : std::as_const(it->indices))
        m_cluster.deleteIndex(index);
    m_streams.erase(it);
    m_cluster.bumpMetadataVersion();
    return std::nullopt;
}

std::optional<RestError> DataStreams::promote(const QString& name)
{
    DataStream* target = stream(name);
    if (!target)
        return RestError::resourceNotFound(QStringLiteral("data stream [%1] does not exist").arg(name));
    // ES promotes any existing stream; a stream that is not replicated simply stays as it is.
    target->replicated = false;
    m_cluster.bumpMetadataVersion();
    return std::nullopt;
}

QString DataStreams::backingIndexName(const QString& stream, qint64 generation, qint64 epochMs)
{
    const QString date = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyy.MM.dd"));
    return QStringLiteral(".ds-%1-%2-%3").arg(stream, date).arg(generation, 6, 10, QLatin1Char('0'));
}

QString DataStreams::streamNameOfBackingIndex(const QString& index)
{
    const auto match = backingIndexPattern().match(index);
    return match.hasMatch() ? match.captured(1) : QString();
}

qint64 DataStreams::generationOfBackingIndex(const QString& index)
{
    const auto match = backingIndexPattern().match(index);
    return match.hasMatch() ? match.captured(2).toLongLong() : 0;
}

} // namespace duper::sandbox
