#include "core/ccr/FollowInfoResponse.h"

#include "core/ccr/OnDemandReader.h"
#include "core/ccr/StreamedListParser.h"

#include <QCoreApplication>
#include <array>
#include <limits>
#include <string>
#include <vector>

namespace duper {

namespace {

// Every follower of a large deployment reports the same few parameter texts ("32mb", "500ms"), so the last text
// seen per parameter and its parsed value are kept for the whole body.
struct ParameterCache
{
    std::array<std::string, 10> text;
    std::array<bool, 10> valid{};
    FollowParameters values;
    // The last remote cluster read: followers share its text (see OnDemandReader::readRepeatedString).
    QString remoteCluster;
};

std::optional<FollowParameter> parameterFor(std::string_view key)
{
    static const std::vector<std::pair<std::string, FollowParameter>> names = [] {
        std::vector<std::pair<std::string, FollowParameter>> list;
        for (const FollowParameter parameter : FollowParameterInfo::all())
            list.emplace_back(FollowParameterInfo::restName(parameter).toUtf8().toStdString(), parameter);
        return list;
    }();
    for (const auto& [name, parameter] : names) {
        if (key == name)
            return parameter;
    }
    return std::nullopt;
}

// Works for const and non-const parameters alike.
template <typename Parameters>
auto countMember(FollowParameter parameter, Parameters& p) -> decltype(&p.maxReadRequestOperationCount)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
        return &p.maxReadRequestOperationCount;
    case FollowParameter::MaxWriteRequestOperationCount:
        return &p.maxWriteRequestOperationCount;
    case FollowParameter::MaxOutstandingReadRequests:
        return &p.maxOutstandingReadRequests;
    case FollowParameter::MaxOutstandingWriteRequests:
        return &p.maxOutstandingWriteRequests;
    case FollowParameter::MaxWriteBufferCount:
        return &p.maxWriteBufferCount;
    default:
        return nullptr;
    }
}

void copyParameter(FollowParameter parameter, const FollowParameters& from, FollowParameters& to)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestSize:
        to.maxReadRequestSize = from.maxReadRequestSize;
        break;
    case FollowParameter::MaxWriteRequestSize:
        to.maxWriteRequestSize = from.maxWriteRequestSize;
        break;
    case FollowParameter::MaxWriteBufferSize:
        to.maxWriteBufferSize = from.maxWriteBufferSize;
        break;
    case FollowParameter::MaxRetryDelay:
        to.maxRetryDelay = from.maxRetryDelay;
        break;
    case FollowParameter::ReadPollTimeout:
        to.readPollTimeout = from.readPollTimeout;
        break;
    default:
        if (std::optional<int>* target = countMember(parameter, to))
            *target = *countMember(parameter, from);
        break;
    }
}

// The `parameters` object: counts as numbers (or numeric strings), sizes and times as strings. A value the
// grammar rejects is skipped (one odd value must not hide every follower); a wrong JSON type is an error.
bool readParameters(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, FollowParameters& out,
                    ParameterCache& cache)
{
    return forEachFieldOf(reader, value, path, [&](std::string_view key, OnDemandReader::Value& field) {
        const std::optional<FollowParameter> parameter = parameterFor(key);
        if (!parameter)
            return true;
        const JsonPath fieldPath = path.child(key);
        simdjson::ondemand::json_type type;
        if (const auto code = field.type().get(type))
            return reader.failCode(fieldPath, code, QT_TRANSLATE_NOOP("duper::Parsers", "a value"));
        std::string_view text;
        if (type == simdjson::ondemand::json_type::number) {
            qint64 number = 0;
            if (!reader.readInt64(field, fieldPath, number))
                return false;
            std::optional<int>* count = countMember(*parameter, out);
            if (count && number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
                *count = int(number);
            else // sizes and times must be strings: let the grammar say no
                (void)out.setFromText(*parameter, QString::number(number));
            return true;
        }
        if (type != simdjson::ondemand::json_type::string)
            return reader.fail(fieldPath, QCoreApplication::translate("duper::Parsers", "is not a number or a string"));
        if (const auto code = field.get_string().get(text))
            return reader.failCode(fieldPath, code, QT_TRANSLATE_NOOP("duper::Parsers", "a string"));
        const auto slot = size_t(*parameter);
        if (slot < cache.text.size() && cache.valid[slot] && cache.text[slot] == text) {
            copyParameter(*parameter, cache.values, out);
            return true;
        }
        if (out.setFromText(*parameter, QString::fromUtf8(text.data(), qsizetype(text.size()))))
            return true; // rejected by the grammar: skipped
        if (slot < cache.text.size()) {
            copyParameter(*parameter, out, cache.values);
            cache.text[slot] = std::string(text);
            cache.valid[slot] = true;
        }
        return true;
    });
}

bool readFollower(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, FollowerInfo& out,
                  ParameterCache& cache)
{
    return forEachFieldOf(reader, value, path, [&](std::string_view key, OnDemandReader::Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "follower_index")
            return reader.readString(field, fieldPath, out.followerIndex);
        if (key == "remote_cluster")
            return reader.readRepeatedString(field, fieldPath, out.remoteCluster, cache.remoteCluster);
        if (key == "leader_index")
            return reader.readString(field, fieldPath, out.leaderIndex);
        if (key == "status") {
            QString status;
            if (!reader.readString(field, fieldPath, status))
                return false;
            if (status == u"active")
                out.status = FollowerStatus::Active;
            else if (status == u"paused")
                out.status = FollowerStatus::Paused;
            else
                return reader.fail(
                    fieldPath, QCoreApplication::translate("duper::Parsers", "is \"%1\", not \"active\" or \"paused\"")
                                   .arg(status));
            return true;
        }
        if (key == "parameters") {
            out.hasParameters = true;
            return readParameters(reader, field, fieldPath, out.parameters, cache);
        }
        return true;
    });
}

} // namespace

std::optional<FollowInfoResponse> FollowInfoResponse::parse(const QByteArray& body, QString* error)
{
    ParameterCache cache;
    return parseTopLevelFields<FollowInfoResponse>(
        QStringLiteral("follow_info"), body, error,
        [&cache](OnDemandReader& reader, FollowInfoResponse& response, std::string_view key,
                 OnDemandReader::Value& value, const JsonPath& path) {
            if (key != "follower_indices")
                return true;
            return readListOf(
                reader, value, path, response.followers,
                [&cache](OnDemandReader& r, OnDemandReader::Value& element, const JsonPath& elementPath,
                         FollowerInfo& follower) { return readFollower(r, element, elementPath, follower, cache); });
        });
}

std::shared_ptr<BodyStreamParser<FollowInfoResponse>> FollowInfoResponse::streamParser()
{
    return makeStreamedListParser<FollowInfoResponse, FollowerInfo>(
        QStringLiteral("follow_info"), {"follower_indices"},
        [cache = ParameterCache()](OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path,
                                   FollowerInfo& out) mutable { return readFollower(reader, value, path, out, cache); },
        [](FollowInfoResponse& response) -> QList<FollowerInfo>& { return response.followers; },
        [](const QByteArray& body, QString* error) { return FollowInfoResponse::parse(body, error); });
}

} // namespace duper
