#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// One of GET /_resolve/index/{name} `indices`.
struct ResolvedIndex
{
    QString name;
    QStringList attributes; // "open", "closed", "hidden", "system", "frozen", "data_stream"
    QStringList aliases;
    QString dataStream; // empty when not a backing index

    bool isOpen() const { return !attributes.contains(QStringLiteral("closed")); }
};

} // namespace duper
