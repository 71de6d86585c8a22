#pragma once

#include "core/followers/FollowerRow.h"

#include <QList>
#include <QSet>
#include <QString>

namespace duper {

// Which follower indices entered the Error state since the previous refresh. Fed every snapshot's rows in turn;
// the first rows after construction or reset() (the first refresh after connecting) only set the baseline, so
// errors that already existed are not reported as news.
class FollowerErrorWatcher
{
public:
    // The rows that are Error now and were not Error (or not listed) in the previous rows, in the given order.
    QList<FollowerRow> update(const QList<FollowerRow>& rows);
    // Forgets everything: the next update() is a baseline again (call it when the connection changes).
    void reset();
    bool hasBaseline() const { return m_hasBaseline; }

private:
    bool m_hasBaseline = false;
    QSet<QString> m_inError;
};

} // namespace duper
