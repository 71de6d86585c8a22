// Which explanation the Follower indices tab shows instead of the table, decided from what is known.
#include "ui/followers/FollowerListStatus.h"

#include <QTest>

using namespace duper;
using Status = ui::FollowerListStatus;

class FollowerListStatusTest : public QObject
{
    Q_OBJECT

private slots:
    void notConnected()
    {
        QCOMPARE(Status::decide(false, std::nullopt, -1, {}).kind, Status::Kind::NotConnected);
    }

    void loadingUntilTheFirstAnswer()
    {
        QCOMPARE(Status::decide(true, std::nullopt, -1, {}).kind, Status::Kind::Loading);
    }

    void licenseComesFirst()
    {
        CcrAccess access;
        access.licenseAllowsCcr = false;
        access.licenseType = QStringLiteral("basic");
        const Status status = Status::decide(true, access, 5, {});
        QCOMPARE(status.kind, Status::Kind::NotLicensed);
        QVERIFY(status.text.contains(QStringLiteral("basic")));
        QCOMPARE(status.action, Status::Action::Retry);
    }

    void forbiddenNamesTheMissingPrivilege()
    {
        CcrAccess access;
        access.missingPrivileges = QStringList{QStringLiteral("monitor"), QStringLiteral("manage_ccr")};
        const EsError forbidden = EsError::http(
            403, R"({"error":{"type":"security_exception","reason":"action [cluster:monitor/ccr/follow_info] is unauthorized"},"status":403})");
        const Status status = Status::decide(true, access, -1, forbidden);
        QCOMPARE(status.kind, Status::Kind::NoPermission);
        QVERIFY(status.text.contains(QStringLiteral("monitor, manage_ccr")));
        // Without the privilege check, Elasticsearch's own words.
        const Status plain = Status::decide(true, std::nullopt, -1, forbidden);
        QCOMPARE(plain.kind, Status::Kind::NoPermission);
        QVERIFY(plain.text.contains(QStringLiteral("unauthorized")));
    }

    void otherFailuresOfferRetry()
    {
        const Status status = Status::decide(true, std::nullopt, -1, EsError::timeout(3000));
        QCOMPARE(status.kind, Status::Kind::LoadFailed);
        QCOMPARE(status.action, Status::Action::Retry);
        QVERIFY(!status.text.isEmpty());
    }

    void failureAfterDataKeepsTheTable()
    {
        QCOMPARE(Status::decide(true, std::nullopt, 3, EsError::timeout(3000)).kind, Status::Kind::Table);
    }

    void emptyListWithoutRemotes()
    {
        CcrAccess access;
        access.remotes = QList<RemoteClusterInfo>{};
        const Status status = Status::decide(true, access, 0, {});
        QCOMPARE(status.kind, Status::Kind::NoRemoteClusters);
        QCOMPARE(status.action, Status::Action::RemoteClusters);
    }

    void emptyListWithRemotes()
    {
        CcrAccess access;
        access.remotes = QList<RemoteClusterInfo>{RemoteClusterInfo{}};
        const Status status = Status::decide(true, access, 0, {});
        QCOMPARE(status.kind, Status::Kind::NoFollowers);
        QCOMPARE(status.action, Status::Action::Create);
        QCOMPARE(Status::decide(true, std::nullopt, 0, {}).kind, Status::Kind::NoFollowers);
    }
};

QTEST_MAIN(FollowerListStatusTest)
#include "tst_followerliststatus.moc"
