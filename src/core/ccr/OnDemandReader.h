#pragma once

// Internal to duper_core's .cpp files: this header pulls in simdjson, so never include it from a public header.

#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/OrderedKeyLookup.h"
#include "core/es/ErrorCause.h"
#include "core/json/JsonPath.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <simdjson.h>

namespace duper {

// Reads a body with simdjson's on-demand API straight into our structs, recording the first problem as
// "<api>: <path> is not a number". Each read* returns false once something is malformed; callers stop then.
class OnDemandReader
{
public:
    using Value = simdjson::ondemand::value;
    using Object = simdjson::ondemand::object;
    using Array = simdjson::ondemand::array;

    explicit OnDemandReader(QString api);
    ~OnDemandReader();
    OnDemandReader(const OnDemandReader&) = delete;
    OnDemandReader& operator=(const OnDemandReader&) = delete;

    // Parses `body` (in place when its allocation has simdjson's padding after it, as EsJob's bodies do; otherwise
    // copied into a padded buffer); `root` is the
    // top-level object. The reader must outlive every value read from it.
    bool open(const QByteArray& body, Object& root);
    // The same for a body whose top level is an array.
    bool open(const QByteArray& body, Array& root);

    // After the root object was read: fails when anything but whitespace follows it.
    bool finish();

    bool fail(const JsonPath& path, const QString& problem);
    bool failCode(const JsonPath& path, simdjson::error_code code, const char* expected);
    const QString& error() const { return m_error; }
    void reportTo(QString* error) const
    {
        if (error)
            *error = m_error;
    }

    bool readString(Value& value, const JsonPath& path, QString& out);
    // Like readString, for texts that repeat from one entry to the next (remote cluster, index names across shards):
    // when the text equals `last`, `out` shares its data instead of allocating a copy; otherwise `last` becomes it.
    bool readRepeatedString(Value& value, const JsonPath& path, QString& out, QString& last);
    bool readInt64(Value& value, const JsonPath& path, qint64& out);
    bool readInt(Value& value, const JsonPath& path, int& out);
    bool readBool(Value& value, const JsonPath& path, bool& out);
    bool readObject(Value& value, const JsonPath& path, Object& out);
    bool readArray(Value& value, const JsonPath& path, Array& out);
    bool readStringList(Value& value, const JsonPath& path, QStringList& out);
    // An object read through QJsonDocument (errors are rare and small).
    bool readErrorCause(Value& value, const JsonPath& path, ErrorCause& out);

    // The {"indices": [...]} object of follow_stats (top level) and of ccr stats (`follow_stats`).
    bool readFollowStats(Object& object, const JsonPath& path, FollowStatsResponse& out);
    bool readFollowerStats(Value& value, const JsonPath& path, FollowerStats& out);
    bool readShardStats(Value& value, const JsonPath& path, ShardFollowStats& out);
    bool readReadException(Value& value, const JsonPath& path, ReadException& out);
    bool readReadExceptions(Value& value, const JsonPath& path, QList<ReadException>& out);
    // null leaves `out` empty.
    bool readFatalException(Value& value, const JsonPath& path, std::optional<ErrorCause>& out);

private:
    // Starts simdjson on `body` (see open()).
    bool openDocument(const QByteArray& body);

    QString m_api;
    QString m_error;
    // The last texts of the repeating shard fields (see readRepeatedString).
    QString m_lastRemoteCluster;
    QString m_lastLeaderIndex;
    QString m_lastFollowerIndex;
    simdjson::padded_string m_padded;
    // The thread's shared parser (its buffers are reused across calls, which saves allocating and faulting in
    // several times the body size per parse), or m_ownParser when the shared one is busy.
    simdjson::ondemand::parser* m_parser = nullptr;
    simdjson::ondemand::parser m_ownParser;
    bool m_usesShared = false;
    simdjson::ondemand::document m_document;
};

// How many bytes of a key's raw text come before its closing quote or its first backslash, found eight bytes at a
// time (a byte loop was a quarter of a stats parse's instructions). Reading past the key is safe: simdjson's padding
// follows the body.
inline std::size_t rawKeyLength(const char* raw)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        for (std::size_t offset = 0;; offset += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, raw + offset, sizeof word);
            const std::uint64_t quote = word ^ (ones * '"');
            const std::uint64_t backslash = word ^ (ones * '\\');
            // The lowest set high bit marks the first byte that is either (bits above it may be wrong; it is not).
            const std::uint64_t found = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs;
            if (found)
                return offset + std::size_t(std::countr_zero(found) >> 3);
        }
    }
    std::size_t length = 0;
    while (raw[length] != '"' && raw[length] != '\\')
        ++length;
    return length;
}

// The key of `field`. A key without escapes is read in place: unescaping it would copy every key of a large body into
// the parser's string buffer (time, and megabytes of memory touched).
inline bool readKey(OnDemandReader& reader, simdjson::ondemand::field& field, const JsonPath& path,
                    std::string_view& key)
{
    const char* raw = field.key().raw();
    const char* end = raw + rawKeyLength(raw);
    key = std::string_view(raw, size_t(end - raw));
    if (*end == '"')
        return true;
    if (const auto code = field.unescaped_key().get(key))
        return reader.failCode(path, code, "an object");
    return true;
}

// Iterates the fields of `object`: calls `onField(std::string_view key, Value& value)`, which returns false to stop.
// Returns false when iteration failed (the reader then holds the error) or a callback returned false.
template <typename Callback>
bool forEachField(OnDemandReader& reader, OnDemandReader::Object& object, const JsonPath& path, Callback&& onField)
{
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (const auto code = std::move(fieldResult).get(field))
            return reader.failCode(path, code, "an object");
        std::string_view key;
        if (!readKey(reader, field, path, key))
            return false;
        OnDemandReader::Value& value = field.value();
        if (!onField(key, value))
            return false;
    }
    return true;
}

// Like forEachField, for objects whose keys are looked up in `keys`: calls `onField(std::size_t position,
// std::string_view key, Value& value)` with the key's position in the lookup's names (or notFound). A key that is the
// expected next name is recognised in place, without measuring or unescaping it.
template <typename Lookup, typename Callback>
bool forEachKnownField(OnDemandReader& reader, OnDemandReader::Object& object, const JsonPath& path, Lookup& keys,
                       Callback&& onField)
{
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (const auto code = std::move(fieldResult).get(field))
            return reader.failCode(path, code, "an object");
        const char* raw = field.key().raw();
        std::size_t position = keys.matchExpected(raw);
        std::string_view key;
        if (position != Lookup::notFound) {
            key = keys.nameAt(position);
        } else {
            if (!readKey(reader, field, path, key))
                return false;
            position = keys.find(key);
        }
        OnDemandReader::Value& value = field.value();
        if (!onField(position, key, value))
            return false;
    }
    return true;
}

// Iterates the elements of `array`: calls `onElement(qsizetype index, Value& value)`, which returns false to stop.
template <typename Callback>
bool forEachElement(OnDemandReader& reader, OnDemandReader::Array& array, const JsonPath& path, Callback&& onElement)
{
    qsizetype index = 0;
    for (auto elementResult : array) {
        OnDemandReader::Value value;
        if (const auto code = std::move(elementResult).get(value))
            return reader.failCode(path.element(index), code, "a value");
        if (!onElement(index, value))
            return false;
        ++index;
    }
    return true;
}

// Reads `value` as an object and iterates its fields (see forEachField).
template <typename Callback>
bool forEachFieldOf(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, Callback&& onField)
{
    OnDemandReader::Object object;
    return reader.readObject(value, path, object) && forEachField(reader, object, path, onField);
}

// Makes room in `out` for the elements of `array` at once. Grown one append at a time, the follower list of 10,000
// followers (280 bytes each) reallocates and copies itself a dozen times, and the abandoned blocks of 1-4 MB stay in
// the parsing thread's heap, adding 3 MB to a load's peak memory. Counting walks the array's structural index once
// (about 1 ms for 10,000 followers' info): worth it for lists of large elements only; follow_stats' list of small
// per-index entries (their shards are separate blocks) grows as it comes.
template <typename T> void reserveFor(OnDemandReader::Array& array, QList<T>& out)
{
    size_t count = 0;
    if (array.count_elements().get(count) == simdjson::SUCCESS && count > 1)
        out.reserve(out.size() + qsizetype(count));
}

// Reads `value` as an array and appends each element read by `readOne(reader, Value&, const JsonPath&, T&)`.
template <typename T, typename ReadOne>
bool readListOf(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, QList<T>& out,
                ReadOne&& readOne)
{
    OnDemandReader::Array array;
    if (!reader.readArray(value, path, array))
        return false;
    reserveFor(array, out);
    return forEachElement(reader, array, path, [&](qsizetype index, OnDemandReader::Value& element) {
        T item;
        if (!readOne(reader, element, path.element(index), item))
            return false;
        out.append(std::move(item));
        return true;
    });
}

// The whole of a response body whose top level is an object: `onField(reader, response, key, value, path)` per
// top-level field, then
// nothing but whitespace may follow. nullopt, with the problem in *error, when anything is malformed.
template <typename Response, typename Callback>
std::optional<Response> parseTopLevelFields(const QString& api, const QByteArray& body, QString* error,
                                            Callback&& onField)
{
    OnDemandReader reader(api);
    OnDemandReader::Object root;
    Response response;
    const JsonPath top; // the paths of the fields point to it
    const bool ok = reader.open(body, root) &&
                    forEachField(reader, root, top, [&](std::string_view key, OnDemandReader::Value& value) {
                        return onField(reader, response, key, value, top.child(key));
                    });
    if (!ok || !reader.finish()) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
