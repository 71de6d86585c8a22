// Time values ("1m", "500ms", "-1") as users type them and follow_info reports them (TimeValue::parse), and their
// rendering, which must read back (as the same duration, except that ES renders every -1 of any unit as "-1").
#include "FuzzInput.h"
#include "core/values/TimeValue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString field = QStringLiteral("read_poll_timeout");
    const auto parsed = duper::TimeValue::parse(duper::fuzz::text(data, size), field);
    if (!parsed.ok()) {
        if (parsed.error().message().isEmpty() || parsed.error().elasticsearchReason().isEmpty())
            __builtin_trap();
        return 0;
    }
    const duper::TimeValue& value = parsed.value();
    (void)value.nanoseconds();
    (void)value.milliseconds();
    const auto again = duper::TimeValue::parse(value.toString(), field);
    if (!again.ok() || (value.duration() >= 0 && !(again.value() == value)))
        __builtin_trap();
    return 0;
}
