#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Auto-follow pattern endpoints: put, get (one or all), delete, pause, resume.
class AutoFollowRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
