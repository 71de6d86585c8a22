#include "core/autofollow/AutoFollowActions.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"

#include <QHash>
#include <memory>

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

BatchRunner* AutoFollowActions::put(const QList<AutoFollowPattern>& patterns, QObject* parent)
{
    auto byName = std::make_shared<QHash<QString, AutoFollowPattern>>();
    QStringList names;
    for (const AutoFollowPattern& pattern : patterns) {
        names << pattern.name;
        byName->insert(pattern.name, pattern);
    }
    CcrApi* api = m_api;
    return new BatchRunner(
        names,
        [api, byName](const QString& name, const BatchRunner::Finish& finish) {
            return BatchRunner::finishWhenDone(api->putAutoFollowPattern(name, byName->value(name)), finish);
        },
        parent ? parent : this);
}

BatchRunner* AutoFollowActions::pause(const QStringList& names, QObject* parent)
{
    CcrApi* api = m_api;
    return new BatchRunner(
        names,
        [api](const QString& name, const BatchRunner::Finish& finish) {
            return BatchRunner::finishWhenDone(api->pauseAutoFollowPattern(name), finish);
        },
        parent ? parent : this);
}

BatchRunner* AutoFollowActions::resume(const QStringList& names, QObject* parent)
{
    CcrApi* api = m_api;
    return new BatchRunner(
        names,
        [api](const QString& name, const BatchRunner::Finish& finish) {
            return BatchRunner::finishWhenDone(api->resumeAutoFollowPattern(name), finish);
        },
        parent ? parent : this);
}

BatchRunner* AutoFollowActions::remove(const QStringList& names, WhenMissing whenMissing, QObject* parent)
{
    CcrApi* api = m_api;
    const BatchRunner::AlreadyDoneRule alreadyDone =
        whenMissing == WhenMissing::AlreadyDone ? BatchRunner::AlreadyDoneRule(&AutoFollowActions::isMissingPattern)
                                                : BatchRunner::AlreadyDoneRule();
    return new BatchRunner(
        names,
        [api, alreadyDone](const QString& name, const BatchRunner::Finish& finish) {
            return BatchRunner::finishWhenDone(api->deleteAutoFollowPattern(name), finish, alreadyDone);
        },
        parent ? parent : this);
}

} // namespace duper
