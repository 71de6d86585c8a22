// Error envelopes {"error": {...}, "status": N}: EsErrorBody::parse, and EsError::http + userMessage() as EsJob
// turns every non-2xx answer into the sentence a user reads.
#include "FuzzInput.h"
#include "core/es/EsError.h"
#include "core/es/EsErrorBody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = duper::fuzz::bytes(data, size);
    QString error;
    const auto parsed = duper::EsErrorBody::parse(body, &error);
    if (!parsed && error.isEmpty())
        __builtin_trap(); // a malformed body must always say why
    const QString message = duper::EsError::http(400, body).userMessage();
    if (message.isEmpty())
        __builtin_trap();
    return 0;
}
