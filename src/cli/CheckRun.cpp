#include "cli/CheckRun.h"

#include "cli/CheckReport.h"
#include "cli/CommandContext.h"
#include "core/alerts/AlertDuration.h"
#include "core/alerts/AlertMonitor.h"
#include "core/alerts/AlertStateFile.h"
#include "core/alerts/RetentionPeriodLookup.h"
#include "core/followers/FollowerSnapshotJob.h"
#include "core/values/WildcardMatch.h"

#include <QCoreApplication>
#include <QDateTime>

namespace duper::cli {

CheckRun::CheckRun(CommandContext& context, Settings settings)
    : QObject(&context), m_context(context), m_settings(std::move(settings))
{}

void CheckRun::start()
{
    auto* job = new FollowerSnapshotJob(&m_context.api(), nullptr, nullptr, this);
    connect(job, &FollowerSnapshotJob::finished, this, [this](FollowerSnapshotJob* finished) {
        if (finished->hasError())
            return unknown(finished->error().userMessage());
        onSnapshot(finished->result());
    });
}

void CheckRun::unknown(const QString& reason)
{
    if (m_context.json())
        m_context.output().printJson(CheckReport::unknownJson(reason));
    else
        m_context.output().line(CheckReport::unknownText(reason));
    m_context.finish(CheckReport::unknownExitCode);
}

bool CheckRun::usesLeaderConnection(const FollowerRow& row) const
{
    return m_context.leaderSession() &&
           (m_settings.leaderRemoteCluster.isEmpty() || row.remoteCluster == m_settings.leaderRemoteCluster);
}

void CheckRun::onSnapshot(std::shared_ptr<const FollowerSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    for (const FollowerRow& row : m_snapshot->rows) {
        if (m_settings.followerPatterns.isEmpty() || WildcardMatch::matchesAny(m_settings.followerPatterns, row.name))
            m_rows.append(row);
    }
    if (!m_settings.followerPatterns.isEmpty() && m_rows.isEmpty())
        return unknown(QCoreApplication::translate("duper::cli", "no follower index matches %1")
                           .arg(m_settings.followerPatterns.join(QLatin1Char(','))));

    // Only a paused follower's deadline depends on its leader's setting: ask the leader only for those.
    QStringList leaderIndices;
    for (const FollowerRow& row : std::as_const(m_rows)) {
        if (row.state == FollowerState::Paused && usesLeaderConnection(row))
            leaderIndices.append(row.leaderIndex);
    }
    if (leaderIndices.isEmpty())
        return evaluate({});
    auto* lookup = new RetentionPeriodLookup(m_context.leaderClient(), leaderIndices, this);
    connect(lookup, &RetentionPeriodLookup::finished, this, [this, lookup] { evaluate(lookup->periods()); });
    lookup->start();
}

void CheckRun::evaluate(const QHash<QString, RetentionPeriod>& periodsByLeaderIndex)
{
    AlertMonitor monitor(m_settings.thresholds);
    QHash<QString, ConditionTimes> stored;
    std::optional<AlertStateFile> stateFile;
    if (!m_settings.stateFile.isEmpty()) {
        stateFile.emplace(m_settings.stateFile);
        QString error;
        stored = stateFile->load(&error);
        if (!error.isEmpty())
            m_notes.append(error);
        monitor.restoreConditionTimes(stored);
    }

    bool anyPaused = false;
    for (const FollowerRow& row : std::as_const(m_rows)) {
        if (row.state != FollowerState::Paused)
            continue;
        anyPaused = true;
        if (usesLeaderConnection(row))
            monitor.setRetentionPeriod(row.name,
                                       periodsByLeaderIndex.value(row.leaderIndex, RetentionPeriod::assumed()));
        else if (m_context.leaderSession())
            monitor.setRetentionPeriod(
                row.name, RetentionPeriod::assumed(
                              QCoreApplication::translate("duper::cli", "the leader connection stands for remote "
                                                                        "cluster %1, this follower follows %2")
                                  .arg(m_settings.leaderRemoteCluster, row.remoteCluster)));
    }
    const AlertMonitor::Update update = monitor.update(m_rows, QDateTime::currentMSecsSinceEpoch());

    if (anyPaused && !m_context.leaderSession())
        m_notes.append(QCoreApplication::translate(
                           "duper::cli", "No leader connection: the retention lease period is assumed to be "
                                         "Elasticsearch's default, %1 (give --leader_url or --leader to read it).")
                           .arg(AlertDuration::compact(RetentionPeriod::defaultMs)));
    if (anyPaused && !stateFile)
        m_notes.append(QCoreApplication::translate(
            "duper::cli", "Elasticsearch does not record when a follower was paused: give --state-file so that "
                          "repeated checks measure it."));

    if (stateFile) {
        // Followers the patterns leave out keep their times (another check may use the same file).
        QHash<QString, ConditionTimes> times = monitor.conditionTimes();
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (!times.contains(it.key()) && m_snapshot->indexOf(it.key()) >= 0)
                times.insert(it.key(), it.value());
        }
        QString error;
        if (!stateFile->save(times, &error))
            m_notes.append(error);
    }

    const CheckReport report(m_rows, update.findings, m_settings.thresholds, m_notes);
    if (m_context.json())
        m_context.output().printJson(report.json());
    else
        m_context.output().line(report.text());
    m_context.finish(report.exitCode());
}

} // namespace duper::cli
