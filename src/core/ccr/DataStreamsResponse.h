#pragma once

#include "core/ccr/DataStream.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /_data_stream and GET /_data_stream/{name}.
struct DataStreamsResponse
{
    QList<DataStream> dataStreams;

    static std::optional<DataStreamsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
