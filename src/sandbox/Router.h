#pragma once

#include "sandbox/RestRequest.h"
#include "sandbox/RestResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace duper::sandbox {

// Matches ES REST paths ("/{index}/_ccr/follow") and methods to handlers; answers like ES's RestController for
// unknown paths (400 "no handler found") and wrong methods (405 "Incorrect HTTP method").
class Router
{
public:
    using Handler = std::function<RestResponse(const RestRequest&, const QStringList& params)>;

    // `methods` like "GET,POST"; `pattern` like "/{index}/_ccr/follow" ({x} matches one segment).
    void add(const QString& methods, const QString& pattern, Handler handler);
    RestResponse dispatch(const RestRequest& request) const;

private:
    struct Route
    {
        QStringList methods;
        QStringList segments;
        int literals = 0;
        Handler handler;
    };
    static bool matches(const Route& route, const QStringList& segments, QStringList* params);
    QList<Route> m_routes;
};

} // namespace duper::sandbox
