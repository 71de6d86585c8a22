// The already-done rules against Elasticsearch's real error bodies ($DUPER_ES_EXAMPLES_DIR) where examples exist.
#include "TestPaths.h"
#include "core/es/EsError.h"
#include "core/es/EsErrorRules.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace duper;

class EsErrorRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void alreadyPausedFromTheRealBody();
    void otherPauseErrorsAreNotAlreadyPaused();
    void alreadyActive();
    void onlyHttpErrorsMatch();

private:
    // The example's error as EsError::http would read it; skips the test when the examples are absent.
    static EsError example(const QString& relativePath, bool* found);
};

EsError EsErrorRulesTest::example(const QString& relativePath, bool* found)
{
    *found = false;
    const QString dir = test::esExamplesDir();
    if (dir.isEmpty())
        return {};
    QFile file(QDir(dir).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray body = file.readAll();
    const int status = body.contains("\"status\": 404") ? 404 : 400;
    *found = true;
    return EsError::http(status, body);
}

void EsErrorRulesTest::alreadyPausedFromTheRealBody()
{
    bool found = false;
    const EsError error = example(QStringLiteral("ccr.pause_follow/src-error-already-paused.json"), &found);
    if (!found)
        QSKIP("es-examples not available");
    QVERIFY(EsErrorRules::isFollowerAlreadyPaused(error));
    QVERIFY(!EsErrorRules::isFollowerAlreadyActive(error));
    QVERIFY(!EsErrorRules::isNotAFollower(error));
    QVERIFY(!EsErrorRules::isIndexMissing(error));
}

void EsErrorRulesTest::otherPauseErrorsAreNotAlreadyPaused()
{
    bool found = false;
    const EsError notFollower = example(QStringLiteral("ccr.pause_follow/src-error-not-a-follower.json"), &found);
    if (!found)
        QSKIP("es-examples not available");
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(notFollower));
    QVERIFY(EsErrorRules::isNotAFollower(notFollower));

    const EsError missing = example(QStringLiteral("ccr.pause_follow/src-error-index-missing.json"), &found);
    QVERIFY(found);
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(missing));
    QVERIFY(EsErrorRules::isIndexMissing(missing));

    const EsError notClosed = example(QStringLiteral("ccr.unfollow/src-error-not-closed.json"), &found);
    QVERIFY(found);
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(notClosed));
    QVERIFY(!EsErrorRules::isNotAFollower(notClosed));
}

void EsErrorRulesTest::alreadyActive()
{
    // No example file exists for it: the body TransportResumeFollowAction's persistent task conflict produces.
    const QByteArray rootOnly = R"({"error":{"root_cause":[{"type":"resource_already_exists_exception",
        "reason":"task with id {bar-0} already exist"}],"type":"exception","reason":"wrapped"},"status":400})";
    QVERIFY(EsErrorRules::isFollowerAlreadyActive(EsError::http(400, rootOnly)));
    const QByteArray cause = R"({"error":{"root_cause":[],"type":"resource_already_exists_exception",
        "reason":"task with id {bar-0} already exist"},"status":400})";
    const EsError error = EsError::http(400, cause);
    QVERIFY(EsErrorRules::isFollowerAlreadyActive(error));
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(error));
    // The same type with another status is not "already active".
    QVERIFY(!EsErrorRules::isFollowerAlreadyActive(EsError::http(500, cause)));
}

void EsErrorRulesTest::onlyHttpErrorsMatch()
{
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(EsError::cancelled()));
    QVERIFY(!EsErrorRules::isFollowerAlreadyActive(EsError::timeout(1000)));
    QVERIFY(!EsErrorRules::isFollowerAlreadyPaused(EsError()));
}

QTEST_GUILESS_MAIN(EsErrorRulesTest)
#include "tst_eserrorrules.moc"
