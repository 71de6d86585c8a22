// Request bodies the sandbox's routes receive (any HTTP client can send them): RequestBody::parseObject, then the
// follow parameters read as the follow, resume-follow and put-auto-follow routes do, the error locations and number
// texts derived from the raw body, and the settings flattening of the follow and auto-follow routes.
#include "FuzzInput.h"
#include "sandbox/FlatSettings.h"
#include "sandbox/RequestBody.h"
#include "sandbox/RestError.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using duper::sandbox::RequestBody;
    const QByteArray raw = duper::fuzz::bytes(data, size);
    QJsonObject body;
    if (RequestBody::parseObject(raw, true, &body))
        return 0;
    const QStringList otherKeys = {QStringLiteral("remote_cluster"), QStringLiteral("leader_index"),
                                   QStringLiteral("settings")};
    duper::FollowParameters parameters;
    if (!RequestBody::readFollowParameters(raw, body, QStringLiteral("put_follow_request"), otherKeys, &parameters))
        (void)RequestBody::validationMessages(parameters);
    for (auto it = body.begin(); it != body.end(); ++it) {
        (void)RequestBody::location(raw, it.key());
        (void)RequestBody::numberText(raw, it.key(), it.value());
    }
    (void)duper::sandbox::FlatSettings::flatten(body.value(QLatin1String("settings")).toObject());
    return 0;
}
