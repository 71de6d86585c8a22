#include "sandbox/FlatSettings.h"

#include <QJsonArray>

namespace duper::sandbox {

QString FlatSettings::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    default:
        return {};
    }
}

void FlatSettings::flattenInto(Map& out, const QJsonObject& object, const QString& prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            flattenInto(out, v.toObject(), key);
        } else if (v.isArray()) {
            QJsonArray items;
            for (const QJsonValue& item : v.toArray())
                items.append(valueText(item));
            out.insert(key, items);
        } else if (v.isNull()) {
            out.insert(key, QJsonValue::Null);
        } else {
            out.insert(key, valueText(v));
        }
    }
}

FlatSettings::Map FlatSettings::flatten(const QJsonObject& object, const QString& prefix)
{
    Map out;
    flattenInto(out, object, prefix);
    return out;
}

void FlatSettings::writeValue(JsonWriter& writer, const QJsonValue& value)
{
    if (value.isArray()) {
        writer.beginArray();
        for (const QJsonValue& item : value.toArray())
            writer.value(item.toString());
        writer.endArray();
    } else if (value.isNull()) {
        writer.null();
    } else {
        writer.value(value.toString());
    }
}

void FlatSettings::writeFlat(JsonWriter& writer, const Map& settings)
{
    writer.beginObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        writer.key(it.key());
        writeValue(writer, it.value());
    }
    writer.endObject();
}

void FlatSettings::writeNested(JsonWriter& writer, const Map& settings)
{
    QList<QPair<QStringList, QJsonValue>> entries;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        entries.append({it.key().split(QLatin1Char('.')), it.value()});
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    writeNestedRange(writer, entries, 0, entries.size(), 0);
}

void FlatSettings::writeNestedRange(JsonWriter& writer, const QList<QPair<QStringList, QJsonValue>>& entries,
                                    qsizetype from, qsizetype to, int depth)
{
    writer.beginObject();
    qsizetype i = from;
    while (i < to) {
        const QString& head = entries.at(i).first.at(depth);
        qsizetype j = i;
        while (j < to && entries.at(j).first.at(depth) == head)
            ++j;
        writer.key(head);
        if (j == i + 1 && entries.at(i).first.size() == depth + 1)
            writeValue(writer, entries.at(i).second);
        else if (entries.at(i).first.size() == depth + 1) // both a leaf and a branch: keep the leaf
            writeValue(writer, entries.at(i).second);
        else
            writeNestedRange(writer, entries, i, j, depth + 1);
        i = j;
    }
    writer.endObject();
}

} // namespace duper::sandbox
