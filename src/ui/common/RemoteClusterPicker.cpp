#include "ui/common/RemoteClusterPicker.h"

#include "core/remotes/RemoteClusterRefresher.h"
#include "core/session/ClusterSession.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace duper::ui {

RemoteClusterPicker::RemoteClusterPicker(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("remoteClusterPicker"));
    showState();
}

void RemoteClusterPicker::setSession(ClusterSession* session)
{
    if (m_refresher)
        m_refresher->disconnect(this);
    m_refresher = session ? session->remoteClusterRefresher() : nullptr;
    m_snapshot.reset();
    m_error = {};
    if (!m_refresher) {
        setState(State::NotConnected);
        fill();
        return;
    }
    connect(m_refresher, &RemoteClusterRefresher::snapshotReady, this, &RemoteClusterPicker::onSnapshot);
    connect(m_refresher, &RemoteClusterRefresher::refreshFailed, this, &RemoteClusterPicker::onFailed);
    m_snapshot = m_refresher->snapshot(); // what the session already knows, shown at once
    setState(m_snapshot ? State::Ready : State::Loading);
    fill();
    reload();
}

void RemoteClusterPicker::reload()
{
    if (m_refresher)
        m_refresher->refresh();
}

void RemoteClusterPicker::setPreferredRemote(const QString& alias, bool keepWhenMissing)
{
    m_preferred = alias;
    m_keepPreferred = keepWhenMissing;
    if (m_snapshot)
        fill();
}

void RemoteClusterPicker::onSnapshot(const std::shared_ptr<const RemoteClusterSnapshot>& snapshot)
{
    m_snapshot = snapshot;
    m_error = {};
    setState(State::Ready); // fill() narrows it down
    fill();
}

void RemoteClusterPicker::onFailed(const EsError& error)
{
    m_error = error;
    if (m_snapshot)
        return; // the earlier list stays usable; the dialog's own request reports what is wrong
    setState(State::LoadFailed);
    fill();
}

QString RemoteClusterPicker::currentRemote() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

bool RemoteClusterPicker::isCurrentConnected() const
{
    return currentIndex() >= 0 && currentData(ConnectedRole).toBool();
}

void RemoteClusterPicker::addRemote(const QString& alias, const QString& label, bool connected, bool selectable)
{
    const int row = count();
    addItem(label, alias);
    setItemData(row, connected, ConnectedRole);
    if (!connected && !m_disconnectedToolTip.isEmpty())
        setItemData(row, m_disconnectedToolTip.arg(alias), Qt::ToolTipRole);
    if (!selectable)
        if (auto* items = qobject_cast<QStandardItemModel*>(model()))
            items->item(row)->setEnabled(false);
}

void RemoteClusterPicker::fill(bool announce)
{
    const QString previous = currentRemote();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (m_snapshot) {
            int select = -1;
            int firstSelectable = -1;
            for (const RemoteClusterRow& row : m_snapshot->rows) {
                const bool selectable = row.connected || m_disconnectedSelectable;
                if (selectable && firstSelectable < 0)
                    firstSelectable = count();
                if (selectable && (row.alias == previous || (previous.isEmpty() && row.alias == m_preferred)))
                    select = count();
                addRemote(row.alias,
                          row.connected ? tr("%1 (connected)").arg(row.alias) : tr("%1 (not connected)").arg(row.alias),
                          row.connected, selectable);
            }
            if (m_keepPreferred && !m_preferred.isEmpty() && !m_snapshot->find(m_preferred)) {
                if (previous.isEmpty() || previous == m_preferred)
                    select = count();
                addRemote(m_preferred, tr("%1 (not configured)").arg(m_preferred), false, true);
            }
            const bool pickable = select >= 0 || firstSelectable >= 0;
            // Showing the unreachable remote (with its tooltip) can explain more than an empty combo.
            const int fallback = m_showUnpickable && count() > 0 ? 0 : -1;
            setCurrentIndex(select >= 0 ? select : firstSelectable >= 0 ? firstSelectable : fallback);
            if (count() == 0)
                setState(State::NoneConfigured);
            else if (!pickable)
                setState(State::NoneConnected);
            else
                setState(State::Ready);
        } else if (m_state == State::LoadFailed && m_keepPreferred && !m_preferred.isEmpty()) {
            // What the dialog edits stays pickable: the remote may well exist; only the list is unknown.
            addRemote(m_preferred, m_preferred, false, true);
            setCurrentIndex(0);
        }
    }
    showState();
    if (!announce)
        return;
    if (m_snapshot)
        emit remotesLoaded();
    if (currentRemote() != previous)
        emit currentIndexChanged(currentIndex());
}

void RemoteClusterPicker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString RemoteClusterPicker::stateMessage() const
{
    switch (m_state) {
    case State::NotConnected:
        return tr("Not connected");
    case State::Loading:
        return tr("Loading remote clusters…");
    case State::LoadFailed:
        return tr("Could not list the remote clusters: %1").arg(m_error.userMessage());
    case State::NoneConfigured:
        return tr("This cluster has no remote cluster yet. Add one first.");
    case State::NoneConnected:
        return tr("No remote cluster is connected right now.");
    case State::Ready:
        break;
    }
    return {};
}

void RemoteClusterPicker::showState()
{
    setPlaceholderText(stateMessage());
    setToolTip(m_state == State::Ready ? QString() : stateMessage());
    setEnabled(count() > 0);
}

void RemoteClusterPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill(false); // the "(connected)" labels and the state sentence, same remotes
    }
    QComboBox::changeEvent(event);
}

} // namespace duper::ui
