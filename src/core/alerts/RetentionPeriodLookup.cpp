#include "core/alerts/RetentionPeriodLookup.h"

#include "core/alerts/RetentionLeaseSettingsResponse.h"
#include "core/es/EsClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace duper {

RetentionPeriodLookup::RetentionPeriodLookup(EsClient* leader, QStringList leaderIndices, QObject* parent)
    : QObject(parent), m_leader(leader), m_indices(std::move(leaderIndices))
{
    m_indices.removeDuplicates();
}

void RetentionPeriodLookup::start()
{
    m_pending = int(m_indices.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &RetentionPeriodLookup::finished);
        return;
    }
    for (const QString& index : std::as_const(m_indices)) {
        EsRequest request =
            EsRequest::get({index, QStringLiteral("_settings"), RetentionLeaseSettingsResponse::settingName});
        request.addQuery(QStringLiteral("include_defaults"), QStringLiteral("true"));
        request.addQuery(QStringLiteral("flat_settings"), QStringLiteral("true"));
        m_leader->sendParsed<RetentionLeaseSettingsResponse>(request)->onFinished(
            this, [this, index](EsResultJob<RetentionLeaseSettingsResponse>* job) {
                if (job->hasError()) {
                    m_periods.insert(index, RetentionPeriod::assumed(
                                                QCoreApplication::translate("duper::RetentionPeriodLookup",
                                                                            "could not read it from the leader (%1)")
                                                    .arg(job->error().userMessage())));
                } else {
                    // One index asked for: the answer's only entry (named after the concrete index).
                    const auto& periods = job->result()->periodMsByIndex;
                    m_periods.insert(index, periods.isEmpty() ? RetentionPeriod::assumed()
                                                              : RetentionPeriod::fromLeader(
                                                                    periods.value(index, periods.cbegin().value())));
                }
                finishOne();
            });
    }
}

void RetentionPeriodLookup::finishOne()
{
    if (--m_pending == 0)
        emit finished();
}

} // namespace duper
