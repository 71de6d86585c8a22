#pragma once

#include "sandbox/OrderedJson.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace duper::sandbox {

// Elasticsearch's `filter_path` response filtering: comma-separated dotted paths whose segments may hold `*`
// wildcards, `**` for any number of levels, and a leading `-` for exclusions (applied after the inclusions). Arrays
// are transparent; objects left empty by inclusion filtering disappear; nothing matched gives `{}`.
class FilterPath
{
public:
    explicit FilterPath(const QString& expression);

    bool isEmpty() const { return m_includes.isEmpty() && m_excludes.isEmpty(); }
    // Filters a JSON response body; a body that does not parse is returned as it is.
    QByteArray apply(const QByteArray& json) const;

private:
    // A path and how far along it matching has come.
    struct State
    {
        const QStringList* segments;
        qsizetype next;
    };
    using States = QList<State>;

    static States advance(const States& states, const QString& key, bool* fullMatch);
    static bool include(OrderedJson::Node& node, const States& states);
    static void exclude(OrderedJson::Node& node, const States& states);
    States start(const QList<QStringList>& paths) const;

    QList<QStringList> m_includes;
    QList<QStringList> m_excludes;
};

} // namespace duper::sandbox
