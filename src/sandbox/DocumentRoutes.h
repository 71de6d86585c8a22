#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Documents: index (_doc, _create), get, _bulk, _refresh and _count. Writes into a follower index are refused.
class DocumentRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
