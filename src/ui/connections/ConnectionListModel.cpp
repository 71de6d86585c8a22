#include "ui/connections/ConnectionListModel.h"

namespace duper::ui {

ConnectionListModel::ConnectionListModel(QObject* parent) : QAbstractListModel(parent)
{}

void ConnectionListModel::setProfiles(const QList<ConnectionProfile>& profiles)
{
    beginResetModel();
    QList<ConnectionProfile> temporary;
    for (const ConnectionProfile& profile : std::as_const(m_profiles)) {
        if (m_temporaryIds.contains(profile.id))
            temporary.append(profile);
    }
    m_profiles = profiles;
    m_profiles.append(temporary);
    endResetModel();
}

void ConnectionListModel::addTemporary(const ConnectionProfile& profile)
{
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    m_temporaryIds.insert(profile.id);
    endInsertRows();
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const ConnectionProfile& profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return profile.name;
    case Qt::ToolTipRole: {
        QStringList urls;
        for (const QUrl& url : profile.effectiveUrls())
            urls.append(url.toDisplayString());
        const QString where = urls.join(QStringLiteral(", "));
        return m_temporaryIds.contains(profile.id) ? tr("%1 (temporary, not saved)").arg(where) : where;
    }
    case IdRole:
        return profile.id;
    case TemporaryRole:
        return m_temporaryIds.contains(profile.id);
    default:
        return {};
    }
}

std::optional<ConnectionProfile> ConnectionListModel::profile(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(row);
}

std::optional<ConnectionProfile> ConnectionListModel::profileById(const QString& id) const
{
    return profile(rowOf(id));
}

int ConnectionListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace duper::ui
