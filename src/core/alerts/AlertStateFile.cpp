#include "core/alerts/AlertStateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace duper {

namespace {

const QString kFormat = QStringLiteral("duper-alert-state");
const QString kPausedSince = QStringLiteral("paused_since_ms");
const QString kPausedStartKnown = QStringLiteral("paused_start_known");
const QString kLagAboveSince = QStringLiteral("lag_above_since_ms");

std::optional<qint64> readTime(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return value.toInteger();
}

} // namespace

QHash<QString, ConditionTimes> AlertStateFile::load(QString* error) const
{
    QHash<QString, ConditionTimes> times;
    QFile file(m_path);
    if (!file.exists())
        return times;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("could not read the state file %1: %2").arg(m_path, file.errorString());
        return times;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 24), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("the state file %1 is not one duper wrote; starting afresh").arg(m_path);
        return times;
    }
    const QJsonObject followers = root.value(QStringLiteral("followers")).toObject();
    for (auto it = followers.begin(); it != followers.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ConditionTimes t;
        t.pausedSinceMs = readTime(entry, kPausedSince);
        t.pausedStartKnown = t.pausedSinceMs && entry.value(kPausedStartKnown).toBool();
        t.lagAboveSinceMs = readTime(entry, kLagAboveSince);
        times.insert(it.key(), t);
    }
    return times;
}

bool AlertStateFile::save(const QHash<QString, ConditionTimes>& times, QString* error) const
{
    QJsonObject followers;
    for (auto it = times.begin(); it != times.end(); ++it) {
        QJsonObject entry;
        if (it->pausedSinceMs) {
            entry.insert(kPausedSince, *it->pausedSinceMs);
            entry.insert(kPausedStartKnown, it->pausedStartKnown);
        }
        if (it->lagAboveSinceMs)
            entry.insert(kLagAboveSince, *it->lagAboveSinceMs);
        followers.insert(it.key(), entry);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("followers"), followers}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        *error = tr("could not write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace duper
