#include "core/remotes/RemoteClusterSnapshot.h"

namespace duper {

qsizetype RemoteClusterSnapshot::indexOf(const QString& alias) const
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).alias == alias)
            return i;
    return -1;
}

const RemoteClusterRow* RemoteClusterSnapshot::find(const QString& alias) const
{
    const qsizetype index = indexOf(alias);
    return index < 0 ? nullptr : &rows.at(index);
}

QStringList RemoteClusterSnapshot::aliases() const
{
    QStringList names;
    names.reserve(rows.size());
    for (const RemoteClusterRow& row : rows)
        names << row.alias;
    return names;
}

} // namespace duper
