#pragma once

#include "history/RecentLag.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace duper {

class HistoryStore;

// Keeps the follower table's lag sparklines current: asks the store for the last hour's lag of one connection after
// every batch it writes (at most one question in flight; a batch written meanwhile asks again once the answer is in)
// and passes the answers on. Idle while paused, e.g. while the table is hidden.
class LagTrendFeed : public QObject
{
    Q_OBJECT

public:
    explicit LagTrendFeed(QObject* parent = nullptr);

    // `store` may be null (no history); it must outlive the feed.
    void setStore(HistoryStore* store);
    void setConnectionId(const QString& connectionId);
    // While paused nothing is asked; resuming asks at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

signals:
    // The connection's last hour (empty with an error once the store is off).
    void updated(const duper::RecentLag& lag);

private:
    void request();
    void onAnswer(const RecentLag& lag);

    QPointer<HistoryStore> m_store;
    QString m_connectionId;
    bool m_paused = false;
    quint64 m_pending = 0;
    bool m_askAgain = false;
};

} // namespace duper
