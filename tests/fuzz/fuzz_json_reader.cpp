// The generic JSON reader (JsonReader over QJsonDocument): every response CcrApi and SecurityApi read with it gets
// the same body, through the same parse() the API uses. A first byte picks one parser, so that each input exercises
// one reader deeply instead of all of them shallowly.
#include "FuzzInput.h"
#include "core/ccr/AcknowledgedResponse.h"
#include "core/ccr/AutoFollowPatternsResponse.h"
#include "core/ccr/CloseIndexResponse.h"
#include "core/ccr/ClusterInfo.h"
#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/DataStreamsResponse.h"
#include "core/ccr/FollowResponse.h"
#include "core/ccr/ForgetFollowerResponse.h"
#include "core/ccr/IndexStatsResponse.h"
#include "core/ccr/LicenseInfo.h"
#include "core/ccr/NodesInfoResponse.h"
#include "core/ccr/OpenIndexResponse.h"
#include "core/ccr/PrivilegesResponse.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/ccr/ResolveIndexResponse.h"
#include "core/security/ApiKeysResponse.h"
#include "core/security/CreatedApiKey.h"
#include "core/security/InvalidateApiKeysResponse.h"
#include "core/security/ReloadSecureSettingsResponse.h"
#include "core/security/RemoteClusterServerNodes.h"

namespace {

template <typename Response> void parseWith(const QByteArray& body)
{
    QString error;
    const auto response = Response::parse(body, &error);
    if (!response && error.isEmpty())
        __builtin_trap(); // a malformed body must always say why
}

using Parser = void (*)(const QByteArray&);
constexpr Parser kParsers[] = {
    parseWith<duper::AcknowledgedResponse>,
    parseWith<duper::AutoFollowPatternsResponse>,
    parseWith<duper::CloseIndexResponse>,
    parseWith<duper::ClusterInfo>,
    parseWith<duper::ClusterSettingsResponse>,
    parseWith<duper::DataStreamsResponse>,
    parseWith<duper::FollowResponse>,
    parseWith<duper::ForgetFollowerResponse>,
    parseWith<duper::IndexStatsResponse>,
    parseWith<duper::LicenseInfo>,
    parseWith<duper::NodesInfoResponse>,
    parseWith<duper::OpenIndexResponse>,
    parseWith<duper::PrivilegesResponse>,
    parseWith<duper::RemoteInfoResponse>,
    parseWith<duper::ResolveIndexResponse>,
    parseWith<duper::ApiKeysResponse>,
    parseWith<duper::CreatedApiKey>,
    parseWith<duper::InvalidateApiKeysResponse>,
    parseWith<duper::ReloadSecureSettingsResponse>,
    parseWith<duper::RemoteClusterServerNodes>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t count = sizeof(kParsers) / sizeof(kParsers[0]);
    kParsers[data[0] % count](duper::fuzz::bytes(data + 1, size - 1));
    return 0;
}
