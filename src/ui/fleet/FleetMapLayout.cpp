#include "ui/fleet/FleetMapLayout.h"

#include <QLineF>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace duper::ui {

namespace {

// The point where the line from the rectangle's centre towards `target` leaves the rectangle.
QPointF borderPoint(const QRectF& rect, const QPointF& target)
{
    const QPointF centre = rect.center();
    const QPointF d = target - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    return centre + d * std::min(sx, sy);
}

QPointF quadAt(const QPointF& a, const QPointF& c, const QPointF& b, qreal t)
{
    return (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
}

} // namespace

QHash<QString, QRectF> FleetMapLayout::placeNodes(const FleetTopology& topology)
{
    QSet<QString> leads;
    QSet<QString> follows;
    QHash<QString, QString> group; // node id → the id its connected group is known by (union-find)
    const std::function<QString(const QString&)> root = [&](const QString& id) {
        const QString parent = group.value(id, id);
        return parent == id ? id : root(parent);
    };
    for (const FleetTopology::Edge& edge : topology.edges) {
        if (edge.leaderId == edge.followerId)
            continue;
        leads.insert(edge.leaderId);
        follows.insert(edge.followerId);
        const QString a = root(edge.leaderId);
        const QString b = root(edge.followerId);
        if (a != b)
            group.insert(std::max(a, b), std::min(a, b));
    }
    const auto byName = [](const FleetTopology::Node* a, const FleetTopology::Node* b) {
        const int order = a->label.compare(b->label, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a->id < b->id;
    };
    QList<const FleetTopology::Node*> sorted;
    for (const FleetTopology::Node& node : topology.nodes)
        sorted.append(&node);
    std::sort(sorted.begin(), sorted.end(), byName);

    // One band per group of clusters that replicate among themselves, top to bottom in the order of their first
    // name, so one group's arrows never cross another's boxes; clusters without replication share a last row.
    QList<QString> bandOrder;
    QHash<QString, std::array<QList<const FleetTopology::Node*>, 3>> bands;
    QList<const FleetTopology::Node*> alone;
    for (const FleetTopology::Node* node : std::as_const(sorted)) {
        const bool leader = leads.contains(node->id);
        const bool follower = follows.contains(node->id);
        if (!leader && !follower) {
            alone.append(node);
            continue;
        }
        const QString band = root(node->id);
        if (!bands.contains(band))
            bandOrder.append(band);
        bands[band][leader && follower ? 1 : (follower ? 2 : 0)].append(node);
    }
    QHash<QString, QRectF> rects;
    qreal top = 0;
    for (const QString& band : std::as_const(bandOrder)) {
        const auto& columns = bands.value(band);
        qsizetype tallest = 0;
        for (const auto& column : columns)
            tallest = std::max(tallest, column.size());
        int x = 0;
        for (const auto& column : columns) {
            if (column.isEmpty())
                continue; // no gap for a missing layer
            // Shorter layers are centred against the tallest.
            const qreal y = top + (tallest - column.size()) * (kNodeHeight + kRowGap) / 2;
            for (qsizetype row = 0; row < column.size(); ++row)
                rects.insert(column.at(row)->id, QRectF(x * (kNodeWidth + kColumnGap),
                                                        y + row * (kNodeHeight + kRowGap), kNodeWidth, kNodeHeight));
            ++x;
        }
        top += tallest * (kNodeHeight + kRowGap);
    }
    for (qsizetype i = 0; i < alone.size(); ++i)
        rects.insert(alone.at(i)->id, QRectF((i % 3) * (kNodeWidth + kColumnGap),
                                             top + (i / 3) * (kNodeHeight + kRowGap), kNodeWidth, kNodeHeight));
    return rects;
}

qreal FleetMapLayout::bend(const FleetTopology& topology, int index, const QHash<QString, QRectF>& nodes)
{
    const FleetTopology::Edge& edge = topology.edges.at(index);
    const QString low = std::min(edge.leaderId, edge.followerId);
    const QString high = std::max(edge.leaderId, edge.followerId);
    // Every edge between the same two clusters, in either direction, in topology order.
    QList<int> parallel;
    for (int i = 0; i < topology.edges.size(); ++i) {
        const FleetTopology::Edge& other = topology.edges.at(i);
        if (std::min(other.leaderId, other.followerId) == low && std::max(other.leaderId, other.followerId) == high)
            parallel.append(i);
    }
    const QRectF from = nodes.value(edge.leaderId);
    const QRectF to = nodes.value(edge.followerId);
    const bool sameLayer = qFuzzyCompare(from.left() + 1, to.left() + 1);
    const bool skipsLayer = std::abs(to.left() - from.left()) > kNodeWidth + kColumnGap * 1.5;
    if (parallel.size() == 1 && !sameLayer && !skipsLayer)
        return 0;
    // The k-th edge of the pair bends to alternating sides, further out each second one; the side is reckoned in
    // the low → high direction, so the two arrows of a bi-directional pair land on opposite sides.
    const int k = int(parallel.indexOf(index));
    const qreal base = sameLayer ? kNodeWidth * 0.9 : (skipsLayer ? kNodeHeight + kRowGap : 70);
    qreal amount = base * (k / 2 + 1) * (k % 2 == 0 ? 1 : -1);
    if (edge.leaderId != low)
        amount = -amount;
    return amount;
}

FleetMapLayout::Edge FleetMapLayout::route(const FleetTopology& topology, int index,
                                           const QHash<QString, QRectF>& nodes)
{
    const FleetTopology::Edge& edge = topology.edges.at(index);
    const QRectF from = nodes.value(edge.leaderId);
    const QRectF to = nodes.value(edge.followerId);
    const QLineF line(from.center(), to.center());
    const qreal amount = bend(topology, index, nodes);
    QPointF control = line.center();
    if (line.length() > 0 && !qFuzzyIsNull(amount)) {
        const QLineF normal = line.normalVector().unitVector(); // points to the left of the direction
        control += (normal.p2() - normal.p1()) * amount * 2;    // the curve's middle sits half way to the control point
    }
    Edge routed;
    const QPointF start = borderPoint(from, control);
    routed.tip = borderPoint(to, control);
    routed.path.moveTo(start);
    routed.path.quadTo(control, routed.tip);
    routed.middle = quadAt(start, control, routed.tip, 0.5);
    routed.tipFrom = quadAt(start, control, routed.tip, 0.9);
    return routed;
}

} // namespace duper::ui
