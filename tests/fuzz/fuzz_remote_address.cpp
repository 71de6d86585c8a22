// Remote cluster transport addresses "host:port" (seeds, proxy_address) as users type them and remote_info reports
// them (RemoteAddress::parse); an accepted address must render to text that parses back the same.
#include "FuzzInput.h"
#include "core/remotes/RemoteAddress.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto address = duper::RemoteAddress::parse(duper::fuzz::text(data, size), &error);
    if (!address) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const auto again = duper::RemoteAddress::parse(address->toString());
    if (!again || again->host != address->host || again->port != address->port)
        __builtin_trap();
    return 0;
}
