#include "ui/fleet/FleetTopologyView.h"

#include "ui/fleet/FleetMapLayout.h"
#include "ui/fleet/FleetModel.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QMouseEvent>
#include <QPainterPathStroker>
#include <QPen>
#include <QPolygonF>
#include <cmath>
#include <optional>

namespace duper::ui {

namespace {

constexpr qreal kPadding = 8;
constexpr int kIconSize = 16;
constexpr qreal kSceneMargin = 16;

QGraphicsSimpleTextItem* addText(QGraphicsScene* scene, const QString& text, const QFont& font, const QColor& color,
                                 const QPointF& at, qreal z = 2)
{
    auto* item = scene->addSimpleText(text, font);
    item->setZValue(z);
    item->setBrush(color);
    item->setPos(at);
    return item;
}

QGraphicsPixmapItem* addIcon(QGraphicsScene* scene, FleetHealth::Level level, const QPointF& at, qreal dpr, qreal z = 2)
{
    auto* item = scene->addPixmap(FleetHealth::icon(level).pixmap(QSize(kIconSize, kIconSize), dpr));
    item->setZValue(z);
    item->setTransformationMode(Qt::SmoothTransformation);
    item->setPos(at);
    return item;
}

// The label's rectangle centred on the first point along `path` (from the middle outwards) where it overlaps none
// of `taken`; none when there is no such point.
std::optional<QRectF> placeLabel(const QPainterPath& path, const QSizeF& size, const QList<QRectF>& taken)
{
    const auto at = [&](qreal t) {
        const QPointF centre = path.pointAtPercent(t);
        return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
    };
    for (int step = 0; step <= 14; ++step) { // 0.5, 0.55, 0.45, … 0.85, 0.15
        const qreal t = 0.5 + (step % 2 == 0 ? -1 : 1) * 0.05 * ((step + 1) / 2);
        const QRectF rect = at(t);
        const bool free =
            std::none_of(taken.cbegin(), taken.cend(), [&rect](const QRectF& other) { return other.intersects(rect); });
        if (free)
            return rect;
    }
    return std::nullopt;
}

} // namespace

FleetTopologyView::FleetTopologyView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("fleetTopologyView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(160);
}

void FleetTopologyView::setTopology(const FleetTopology& topology, const QList<FleetRow>& rows)
{
    m_topology = topology;
    m_rows.clear();
    for (const FleetRow& row : rows)
        m_rows.insert(row.connectionId, row);
    rebuild();
}

QString FleetTopologyView::nodeDetail(const FleetTopology::Node& node, const FleetRow* row) const
{
    if (!node.known)
        return node.addresses.join(QStringLiteral(", "));
    return row ? FleetModel::stateText(*row) : FleetModel::tr("Waiting…");
}

void FleetTopologyView::rebuild()
{
    const QHash<QString, QRectF> rects = FleetMapLayout::placeNodes(m_topology);
    m_nodes.clear();
    for (const FleetTopology::Node& node : m_topology.nodes) {
        const auto row = m_rows.constFind(node.id);
        const FleetRow* fleetRow = row == m_rows.constEnd() ? nullptr : &*row;
        NodeInfo info;
        info.id = node.id;
        info.title = node.label;
        info.known = node.known;
        info.detail = nodeDetail(node, fleetRow);
        info.health = node.known && fleetRow ? FleetHealth::ofRow(*fleetRow) : FleetHealth::Level::Unknown;
        info.rect = rects.value(node.id);
        m_nodes.append(info);
    }
    m_edges.clear();
    for (int i = 0; i < m_topology.edges.size(); ++i) {
        const FleetTopology::Edge& edge = m_topology.edges.at(i);
        if (!rects.contains(edge.leaderId) || !rects.contains(edge.followerId))
            continue;
        EdgeInfo info;
        info.followerId = edge.followerId;
        info.alias = edge.alias;
        info.leaderId = edge.leaderId;
        info.health = FleetHealth::ofState(edge.worstState);
        if (edge.worstState)
            info.label =
                tr("%n followers · %1", nullptr, edge.followerCount).arg(FleetHealth::stateText(edge.worstState));
        else if (edge.autoFollowPatterns > 0)
            info.label = tr("%n auto-follow patterns", nullptr, edge.autoFollowPatterns);
        else
            info.label = FleetHealth::stateText(std::nullopt);
        info.bend = FleetMapLayout::bend(m_topology, i, rects);
        info.path = FleetMapLayout::route(m_topology, i, rects).path;
        m_edges.append(info);
    }
    draw();
}

void FleetTopologyView::draw()
{
    m_scene->clear();
    const QPalette pal = palette();
    m_scene->setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const qreal dpr = devicePixelRatioF();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());
    const qreal textWidth = FleetMapLayout::kNodeWidth - 2 * kPadding;
    const QHash<QString, QRectF> rects = FleetMapLayout::placeNodes(m_topology);

    // Labels must not cover a box or each other: each takes the first free spot along its arrow.
    QList<QRectF> placed;
    for (const NodeInfo& node : std::as_const(m_nodes))
        placed.append(node.rect);
    // Arrows first, so boxes and labels lie on top of them.
    for (int i = 0, drawn = 0; i < m_topology.edges.size() && drawn < m_edges.size(); ++i) {
        const FleetTopology::Edge& edge = m_topology.edges.at(i);
        if (!rects.contains(edge.leaderId) || !rects.contains(edge.followerId))
            continue;
        EdgeInfo& info = m_edges[drawn++];
        const FleetMapLayout::Edge routed = FleetMapLayout::route(m_topology, i, rects);
        const QColor color = FleetHealth::color(info.health, pal);
        QPen pen(color, 2);
        if (!edge.connected)
            pen.setStyle(Qt::DashLine); // the follower reports the remote as disconnected
        QGraphicsPathItem* line = m_scene->addPath(routed.path, pen);
        // The head: a triangle on the follower's border, along the curve's last stretch.
        const QLineF back(routed.tip, routed.tipFrom);
        const qreal angle = std::atan2(back.dy(), back.dx());
        const qreal spread = M_PI / 7;
        const QPolygonF head{routed.tip, routed.tip + QPointF(std::cos(angle + spread), std::sin(angle + spread)) * 12,
                             routed.tip + QPointF(std::cos(angle - spread), std::sin(angle - spread)) * 12};
        m_scene->addPolygon(head, QPen(color, 1), color);

        // The label: icon, count and status, and the alias the follower knows the leader by. Where a dense fleet
        // leaves no room for that along the arrow, the icon and the count only (the tooltip says the rest).
        const QString via = tr("via %1").arg(info.alias);
        const qreal width =
            kIconSize + 6 + std::max(boldMetrics.horizontalAdvance(info.label), metrics.horizontalAdvance(via)) + 2 * 6;
        const qreal height = boldMetrics.height() + metrics.height() + 8;
        std::optional<QRectF> spot = placeLabel(routed.path, QSizeF(width, height), placed);
        const bool compact = !spot;
        const QString count = QString::number(edge.followerCount);
        if (compact)
            spot = placeLabel(routed.path,
                              QSizeF(kIconSize + 4 + boldMetrics.horizontalAdvance(count) + 2 * 6,
                                     std::max<qreal>(boldMetrics.height(), kIconSize) + 6),
                              placed);
        const QString tip =
            tr("%1 follows %2 as “%3”")
                .arg(edge.followerName, edge.leaderName.isEmpty() ? info.alias : edge.leaderName, info.alias) +
            QLatin1Char('\n') + info.label;
        line->setToolTip(tip);
        if (!spot)
            continue; // no room at all: the arrow alone, its tooltip and menu say what it carries
        info.labelRect = *spot;
        placed.append(info.labelRect);
        auto* box = m_scene->addPath(
            [&] {
                QPainterPath p;
                p.addRoundedRect(info.labelRect, 4, 4);
                return p;
            }(),
            QPen(color, 1), pal.color(QPalette::Window));
        box->setToolTip(tip);
        const QPointF at = info.labelRect.topLeft() + QPointF(6, compact ? 3 : 4);
        // Labels above every arrow (later arrows would otherwise cross earlier labels), boxes above both.
        box->setZValue(1);
        addIcon(m_scene, info.health, at + QPointF(0, (boldMetrics.height() - kIconSize) / 2), dpr, 1);
        addText(m_scene, compact ? count : info.label, bold, text, at + QPointF(kIconSize + (compact ? 4 : 6), 0), 1);
        if (!compact)
            addText(m_scene, via, font(), pal.color(QPalette::PlaceholderText),
                    at + QPointF(kIconSize + 6, boldMetrics.height()), 1);
    }

    for (const NodeInfo& node : std::as_const(m_nodes)) {
        const QColor color = FleetHealth::color(node.health, pal);
        QPen pen(node.known ? color : pal.color(QPalette::PlaceholderText), node.known ? 2 : 1.5);
        if (!node.known)
            pen.setStyle(Qt::DashLine);
        QPainterPath shape;
        shape.addRoundedRect(node.rect, 6, 6);
        auto* box = m_scene->addPath(shape, pen, node.known ? pal.color(QPalette::AlternateBase) : QBrush());
        box->setZValue(2);
        const auto row = m_rows.constFind(node.id);
        if (row != m_rows.constEnd())
            box->setToolTip(QStringList{row->url, row->clusterName, row->problem}.join(QLatin1Char('\n')).trimmed());
        const QPointF at = node.rect.topLeft() + QPointF(kPadding, kPadding);
        addText(m_scene, boldMetrics.elidedText(node.title, Qt::ElideRight, int(textWidth)), bold, text, at);
        const qreal line2 = at.y() + boldMetrics.height() + 4;
        const QString state = node.known ? node.detail : tr("Not a saved connection");
        addIcon(m_scene, node.health, QPointF(at.x(), line2 + (metrics.height() - kIconSize) / 2), dpr);
        addText(m_scene, metrics.elidedText(state, Qt::ElideRight, int(textWidth - kIconSize - 6)), font(),
                node.known ? color : text, QPointF(at.x() + kIconSize + 6, line2));
        QString third;
        if (!node.known)
            third = node.detail;
        else if (row != m_rows.constEnd() && !row->clusterName.isEmpty())
            third = row->version.isEmpty() ? row->clusterName : tr("%1 · %2").arg(row->clusterName, row->version);
        else if (row != m_rows.constEnd())
            third = row->url; // never answered: where Duper looked for it
        if (!third.isEmpty())
            addText(m_scene, metrics.elidedText(third, Qt::ElideMiddle, int(textWidth)), font(),
                    pal.color(QPalette::PlaceholderText), QPointF(at.x(), line2 + metrics.height() + 2));
    }
    m_scene->setSceneRect(
        m_scene->itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    fit();
}

void FleetTopologyView::fit()
{
    const QRectF scene = m_scene->sceneRect(); // the drawing and a margin round it
    // The room without scroll bars (a bar shown for the old scale must not shrink the new one), less a pixel of
    // rounding either way, so a scene scaled to fit does not bring a bar back.
    const QSizeF room = QSizeF(maximumViewportSize()) - QSizeF(2, 2);
    if (scene.isEmpty() || room.isEmpty())
        return;
    // Never larger than life; smaller only as far as text stays legible, then scroll.
    const qreal scale = std::clamp(std::min(room.width() / scene.width(), room.height() / scene.height()), 0.75, 1.0);
    // Short of room, the margin goes before a scroll bar comes.
    const auto margin = [scale](qreal roomLength, qreal sceneLength) {
        const qreal spare = (roomLength / scale - (sceneLength - 2 * kSceneMargin)) / 2;
        return std::clamp(spare, 0.0, kSceneMargin);
    };
    const qreal dx = kSceneMargin - margin(room.width(), scene.width());
    const qreal dy = kSceneMargin - margin(room.height(), scene.height());
    setSceneRect(scene.adjusted(dx, dy, -dx, -dy));
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(sceneRect().center());
}

int FleetTopologyView::nodeAt(const QPoint& viewportPos) const
{
    const QPointF at = mapToScene(viewportPos);
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).rect.contains(at))
            return i;
    return -1;
}

int FleetTopologyView::edgeAt(const QPoint& viewportPos) const
{
    const QPointF at = mapToScene(viewportPos);
    for (int i = 0; i < m_edges.size(); ++i)
        if (m_edges.at(i).labelRect.contains(at))
            return i;
    if (nodeAt(viewportPos) >= 0)
        return -1;
    QPainterPathStroker stroker;
    stroker.setWidth(10); // a 2 px line is hard to hit
    for (int i = 0; i < m_edges.size(); ++i)
        if (stroker.createStroke(m_edges.at(i).path).contains(at))
            return i;
    return -1;
}

void FleetTopologyView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int node = nodeAt(event->position().toPoint());
    if (node >= 0 && m_nodes.at(node).known) {
        emit clusterActivated(m_nodes.at(node).id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void FleetTopologyView::contextMenuEvent(QContextMenuEvent* event)
{
    const int index = edgeAt(event->pos());
    if (index < 0) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const EdgeInfo edge = m_edges.at(index);
    delete m_menu;
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("fleetEdgeMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* followers = m_menu->addAction(tr("Show followers of %1").arg(edge.alias));
    followers->setObjectName(QStringLiteral("showFollowersAction"));
    connect(followers, &QAction::triggered, this,
            [this, edge] { emit followersRequested(edge.followerId, edge.alias); });
    const bool leaderSaved = std::any_of(m_nodes.cbegin(), m_nodes.cend(), [&edge](const NodeInfo& node) {
        return node.id == edge.leaderId && node.known;
    });
    if (leaderSaved) {
        QAction* leader = m_menu->addAction(tr("Open the leader cluster"));
        leader->setObjectName(QStringLiteral("openLeaderAction"));
        connect(leader, &QAction::triggered, this, [this, edge] { emit clusterActivated(edge.leaderId); });
    }
    m_menu->popup(event->globalPos());
    event->accept();
}

void FleetTopologyView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void FleetTopologyView::changeEvent(QEvent* event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        draw();
    else if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace duper::ui
