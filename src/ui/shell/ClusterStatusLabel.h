#pragma once

#include "core/ccr/ClusterInfo.h"
#include "core/ccr/LicenseInfo.h"

#include <QLabel>
#include <QPointer>
#include <optional>

namespace duper {
class ClusterSession;
}

namespace duper::ui {

// The status line: cluster name, version, license and connection state of the current connection. Asks the session
// for its identity (GET /) and the license without blocking; a newer refresh or another session makes older answers
// irrelevant.
class ClusterStatusLabel : public QLabel
{
    Q_OBJECT

public:
    enum class State
    {
        NotConnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    explicit ClusterStatusLabel(QWidget* parent = nullptr);

    // `session` may be null (no connection). The name is the session's unless given.
    void setSession(ClusterSession* session, const QString& connectionName = {});
    // The connection could not be opened (no secret given, unreadable TLS files): says why, with no session.
    void setOpenFailed(const QString& connectionName, const QString& message);
    State state() const { return m_state; }
    const std::optional<ClusterInfo>& clusterInfo() const { return m_info; }
    const std::optional<LicenseInfo>& license() const { return m_license; }

public slots:
    void refresh();

signals:
    void stateChanged(duper::ui::ClusterStatusLabel::State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setState(State state);
    QString describe() const;
    void maybeFinish(quint64 generation);

    QPointer<ClusterSession> m_session;
    QMetaObject::Connection m_identityConnection;
    QMetaObject::Connection m_identityFailedConnection;
    QMetaObject::Connection m_licenseConnection;
    QMetaObject::Connection m_licenseFailedConnection;
    QString m_connectionName;
    State m_state = State::NotConnected;
    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_error;
    QString m_licenseError;
    std::optional<ClusterInfo> m_info;
    std::optional<LicenseInfo> m_license;
};

} // namespace duper::ui
