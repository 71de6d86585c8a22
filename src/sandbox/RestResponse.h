#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace duper::sandbox {

// One HTTP answer of an emulated cluster: status, JSON (or text) body and extra headers.
struct RestResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static RestResponse json(QByteArray body, int status = 200)
    {
        RestResponse response;
        response.status = status;
        response.body = std::move(body);
        return response;
    }
    static RestResponse acknowledged() { return json(QByteArrayLiteral("{\"acknowledged\":true}")); }
};

} // namespace duper::sandbox
