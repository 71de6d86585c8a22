#include "core/followers/RememberedParameters.h"

#include <QJsonDocument>
#include <QSettings>

namespace duper {

namespace {

const QString groupPrefix = QStringLiteral("rememberedParameters/");

QString toText(const FollowParameters& parameters)
{
    return QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
}

// Elasticsearch's defaults, parsed with the same grammar as reported values so texts compare normalised.
const FollowParameters& defaults()
{
    static const FollowParameters values = [] {
        FollowParameters result;
        for (FollowParameter parameter : FollowParameterInfo::all())
            result.setFromText(parameter, FollowParameterInfo::defaultText(parameter));
        return result;
    }();
    return values;
}

} // namespace

RememberedParameters::RememberedParameters(QSettings* settings, QString connectionId)
    : m_settings(settings), m_connectionId(std::move(connectionId))
{}

QString RememberedParameters::key(const QString& follower) const
{
    return groupPrefix + m_connectionId + QLatin1Char('/') + follower;
}

void RememberedParameters::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_settings->beginGroup(groupPrefix + m_connectionId);
    const QStringList followers = m_settings->childKeys();
    for (const QString& follower : followers) {
        const QJsonDocument document = QJsonDocument::fromJson(m_settings->value(follower).toString().toUtf8());
        if (document.isObject())
            m_cache.insert(follower, FollowParameters::fromJson(document.object()));
    }
    m_settings->endGroup();
}

void RememberedParameters::remember(const QString& follower, const FollowParameters& parameters)
{
    load();
    FollowParameters kept = parameters;
    kept.waitForActiveShards.reset();
    const auto existing = m_cache.constFind(follower);
    if (existing != m_cache.constEnd() && *existing == kept)
        return; // the common case on every refresh: nothing to write
    m_cache.insert(follower, kept);
    m_settings->setValue(key(follower), toText(kept));
}

std::optional<FollowParameters> RememberedParameters::recall(const QString& follower) const
{
    load();
    const auto found = m_cache.constFind(follower);
    if (found == m_cache.constEnd())
        return std::nullopt;
    return *found;
}

void RememberedParameters::forget(const QString& follower)
{
    load();
    if (m_cache.remove(follower) > 0)
        m_settings->remove(key(follower));
}

FollowParameters RememberedParameters::customOnly(const FollowParameters& parameters)
{
    FollowParameters custom = parameters;
    custom.waitForActiveShards.reset();
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        if (custom.isSet(parameter) && custom.text(parameter) == defaults().text(parameter))
            custom.clear(parameter);
    }
    return custom;
}

bool RememberedParameters::hasCustomValues(const FollowParameters& parameters)
{
    return customOnly(parameters) != FollowParameters();
}

} // namespace duper
