// Index names as users type them and as clusters report them (IndexName::parse).
#include "FuzzInput.h"
#include "core/values/IndexName.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = duper::fuzz::text(data, size);
    const auto parsed = duper::IndexName::parse(text, QStringLiteral("follower_index"));
    if (parsed.ok()) {
        if (parsed.value().toString() != text)
            __builtin_trap();
    } else if (parsed.error().message().isEmpty() || parsed.error().elasticsearchReason().isEmpty()) {
        __builtin_trap(); // a refusal must always say why
    }
    return 0;
}
