#include "core/dr/BidirectionalRun.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper {

namespace {

using Phase = BidirectionalPlan::Phase;

} // namespace

BidirectionalRun::BidirectionalRun(ClusterSession* local, ClusterSession* other, BidirectionalPlan plan,
                                   QObject* parent)
    : QObject(parent), m_local(local), m_other(other), m_plan(std::move(plan)), m_phases(m_plan.phases())
{}

BidirectionalRun::~BidirectionalRun()
{
    for (const QPointer<QObject>& object : std::exchange(m_inFlight, {}))
        if (object)
            object->disconnect(this);
}

void BidirectionalRun::start()
{
    if (!beginRecord())
        return;
    if (m_plan.hasConflict()) {
        // Changing nothing is safer than replacing a pattern someone made for another purpose.
        for (const Which side : {Which::Local, Which::Other}) {
            const BidirectionalPlan::Side& planned = this->planned(side);
            if (planned.patternState != BidirectionalPlan::PatternState::Conflict)
                continue;
            const QString message =
                QCoreApplication::translate("duper::BidirectionalRun",
                                            "Auto-follow pattern %1 already exists on %2 and differs: %3.")
                    .arg(planned.pattern.name, planned.cluster, planned.conflict);
            BatchItemResult result = BatchItemResult::failure(EsError::configuration(message), message);
            result.name = planned.pattern.name;
            record(Phase::CreatePatterns, side, result);
        }
        finish();
        return;
    }
    runPhase(0);
}

void BidirectionalRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<QObject>& object : std::exchange(m_inFlight, {})) {
        if (!object)
            continue;
        object->disconnect(this);
        if (auto* job = qobject_cast<EsJob*>(object.data()))
            job->cancel();
        else if (auto* runner = qobject_cast<BatchRunner*>(object.data()))
            runner->cancel();
    }
    finish();
}

void BidirectionalRun::runPhase(int index)
{
    m_inFlight.clear();
    if (m_cancelled || index >= m_phases.size()) {
        finish();
        return;
    }
    switch (m_phases.at(index)) {
    case Phase::AddAliases:
        addAliases(index);
        return;
    case Phase::CreatePatterns:
        createPatterns(index);
        return;
    case Phase::Verify:
        verify(index);
        return;
    }
}

void BidirectionalRun::addAliases(int index)
{
    QList<Which> sides;
    for (const Which side : {Which::Local, Which::Other})
        if (planned(side).needsAlias())
            sides.append(side);
    emit phaseStarted(Phase::AddAliases, int(sides.size()));
    m_outstanding = int(sides.size());
    for (const Which side : sides) {
        const BidirectionalPlan::Side& planned = this->planned(side);
        if (planned.seeds.isEmpty()) {
            const QString message =
                QCoreApplication::translate("duper::BidirectionalRun", "%1 told no transport address to connect to.")
                    .arg(planned.otherCluster);
            BatchItemResult result = BatchItemResult::failure(EsError::configuration(message), message);
            result.name = planned.alias;
            record(Phase::AddAliases, side, result);
            stepDone(index);
            continue;
        }
        RemoteClusterSettings settings;
        settings.alias = planned.alias;
        settings.mode = RemoteClusterMode::Sniff;
        settings.seeds = planned.seeds;
        EsJob* job = session(side)->remoteClusterActions()->save(settings);
        m_inFlight.append(job);
        connect(job, &EsJob::finished, this, [this, side, index, alias = planned.alias](EsJob* finished) {
            BatchItemResult result = finished->hasError()
                                         ? BatchItemResult::failure(finished->error(), finished->error().userMessage())
                                         : BatchItemResult::done();
            result.name = alias;
            record(Phase::AddAliases, side, result);
            stepDone(index);
        });
    }
}

void BidirectionalRun::createPatterns(int index)
{
    QList<Which> sides;
    for (const Which side : {Which::Local, Which::Other})
        if (planned(side).patternState == BidirectionalPlan::PatternState::Create)
            sides.append(side);
    emit phaseStarted(Phase::CreatePatterns, int(sides.size()));
    m_outstanding = int(sides.size());
    for (const Which side : sides) {
        const BidirectionalPlan::Side& planned = this->planned(side);
        if (failed(Phase::AddAliases, side)) {
            const QString message = QCoreApplication::translate("duper::BidirectionalRun",
                                                                "Not created: the remote alias %1 could not be added.")
                                        .arg(planned.alias);
            BatchItemResult result = BatchItemResult::failure(EsError::configuration(message), message);
            result.name = planned.pattern.name;
            record(Phase::CreatePatterns, side, result);
            stepDone(index);
            continue;
        }
        BatchRunner* runner = session(side)->autoFollowActions()->put({planned.pattern}, this);
        m_inFlight.append(runner);
        connect(runner, &BatchRunner::itemFinished, this, [this, side](const QString&, const BatchItemResult& result) {
            record(Phase::CreatePatterns, side, result);
        });
        connect(runner, &BatchRunner::finished, this, [this, runner, index] {
            runner->deleteLater();
            stepDone(index);
        });
        runner->start();
    }
}

void BidirectionalRun::verify(int index)
{
    emit phaseStarted(Phase::Verify, 2);
    m_outstanding = 2;
    for (const Which side : {Which::Local, Which::Other}) {
        const AutoFollowPattern wanted = planned(side).pattern;
        AutoFollowPatternsJob* job = session(side)->api()->autoFollowPatterns(wanted.name);
        m_inFlight.append(job);
        job->onFinished(this, [this, side, index, wanted](AutoFollowPatternsJob* finished) {
            QString problem;
            if (finished->hasError()) {
                problem =
                    AutoFollowActions::isMissingPattern(finished->error())
                        ? QCoreApplication::translate("duper::BidirectionalRun", "The pattern is missing.")
                        : QCoreApplication::translate("duper::BidirectionalRun", "Could not read the pattern back: %1")
                              .arg(finished->error().userMessage());
            } else {
                problem = QCoreApplication::translate("duper::BidirectionalRun", "The pattern is missing.");
                for (const AutoFollowPattern& pattern : finished->result()->patterns)
                    if (pattern.name == wanted.name)
                        problem = BidirectionalPlan::difference(pattern, wanted);
            }
            BatchItemResult result = problem.isEmpty()
                                         ? BatchItemResult::done()
                                         : BatchItemResult::failure(EsError::configuration(problem), problem);
            result.name = wanted.name;
            record(Phase::Verify, side, result);
            stepDone(index);
        });
    }
}

void BidirectionalRun::stepDone(int index)
{
    if (--m_outstanding == 0)
        runPhase(index + 1);
}

bool BidirectionalRun::failed(Phase phase, Which side) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [phase, side](const Item& item) {
        return item.phase == phase && item.side == side && item.result.failed();
    });
}

void BidirectionalRun::record(Phase phase, Which side, const BatchItemResult& result)
{
    m_items.append({phase, side, result});
    emit itemFinished(phase, result);
}

void BidirectionalRun::finish()
{
    endRecord();
    emit finished();
}

bool BidirectionalRun::succeeded() const
{
    return endedCleanly();
}

} // namespace duper
