#include "sandbox/FlatSettings.h"

#include "core/json/JsonNumber.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace duper::sandbox {

namespace {

// Beyond 2^53 a double no longer holds every whole number, so such values are printed as doubles.
constexpr qint64 kLargestExactWhole = qint64(1) << 53;

} // namespace

QString FlatSettings::javaDoubleText(double number)
{
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    const double magnitude = std::fabs(number);
    if (magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
        QString text = QString::number(number, 'f', QLocale::FloatingPointShortest);
        if (!text.contains(QLatin1Char('.')))
            text += QStringLiteral(".0");
        return text;
    }
    // Qt's shortest "1.5e+300" becomes Java's "1.5E300"; "1e-05" becomes "1.0E-5".
    const QString scientific = QString::number(number, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(QLatin1Char('e'));
    QString mantissa = scientific.left(e);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += QStringLiteral(".0");
    return mantissa + QLatin1Char('E') + QString::number(scientific.mid(e + 1).toInt());
}

QString FlatSettings::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers read exactly (never cast a double beyond qint64: UB); the rest as Java prints a double.
        if (const std::optional<qint64> whole = JsonNumber::whole(value);
            whole && *whole >= -kLargestExactWhole && *whole <= kLargestExactWhole)
            return QString::number(*whole);
        return javaDoubleText(value.toDouble());
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
