// Elastic Cloud IDs as users paste them and the earlier tool's config holds them (CloudId::decode), and the URLs
// built from them.
#include "FuzzInput.h"
#include "core/connections/CloudId.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto cloudId = duper::CloudId::decode(duper::fuzz::text(data, size), &error);
    if (!cloudId) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal must always say why
        return 0;
    }
    if (!cloudId->elasticsearchUrl().isValid())
        __builtin_trap(); // decode() promises a usable URL
    (void)cloudId->kibanaUrl();
    return 0;
}
