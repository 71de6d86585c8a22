#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// GET index settings as Elasticsearch serves them: /_settings, /{index}/_settings and /{index}/_settings/{name}
// (comma-separated names with `*` wildcards), with include_defaults, flat_settings and human.
class SettingsRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
