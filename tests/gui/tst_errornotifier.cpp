// ErrorNotifier: a follower that stops replicating while the window is in the background is announced — a tray
// message where the desktop has a tray, else the taskbar entry asks for attention. The offscreen platform has no
// tray, so the decision is tested, not the OS bubble.
#include "GuiFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ErrorNotifier.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxLauncher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using duper::FollowerRow;
using duper::FollowerState;
using duper::ui::ErrorNotifier;
using Delivery = duper::ui::ErrorNotifier::Delivery;

namespace {

FollowerRow row(const QString& name, FollowerState state)
{
    FollowerRow result;
    result.name = name;
    result.state = state;
    if (state == FollowerState::Error)
        result.errorSummary = QStringLiteral("shard 0: index_not_found_exception");
    return result;
}

Delivery backgroundDelivery()
{
    return QSystemTrayIcon::isSystemTrayAvailable() ? Delivery::TrayMessage : Delivery::TaskbarAlert;
}

} // namespace

class TestErrorNotifier : public QObject
{
    Q_OBJECT

private slots:
    void decision();
    void messages();
    void inactiveWindowIsToldOnlyAboutNewErrors();
    void activeWindowIsNotDisturbed();
    void activatingRaisesTheWindowAndNamesTheFollower();
    void mainWindowFeedsTheNotifierFromTheFollowersPage();
};

void TestErrorNotifier::decision()
{
    QCOMPARE(ErrorNotifier::decide(0, false, true), Delivery::None);
    QCOMPARE(ErrorNotifier::decide(1, true, true), Delivery::None);
    QCOMPARE(ErrorNotifier::decide(1, true, false), Delivery::None);
    QCOMPARE(ErrorNotifier::decide(2, false, true), Delivery::TrayMessage);
    QCOMPARE(ErrorNotifier::decide(1, false, false), Delivery::TaskbarAlert);
}

void TestErrorNotifier::messages()
{
    QCOMPARE(ErrorNotifier::messageFor({row(QStringLiteral("orders-copy"), FollowerState::Error)}),
             QStringLiteral("Follower index orders-copy stopped replicating: shard 0: index_not_found_exception"));
    QList<FollowerRow> rows;
    for (const char* name : {"idx-a", "idx-b", "idx-c", "idx-d", "idx-e"})
        rows.append(row(QString::fromLatin1(name), FollowerState::Error));
    const QString several = ErrorNotifier::messageFor(rows);
    QCOMPARE(several, QStringLiteral("Follower indices idx-a, idx-b, idx-c and 2 more stopped replicating."));
    const QString three = ErrorNotifier::messageFor(rows.mid(0, 3));
    QVERIFY2(!three.contains(QStringLiteral("more")), qPrintable(three));
    QVERIFY2(three.contains(QStringLiteral("idx-c")), qPrintable(three));
}

void TestErrorNotifier::inactiveWindowIsToldOnlyAboutNewErrors()
{
    QWidget window; // never shown: as good as in the background
    ErrorNotifier notifier(&window);
    QCOMPARE(notifier.trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(!notifier.isWindowActive());

    // The first rows after connecting: an existing error is not news.
    notifier.onRows({row(QStringLiteral("a"), FollowerState::Active), row(QStringLiteral("b"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), Delivery::None);

    notifier.onRows({row(QStringLiteral("a"), FollowerState::Error), row(QStringLiteral("b"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), backgroundDelivery());
    QCOMPARE(notifier.lastFollower(), QStringLiteral("a"));
    QVERIFY(notifier.lastMessage().contains(QStringLiteral("Follower index a stopped replicating")));

    notifier.onRows({row(QStringLiteral("a"), FollowerState::Error), row(QStringLiteral("b"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), Delivery::None); // still the same errors

    notifier.reset(); // another connection
    notifier.onRows({row(QStringLiteral("c"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), Delivery::None);
}

void TestErrorNotifier::activeWindowIsNotDisturbed()
{
    QWidget window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ErrorNotifier notifier(&window);
    QVERIFY(notifier.isWindowActive());
    notifier.onRows({row(QStringLiteral("a"), FollowerState::Active)});
    notifier.onRows({row(QStringLiteral("a"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), Delivery::None);

    window.showMinimized(); // minimised counts as the background
    QTRY_VERIFY(!notifier.isWindowActive());
    notifier.onRows({row(QStringLiteral("a"), FollowerState::Active)});
    notifier.onRows({row(QStringLiteral("a"), FollowerState::Error)});
    QCOMPARE(notifier.lastDelivery(), backgroundDelivery());
}

void TestErrorNotifier::activatingRaisesTheWindowAndNamesTheFollower()
{
    QWidget window;
    ErrorNotifier notifier(&window);
    QSignalSpy activated(&notifier, &ErrorNotifier::followerActivated);
    notifier.onRows({});
    notifier.onRows({row(QStringLiteral("x"), FollowerState::Error), row(QStringLiteral("y"), FollowerState::Error)});
    QVERIFY(notifier.lastMessage().contains(QStringLiteral("x")));
    QVERIFY(notifier.lastMessage().contains(QStringLiteral("y")));
    notifier.activate(); // what clicking the message does
    QVERIFY(window.isVisible());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("x"));
}

void TestErrorNotifier::mainWindowFeedsTheNotifierFromTheFollowersPage()
{
    duper::test::GuiFixture fixture;
    duper::ConnectionStore store(&fixture.settings());
    duper::InMemorySecretStore secrets;
    QNetworkAccessManager network;
    duper::ui::MainWindow window(&store, &secrets, &network, duper::ui::SandboxLauncher::defaultOptions());
    // Not shown: in the background.
    duper::ui::FollowersPage* followers = window.ccrPage()->followersPage();
    emit followers->snapshotApplied({row(QStringLiteral("orders-copy"), FollowerState::Active)});
    emit followers->snapshotApplied({row(QStringLiteral("orders-copy"), FollowerState::Error)});
    ErrorNotifier* notifier = window.errorNotifier();
    QVERIFY(notifier);
    QCOMPARE(notifier->lastDelivery(), backgroundDelivery());
    QCOMPARE(notifier->lastFollower(), QStringLiteral("orders-copy"));

    window.ccrPage()->setCurrentIndex(2);
    notifier->activate();
    QVERIFY(window.isVisible());
    QCOMPARE(window.ccrPage()->currentWidget(), followers); // brought back at the Follower indices tab
}

QTEST_MAIN(TestErrorNotifier)
#include "tst_errornotifier.moc"
