#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Index management: create, get, delete, _open, _close, _cat/indices (settings and stats: SettingsRoutes, StatsRoutes).
class IndexRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
