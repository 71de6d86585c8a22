#pragma once

#include "core/values/Parsed.h"

#include <QString>

namespace duper {

// An index (or data stream) name that passes Elasticsearch's MetadataCreateIndexService.validateIndexOrAliasName
// rules: not empty; none of \ / * ? " < > | space , ; no '#' or ':'; not starting with _ - +; not "." or "..";
// lowercase; at most 255 UTF-8 bytes.
class IndexName
{
public:
    IndexName() = default;

    // `field` names the REST field in error messages ("follower_index", "leader_index", ...).
    static Parsed<IndexName> parse(const QString& text, const QString& field);

    const QString& toString() const { return m_name; }
    bool isEmpty() const { return m_name.isEmpty(); }
    friend bool operator==(const IndexName&, const IndexName&) = default;

private:
    explicit IndexName(QString name) : m_name(std::move(name)) {}
    QString m_name;
};

} // namespace duper
