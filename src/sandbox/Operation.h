#pragma once

#include <QByteArray>
#include <QString>

namespace duper::sandbox {

// One indexing operation in a shard's history; its position in the history is its sequence number.
struct Operation
{
    QString id;
    QByteArray source;
    qint64 version = 1;
    qint64 bytes = 0; // size on the wire, what bytes_read counts
};

} // namespace duper::sandbox
