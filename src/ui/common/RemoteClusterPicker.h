#pragma once

#include "core/es/EsError.h"
#include "core/remotes/RemoteClusterSnapshot.h"

#include <QComboBox>
#include <QPointer>
#include <memory>

namespace duper {
class ClusterSession;
class RemoteClusterRefresher;
} // namespace duper

namespace duper::ui {

// A combo box of the session's remote clusters, for dialogs that follow from one. It lists what the session's
// RemoteClusterRefresher knows (at once when it has a snapshot) and asks it for a fresh list; it sends no request
// itself. Each item reads "alias (connected)" or "alias (not connected)"; its data (currentData()) is the alias and
// ConnectedRole says whether this cluster reaches it. While there is nothing to pick, the combo's placeholder says
// why (loading, none configured, the load failed and the reason, none connected); stateMessage() has the same
// sentence for the dialog's own message line.
class RemoteClusterPicker : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int ConnectedRole = Qt::UserRole + 1;

    enum class State
    {
        NotConnected,   // no session
        Loading,        // the first list has not arrived
        LoadFailed,     // ... and could not be read: stateMessage() says why
        NoneConfigured, // the cluster has no remote cluster
        NoneConnected,  // remotes exist but none can be picked (disconnected ones are not selectable)
        Ready
    };

    explicit RemoteClusterPicker(QWidget* parent = nullptr);

    // `session` may be null. Fills the list from the session's refresher and asks it for a fresh one.
    void setSession(duper::ClusterSession* session);
    // Asks for a fresh list again; the selection is kept when the remote is still there.
    void reload();

    // Disconnected remotes are listed but cannot be picked (default; following reads the leader now). Set before
    // the list arrives, or call reload().
    void setDisconnectedSelectable(bool selectable) { m_disconnectedSelectable = selectable; }
    // When no remote can be picked, show the first one anyway (disabled, with its tooltip) instead of an empty combo
    // with the state sentence. State stays NoneConnected and the dialog must not accept it.
    void setShowsUnpickableWhenNoneConnected(bool show) { m_showUnpickable = show; }
    // The tooltip of a disconnected remote; "%1" is its alias. Empty: none.
    void setDisconnectedToolTip(const QString& textWithAlias) { m_disconnectedToolTip = textWithAlias; }
    // Selected once listed, instead of the first connected remote. With `keepWhenMissing`, a remote the cluster does
    // not list (e.g. the one an existing pattern names) is added as "alias (not configured)" and selected.
    void setPreferredRemote(const QString& alias, bool keepWhenMissing = false);

    // The alias of the current item; empty when none.
    QString currentRemote() const;
    bool isCurrentConnected() const;
    State state() const { return m_state; }
    // One sentence about the state (empty when Ready).
    QString stateMessage() const;
    const duper::EsError& lastError() const { return m_error; }

signals:
    // The list was (re)filled; the current item may have changed.
    void remotesLoaded();
    void stateChanged(duper::ui::RemoteClusterPicker::State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSnapshot(const std::shared_ptr<const duper::RemoteClusterSnapshot>& snapshot);
    void onFailed(const duper::EsError& error);
    // `announce`: emit remotesLoaded (and currentIndexChanged when the pick changed); not for a new language.
    void fill(bool announce = true);
    void addRemote(const QString& alias, const QString& label, bool connected, bool selectable);
    void setState(State state);
    void showState();

    QPointer<duper::RemoteClusterRefresher> m_refresher;
    std::shared_ptr<const duper::RemoteClusterSnapshot> m_snapshot;
    duper::EsError m_error;
    State m_state = State::NotConnected;
    bool m_disconnectedSelectable = false;
    bool m_showUnpickable = false;
    QString m_disconnectedToolTip;
    QString m_preferred;
    bool m_keepPreferred = false;
};

} // namespace duper::ui
