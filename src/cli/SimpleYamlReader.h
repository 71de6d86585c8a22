#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace duper::cli {

// Reads the small block-style YAML subset that configuration files such as ~/.duperrc.yml use: nested mappings and
// sequences by indentation ("key: value", "- item", "- key: value"), plain, 'single' and "double" quoted scalars,
// flow sequences ("[a, b]"), "{}"/"[]", "~"/"null", comments and a leading "---". Mappings become QVariantMap,
// sequences QVariantList, scalars QString, null an invalid QVariant. Anchors, tags and multi-line block scalars are
// not supported and are reported as errors instead of being misread.
class SimpleYamlReader
{
public:
    // Bounds that keep hostile or mistaken input (one line of 20,000 "- ", a multi-megabyte file) from exhausting
    // the stack or memory; beyond them parse() reports an error.
    static constexpr qsizetype kMaxInputBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 64;

    // The document's root, or an invalid QVariant with a message naming the line in *error.
    static QVariant parse(const QByteArray& text, QString* error);
};

} // namespace duper::cli
