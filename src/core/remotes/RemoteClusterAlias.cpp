#include "core/remotes/RemoteClusterAlias.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace duper::RemoteClusterAlias {

QString validate(const QString& alias)
{
    if (alias.isEmpty())
        return QCoreApplication::translate("duper::RemoteClusterAlias", "Give the remote cluster a name.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!allowed.match(alias).hasMatch())
        return QCoreApplication::translate("duper::RemoteClusterAlias",
                                           "The name may contain only letters, digits, underscores and hyphens.");
    return {};
}

} // namespace duper::RemoteClusterAlias
