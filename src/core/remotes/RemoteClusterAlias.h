#pragma once

#include <QString>

namespace duper {

// The name of a remote cluster (cluster.remote.<alias>). It becomes part of settings keys and of "alias:index"
// expressions, so like Kibana we accept only letters, digits, '_' and '-' (a '.' or ':' would break both).
namespace RemoteClusterAlias {
// An empty string when `alias` is acceptable, else a sentence saying why not.
QString validate(const QString& alias);
} // namespace RemoteClusterAlias

} // namespace duper
