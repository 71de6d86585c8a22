#pragma once

#include "core/ccr/ResolvedAlias.h"
#include "core/ccr/ResolvedDataStream.h"
#include "core/ccr/ResolvedIndex.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /_resolve/index/{name}.
struct ResolveIndexResponse
{
    QList<ResolvedIndex> indices;
    QList<ResolvedAlias> aliases;
    QList<ResolvedDataStream> dataStreams;

    static std::optional<ResolveIndexResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
