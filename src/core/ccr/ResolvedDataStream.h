#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// One of GET /_resolve/index/{name} `data_streams`.
struct ResolvedDataStream
{
    QString name;
    QStringList backingIndices;
    QString timestampField;
};

} // namespace duper
