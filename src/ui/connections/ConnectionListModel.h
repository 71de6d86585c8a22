#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <optional>

namespace duper::ui {

// The connection profiles as a list: saved ones (from the ConnectionStore) plus temporary ones that live only in this
// session (the sandbox). Display = name, tooltip = URLs, IdRole = profile id.
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TemporaryRole,
        SortRole
    };
    enum Column
    {
        NameColumn
    };

    explicit ConnectionListModel(QObject* parent = nullptr);

    // Replaces the saved profiles; temporary ones stay after them.
    void setProfiles(const QList<ConnectionProfile>& profiles);
    void addTemporary(const ConnectionProfile& profile);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    std::optional<ConnectionProfile> profile(int row) const;
    std::optional<ConnectionProfile> profileById(const QString& id) const;
    bool isTemporary(const QString& id) const { return m_temporaryIds.contains(id); }
    // -1 when absent.
    int rowOf(const QString& id) const;

private:
    QList<ConnectionProfile> m_profiles;
    QSet<QString> m_temporaryIds;
};

} // namespace duper::ui
