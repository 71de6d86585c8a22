#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/batch/BatchOperation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace duper {

class EsJob;

// Runs one asynchronous task per item ("pause these 40 followers", "follow these leader indices", "delete these
// patterns"), a few at a time so a cluster is not flooded and a slow item does not hold up the rest. Every item gets
// its own BatchItemResult; cancel() starts nothing more and cancels what is in flight; retryFailed() runs the failed
// and not-run items again. The one loop behind every "do this to N things" in the window and the CLI.
class BatchRunner : public BatchOperation
{
    Q_OBJECT

public:
    // Reports how an item ended; the runner fills in the name. Later calls for the same run are ignored.
    using Finish = std::function<void(BatchItemResult)>;
    // Stops an item in flight; it may call its Finish at once or never. May be empty.
    using Cancel = std::function<void()>;
    // Starts the work for `name` and calls `finish` exactly once, now or later.
    using Task = std::function<Cancel(const QString& name, const Finish& finish)>;
    // Decides whether an error means the item already was as wanted (e.g. "no shard follow tasks" for a pause).
    using AlreadyDoneRule = std::function<bool(const EsError&)>;

    // Duplicated names are run once, in the order first given.
    BatchRunner(const QStringList& items, Task task, QObject* parent = nullptr);
    ~BatchRunner() override;

    // The usual task body for one request: its success is Succeeded, an error `alreadyDone` accepts is AlreadyDone,
    // any other error Failed. Returns the job's cancel.
    static Cancel finishWhenDone(EsJob* job, const Finish& finish, const AlreadyDoneRule& alreadyDone = {});

    QStringList items() const;
    int total() const override { return int(m_results.size()); }
    int doneCount() const override { return m_done; }
    // In the order the items were given.
    const QList<BatchItemResult>& results() const { return m_results; }
    // Names whose result is Failed or Pending.
    QStringList unsuccessful() const;
    int count(BatchItemResult::Outcome outcome) const;
    // Succeeded and AlreadyDone.
    int succeededCount() const;

    // Items cancelled in flight end Failed, "cancelled".
    void start() override;
    void cancel() override;
    void retryFailed() override;

signals:
    void itemFinished(const QString& name, const duper::BatchItemResult& result);

private:
    void run(const QList<qsizetype>& indices);
    void launchMore();
    void launch(qsizetype index);
    void complete(quint64 token, BatchItemResult result);
    void finishIfDone();

    struct InFlight
    {
        qsizetype index = -1;
        Cancel cancel;
    };

    Task m_task;
    QList<BatchItemResult> m_results;
    QList<qsizetype> m_queue;
    QHash<quint64, InFlight> m_inFlight; // by launch token, so a late answer of a cancelled run is recognised
    quint64 m_nextToken = 0;
    int m_done = 0;
};

} // namespace duper
