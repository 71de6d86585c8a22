#include "ui/shell/ErrorNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

namespace duper::ui {

namespace {
constexpr int namedAtMost = 3;
constexpr int messageTimeoutMs = 15000;
} // namespace

ErrorNotifier::ErrorNotifier(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("errorTrayIcon"));
    QIcon icon = window->windowIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    m_tray->setIcon(icon);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ErrorNotifier::activate);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            activate();
    });
}

ErrorNotifier::~ErrorNotifier() = default;

ErrorNotifier::Delivery ErrorNotifier::decide(int newErrors, bool windowActive, bool trayAvailable)
{
    if (newErrors <= 0 || windowActive)
        return Delivery::None;
    return trayAvailable ? Delivery::TrayMessage : Delivery::TaskbarAlert;
}

QString ErrorNotifier::messageFor(const QList<FollowerRow>& entered)
{
    if (entered.isEmpty())
        return {};
    if (entered.size() == 1) {
        const FollowerRow& row = entered.first();
        return row.errorSummary.isEmpty()
                   ? tr("Follower index %1 stopped replicating.").arg(row.name)
                   : tr("Follower index %1 stopped replicating: %2").arg(row.name, row.errorSummary);
    }
    QStringList names;
    for (qsizetype i = 0; i < entered.size() && i < namedAtMost; ++i)
        names.append(entered.at(i).name);
    const int more = int(entered.size()) - int(names.size());
    if (more <= 0)
        return tr("Follower indices %1 stopped replicating.").arg(QLocale().createSeparatedList(names));
    const QString list = names.join(QStringLiteral(", "));
    return tr("Follower indices %1 and %n more stopped replicating.", nullptr, more).arg(list);
}

bool ErrorNotifier::isWindowActive() const
{
    return m_window && m_window->isVisible() && m_window->isActiveWindow() && !m_window->isMinimized();
}

void ErrorNotifier::onRows(const QList<FollowerRow>& rows)
{
    const QList<FollowerRow> entered = m_watcher.update(rows);
    if (entered.isEmpty()) {
        m_lastDelivery = Delivery::None;
        return;
    }
    notify(messageFor(entered), entered.first().name);
}

ErrorNotifier::Delivery ErrorNotifier::notify(const QString& message, const QString& follower)
{
    m_lastDelivery = decide(1, isWindowActive(), m_tray != nullptr);
    if (m_lastDelivery == Delivery::None)
        return m_lastDelivery;
    m_lastMessage = message;
    m_lastFollower = follower;
    if (m_lastDelivery == Delivery::TrayMessage) {
        m_tray->show(); // a tray message needs a visible icon; it stays until the user comes back
        m_tray->showMessage(QApplication::applicationDisplayName(), m_lastMessage, QSystemTrayIcon::Warning,
                            messageTimeoutMs);
    } else if (m_window) {
        QApplication::alert(m_window, 0); // until the user activates the window
    }
    return m_lastDelivery;
}

void ErrorNotifier::reset()
{
    m_watcher.reset();
    m_lastDelivery = Delivery::None;
    m_lastMessage.clear();
    m_lastFollower.clear();
}

void ErrorNotifier::activate()
{
    if (m_tray)
        m_tray->hide();
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    if (!m_lastFollower.isEmpty())
        emit followerActivated(m_lastFollower);
}

} // namespace duper::ui
