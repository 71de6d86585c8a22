#include "sandbox/Router.h"

#include "sandbox/JsonWriter.h"

namespace duper::sandbox {

void Router::add(const QString& methods, const QString& pattern, Handler handler)
{
    Route route;
    route.methods = methods.split(QLatin1Char(','));
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& s : route.segments) {
        if (!s.startsWith(QLatin1Char('{')))
            ++route.literals;
    }
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

bool Router::matches(const Route& route, const QStringList& segments, QStringList* params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& p = route.segments.at(i);
        if (p.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (p != segments.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}

RestResponse Router::dispatch(const RestRequest& request) const
{
    const QString method = QString::fromLatin1(request.method);
    const Route* best = nullptr;
    QStringList bestParams;
    QStringList allowed;
    int allowedLiterals = -1;
    for (const Route& route : m_routes) {
        QStringList params;
        if (!matches(route, request.segments, &params))
            continue;
        // Literal segments beat placeholders, as in ES's path trie.
        if (route.methods.contains(method) && (!best || route.literals > best->literals)) {
            best = &route;
            bestParams = params;
        }
        if (route.literals > allowedLiterals) {
            allowedLiterals = route.literals;
            allowed = route.methods;
        } else if (route.literals == allowedLiterals) {
            for (const QString& m : route.methods) {
                if (!allowed.contains(m))
                    allowed.append(m);
            }
        }
    }
    if (best)
        return best->handler(request, bestParams);
    if (!allowed.isEmpty()) {
        JsonWriter w;
        w.beginObject()
            .key(QLatin1String("error"))
            .value(QStringLiteral("Incorrect HTTP method for uri [%1] and method [%2], allowed: [%3]")
                       .arg(request.pathAndQuery(), method, allowed.join(QStringLiteral(", "))))
            .key(QLatin1String("status"))
            .value(405)
            .endObject();
        RestResponse response = RestResponse::json(w.take(), 405);
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(QLatin1Char(',')).toLatin1()});
        return response;
    }
    JsonWriter w;
    w.beginObject()
        .key(QLatin1String("error"))
        .value(QStringLiteral("no handler found for uri [%1] and method [%2]").arg(request.pathAndQuery(), method))
        .endObject();
    return RestResponse::json(w.take(), 400);
}

} // namespace duper::sandbox
