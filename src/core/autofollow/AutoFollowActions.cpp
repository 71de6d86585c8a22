#include "core/autofollow/AutoFollowActions.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"

#include <QHash>
#include <QPointer>

namespace duper {

AutoFollowActions::AutoFollowActions(CcrApi* api, QObject* parent) : QObject(parent), m_api(api)
{
    Q_ASSERT(api);
}

bool AutoFollowActions::isMissingPattern(const EsError& error)
{
    if (error.kind() != EsError::Kind::Http || error.httpStatus() != 404)
        return false;
    const ErrorCause& cause = error.cause();
    if (cause.type != u"resource_not_found_exception")
        return false;
    const QString reason = cause.reason.isEmpty() ? cause.deepestReason() : cause.reason;
    return reason.startsWith(QLatin1String("auto-follow pattern [")) && reason.endsWith(QLatin1String("] is missing"));
}

BatchRunner* AutoFollowActions::makeRunner(const QStringList& names, Request request,
                                           const BatchRunner::AlreadyDoneRule& alreadyDone, QObject* parent)
{
    // The session (and this service with its API) may close while a batch still has items to start.
    return new BatchRunner(
        names,
        [self = QPointer<AutoFollowActions>(this), request, alreadyDone](const QString& name,
                                                                         const BatchRunner::Finish& finish) {
            if (!self) {
                finish(BatchItemResult::failure(EsError::cancelled()));
                return BatchRunner::Cancel();
            }
            return BatchRunner::finishWhenDone(request(*self->m_api, name), finish, alreadyDone);
        },
        parent ? parent : this);
}

BatchRunner* AutoFollowActions::put(const QList<AutoFollowPattern>& patterns, QObject* parent)
{
    QHash<QString, AutoFollowPattern> byName;
    QStringList names;
    for (const AutoFollowPattern& pattern : patterns) {
        names << pattern.name;
        byName.insert(pattern.name, pattern);
    }
    return makeRunner(
        names,
        [byName](CcrApi& api, const QString& name) { return api.putAutoFollowPattern(name, byName.value(name)); }, {},
        parent);
}

BatchRunner* AutoFollowActions::pause(const QStringList& names, QObject* parent)
{
    return makeRunner(
        names, [](CcrApi& api, const QString& name) { return api.pauseAutoFollowPattern(name); }, {}, parent);
}

BatchRunner* AutoFollowActions::resume(const QStringList& names, QObject* parent)
{
    return makeRunner(
        names, [](CcrApi& api, const QString& name) { return api.resumeAutoFollowPattern(name); }, {}, parent);
}

BatchRunner* AutoFollowActions::remove(const QStringList& names, WhenMissing whenMissing, QObject* parent)
{
    const BatchRunner::AlreadyDoneRule alreadyDone =
        whenMissing == WhenMissing::AlreadyDone ? BatchRunner::AlreadyDoneRule(&AutoFollowActions::isMissingPattern)
                                                : BatchRunner::AlreadyDoneRule();
    return makeRunner(
        names, [](CcrApi& api, const QString& name) { return api.deleteAutoFollowPattern(name); }, alreadyDone, parent);
}

} // namespace duper
