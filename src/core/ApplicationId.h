#pragma once

#include <QString>

namespace duper {

// The one reverse-DNS application id: desktop file, AppStream metainfo, icon name, settings folder, keychain service.
inline QString applicationId()
{
    return QStringLiteral("dev.duper.Duper");
}

} // namespace duper
