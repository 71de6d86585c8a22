#include "core/json/JsonReader.h"

#include "core/json/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

namespace duper {

namespace {

QString notA(const char* what)
{
    return QCoreApplication::translate("duper::Parsers", "is not %1")
        .arg(QCoreApplication::translate("duper::Parsers", what));
}

} // namespace

bool JsonReader::open(const QByteArray& body, QJsonObject& root)
{
    if (body.trimmed().isEmpty())
        return fail(QString(), QCoreApplication::translate("duper::Parsers", "the body is empty, not JSON"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QString(), QCoreApplication::translate("duper::Parsers", "malformed JSON at offset %1 (%2)")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QString(), QCoreApplication::translate("duper::Parsers", "the body is not a JSON object"));
    root = document.object();
    return true;
}

bool JsonReader::fail(const QString& path, const QString& problem)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? QStringLiteral("%1: %2").arg(m_api, problem)
                                 : QStringLiteral("%1: %2 %3").arg(m_api, path, problem);
    return false;
}

bool JsonReader::optString(const QJsonObject& object, const QString& key, const QString& path, QString& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "a string")));
    out = value.toString();
    return true;
}

bool JsonReader::optBool(const QJsonObject& object, const QString& key, const QString& path, bool& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isBool()) {
        out = value.toBool();
        return true;
    }
    // Settings come back as strings ("true").
    if (value.isString() && (value.toString() == u"true" || value.toString() == u"false")) {
        out = value.toString() == u"true";
        return true;
    }
    return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "a boolean")));
}

bool JsonReader::optInt64(const QJsonObject& object, const QString& key, const QString& path, qint64& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        // Range-checked before any cast: a cluster may send 1e20 where a count belongs.
        if (const std::optional<qint64> number = JsonNumber::whole(value)) {
            out = *number;
            return true;
        }
        if (JsonNumber::isWholeBeyondInt64(value.toDouble()))
            return fail(join(path, key), QCoreApplication::translate("duper::Parsers", "is out of range"));
        return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "a whole number")));
    }
    if (value.isString()) { // settings come back as strings ("3")
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok) {
            out = number;
            return true;
        }
    }
    return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "a number")));
}

bool JsonReader::optInt(const QJsonObject& object, const QString& key, const QString& path, int& out)
{
    qint64 number = out;
    if (!optInt64(object, key, path, number))
        return false;
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return fail(join(path, key), QCoreApplication::translate("duper::Parsers", "is out of range"));
    out = int(number);
    return true;
}

bool JsonReader::optObject(const QJsonObject& object, const QString& key, const QString& path, QJsonObject& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "an object")));
    out = value.toObject();
    return true;
}

bool JsonReader::optArray(const QJsonObject& object, const QString& key, const QString& path, QJsonArray& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "an array")));
    out = value.toArray();
    return true;
}

bool JsonReader::optStringList(const QJsonObject& object, const QString& key, const QString& path, QStringList& out,
                               bool acceptSingle)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (acceptSingle && value.isString()) {
        out = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& item : out)
            item = item.trimmed();
        return true;
    }
    if (!value.isArray())
        return fail(join(path, key), notA(QT_TRANSLATE_NOOP("duper::Parsers", "an array")));
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(element(join(path, key), i), notA(QT_TRANSLATE_NOOP("duper::Parsers", "a string")));
        list.append(array.at(i).toString());
    }
    out = list;
    return true;
}

bool JsonReader::objectAt(const QJsonArray& array, qsizetype index, const QString& path, QJsonObject& out)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        return fail(element(path, index), notA(QT_TRANSLATE_NOOP("duper::Parsers", "an object")));
    out = value.toObject();
    return true;
}

} // namespace duper
