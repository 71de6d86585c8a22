#pragma once

#include <QString>
#include <QtGlobal>
#include <algorithm>

namespace duper {

// The position of `name` in `list`, whose items are in name order (QString's operator<, as FollowerSnapshot::build
// sorts), or -1. `nameOf(item)` gives an item's name. `hint` is tried first: a caller walking another name-ordered
// list beside this one usually knows where the next name is, and then finds it without a search.
template <typename List, typename NameOf>
qsizetype findInNameOrder(const List& list, const QString& name, qsizetype hint, NameOf nameOf)
{
    if (hint >= 0 && hint < list.size() && nameOf(list.at(hint)) == name)
        return hint;
    const auto found = std::lower_bound(list.cbegin(), list.cend(), name,
                                        [&nameOf](const auto& item, const QString& key) { return nameOf(item) < key; });
    return found != list.cend() && nameOf(*found) == name ? qsizetype(found - list.cbegin()) : -1;
}

} // namespace duper
