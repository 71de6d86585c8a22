#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Cross-cluster API keys on the cluster that issues them: create and update (/_security/cross_cluster/api_key),
// get and invalidate (/_security/api_key), with Elasticsearch's answers and error bodies.
class ApiKeyRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
