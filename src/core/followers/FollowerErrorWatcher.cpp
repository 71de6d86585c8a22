#include "core/followers/FollowerErrorWatcher.h"

namespace duper {

QList<FollowerRow> FollowerErrorWatcher::update(const QList<FollowerRow>& rows)
{
    QList<FollowerRow> entered;
    QSet<QString> inError;
    for (const FollowerRow& row : rows) {
        if (row.state != FollowerState::Error)
            continue;
        inError.insert(row.name);
        if (m_hasBaseline && !m_inError.contains(row.name))
            entered.append(row);
    }
    m_inError = std::move(inError);
    m_hasBaseline = true;
    return entered;
}

void FollowerErrorWatcher::reset()
{
    m_hasBaseline = false;
    m_inError.clear();
}

} // namespace duper
