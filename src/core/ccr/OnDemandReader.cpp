#include "core/ccr/OnDemandReader.h"

#include "core/ccr/ShardStatsKey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <limits>

namespace duper {

namespace {

// Bodies above this size do not leave their (several times larger) parser buffers behind in the thread.
constexpr size_t kRetainedCapacityLimit = size_t(64) * 1024 * 1024;

thread_local simdjson::ondemand::parser t_sharedParser;
thread_local bool t_sharedParserBusy = false;

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace

OnDemandReader::OnDemandReader(QString api) : m_api(std::move(api))
{
    if (!t_sharedParserBusy) {
        t_sharedParserBusy = true;
        m_usesShared = true;
        m_parser = &t_sharedParser;
    } else {
        m_parser = &m_ownParser;
    }
}

OnDemandReader::~OnDemandReader()
{
    if (m_usesShared) {
        m_document = simdjson::ondemand::document();
        if (t_sharedParser.capacity() > kRetainedCapacityLimit)
            t_sharedParser = simdjson::ondemand::parser();
        t_sharedParserBusy = false;
    }
}

bool OnDemandReader::open(const QByteArray& body, Object& root)
{
    if (!openDocument(body))
        return false;
    if (const auto code = m_document.get_object().get(root))
        return failCode(JsonPath(), code, QT_TRANSLATE_NOOP("duper::Parsers", "a JSON object"));
    return true;
}

bool OnDemandReader::open(const QByteArray& body, Array& root)
{
    if (!openDocument(body))
        return false;
    if (const auto code = m_document.get_array().get(root))
        return failCode(JsonPath(), code, QT_TRANSLATE_NOOP("duper::Parsers", "a JSON array"));
    return true;
}

bool OnDemandReader::openDocument(const QByteArray& body)
{
    const JsonPath top;
    simdjson::error_code code = simdjson::SUCCESS;
    const size_t size = size_t(body.size());
    // The bytes after the body inside its allocation (EsJob reserves them) serve as simdjson's padding: they are
    // only read, never written, so a body shared with other owners is read in place too (any write by another owner
    // detaches first and leaves this allocation as it is).
    QByteArray reference = body; // a shallow copy: Qt 6.4 offers data_ptr() only on a non-const array
    const size_t spareAtEnd = size_t(std::max<qsizetype>(reference.data_ptr().freeSpaceAtEnd(), 0));
    if (spareAtEnd >= simdjson::SIMDJSON_PADDING) {
        code =
            m_parser->iterate(simdjson::padded_string_view(body.constData(), size, size + spareAtEnd)).get(m_document);
    } else {
        m_padded = simdjson::padded_string(body.constData(), size);
        code = m_parser->iterate(m_padded).get(m_document);
    }
    if (code)
        return failCode(top, code, QT_TRANSLATE_NOOP("duper::Parsers", "a JSON object"));
    return true;
}

bool OnDemandReader::finish()
{
    const char* location = nullptr;
    if (m_document.current_location().get(location) == simdjson::SUCCESS)
        return fail(JsonPath(), QCoreApplication::translate("duper::Parsers", "has content after the JSON object"));
    return true;
}

bool OnDemandReader::fail(const JsonPath& path, const QString& problem)
{
    if (m_error.isEmpty()) {
        const QString where = path.toString();
        m_error = QStringLiteral("%1: %2 %3")
                      .arg(m_api, where.isEmpty() ? QCoreApplication::translate("duper::Parsers", "the body") : where,
                           problem);
    }
    return false;
}

bool OnDemandReader::failCode(const JsonPath& path, simdjson::error_code code, const char* expected)
{
    if (code == simdjson::INCORRECT_TYPE) {
        return fail(path, QCoreApplication::translate("duper::Parsers", "is not %1")
                              .arg(QCoreApplication::translate("duper::Parsers", expected)));
    }
    if (code == simdjson::NUMBER_OUT_OF_RANGE)
        return fail(path, QCoreApplication::translate("duper::Parsers", "is out of range"));
    if (code == simdjson::EMPTY)
        return fail(path, QCoreApplication::translate("duper::Parsers", "is empty, not JSON"));
    return fail(path, QCoreApplication::translate("duper::Parsers", "is malformed JSON (%1)")
                          .arg(QString::fromUtf8(simdjson::error_message(code))));
}

bool OnDemandReader::readString(Value& value, const JsonPath& path, QString& out)
{
    std::string_view view;
    if (const auto code = value.get_string().get(view))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "a string"));
    out = fromView(view);
    return true;
}

bool OnDemandReader::readRepeatedString(Value& value, const JsonPath& path, QString& out, QString& last)
{
    std::string_view view;
    if (const auto code = value.get_string().get(view))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "a string"));
    // Compared byte for byte as Latin-1, which equals the UTF-8 text only when it is plain ASCII.
    const bool ascii =
        std::all_of(view.begin(), view.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii && !last.isNull() && last == QLatin1StringView(view.data(), qsizetype(view.size()))) {
        out = last;
        return true;
    }
    out = fromView(view);
    last = out;
    return true;
}

bool OnDemandReader::readInt64(Value& value, const JsonPath& path, qint64& out)
{
    int64_t number = 0;
    if (const auto code = value.get_int64().get(number))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "a number"));
    out = qint64(number);
    return true;
}

bool OnDemandReader::readInt(Value& value, const JsonPath& path, int& out)
{
    qint64 number = 0;
    if (!readInt64(value, path, number))
        return false;
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return fail(path, QCoreApplication::translate("duper::Parsers", "is out of range"));
    out = int(number);
    return true;
}

bool OnDemandReader::readBool(Value& value, const JsonPath& path, bool& out)
{
    if (const auto code = value.get_bool().get(out))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "a boolean"));
    return true;
}

bool OnDemandReader::readObject(Value& value, const JsonPath& path, Object& out)
{
    if (const auto code = value.get_object().get(out))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "an object"));
    return true;
}

bool OnDemandReader::readArray(Value& value, const JsonPath& path, Array& out)
{
    if (const auto code = value.get_array().get(out))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "an array"));
    return true;
}

bool OnDemandReader::readStringList(Value& value, const JsonPath& path, QStringList& out)
{
    Array array;
    if (!readArray(value, path, array))
        return false;
    out.clear();
    return forEachElement(*this, array, path, [&](qsizetype index, Value& element) {
        QString text;
        if (!readString(element, path.element(index), text))
            return false;
        out.append(text);
        return true;
    });
}

bool OnDemandReader::readErrorCause(Value& value, const JsonPath& path, ErrorCause& out)
{
    Object object;
    if (!readObject(value, path, object))
        return false;
    std::string_view raw;
    if (const auto code = object.raw_json().get(raw))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "an object"));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())), &parseError);
    if (!document.isObject())
        return fail(
            path,
            QCoreApplication::translate("duper::Parsers", "is malformed JSON (%1)").arg(parseError.errorString()));
    out = ErrorCause::fromJson(document.object());
    return true;
}

bool OnDemandReader::readFollowStats(Object& object, const JsonPath& path, FollowStatsResponse& out)
{
    return forEachField(*this, object, path, [&](std::string_view key, Value& value) {
        if (key != "indices")
            return true;
        const JsonPath indicesPath = path.child(key);
        Array array;
        if (!readArray(value, indicesPath, array))
            return false;
        return forEachElement(*this, array, indicesPath, [&](qsizetype index, Value& element) {
            FollowerStats stats;
            if (!readFollowerStats(element, indicesPath.element(index), stats))
                return false;
            out.indices.append(std::move(stats));
            return true;
        });
    });
}

bool OnDemandReader::readFollowerStats(Value& value, const JsonPath& path, FollowerStats& out)
{
    Object object;
    if (!readObject(value, path, object))
        return false;
    return forEachField(*this, object, path, [&](std::string_view key, Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "index")
            return readRepeatedString(field, fieldPath, out.index, m_lastFollowerIndex); // shards repeat it
        if (key == "total_global_checkpoint_lag") {
            qint64 lag = 0;
            if (!readInt64(field, fieldPath, lag))
                return false;
            out.totalGlobalCheckpointLag = lag;
            return true;
        }
        if (key == "shards") {
            Array array;
            if (!readArray(field, fieldPath, array))
                return false;
            return forEachElement(*this, array, fieldPath, [&](qsizetype index, Value& element) {
                ShardFollowStats shard;
                if (!readShardStats(element, fieldPath.element(index), shard))
                    return false;
                out.shards.append(std::move(shard));
                return true;
            });
        }
        return true;
    });
}

bool OnDemandReader::readShardStats(Value& value, const JsonPath& path, ShardFollowStats& out)
{
    Object object;
    if (!readObject(value, path, object))
        return false;
    OrderedKeyLookup keys(kShardStatsKeys);
    return forEachKnownField(*this, object, path, keys, [&](std::size_t position, std::string_view key, Value& field) {
        const JsonPath fieldPath = path.child(key);
        // Human-readable twins ("write_buffer_size", "total_read_time", ...) are not among the keys: skipped.
        switch (ShardStatsKey(position)) {
        case ShardStatsKey::RemoteCluster:
            return readRepeatedString(field, fieldPath, out.remoteCluster, m_lastRemoteCluster);
        case ShardStatsKey::LeaderIndex:
            return readRepeatedString(field, fieldPath, out.leaderIndex, m_lastLeaderIndex);
        case ShardStatsKey::FollowerIndex:
            return readRepeatedString(field, fieldPath, out.followerIndex, m_lastFollowerIndex);
        case ShardStatsKey::ShardId:
            return readInt(field, fieldPath, out.shardId);
        case ShardStatsKey::LeaderGlobalCheckpoint:
            return readInt64(field, fieldPath, out.leaderGlobalCheckpoint);
        case ShardStatsKey::LeaderMaxSeqNo:
            return readInt64(field, fieldPath, out.leaderMaxSeqNo);
        case ShardStatsKey::FollowerGlobalCheckpoint:
            return readInt64(field, fieldPath, out.followerGlobalCheckpoint);
        case ShardStatsKey::FollowerMaxSeqNo:
            return readInt64(field, fieldPath, out.followerMaxSeqNo);
        case ShardStatsKey::LastRequestedSeqNo:
            return readInt64(field, fieldPath, out.lastRequestedSeqNo);
        case ShardStatsKey::OutstandingReadRequests:
            return readInt(field, fieldPath, out.outstandingReadRequests);
        case ShardStatsKey::OutstandingWriteRequests:
            return readInt(field, fieldPath, out.outstandingWriteRequests);
        case ShardStatsKey::WriteBufferOperationCount:
            return readInt(field, fieldPath, out.writeBufferOperationCount);
        case ShardStatsKey::WriteBufferSizeInBytes:
            return readInt64(field, fieldPath, out.writeBufferSizeInBytes);
        case ShardStatsKey::FollowerMappingVersion:
            return readInt64(field, fieldPath, out.followerMappingVersion);
        case ShardStatsKey::FollowerSettingsVersion:
            return readInt64(field, fieldPath, out.followerSettingsVersion);
        case ShardStatsKey::FollowerAliasesVersion:
            return readInt64(field, fieldPath, out.followerAliasesVersion);
        case ShardStatsKey::TotalReadTimeMillis:
            return readInt64(field, fieldPath, out.totalReadTimeMillis);
        case ShardStatsKey::TotalReadRemoteExecTimeMillis:
            return readInt64(field, fieldPath, out.totalReadRemoteExecTimeMillis);
        case ShardStatsKey::SuccessfulReadRequests:
            return readInt64(field, fieldPath, out.successfulReadRequests);
        case ShardStatsKey::FailedReadRequests:
            return readInt64(field, fieldPath, out.failedReadRequests);
        case ShardStatsKey::OperationsRead:
            return readInt64(field, fieldPath, out.operationsRead);
        case ShardStatsKey::BytesRead:
            return readInt64(field, fieldPath, out.bytesRead);
        case ShardStatsKey::TotalWriteTimeMillis:
            return readInt64(field, fieldPath, out.totalWriteTimeMillis);
        case ShardStatsKey::SuccessfulWriteRequests:
            return readInt64(field, fieldPath, out.successfulWriteRequests);
        case ShardStatsKey::FailedWriteRequests:
            return readInt64(field, fieldPath, out.failedWriteRequests);
        case ShardStatsKey::OperationsWritten:
            return readInt64(field, fieldPath, out.operationsWritten);
        case ShardStatsKey::ReadExceptions:
            return readReadExceptions(field, fieldPath, out.readExceptions);
        case ShardStatsKey::TimeSinceLastReadMillis:
            return readInt64(field, fieldPath, out.timeSinceLastReadMillis);
        case ShardStatsKey::FatalException:
            return readFatalException(field, fieldPath, out.fatalException);
        case ShardStatsKey::Count:
            break;
        }
        return true;
    });
}

bool OnDemandReader::readReadExceptions(Value& value, const JsonPath& path, QList<ReadException>& out)
{
    return readListOf(
        *this, value, path, out,
        [](OnDemandReader& reader, Value& element, const JsonPath& elementPath, ReadException& exception) {
            return reader.readReadException(element, elementPath, exception);
        });
}

bool OnDemandReader::readFatalException(Value& value, const JsonPath& path, std::optional<ErrorCause>& out)
{
    bool isNull = false;
    if (const auto code = value.is_null().get(isNull))
        return failCode(path, code, QT_TRANSLATE_NOOP("duper::Parsers", "an object"));
    if (isNull)
        return true;
    ErrorCause cause;
    if (!readErrorCause(value, path, cause))
        return false;
    out = std::move(cause);
    return true;
}

bool OnDemandReader::readReadException(Value& value, const JsonPath& path, ReadException& out)
{
    Object object;
    if (!readObject(value, path, object))
        return false;
    return forEachField(*this, object, path, [&](std::string_view key, Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "from_seq_no")
            return readInt64(field, fieldPath, out.fromSeqNo);
        if (key == "retries")
            return readInt(field, fieldPath, out.retries);
        if (key == "exception")
            return readErrorCause(field, fieldPath, out.exception);
        return true;
    });
}

} // namespace duper
