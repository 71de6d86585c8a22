#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Cluster-level APIs: GET /, _cluster/health|state|settings, _nodes, _remote/info, _license,
// _security/user/_has_privileges, _security/_authenticate, _resolve/index.
class ClusterRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
