#include "core/values/IndexName.h"

#include "core/values/JavaText.h"

#include <QCoreApplication>
#include <QStringList>

namespace duper {

namespace {

constexpr qsizetype kMaxIndexNameBytes = 255;

// Strings.INVALID_FILENAME_CHARS, sorted and quoted as the newest Elasticsearch renders it.
const QString& invalidCharactersText()
{
    static const QString text = QStringLiteral("[' ','\"','*',',','/','<','>','?','\\','|']");
    return text;
}

bool isInvalidFileNameCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'/':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
    case u' ':
    case u',':
        return true;
    default:
        return false;
    }
}

QString rulesSentence()
{
    return QCoreApplication::translate(
        "duper::values",
        "Index names are lowercase and may not contain \\ / * ? \" < > | , # : or spaces, nor start with _, - or +.");
}

// Long names are shortened in our message; Elasticsearch's reason always carries the full name.
QString shown(const QString& name)
{
    constexpr qsizetype kShownChars = 40;
    if (name.size() <= kShownChars)
        return name;
    return name.left(kShownChars) + QChar(0x2026);
}

// "'*'", "'*' or spaces", "',', '*' or spaces".
QString joinedWithOr(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return QCoreApplication::translate("duper::values", "%1 or %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

ValueError nameError(ValueError::Kind kind, const QString& field, const QString& name, const QString& message,
                     const QString& esMessage)
{
    return ValueError(kind, field, name, message, QStringLiteral("Invalid index name [%1], %2").arg(name, esMessage));
}

} // namespace

Parsed<IndexName> IndexName::parse(const QString& text, const QString& field)
{
    using Kind = ValueError::Kind;
    // MetadataCreateIndexService.validateIndexOrAliasName, then validateIndexName's lowercase check, in ES's order.
    if (text.isEmpty()) {
        return nameError(Kind::Empty, field, text,
                         QCoreApplication::translate("duper::values", "%1 is empty. Enter an index name.").arg(field),
                         QStringLiteral("must not be empty"));
    }

    QStringList found;
    for (const QChar c : text) {
        if (!isInvalidFileNameCharacter(c))
            continue;
        const QString shownChar =
            c == u' ' ? QCoreApplication::translate("duper::values", "spaces") : QStringLiteral("'%1'").arg(c);
        if (!found.contains(shownChar))
            found.append(shownChar);
    }
    if (!found.isEmpty()) {
        return nameError(Kind::ForbiddenCharacter, field, text,
                         QCoreApplication::translate("duper::values", "%1 \"%2\" must not contain %3. %4")
                             .arg(field, shown(text), joinedWithOr(found), rulesSentence()),
                         QStringLiteral("must not contain the following characters ") + invalidCharactersText());
    }
    if (text.contains(u'#')) {
        return nameError(Kind::ContainsHash, field, text,
                         QCoreApplication::translate("duper::values", "%1 \"%2\" must not contain '#'. %3")
                             .arg(field, shown(text), rulesSentence()),
                         QStringLiteral("must not contain '#'"));
    }
    if (text.contains(u':')) {
        return nameError(Kind::ContainsColon, field, text,
                         QCoreApplication::translate(
                             "duper::values",
                             "%1 \"%2\" must not contain ':' (it separates a remote cluster from an index name). %3")
                             .arg(field, shown(text), rulesSentence()),
                         QStringLiteral("must not contain ':'"));
    }
    const QChar first = text.front();
    if (first == u'_' || first == u'-' || first == u'+') {
        return nameError(Kind::BadFirstCharacter, field, text,
                         QCoreApplication::translate("duper::values", "%1 \"%2\" must not start with '%3'. %4")
                             .arg(field, shown(text), QString(first), rulesSentence()),
                         QStringLiteral("must not start with '_', '-', or '+'"));
    }
    const qsizetype bytes = JavaText::utf8Length(text);
    if (bytes > kMaxIndexNameBytes) {
        return nameError(Kind::TooLong, field, text,
                         QCoreApplication::translate(
                             "duper::values",
                             "%1 \"%2\" is too long: it takes %3 bytes in UTF-8, and Elasticsearch allows at most %4.")
                             .arg(field, shown(text), QString::number(bytes), QString::number(kMaxIndexNameBytes)),
                         QStringLiteral("index name is too long, (%1 > %2)")
                             .arg(QString::number(bytes), QString::number(kMaxIndexNameBytes)));
    }
    if (text == u"." || text == u"..") {
        return nameError(Kind::DotName, field, text,
                         QCoreApplication::translate("duper::values", "%1 must not be \".\" or \"..\".").arg(field),
                         QStringLiteral("must not be '.' or '..'"));
    }
    const QString lower = text.toLower();
    if (lower != text) {
        return nameError(Kind::NotLowercase, field, text,
                         QCoreApplication::translate("duper::values", "%1 \"%2\" must be lowercase, e.g. \"%3\". %4")
                             .arg(field, shown(text), shown(lower), rulesSentence()),
                         QStringLiteral("must be lowercase"));
    }
    return IndexName(text);
}

} // namespace duper
