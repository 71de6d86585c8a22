#pragma once

#include "core/batch/BatchRunner.h"
#include "core/ccr/AutoFollowPattern.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace duper {

class CcrApi;
class EsError;
class EsJob;

// What can be done to auto-follow patterns, for one or many through the same code: create or update (PUT), pause,
// resume and delete. Each call returns a BatchRunner that is not started yet: connect to it, then start() it. The
// runner is a child of `parent` (this service when null); delete it when done with its results.
class AutoFollowActions : public QObject
{
    Q_OBJECT

public:
    // How deleting a pattern that does not exist ends.
    enum class WhenMissing
    {
        AlreadyDone, // picked from a list that was shown: someone else deleted it meanwhile, which is what was wanted
        Fail         // a name typed by hand: more likely a typo, so it is reported
    };

    // `api` must outlive the service.
    explicit AutoFollowActions(CcrApi* api, QObject* parent = nullptr);

    // PUT /_ccr/auto_follow/{name}, one item per pattern (named by pattern.name).
    BatchRunner* put(const QList<AutoFollowPattern>& patterns, QObject* parent = nullptr);
    // POST /_ccr/auto_follow/{name}/pause. Pausing a paused pattern is acknowledged by Elasticsearch.
    BatchRunner* pause(const QStringList& names, QObject* parent = nullptr);
    // POST /_ccr/auto_follow/{name}/resume. Resuming an active pattern is acknowledged by Elasticsearch.
    BatchRunner* resume(const QStringList& names, QObject* parent = nullptr);
    // DELETE /_ccr/auto_follow/{name}.
    BatchRunner* remove(const QStringList& names, WhenMissing whenMissing = WhenMissing::AlreadyDone,
                        QObject* parent = nullptr);

    // 404 resource_not_found_exception "auto-follow pattern [<name>] is missing" (delete, pause, resume, get).
    static bool isMissingPattern(const EsError& error);

private:
    // Sends the request for one pattern.
    using Request = std::function<EsJob*(CcrApi& api, const QString& name)>;
    BatchRunner* makeRunner(const QStringList& names, Request request, const BatchRunner::AlreadyDoneRule& alreadyDone,
                            QObject* parent);

    CcrApi* m_api;
};

} // namespace duper
