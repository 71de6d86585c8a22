#pragma once

#include "core/followers/FollowerErrorWatcher.h"
#include "core/followers/FollowerRow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace duper::ui {

// Tells the user when a follower index stops replicating while Duper's window is in the background or minimised:
// a system tray message where the desktop has a tray (clicking it brings the window back at that follower), else
// QApplication::alert so the taskbar entry asks for attention. Fed every refresh's rows; a FollowerErrorWatcher
// decides which followers are news.
class ErrorNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Delivery
    {
        None,        // nothing new, or the user is looking at the window
        TrayMessage, // QSystemTrayIcon::showMessage
        TaskbarAlert // QApplication::alert on the window
    };
    Q_ENUM(Delivery)

    // `window` is the one to raise and watch (must outlive the notifier). The tray icon is created only when
    // QSystemTrayIcon::isSystemTrayAvailable().
    explicit ErrorNotifier(QWidget* window, QObject* parent = nullptr);
    ~ErrorNotifier() override;

    // Pure: how to tell about `newErrors` given the window's state and the desktop's tray.
    static Delivery decide(int newErrors, bool windowActive, bool trayAvailable);
    // "Follower index X stopped replicating: <summary>", or several named (up to 3) "and N more".
    static QString messageFor(const QList<FollowerRow>& entered);

    // The window counts as active when it is the active window and not minimised.
    bool isWindowActive() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    Delivery lastDelivery() const { return m_lastDelivery; }
    QString lastMessage() const { return m_lastMessage; }
    // The follower the last message is about (the first named), selected when the message is clicked.
    QString lastFollower() const { return m_lastFollower; }

public slots:
    // One refresh's rows. Returns through lastDelivery() what was done.
    void onRows(const QList<duper::FollowerRow>& rows);
    // Any other news about `follower` (an alert), told the same way and under the same rule: only while the window
    // is in the background. Clicking it selects `follower` as for an error.
    Delivery notify(const QString& message, const QString& follower);
    // A new connection: the next rows are a baseline.
    void reset();
    // What clicking the message does: raises the window and asks for the follower to be selected.
    void activate();

signals:
    void followerActivated(const QString& name);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    FollowerErrorWatcher m_watcher;
    Delivery m_lastDelivery = Delivery::None;
    QString m_lastMessage;
    QString m_lastFollower;
};

} // namespace duper::ui
