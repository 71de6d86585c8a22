// Parsing GET /_ccr/stats, GET /_all/_ccr/stats and GET /_all/_ccr/info while they arrive (issue 13): fed in pieces of
// any size into one buffer, as EsJob does, the stream parsers give exactly what the ordinary parse gives, and every
// body the ordinary parse rejects is rejected with the same message.
#include "FollowStatsComparison.h"
#include "FollowerBodyGenerator.h"
#include "TestPaths.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/es/BodyStreamParser.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <random>

using namespace duper;
using duper::test::compareFollowerStats;
using duper::test::FollowerBodyGenerator;

namespace {

// Feeds `body` to `parser` the way EsJob does: appended to one buffer reserved for all of it (so it never moves),
// pieces of 1..maxPiece bytes drawn from `random`, advance() after each; then finish().
template <typename T>
std::optional<T> streamParse(BodyStreamParser<T>& parser, const QByteArray& body, std::mt19937& random, int maxPiece,
                             QString* error, bool fedInPlace = true)
{
    QByteArray buffer;
    buffer.reserve(body.size() + 128);
    const char* const allocation = buffer.constData();
    std::uniform_int_distribution<int> sizes(1, maxPiece);
    while (buffer.size() < body.size()) {
        const qsizetype piece = std::min<qsizetype>(sizes(random), body.size() - buffer.size());
        buffer.append(body.constData() + buffer.size(), piece);
        parser.advance(buffer.constData(), buffer.size());
    }
    if (buffer.constData() != allocation)
        qFatal("the test's buffer moved");
    return parser.finish(buffer, fedInPlace, error);
}

FollowerBodyGenerator largeCluster(int followers)
{
    FollowerBodyGenerator::Options options;
    options.followers = followers;
    options.pausedEvery = 10;
    options.maxShards = 3;
    options.readExceptionEvery = 50;
    options.fatalEvery = 97;
    return FollowerBodyGenerator(options);
}

void compareAutoFollowStats(const AutoFollowStats& a, const AutoFollowStats& b)
{
    QCOMPARE(a.numberOfFailedFollowIndices, b.numberOfFailedFollowIndices);
    QCOMPARE(a.numberOfFailedRemoteClusterStateRequests, b.numberOfFailedRemoteClusterStateRequests);
    QCOMPARE(a.numberOfSuccessfulFollowIndices, b.numberOfSuccessfulFollowIndices);
    QCOMPARE(a.recentAutoFollowErrors.size(), b.recentAutoFollowErrors.size());
    QCOMPARE(a.autoFollowedClusters.size(), b.autoFollowedClusters.size());
}

// Streams `body` as GET /_ccr/stats and checks the outcome against CcrStatsResponse::parse, result or error.
void checkCcrStats(const QByteArray& body, int maxPiece, quint32 seed, bool expectStreamed)
{
    QString fullError;
    const std::optional<CcrStatsResponse> full = CcrStatsResponse::parse(body, &fullError);
    const auto parser = CcrStatsResponse::streamParser();
    std::mt19937 random(seed);
    QString streamError;
    const std::optional<CcrStatsResponse> streamed = streamParse(*parser, body, random, maxPiece, &streamError);
    QCOMPARE(streamed.has_value(), full.has_value());
    QCOMPARE(parser->finishedFromStream(), expectStreamed);
    if (!full) {
        QCOMPARE(streamError, fullError);
        return;
    }
    compareAutoFollowStats(streamed->autoFollowStats, full->autoFollowStats);
    compareFollowerStats(streamed->followStats.indices, full->followStats.indices);
}

// 1-3 random edits (a byte replaced, inserted or removed, or a few bytes repeated), seven in eight of them in the
// list and after it, where the pieces are.
QByteArray mutated(const QByteArray& body, qsizetype listAt, std::mt19937& random)
{
    static constexpr char alphabet[] = "{}[],:\"\\ 0123456789aexnul-tf.";
    QByteArray out = body;
    const int edits = 1 + int(random() % 3);
    for (int edit = 0; edit < edits && out.size() > listAt + 1; ++edit) {
        const qsizetype from = random() % 8 == 0 ? 0 : listAt;
        const qsizetype at = from + qsizetype(random() % quint32(out.size() - from));
        const char byte = alphabet[random() % (sizeof(alphabet) - 1)];
        switch (random() % 4) {
        case 0:
            out[at] = byte;
            break;
        case 1:
            out.insert(at, byte);
            break;
        case 2:
            out.insert(at, out.mid(qsizetype(random() % quint32(out.size())), 1 + random() % 6));
            break;
        default:
            out.remove(at, 1 + random() % 3);
            break;
        }
    }
    return out;
}

// Streams 1,500 damaged copies of `body` (mutated(), around the list that `listKey` names) and holds each outcome to
// Response::parse's: the same error message, or results `compare` finds equal (it fails the test otherwise). Counts
// in `fromStream` the copies that were read from the stream rather than parsed whole.
template <typename Response, typename Compare>
void streamDamagedCopies(const QByteArray& body, const char* listKey, std::mt19937& random, int* fromStream,
                         Compare compare)
{
    for (int round = 0; round < 1500; ++round) {
        const QByteArray damaged = mutated(body, body.indexOf(listKey), random);
        QString fullError;
        const std::optional<Response> full = Response::parse(damaged, &fullError);
        const auto parser = Response::streamParser();
        QString streamError;
        const std::optional<Response> streamed = streamParse(*parser, damaged, random, 200, &streamError);
        QCOMPARE(streamed.has_value(), full.has_value());
        QCOMPARE(streamError, fullError);
        if (full)
            compare(*streamed, *full);
        if (QTest::currentTestFailed())
            return;
        *fromStream += parser->finishedFromStream() ? 1 : 0;
    }
}

QByteArray exampleBody(const QString& folder, const QString& file)
{
    const QString dir = duper::test::esExamplesDir();
    if (dir.isEmpty())
        return {};
    QFile input(QDir(dir).filePath(folder + QLatin1Char('/') + file));
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

} // namespace

class TestStreamedListParser : public QObject
{
    Q_OBJECT

private slots:
    void generatedCcrStatsInPiecesOfAnySize()
    {
        const QByteArray large = largeCluster(2000).ccrStatsBody();
        for (quint32 seed : {1u, 2u, 3u}) {
            checkCcrStats(large, 64 * 1024, seed, true);
            if (QTest::currentTestFailed())
                return;
        }
        const QByteArray small = largeCluster(150).ccrStatsBody();
        checkCcrStats(small, 300, 4, true);
        if (QTest::currentTestFailed())
            return;
        checkCcrStats(small, small.size(), 5, true); // all of it in one piece
    }

    void generatedFollowStatsInPieces()
    {
        const QByteArray body = largeCluster(1500).followStatsBody();
        const std::optional<FollowStatsResponse> full = FollowStatsResponse::parse(body);
        QVERIFY(full);
        const auto parser = FollowStatsResponse::streamParser();
        std::mt19937 random(7);
        const std::optional<FollowStatsResponse> streamed = streamParse(*parser, body, random, 20000, nullptr);
        QVERIFY(streamed);
        QVERIFY(parser->finishedFromStream());
        QVERIFY(full->indices.size() > 1000);
        compareFollowerStats(streamed->indices, full->indices);
    }

    void generatedFollowInfoInPieces()
    {
        // Follow parameters are read through a cache kept from one element (and piece) to the next.
        const QByteArray body = largeCluster(1500).followInfoBody();
        const std::optional<FollowInfoResponse> full = FollowInfoResponse::parse(body);
        QVERIFY(full);
        QVERIFY(full->followers.size() == 1500);
        for (const int maxPiece : {1000, 70000}) {
            const auto parser = FollowInfoResponse::streamParser();
            std::mt19937 random{quint32(maxPiece)};
            const std::optional<FollowInfoResponse> streamed = streamParse(*parser, body, random, maxPiece, nullptr);
            QVERIFY(streamed);
            QVERIFY(parser->finishedFromStream());
            QCOMPARE(streamed->followers.size(), full->followers.size());
            for (qsizetype i = 0; i < full->followers.size(); ++i)
                QVERIFY2(streamed->followers.at(i) == full->followers.at(i),
                         qPrintable(full->followers.at(i).followerIndex));
        }
    }

    void realExamplesByteByByte()
    {
        const QByteArray ccrStats =
            exampleBody(QStringLiteral("ccr.stats"), QStringLiteral("spec-ccr-stats-response-example1.json"));
        const QByteArray followStats = exampleBody(QStringLiteral("ccr.follow_stats"),
                                                   QStringLiteral("spec-follow-index-stats-response-example1.json"));
        if (ccrStats.isEmpty() || followStats.isEmpty())
            QSKIP("the Elasticsearch examples (DUPER_ES_EXAMPLES_DIR) are absent");
        checkCcrStats(ccrStats, 1, 8, true);
        if (QTest::currentTestFailed())
            return;
        const auto parser = FollowStatsResponse::streamParser();
        std::mt19937 random(9);
        const std::optional<FollowStatsResponse> streamed = streamParse(*parser, followStats, random, 3, nullptr);
        const std::optional<FollowStatsResponse> full = FollowStatsResponse::parse(followStats);
        QVERIFY(streamed && full);
        QVERIFY(parser->finishedFromStream());
        QCOMPARE(full->indices.size(), 1);
        compareFollowerStats(streamed->indices, full->indices);
    }

    void malformedElementGivesTheOrdinaryError()
    {
        // A shard far into the list whose shard_id is not a number: the ordinary parse words the error, path included.
        QByteArray body = largeCluster(800).ccrStatsBody();
        const qsizetype at = body.indexOf("\"shard_id\":", body.size() / 2);
        QVERIFY(at > 0);
        body.insert(at + 11, "true,\"spare\":");
        checkCcrStats(body, 4096, 10, false);
    }

    void brokenBodiesGiveTheOrdinaryError_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray body = largeCluster(300).ccrStatsBody();
        QTest::newRow("truncated in the list") << body.left(body.size() / 2);
        QTest::newRow("truncated after the list") << body.left(body.size() - 2);
        QTest::newRow("content after the root") << body + " x";
        QTest::newRow("trailing comma in the list") << QByteArray(body).replace("}]}]}}", "}]}],}}");
        QTest::newRow("auto_follow_stats broken") << QByteArray(body).replace("\"number_of_failed_follow_indices\":",
                                                                              "\"number_of_failed_follow_indices\":[");
    }

    void brokenBodiesGiveTheOrdinaryError()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!CcrStatsResponse::parse(body, &error));
        QVERIFY(!error.isEmpty());
        checkCcrStats(body, 2048, 11, false);
    }

    void repeatedListKeyKeepsTheOrdinaryOrder()
    {
        const QByteArray body =
            "{\"auto_follow_stats\":{},\"follow_stats\":{\"indices\":[{\"index\":\"a\",\"shards\":[]},"
            "{\"index\":\"b\",\"shards\":[]}],\"indices\":[{\"index\":\"c\",\"shards\":[]}]}}";
        const auto parser = CcrStatsResponse::streamParser();
        std::mt19937 random(12);
        const std::optional<CcrStatsResponse> streamed = streamParse(*parser, body, random, 5, nullptr);
        QVERIFY(streamed);
        QVERIFY(parser->finishedFromStream());
        QCOMPARE(streamed->followStats.indices.size(), 3);
        QCOMPARE(streamed->followStats.indices.at(0).index, QStringLiteral("a"));
        QCOMPARE(streamed->followStats.indices.at(2).index, QStringLiteral("c"));
    }

    void malformedShapeReadAsTheOrdinaryParseReadsIt()
    {
        // Found by the differential check: a key where a value's comma belongs. On-demand reading does not check
        // the grammar of what it skips, so this is not rejected; the stream must not read a list the ordinary parse
        // does not see.
        const QByteArray body = "{\"a\":1,\"follow_stats\": \"indices\": [{\"index\":\"x\",\"shards\":[]}]}";
        QString fullError;
        const std::optional<FollowStatsResponse> full = FollowStatsResponse::parse(body, &fullError);
        const auto parser = FollowStatsResponse::streamParser();
        std::mt19937 random(14);
        QString streamError;
        const std::optional<FollowStatsResponse> streamed = streamParse(*parser, body, random, 4, &streamError);
        QVERIFY(!parser->finishedFromStream());
        QCOMPARE(streamed.has_value(), full.has_value());
        QCOMPARE(streamError, fullError);
        if (full)
            QCOMPARE(streamed->indices.size(), full->indices.size());
    }

    void mutatedBodiesReadAsTheOrdinaryParseReadsThem()
    {
        // Pieces are read without validating them first (only the skeleton is): the element reader must read a
        // damaged element in a piece exactly as the ordinary parse reads it in the whole body, leniency included.
        const FollowerBodyGenerator cluster = largeCluster(12);
        const QByteArray stats = cluster.ccrStatsBody();
        const QByteArray info = cluster.followInfoBody();
        std::mt19937 random(21);
        int statsFromStream = 0;
        streamDamagedCopies<CcrStatsResponse>(stats, "\"indices\"", random, &statsFromStream,
                                              [](const CcrStatsResponse& streamed, const CcrStatsResponse& full) {
                                                  compareFollowerStats(streamed.followStats.indices,
                                                                       full.followStats.indices);
                                              });
        if (QTest::currentTestFailed())
            return;
        int infoFromStream = 0;
        streamDamagedCopies<FollowInfoResponse>(info, "\"follower_indices\"", random, &infoFromStream,
                                                [](const FollowInfoResponse& streamed, const FollowInfoResponse& full) {
                                                    QVERIFY(streamed.followers == full.followers);
                                                });
        if (QTest::currentTestFailed())
            return;
        // Many damaged bodies still parse, and those must have been read from the stream for this to test anything.
        QVERIFY2(statsFromStream > 500, qPrintable(QString::number(statsFromStream)));
        QVERIFY2(infoFromStream > 500, qPrintable(QString::number(infoFromStream)));
    }

    void movedBufferIsParsedWhole()
    {
        const QByteArray body = largeCluster(400).ccrStatsBody();
        const auto parser = CcrStatsResponse::streamParser();
        std::mt19937 random(13);
        const std::optional<CcrStatsResponse> streamed =
            streamParse(*parser, body, random, 8192, nullptr, /*fedInPlace=*/false);
        QVERIFY(streamed);
        QVERIFY(!parser->finishedFromStream());
        compareFollowerStats(streamed->followStats.indices, CcrStatsResponse::parse(body)->followStats.indices);
    }
};

QTEST_GUILESS_MAIN(TestStreamedListParser)
#include "tst_streamedlistparser.moc"
