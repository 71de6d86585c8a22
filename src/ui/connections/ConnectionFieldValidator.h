#pragma once

#include <QString>

namespace duper::ui {

// The checks the connection editor runs as the user types. Each returns an empty string when the text is fine, else
// one sentence for people (translated).
class ConnectionFieldValidator
{
public:
    // A comma- or space-separated list of http(s) URLs; empty is fine when `cloudIdSet`.
    static QString checkUrls(const QString& text, bool cloudIdSet);
    // Empty, or a Cloud ID that decodes.
    static QString checkCloudId(const QString& text);
    // Empty, or a file that exists and can be read. `what` names it ("CA file").
    static QString checkReadableFile(const QString& path, const QString& what);
    static QString checkName(const QString& text);
};

} // namespace duper::ui
