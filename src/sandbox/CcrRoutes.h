#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Follower-index CCR endpoints: follow, pause_follow, resume_follow, unfollow, info, stats, /_ccr/stats and
// forget_follower (on the leader).
class CcrRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
