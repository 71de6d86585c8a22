#pragma once

#include <QList>
#include <QString>

namespace duper {

// One backing index of a data stream.
struct DataStreamIndex
{
    QString name;
    QString uuid;
};

// One entry of GET /_data_stream. A replicated stream is fed by CCR from a remote cluster: it cannot be rolled over
// or written locally until promoted (POST /_data_stream/_promote/<name>).
struct DataStream
{
    QString name;
    QString timestampField;
    QList<DataStreamIndex> indices; // oldest first; the last one is the write index
    qint64 generation = 0;
    QString status; // GREEN, YELLOW or RED
    QString templateName;
    bool hidden = false;
    bool system = false;
    bool replicated = false;
    bool allowCustomRouting = false;

    QString writeIndex() const { return indices.isEmpty() ? QString() : indices.last().name; }
};

} // namespace duper
