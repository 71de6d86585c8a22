#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper::sandbox {

// A JSON document as a tree that keeps member order and the exact text of scalars, so a response can be filtered
// (filter_path) and written back byte for byte as it was, minus what was removed. QJsonObject would sort the keys.
class OrderedJson
{
public:
    enum class Kind
    {
        Scalar, // string, number, true, false, null: `text` holds it as written
        Object,
        Array
    };
    struct Member;
    struct Node
    {
        Kind kind = Kind::Scalar;
        QByteArray text;
        QList<Member> members; // objects
        QList<Node> items;     // arrays
    };
    struct Member
    {
        QString name;   // decoded, for matching
        QByteArray key; // as written, quotes included
        Node value;
    };

    // Parses one JSON value (surrounding blanks allowed); nullopt when `json` is not exactly one valid value.
    static std::optional<Node> parse(const QByteArray& json);
    // Compact JSON.
    static QByteArray write(const Node& node);

private:
    class Parser;
    static void writeInto(QByteArray& out, const Node& node);
};

} // namespace duper::sandbox
