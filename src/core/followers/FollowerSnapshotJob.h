#pragma once

#include "core/es/EsError.h"
#include "core/followers/FollowerSnapshot.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThreadPool;

namespace duper {

class CcrApi;
class EsJob;

// One refresh of the follower list: GET /_all/_ccr/info and GET /_ccr/stats sent in parallel, parsed off the GUI
// thread, merged (also off the GUI thread) into a FollowerSnapshot. Emits finished() exactly once, then deletes
// itself (deleteLater) unless setAutoDelete(false). cancel() aborts both requests (finished with a Cancelled error).
class FollowerSnapshotJob : public QObject
{
    Q_OBJECT

public:
    // Starts at once. `previous` (may be null) supplies the rates. Both bodies are parsed and merged on `pool`
    // (null: Qt's global pool), which must outlive the job; FollowerRefresher::parsePool() says how to set one up.
    FollowerSnapshotJob(CcrApi* api, std::shared_ptr<const FollowerSnapshot> previous, QThreadPool* pool = nullptr,
                        QObject* parent = nullptr);
    ~FollowerSnapshotJob() override;

    bool isFinished() const { return m_finished; }
    const EsError& error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    // Set after a successful finish.
    std::shared_ptr<const FollowerSnapshot> result() const { return m_result; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public slots:
    void cancel();

signals:
    void finished(duper::FollowerSnapshotJob* job);

private:
    void mergeWhenComplete();
    // Records the outcome once; emits finished() now, or from the event loop when `queued`.
    void finish(EsError error, bool queued);
    void emitFinished();

    struct Private;
    std::unique_ptr<Private> d;
    bool m_finished = false;
    bool m_autoDelete = true;
    EsError m_error;
    std::shared_ptr<const FollowerSnapshot> m_result;
};

} // namespace duper
