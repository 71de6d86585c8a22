#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QComboBox;

namespace duper {
class ClusterSession;
class ClusterSessionOpener;
} // namespace duper

namespace duper::ui {

// The other cluster of a two-cluster wizard (bi-directional setup, failback): fills a combo box with the saved
// connections except the current one, and opens the picked one's session asynchronously through `opener` (which asks
// for a secret when needed). Picking another connection drops the session. The picker owns the opener and session.
class OtherClusterPicker : public QObject
{
    Q_OBJECT

public:
    OtherClusterPicker(QComboBox* combo, const ClusterSession* current, const QList<ConnectionProfile>& connections,
                       ClusterSessionOpener* opener, QObject* parent = nullptr);
    ~OtherClusterPicker() override;

    bool isEmpty() const { return m_connections.isEmpty(); }
    bool isOpening() const { return m_opening; }
    // The picked connection's session once opened; null before and after another pick.
    ClusterSession* session() const { return m_session; }
    // The picked connection; null when there is none.
    const ConnectionProfile* currentProfile() const;
    QString currentName() const;
    // A connection name as a remote alias suggestion: lower case, no spaces.
    static QString suggestedAlias(const QString& name);

public slots:
    // Opens the picked connection unless it is open; opened() follows (at once when it is open) or failed().
    void open();

signals:
    // Another connection was picked; the earlier session is deleted right after this returns.
    void changed();
    void opened(duper::ClusterSession* session);
    void failed(const QString& message);

private:
    QComboBox* m_combo;
    QList<ConnectionProfile> m_connections;
    ClusterSessionOpener* m_opener;
    QPointer<ClusterSession> m_session;
    bool m_opening = false;
};

} // namespace duper::ui
