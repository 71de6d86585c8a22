#pragma once

#include "core/alerts/ConditionTimes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace duper {

// Keeps AlertMonitor's condition start times between runs of a check (JSON, one file per checked cluster), so a
// check run every few minutes knows since when a follower has been paused: Elasticsearch does not record it.
class AlertStateFile
{
    Q_DECLARE_TR_FUNCTIONS(duper::AlertStateFile)

public:
    explicit AlertStateFile(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    // The stored times. A missing file is a first run: empty, no error. An unreadable or malformed file: empty, with
    // *error saying why.
    QHash<QString, ConditionTimes> load(QString* error) const;
    // Replaces the file atomically (QSaveFile). False with *error set.
    bool save(const QHash<QString, ConditionTimes>& times, QString* error) const;

private:
    QString m_path;
};

} // namespace duper
