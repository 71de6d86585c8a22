#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// One of GET /_resolve/index/{name} `aliases`.
struct ResolvedAlias
{
    QString name;
    QStringList indices;
};

} // namespace duper
