#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

private:
    QString m_api;
    QString m_error;
};

} // namespace duper
