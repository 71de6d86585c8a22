#pragma once

namespace duper::sandbox {

class Cluster;
class Router;

// Index stats as Elasticsearch serves them: /_stats, /_stats/{metric}, /{index}/_stats and /{index}/_stats/{metric}
// with the docs, store and indexing sections (`_all`, per index with its uuid, level=shards with seq_no) and human.
class StatsRoutes
{
public:
    static void install(Router& router, Cluster& cluster);
};

} // namespace duper::sandbox
