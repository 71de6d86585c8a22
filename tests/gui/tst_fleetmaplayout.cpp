// FleetMapLayout: the same topology always gives the same picture (whatever order the nodes come in), leaders left of
// their followers, one band per group of replicating clusters, and arrows between the same two clusters curved apart.
#include "ui/fleet/FleetMapLayout.h"

#include <QTest>

using namespace duper;
using ui::FleetMapLayout;

namespace {

FleetTopology::Node node(const QString& id, bool known = true)
{
    FleetTopology::Node n;
    n.id = id;
    n.label = id;
    n.known = known;
    return n;
}

FleetTopology::Edge edge(const QString& follower, const QString& alias, const QString& leader)
{
    FleetTopology::Edge e;
    e.followerId = follower;
    e.followerName = follower;
    e.alias = alias;
    e.leaderId = leader;
    e.match = FleetTopology::Match::Address;
    e.followerCount = 1;
    return e;
}

} // namespace

class FleetMapLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void deterministicAndLayered();
    void parallelArrowsCurveApart();
};

void FleetMapLayoutTest::deterministicAndLayered()
{
    FleetTopology topology;
    topology.nodes = {node(QStringLiteral("prod")), node(QStringLiteral("dr")), node(QStringLiteral("eu")),
                      node(QStringLiteral("idle")), node(QStringLiteral("unknown:10.0.0.7:9300"), false)};
    topology.edges = {edge(QStringLiteral("dr"), QStringLiteral("prod"), QStringLiteral("prod")),
                      edge(QStringLiteral("eu"), QStringLiteral("dr"), QStringLiteral("dr")),
                      edge(QStringLiteral("eu"), QStringLiteral("old"), QStringLiteral("unknown:10.0.0.7:9300"))};
    const QHash<QString, QRectF> rects = FleetMapLayout::placeNodes(topology);
    QCOMPARE(rects.size(), 5);
    // prod and the unknown leader only lead, dr leads and follows, eu only follows.
    QVERIFY(rects[QStringLiteral("prod")].left() < rects[QStringLiteral("dr")].left());
    QVERIFY(rects[QStringLiteral("dr")].left() < rects[QStringLiteral("eu")].left());
    QCOMPARE(rects[QStringLiteral("unknown:10.0.0.7:9300")].left(), rects[QStringLiteral("prod")].left());
    // idle replicates nothing: below the band.
    for (const QString& id : {QStringLiteral("prod"), QStringLiteral("dr"), QStringLiteral("eu")})
        QVERIFY(rects[QStringLiteral("idle")].top() > rects[id].bottom());
    // No two boxes overlap.
    const QList<QRectF> all = rects.values();
    for (int i = 0; i < all.size(); ++i)
        for (int j = i + 1; j < all.size(); ++j)
            QVERIFY(!all.at(i).intersects(all.at(j)));

    FleetTopology shuffled = topology;
    std::reverse(shuffled.nodes.begin(), shuffled.nodes.end());
    QCOMPARE(FleetMapLayout::placeNodes(shuffled), rects);
}

void FleetMapLayoutTest::parallelArrowsCurveApart()
{
    FleetTopology topology;
    topology.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b"))};
    topology.edges = {edge(QStringLiteral("a"), QStringLiteral("to-b"), QStringLiteral("b")),
                      edge(QStringLiteral("b"), QStringLiteral("to-a"), QStringLiteral("a"))};
    const QHash<QString, QRectF> rects = FleetMapLayout::placeNodes(topology);
    const FleetMapLayout::Edge first = FleetMapLayout::route(topology, 0, rects);
    const FleetMapLayout::Edge second = FleetMapLayout::route(topology, 1, rects);
    QVERIFY(FleetMapLayout::bend(topology, 0, rects) != 0);
    // The middles lie on opposite sides of the line between the two boxes, far enough apart for two labels.
    const QPointF centreA = rects[QStringLiteral("a")].center();
    const QPointF centreB = rects[QStringLiteral("b")].center();
    const auto side = [&](const QPointF& p) {
        const QPointF d = centreB - centreA;
        return d.x() * (p.y() - centreA.y()) - d.y() * (p.x() - centreA.x());
    };
    QVERIFY(side(first.middle) * side(second.middle) < 0);
    QVERIFY(QLineF(first.middle, second.middle).length() > 100);
    // Each arrow ends on the border of its follower.
    QVERIFY(rects[QStringLiteral("a")].adjusted(-1, -1, 1, 1).contains(first.tip));
    QVERIFY(rects[QStringLiteral("b")].adjusted(-1, -1, 1, 1).contains(second.tip));
}

QTEST_MAIN(FleetMapLayoutTest)
#include "tst_fleetmaplayout.moc"
