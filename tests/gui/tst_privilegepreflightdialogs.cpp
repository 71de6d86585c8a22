// The privilege preflight in the dialogs, clicked through with the sandbox's restricted user (no manage_ccr,
// manage_follow_index, write): Create follower and the auto-follow pattern dialog name the missing privileges before
// anything is sent and keep their submit button off until the user ticks "Send anyway" (then Elasticsearch's 403
// arrives as usual); the failover dialog names what it lacks; a full user only sees what could not be checked.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/es/StaticCredentialProvider.h"
#include "sandbox/Sandbox.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/common/PrivilegePreflightPanel.h"
#include "ui/dr/FailoverDialog.h"
#include "ui/followers/CreateFollowerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

namespace {

const QString kViewer = QStringLiteral("viewer");
const QString kViewerPassword = QStringLiteral("viewer-pw");
const QString kAdmin = QStringLiteral("elastic");
const QString kAdminPassword = QStringLiteral("admin-pw");

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

} // namespace

class PrivilegePreflightDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createFollowerNamesMissingAndBlocks();
    void autoFollowPatternNamesMissingAndBlocks();
    void failoverNamesMissing();
    void fullUserSeesOnlyWhatWasNotChecked();

private:
    void openSession(const QString& user, const QString& password);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<ClusterSession> m_session;
};

void PrivilegePreflightDialogsTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{kAdmin, kAdminPassword}};
    options.restrictedUsers = {{kViewer, kViewerPassword}};
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
}

void PrivilegePreflightDialogsTest::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_fixture.reset();
}

void PrivilegePreflightDialogsTest::openSession(const QString& user, const QString& password)
{
    m_client = m_fixture->makeClient(StaticCredentialProvider::basic(user, password));
    m_session = test::makeSession(*m_client, QStringLiteral("sandbox"), nullptr);
}

void PrivilegePreflightDialogsTest::createFollowerNamesMissingAndBlocks()
{
    openSession(kViewer, kViewerPassword);
    ui::CreateFollowerDialog dialog(m_session.get());
    dialog.show();
    QTRY_COMPARE(child<QComboBox>(&dialog, "remoteCombo")->currentData(Qt::UserRole).toString(),
                 QStringLiteral("leader"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "leaderEdit"), QStringLiteral("orders"));
    auto* panel = child<ui::PrivilegePreflightPanel>(&dialog, "preflightPanel");
    QTRY_VERIFY(panel->result());
    auto* label = child<QLabel>(&dialog, "preflightLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("manage_ccr")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QLatin1String("manage_follow_index on orders")));
    QVERIFY(label->text().contains(QLatin1String("write on orders")));
    auto* create = child<QPushButton>(&dialog, "createButton");
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QLatin1String("Send anyway")));
    const QString shots = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(shots));
    dialog.grab().save(shots + QStringLiteral("/preflight-create-follower.png"));

    // Going on is the user's explicit choice; then Elasticsearch answers as it would have.
    auto* proceed = child<QCheckBox>(&dialog, "preflightProceedCheck");
    QVERIFY(proceed->isVisible());
    proceed->setChecked(true);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* error = child<QLabel>(&dialog, "generalError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("viewer")), qPrintable(error->text()));
    QVERIFY(!m_fixture->sandbox().follower().index(QStringLiteral("orders")));

    // Another follower name is another request: checked again, the choice to go on is not carried over.
    QTest::keyClicks(child<QLineEdit>(&dialog, "followerEdit"), QStringLiteral("-2"));
    QVERIFY(!proceed->isChecked());
    QTRY_VERIFY(panel->result());
    QVERIFY(label->text().contains(QLatin1String("write on orders-2")));
    QVERIFY(!create->isEnabled());
}

void PrivilegePreflightDialogsTest::autoFollowPatternNamesMissingAndBlocks()
{
    openSession(kViewer, kViewerPassword);
    ui::AutoFollowPatternDialog dialog(m_session.get(), ui::AutoFollowPatternDialog::Mode::Create);
    dialog.show();
    QTRY_COMPARE(child<QComboBox>(&dialog, "remoteCombo")->currentData().toString(), QStringLiteral("leader"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("logs"));
    auto* leaderEdit = child<QLineEdit>(&dialog, "leaderPatternEdit");
    QTest::keyClicks(leaderEdit, QStringLiteral("logs-*"));
    QTest::keyClick(leaderEdit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&dialog, "leaderPatternList")->count(), 1);
    auto* panel = child<ui::PrivilegePreflightPanel>(&dialog, "preflightPanel");
    QTRY_VERIFY(panel->result());
    QVERIFY(panel->result()->hasMissing());
    const QString text = child<QLabel>(&dialog, "preflightLabel")->text();
    QVERIFY2(text.contains(QLatin1String("cluster privilege manage_ccr")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("auto-follow pattern")));
    auto* save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!dialog.isSaving());
    QVERIFY(m_fixture->sandbox().follower().autoFollow().patterns().isEmpty());
    child<QCheckBox>(&dialog, "preflightProceedCheck")->setChecked(true);
    QVERIFY(save->isEnabled());
}

void PrivilegePreflightDialogsTest::failoverNamesMissing()
{
    // A follower created by the full user; the viewer then opens the failover.
    FollowRequest follow;
    follow.remoteCluster = QStringLiteral("leader");
    follow.leaderIndex = QStringLiteral("orders");
    auto admin = m_fixture->makeClient(StaticCredentialProvider::basic(kAdmin, kAdminPassword));
    CcrApi api(admin.get());
    QVERIFY(!test::await(api.follow(QStringLiteral("orders-copy"), follow))->hasError());
    QVERIFY(m_fixture->sandbox().follower().index(QStringLiteral("orders-copy")));
    openSession(kViewer, kViewerPassword);
    QTemporaryDir reports;
    ui::FailoverDialog dialog(m_session.get(), QStringLiteral("leader"), nullptr, reports.path());
    dialog.show();
    auto* panel = child<ui::PrivilegePreflightPanel>(&dialog, "preflightPanel");
    QTRY_VERIFY(panel->result());
    const QString text = child<QLabel>(&dialog, "preflightLabel")->text();
    QVERIFY2(text.contains(QLatin1String("manage_follow_index on orders-copy")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("manage on orders-copy")));
    QVERIFY(!child<QPushButton>(&dialog, "failoverButton")->isEnabled());
}

void PrivilegePreflightDialogsTest::fullUserSeesOnlyWhatWasNotChecked()
{
    openSession(kAdmin, kAdminPassword);
    ui::CreateFollowerDialog dialog(m_session.get());
    dialog.show();
    QTRY_COMPARE(child<QComboBox>(&dialog, "remoteCombo")->currentData(Qt::UserRole).toString(),
                 QStringLiteral("leader"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "leaderEdit"), QStringLiteral("orders"));
    auto* create = child<QPushButton>(&dialog, "createButton");
    QTRY_VERIFY(create->isEnabled());
    auto* panel = child<ui::PrivilegePreflightPanel>(&dialog, "preflightPanel");
    QVERIFY(panel->result() && !panel->result()->hasMissing());
    QVERIFY(!child<QCheckBox>(&dialog, "preflightProceedCheck")->isVisible());
    // No leader connection in the window: the leader side is named as not checked, not as missing.
    QVERIFY(child<QLabel>(&dialog, "preflightLabel")->text().contains(QLatin1String("Could not check")));
}

QTEST_MAIN(PrivilegePreflightDialogsTest)
#include "tst_privilegepreflightdialogs.moc"
