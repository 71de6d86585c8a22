#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Composable index templates (/_index_template) and the data stream endpoints: get, delete, promote (/_data_stream)
// and rollover of a data stream (/<stream>/_rollover).
class DataStreamRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
