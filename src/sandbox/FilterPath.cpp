#include "sandbox/FilterPath.h"

#include "core/values/WildcardMatch.h"

namespace duper::sandbox {

FilterPath::FilterPath(const QString& expression)
{
    for (const QString& raw : expression.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString path = raw.trimmed();
        const bool exclusion = path.startsWith(QLatin1Char('-'));
        if (exclusion)
            path.remove(0, 1);
        const QStringList segments = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (segments.isEmpty())
            continue;
        (exclusion ? m_excludes : m_includes).append(segments);
    }
}

FilterPath::States FilterPath::start(const QList<QStringList>& paths) const
{
    States states;
    for (const QStringList& segments : paths)
        states.append({&segments, 0});
    return states;
}

FilterPath::States FilterPath::advance(const States& states, const QString& key, bool* fullMatch)
{
    States next;
    *fullMatch = false;
    for (State state : states) {
        // `**` may stand for no level at all: try the segments after it against this key too.
        while (state.next < state.segments->size() && state.segments->at(state.next) == u"**") {
            next.append(state); // and for this level and deeper ones
            ++state.next;
        }
        if (state.next >= state.segments->size()) {
            *fullMatch = true; // a trailing `**` matches everything below
            continue;
        }
        if (!WildcardMatch::matches(state.segments->at(state.next), key))
            continue;
        if (state.next + 1 == state.segments->size())
            *fullMatch = true;
        else
            next.append({state.segments, state.next + 1});
    }
    return next;
}

bool FilterPath::include(OrderedJson::Node& node, const States& states)
{
    switch (node.kind) {
    case OrderedJson::Kind::Scalar:
        return false; // the path goes on below a value that has nothing below it
    case OrderedJson::Kind::Array: {
        QList<OrderedJson::Node> kept;
        for (OrderedJson::Node& item : node.items) {
            if (include(item, states))
                kept.append(std::move(item));
        }
        node.items = std::move(kept);
        return !node.items.isEmpty();
    }
    case OrderedJson::Kind::Object: {
        QList<OrderedJson::Member> kept;
        for (OrderedJson::Member& member : node.members) {
            bool full = false;
            const States next = advance(states, member.name, &full);
            if (full || (!next.isEmpty() && include(member.value, next)))
                kept.append(std::move(member));
        }
        node.members = std::move(kept);
        return !node.members.isEmpty();
    }
    }
    return false;
}

void FilterPath::exclude(OrderedJson::Node& node, const States& states)
{
    if (node.kind == OrderedJson::Kind::Array) {
        for (OrderedJson::Node& item : node.items)
            exclude(item, states);
        return;
    }
    if (node.kind != OrderedJson::Kind::Object)
        return;
    QList<OrderedJson::Member> kept;
    for (OrderedJson::Member& member : node.members) {
        bool full = false;
        const States next = advance(states, member.name, &full);
        if (full)
            continue;
        if (!next.isEmpty())
            exclude(member.value, next);
        kept.append(std::move(member));
    }
    node.members = std::move(kept);
}

QByteArray FilterPath::apply(const QByteArray& json) const
{
    if (isEmpty())
        return json;
    std::optional<OrderedJson::Node> root = OrderedJson::parse(json);
    if (!root)
        return json;
    if (!m_includes.isEmpty() && !include(*root, start(m_includes)))
        return QByteArrayLiteral("{}");
    if (!m_excludes.isEmpty())
        exclude(*root, start(m_excludes));
    return OrderedJson::write(*root);
}

} // namespace duper::sandbox
