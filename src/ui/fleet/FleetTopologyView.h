#pragma once

#include "core/fleet/FleetRow.h"
#include "core/fleet/FleetTopology.h"
#include "ui/fleet/FleetHealth.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointer>

class QGraphicsScene;
#include <QMenu>

namespace duper::ui {

// The fleet's topology map: every saved cluster as a box (its name, an icon and its state in words, its border in the
// colour of its health), every remote no saved connection stands for as a dashed box with its alias and address, and
// every replication as an arrow from leader to follower labelled with its number of follower indices and their worst
// status (icon, words, colour). Laid out by FleetMapLayout. Double-clicking a saved cluster asks for its CCR page;
// right-clicking an arrow offers the follower list of that remote. What is drawn is readable as data (nodes(),
// edges()) so tests compare it without pixels. Follows the palette (dark themes).
class FleetTopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    struct NodeInfo
    {
        QString id;
        QString title;  // connection name, or the alias of an unknown leader
        QString detail; // state in words, or the unknown leader's addresses
        bool known = true;
        FleetHealth::Level health = FleetHealth::Level::Unknown;
        QRectF rect; // in scene coordinates
    };
    struct EdgeInfo
    {
        QString followerId;
        QString alias;
        QString leaderId;
        QString label; // "2 followers · paused"
        FleetHealth::Level health = FleetHealth::Level::Unknown;
        qreal bend = 0; // 0 = straight; a bi-directional pair bends to opposite sides
        QPainterPath path;
        QRectF labelRect; // in scene coordinates; empty when a crowded map left no room for the label
    };

    explicit FleetTopologyView(QWidget* parent = nullptr);

    // Draws `topology`; `rows` give each saved cluster's state (by connection id).
    void setTopology(const duper::FleetTopology& topology, const QList<duper::FleetRow>& rows);
    QList<NodeInfo> nodes() const { return m_nodes; }
    QList<EdgeInfo> edges() const { return m_edges; }
    // The menu of the last right-clicked arrow while it is open (object name "fleetEdgeMenu"), else null.
    QMenu* edgeMenu() const { return m_menu; }

    // The node or edge under a point of the viewport; -1 when none.
    int nodeAt(const QPoint& viewportPos) const;
    int edgeAt(const QPoint& viewportPos) const;

signals:
    // A saved cluster was double-clicked.
    void clusterActivated(const QString& connectionId);
    // "Show followers of <alias>" on the arrow from `alias` into the follower cluster `connectionId`.
    void followersRequested(const QString& connectionId, const QString& alias);

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void draw();
    void fit();
    QString nodeDetail(const duper::FleetTopology::Node& node, const duper::FleetRow* row) const;

    QGraphicsScene* m_scene;
    duper::FleetTopology m_topology;
    QHash<QString, duper::FleetRow> m_rows;
    QList<NodeInfo> m_nodes;
    QList<EdgeInfo> m_edges;
    QPointer<QMenu> m_menu;
};

} // namespace duper::ui
