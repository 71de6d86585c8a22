#pragma once

#include "sandbox/JsonWriter.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace duper::sandbox {

// Settings as Elasticsearch keeps them: flat dotted keys ("cluster.remote.leader.seeds") with string or string-list
// values, sorted. Reads nested or flat JSON, renders either form.
class FlatSettings
{
public:
    using Map = QMap<QString, QJsonValue>;

    // Flattens `object` (nested objects joined with '.'); numbers and booleans become strings as ES stores them;
    // null stays null (meaning "remove").
    static Map flatten(const QJsonObject& object, const QString& prefix = {});
    static void writeFlat(JsonWriter& writer, const Map& settings);
    static void writeNested(JsonWriter& writer, const Map& settings);
    static QString valueText(const QJsonValue& value);
    // `number` as Java's Double.toString writes it ("1.5", "100.0", "1.0E300"), as ES keeps a double setting.
    static QString javaDoubleText(double number);

private:
    static void flattenInto(Map& out, const QJsonObject& object, const QString& prefix);
    static void writeNestedRange(JsonWriter& writer, const QList<QPair<QStringList, QJsonValue>>& entries,
                                 qsizetype from, qsizetype to, int depth);
    static void writeValue(JsonWriter& writer, const QJsonValue& value);
};

} // namespace duper::sandbox
