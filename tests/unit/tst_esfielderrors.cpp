// Which request field an Elasticsearch refusal belongs to (EsFieldErrors) and which refusal means "already done"
// for auto-follow patterns, checked against the real error bodies in $DUPER_ES_EXAMPLES_DIR.
#include "TestPaths.h"
#include "core/autofollow/AutoFollowActions.h"
#include "core/es/EsError.h"
#include "core/es/EsFieldErrors.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace duper;
using Field = EsFieldErrors::Field;
using Request = EsFieldErrors::Request;

Q_DECLARE_METATYPE(duper::EsFieldErrors::Field)
Q_DECLARE_METATYPE(duper::EsFieldErrors::Request)

namespace {

// An HTTP error from an example file: its status and its body, as the client would have received them.
EsError exampleError(const QString& relativePath)
{
    QFile file(QDir(test::esExamplesDir()).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QByteArray body = file.readAll();
    return EsError::http(QJsonDocument::fromJson(body).object().value(QLatin1String("status")).toInt(), body);
}

// A body the sandbox (or ES) sends, written inline for refusals no example file has.
EsError inlineError(int status, const QString& type, const QString& reason)
{
    const QJsonObject cause{{QStringLiteral("type"), type}, {QStringLiteral("reason"), reason}};
    QJsonObject error = cause;
    error.insert(QStringLiteral("root_cause"), QJsonArray{cause});
    return EsError::http(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("status"), status}})
                    .toJson(QJsonDocument::Compact));
}

} // namespace

class EsFieldErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void realBodies_data();
    void realBodies();
    void inlineBodies_data();
    void inlineBodies();
    void validationNamesEveryField();
    void transportFailuresBelongToNoField();
    void missingPatternIsAlreadyDeleted();
};

void EsFieldErrorsTest::realBodies_data()
{
    if (test::esExamplesDir().isEmpty())
        QSKIP("DUPER_ES_EXAMPLES_DIR is not set or missing; the real error bodies were not checked");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Request>("request");
    QTest::addColumn<Field>("field");
    const Request follow = Request::Follow;
    const Request pattern = Request::PutAutoFollowPattern;
    QTest::newRow("follow: follower exists")
        << "ccr.follow/src-error-follower-exists.json" << follow << Field::FollowerIndex;
    QTest::newRow("follow: no such remote")
        << "ccr.follow/src-error-no-such-remote-cluster.json" << follow << Field::RemoteCluster;
    QTest::newRow("follow: remote not licensed")
        << "ccr.follow/src-error-license-remote.json" << follow << Field::RemoteCluster;
    QTest::newRow("follow: local license") << "ccr.follow/src-error-license-local.json" << follow << Field::General;
    QTest::newRow("follow: no soft deletes")
        << "ccr.follow/src-error-leader-no-soft-deletes.json" << follow << Field::LeaderIndex;
    QTest::newRow("follow: settings override")
        << "ccr.follow/src-error-override-leader-settings.json" << follow << Field::Settings;
    QTest::newRow("follow: parameters") << "ccr.follow/src-error-param-validation.json" << follow
                                        << Field::FollowParameters;
    QTest::newRow("follow: missing fields") << "ccr.follow/src-error-validation.json" << follow << Field::RemoteCluster;
    QTest::newRow("follow: leader missing")
        << "ccr.pause_follow/src-error-index-missing.json" << follow << Field::LeaderIndex;
    QTest::newRow("follow: forbidden") << "security/src-403-cluster-action.json" << follow << Field::General;
    QTest::newRow("pattern: missing fields")
        << "ccr.put_auto_follow_pattern/src-error-validation.json" << pattern << Field::RemoteCluster;
    QTest::newRow("pattern: no such remote")
        << "ccr.follow/src-error-no-such-remote-cluster.json" << pattern << Field::RemoteCluster;
    QTest::newRow("pattern: local license") << "ccr.follow/src-error-license-local.json" << pattern << Field::General;
    QTest::newRow("pattern: forbidden") << "security/src-403-cluster-action.json" << pattern << Field::General;
}

void EsFieldErrorsTest::realBodies()
{
    QFETCH(QString, file);
    QFETCH(Request, request);
    QFETCH(Field, field);
    const EsError error = exampleError(file);
    QCOMPARE(error.kind(), EsError::Kind::Http);
    QCOMPARE(EsFieldErrors::fieldFor(request, error), field);
}

void EsFieldErrorsTest::inlineBodies_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Field>("field");
    const Request follow = Request::Follow;
    const Request pattern = Request::PutAutoFollowPattern;
    const QString validation = QStringLiteral("action_request_validation_exception");
    QTest::newRow("pattern: name") << pattern << validation
                                   << "Validation Failed: 1: [name] name must not start with '_';"
                                   << Field::PatternName;
    QTest::newRow("pattern: leader patterns")
        << pattern << validation << "Validation Failed: 1: [leader_index_patterns] is missing;"
        << Field::LeaderIndexPatterns;
    QTest::newRow("pattern: parameters")
        << pattern << validation << "Validation Failed: 1: [max_retry_delay] must be less than [5m] but was [10m];"
        << Field::FollowParameters;
    QTest::newRow("pattern: remote unreachable")
        << pattern << "no_seed_node_left_exception"
        << "Unable to open any connections to remote cluster [leader]" << Field::RemoteCluster;
    QTest::newRow("pattern: remote not licensed")
        << pattern << "status_exception"
        << "can not fetch remote cluster state as the remote cluster [leader] is not licensed for [ccr]; the license "
           "mode [BASIC] on cluster [leader] does not enable [ccr]"
        << Field::RemoteCluster;
    QTest::newRow("pattern: follower name") << pattern << "invalid_index_name_exception"
                                            << "Invalid index name [A], must be lowercase" << Field::FollowIndexPattern;
    QTest::newRow("follow: proxy unreachable")
        << follow << "connect_transport_exception"
        << "[127.0.0.1:9301] Unable to connect to remote cluster [leader]" << Field::RemoteCluster;
    QTest::newRow("follow: follower name") << follow << "invalid_index_name_exception"
                                           << "Invalid index name [A], must be lowercase" << Field::FollowerIndex;
    QTest::newRow("follow: leader gone") << follow << "illegal_argument_exception"
                                         << "leader index [orders] does not exist" << Field::LeaderIndex;
    QTest::newRow("follow: data stream name")
        << follow << validation << "Validation Failed: 1: data stream name must contain text if present;"
        << Field::DataStreamName;
    QTest::newRow("follow: unknown setting") << follow << "illegal_argument_exception"
                                             << "unknown setting [index.foo]" << Field::Settings;
}

void EsFieldErrorsTest::inlineBodies()
{
    QFETCH(Request, request);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    QFETCH(Field, field);
    QCOMPARE(EsFieldErrors::fieldFor(request, inlineError(400, type, reason)), field);
}

void EsFieldErrorsTest::validationNamesEveryField()
{
    const EsError error = inlineError(
        400, QStringLiteral("action_request_validation_exception"),
        QStringLiteral("Validation Failed: 1: [name] name must not contain a ',';2: [remote_cluster] is missing;3: "
                       "[leader_index_patterns] is missing;"));
    QCOMPARE(EsFieldErrors::fieldsFor(EsFieldErrors::Request::PutAutoFollowPattern, error),
             (QList<Field>{Field::PatternName, Field::RemoteCluster, Field::LeaderIndexPatterns}));
    QCOMPARE(EsFieldErrors::fieldFor(EsFieldErrors::Request::PutAutoFollowPattern, error), Field::PatternName);
}

void EsFieldErrorsTest::transportFailuresBelongToNoField()
{
    for (const EsError& error : {EsError::connectionRefused(QStringLiteral("localhost"), 9200, QStringLiteral("x")),
                                 EsError::timeout(3000), EsError::cancelled()}) {
        QCOMPARE(EsFieldErrors::fieldFor(EsFieldErrors::Request::Follow, error), Field::General);
        QVERIFY(EsFieldErrors::fieldsFor(EsFieldErrors::Request::PutAutoFollowPattern, error).isEmpty());
    }
}

void EsFieldErrorsTest::missingPatternIsAlreadyDeleted()
{
    QVERIFY(AutoFollowActions::isMissingPattern(inlineError(404, QStringLiteral("resource_not_found_exception"),
                                                            QStringLiteral("auto-follow pattern [logs] is missing"))));
    // A missing remote is also a ResourceNotFoundException in Java, but not a missing pattern.
    QVERIFY(!AutoFollowActions::isMissingPattern(inlineError(404, QStringLiteral("no_such_remote_cluster_exception"),
                                                             QStringLiteral("no such remote cluster: [x]"))));
    QVERIFY(!AutoFollowActions::isMissingPattern(EsError::timeout(1000)));
    if (test::esExamplesDir().isEmpty())
        QSKIP("DUPER_ES_EXAMPLES_DIR is not set or missing; the real body was not checked");
    QVERIFY(AutoFollowActions::isMissingPattern(
        exampleError(QStringLiteral("ccr.get_auto_follow_pattern/src-error-missing.json"))));
    QVERIFY(!AutoFollowActions::isMissingPattern(
        exampleError(QStringLiteral("ccr.pause_follow/src-error-index-missing.json"))));
}

QTEST_GUILESS_MAIN(EsFieldErrorsTest)
#include "tst_esfielderrors.moc"
