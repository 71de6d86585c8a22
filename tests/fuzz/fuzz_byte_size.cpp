// Byte sizes ("32mb", "1.5kb", "-1") as users type them and follow_info reports them (ByteSize::parse), and their
// renderings, which must read back as the same number of bytes.
#include "FuzzInput.h"
#include "core/values/ByteSize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString field = QStringLiteral("max_read_request_size");
    const auto parsed = duper::ByteSize::parse(duper::fuzz::text(data, size), field);
    if (!parsed.ok()) {
        if (parsed.error().message().isEmpty() || parsed.error().elasticsearchReason().isEmpty())
            __builtin_trap();
        return 0;
    }
    const duper::ByteSize& value = parsed.value();
    (void)value.toHumanString();
    (void)value.isUnlimited();
    const auto again = duper::ByteSize::parse(value.toString(), field);
    if (!again.ok() || !(again.value() == value))
        __builtin_trap();
    return 0;
}
