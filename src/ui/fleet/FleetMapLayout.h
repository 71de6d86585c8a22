#pragma once

#include "core/fleet/FleetTopology.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace duper::ui {

// Where the topology map puts its nodes and how its arrows run, from the topology alone, so the same fleet always
// looks the same. Clusters that replicate among themselves form a band (bands top to bottom by their first name, so
// one band's arrows never cross another's boxes); inside a band three layers left to right — clusters that only lead
// (and unknown leaders), clusters that lead and follow, clusters that only follow — each ordered by name. Clusters
// without replication share the last rows. An arrow goes from the leader to the follower; arrows between the same two
// clusters (a bi-directional pair, two aliases), inside one layer or over a layer are curved apart, each to its side.
class FleetMapLayout
{
public:
    static constexpr qreal kNodeWidth = 200;
    static constexpr qreal kNodeHeight = 66;
    static constexpr qreal kColumnGap = 210; // room for an edge label between two layers
    static constexpr qreal kRowGap = 40;

    struct Edge
    {
        QPainterPath path; // leader border to follower border
        QPointF tip;       // where the arrow head goes (on the follower's border)
        QPointF tipFrom;   // a point before the tip on the path, for the head's direction
        QPointF middle;    // half way along the path: the label's centre
    };

    // Node rectangles by node id.
    static QHash<QString, QRectF> placeNodes(const duper::FleetTopology& topology);
    // The arrow of edges[index], given the node rectangles.
    static Edge route(const duper::FleetTopology& topology, int index, const QHash<QString, QRectF>& nodes);
    // How far the arrow bends sideways (0 = straight), positive to the left of the leader → follower direction.
    static qreal bend(const duper::FleetTopology& topology, int index, const QHash<QString, QRectF>& nodes);
};

} // namespace duper::ui
