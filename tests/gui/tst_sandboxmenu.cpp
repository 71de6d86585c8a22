// The "Sandbox" menu of duper-gui --sandbox: clicking "Simulate leader outage" takes the emulated leader down (its
// REST port refuses connections), "Bring leader back" restores it, and the check marks follow the sandbox's state
// whoever changes it.
#include "sandbox/Sandbox.h"
#include "ui/shell/SandboxMenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace duper;
using Which = sandbox::Sandbox::Which;

class TestSandboxMenu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingTakesTheLeaderDownAndBringsItBack();
    void followerActionsAndExternalChanges();

private:
    QAction* action(const char* name) const;
    void clickInMenu(QAction* target);
    bool answers(const QUrl& url) const;

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QMainWindow> m_window;
    ui::SandboxMenu* m_menu = nullptr;
};

void TestSandboxMenu::init()
{
    sandbox::SandboxOptions options;
    options.tickIntervalMs = 0;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_window = std::make_unique<QMainWindow>();
    m_menu = new ui::SandboxMenu(*m_sandbox, m_window.get());
    m_window->menuBar()->addMenu(m_menu);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSandboxMenu::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
}

QAction* TestSandboxMenu::action(const char* name) const
{
    return m_menu->findChild<QAction*>(QString::fromLatin1(name));
}

void TestSandboxMenu::clickInMenu(QAction* target)
{
    m_menu->popup(m_window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(m_menu));
    QTest::mouseClick(m_menu, Qt::LeftButton, {}, m_menu->actionGeometry(target).center());
    QTRY_VERIFY(!m_menu->isVisible());
}

bool TestSandboxMenu::answers(const QUrl& url) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.port()));
    return socket.waitForConnected(2000);
}

void TestSandboxMenu::clickingTakesTheLeaderDownAndBringsItBack()
{
    QCOMPARE(m_menu->title(), QStringLiteral("&Sandbox"));
    QAction* outage = action("simulateLeaderOutageAction");
    QAction* back = action("bringLeaderBackAction");
    QVERIFY(outage && back);
    QCOMPARE(outage->text(), QStringLiteral("Simulate leader outage"));
    QCOMPARE(back->text(), QStringLiteral("Bring leader back"));
    QVERIFY(outage->isCheckable());
    QVERIFY(!outage->isChecked());
    QVERIFY(!back->isEnabled());
    const QUrl leaderUrl = m_sandbox->leaderUrl();
    QVERIFY(answers(leaderUrl));

    clickInMenu(outage);
    QVERIFY(m_sandbox->isClusterDown(Which::Leader));
    QVERIFY(outage->isChecked());
    QVERIFY(back->isEnabled());
    QVERIFY(!answers(leaderUrl));

    clickInMenu(back);
    QVERIFY(!m_sandbox->isClusterDown(Which::Leader));
    QVERIFY(!outage->isChecked());
    QVERIFY(!back->isEnabled());
    QVERIFY(answers(leaderUrl));
}

void TestSandboxMenu::followerActionsAndExternalChanges()
{
    QAction* outage = action("simulateFollowerOutageAction");
    QAction* back = action("bringFollowerBackAction");
    QVERIFY(outage && back);
    // Changed elsewhere (e.g. a test or another control): the menu follows the signal.
    QVERIFY(m_sandbox->setClusterDown(Which::Follower, true));
    QVERIFY(outage->isChecked());
    QVERIFY(back->isEnabled());
    QVERIFY(!action("simulateLeaderOutageAction")->isChecked());
    // Unchecking the outage brings it back, like "Bring follower back".
    clickInMenu(outage);
    QVERIFY(!m_sandbox->isClusterDown(Which::Follower));
    QVERIFY(!outage->isChecked());
    QVERIFY(!back->isEnabled());
    QVERIFY(answers(m_sandbox->followerUrl()));
}

QTEST_MAIN(TestSandboxMenu)
#include "tst_sandboxmenu.moc"
