#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace duper::sandbox {

// Writes JSON straight into a byte buffer, keeping keys in the order they are written (Elasticsearch's field
// order matters to tests and readers; QJsonObject would sort them). Commas are handled by the writer.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1String name);
    JsonWriter& key(const QString& name);

    JsonWriter& value(const QString& text);
    JsonWriter& value(QLatin1String text);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    // Inserts already-serialised JSON as one value.
    JsonWriter& raw(const QByteArray& json);
    JsonWriter& stringArray(const QStringList& values);

    const QByteArray& data() const { return m_data; }
    QByteArray take() { return std::move(m_data); }

    static QByteArray quoted(const QString& text);
    // Re-indents compact JSON the way ES's ?pretty does (two spaces, " : ", empty containers as { } / [ ]),
    // keeping key order.
    static QByteArray pretty(const QByteArray& compact);

private:
    void separate();
    QByteArray m_data;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace duper::sandbox
