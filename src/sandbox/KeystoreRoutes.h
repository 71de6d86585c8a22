#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Secure settings of the emulated node. POST /_nodes/reload_secure_settings is Elasticsearch's API.
// PUT|POST /_sandbox/keystore/cluster.remote.<alias>.credentials {"value": "<encoded key>"} and DELETE on the same
// path are NOT Elasticsearch APIs: they stand in for running `elasticsearch-keystore add` on the node, which no
// REST call can do on a real cluster. The stored value takes effect at the next reload.
class KeystoreRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
