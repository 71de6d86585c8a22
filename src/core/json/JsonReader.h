#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// Reads small bodies through QJsonDocument with typed getters that name the offending field, recording the first
// problem as "<api>: <path> is not a string". The opt* getters leave `out` alone when the key is absent or null
// (tolerating older and newer Elasticsearch versions) and fail only on a wrong type.
class JsonReader
{
public:
    explicit JsonReader(QString api) : m_api(std::move(api)) {}

    // The body must be a JSON object.
    bool open(const QByteArray& body, QJsonObject& root);
    bool fail(const QString& path, const QString& problem);
    const QString& error() const { return m_error; }
    void reportTo(QString* error) const
    {
        if (error)
            *error = m_error;
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString element(const QString& path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    bool optString(const QJsonObject& object, const QString& key, const QString& path, QString& out);
    bool optBool(const QJsonObject& object, const QString& key, const QString& path, bool& out);
    bool optInt64(const QJsonObject& object, const QString& key, const QString& path, qint64& out);
    bool optInt(const QJsonObject& object, const QString& key, const QString& path, int& out);
    bool optObject(const QJsonObject& object, const QString& key, const QString& path, QJsonObject& out);
    bool optArray(const QJsonObject& object, const QString& key, const QString& path, QJsonArray& out);
    // An array of strings; with `acceptSingle` a lone string too (Elasticsearch settings accept both).
    bool optStringList(const QJsonObject& object, const QString& key, const QString& path, QStringList& out,
                       bool acceptSingle = false);
    // The element must be an object.
    bool objectAt(const QJsonArray& array, qsizetype index, const QString& path, QJsonObject& out);
    // The array `key` of `object` (absent or null: nothing), each element an object read by
    // `readOne(const QJsonObject& element, const QString& elementPath, T& item)` and appended to `out`.
    template <typename T, typename ReadOne>
    bool optObjectList(const QJsonObject& object, const QString& key, const QString& path, QList<T>& out,
                       ReadOne&& readOne)
    {
        QJsonArray array;
        const QString arrayPath = join(path, key);
        if (!optArray(object, key, path, array))
            return false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject element;
            T item;
            if (!objectAt(array, i, arrayPath, element) || !readOne(element, JsonReader::element(arrayPath, i), item))
                return false;
            out.append(std::move(item));
        }
        return true;
    }

private:
    QString m_api;
    QString m_error;
};

// A body that must be a JSON object, read by `fill(JsonReader&, const QJsonObject& root, Response&)`; nullopt with
// the first problem in *error when it is not.
template <typename Response, typename Fill>
std::optional<Response> parseJsonObject(const QString& api, const QByteArray& body, QString* error, Fill&& fill)
{
    JsonReader reader(api);
    QJsonObject root;
    Response response;
    if (!reader.open(body, root) || !fill(reader, root, response)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
