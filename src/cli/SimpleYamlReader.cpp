#include "cli/SimpleYamlReader.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>
#include <QVariantMap>

namespace duper::cli {

namespace {

struct Line
{
    int indent = 0;
    QString content;
    int number = 0;      // 1-based, for messages
    qsizetype start = 0; // where the unread part of `content` begins: "- - x" advances it instead of copying the rest

    QStringView text() const { return QStringView(content).mid(start); }
};

bool startsQuote(const QString& text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    return before.isSpace() || before == u'[' || before == u'{' || before == u',' || before == u':' || before == u'-';
}

// Drops a trailing "# comment" (a '#' at the start or after a blank, outside quotes) and trailing blanks.
QString stripComment(const QString& text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (quote == u'"' && c == u'\\')
                ++i;
            else if (c == quote && quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == u'"' || c == u'\'') && startsQuote(text, i))
            quote = c;
        else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace()))
            return text.left(i).trimmed();
    }
    return text.trimmed();
}

bool isSequenceItem(QStringView content)
{
    return content == u"-" || content.startsWith(u"- ");
}

class Parser
{
public:
    explicit Parser(QList<Line> lines) : m_lines(std::move(lines)) {}

    QVariant document(QString* error)
    {
        if (m_lines.isEmpty())
            return QVariantMap();
        qsizetype i = 0;
        QVariant root = block(i, m_lines.first().indent);
        if (m_error.isEmpty() && i < m_lines.size())
            fail(m_lines.at(i), QCoreApplication::translate("duper::cli", "unexpected indentation"));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return {};
        }
        return root;
    }

private:
    void fail(const Line& line, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("duper::cli", "line %1: %2").arg(line.number).arg(what);
    }

    QVariant block(qsizetype& i, int indent)
    {
        const Line& line = m_lines.at(i);
        // Each level is a C++ call: bounded, so that "- - - ..." or deeper and deeper indentation cannot exhaust
        // the stack.
        if (m_depth >= SimpleYamlReader::kMaxDepth) {
            fail(line, QCoreApplication::translate("duper::cli", "nested more than %1 levels deep")
                           .arg(SimpleYamlReader::kMaxDepth));
            i = m_lines.size();
            return {};
        }
        ++m_depth;
        QVariant result;
        QString key;
        QString rest;
        if (isSequenceItem(line.text())) {
            result = sequence(i, indent);
        } else if (splitKey(line.text(), &key, &rest)) {
            result = mapping(i, indent);
        } else {
            ++i;
            result = scalar(line, line.text().toString());
        }
        --m_depth;
        return result;
    }

    QVariant sequence(qsizetype& i, int indent)
    {
        QVariantList list;
        while (m_error.isEmpty() && i < m_lines.size() && m_lines.at(i).indent == indent &&
               isSequenceItem(m_lines.at(i).text())) {
            Line& line = m_lines[i];
            const QStringView content = line.text();
            qsizetype dash = 1; // past the '-' and the blanks after it
            while (dash < content.size() && content.at(dash).isSpace())
                ++dash;
            if (dash == content.size()) {
                ++i;
                if (i < m_lines.size() && m_lines.at(i).indent > indent)
                    list.append(block(i, m_lines.at(i).indent));
                else
                    list.append(QVariant());
                continue;
            }
            // "- key: value" opens a mapping whose keys line up with "key".
            line.indent = indent + static_cast<int>(dash);
            line.start += dash;
            list.append(block(i, line.indent));
        }
        if (m_error.isEmpty() && i < m_lines.size() && m_lines.at(i).indent > indent)
            fail(m_lines.at(i), QCoreApplication::translate("duper::cli", "unexpected indentation"));
        return list;
    }

    QVariant mapping(qsizetype& i, int indent)
    {
        QVariantMap map;
        while (m_error.isEmpty() && i < m_lines.size() && m_lines.at(i).indent == indent) {
            const Line line = m_lines.at(i);
            QString key;
            QString rest;
            if (isSequenceItem(line.text()) || !splitKey(line.text(), &key, &rest)) {
                fail(line, QCoreApplication::translate("duper::cli", "expected \"key: value\""));
                break;
            }
            ++i;
            QVariant value;
            if (rest.isEmpty()) {
                if (i < m_lines.size() && (m_lines.at(i).indent > indent ||
                                           (m_lines.at(i).indent == indent && isSequenceItem(m_lines.at(i).text()))))
                    value = block(i, m_lines.at(i).indent);
            } else {
                value = scalar(line, rest);
            }
            map.insert(key, value);
        }
        if (m_error.isEmpty() && i < m_lines.size() && m_lines.at(i).indent > indent)
            fail(m_lines.at(i), QCoreApplication::translate("duper::cli", "unexpected indentation"));
        return map;
    }

    // "key: rest" or "key:" (key plain or quoted); false when the line is not a key.
    bool splitKey(QStringView content, QString* key, QString* rest)
    {
        if (content.isEmpty() || content.startsWith(u'[') || content.startsWith(u'{'))
            return false;
        qsizetype colon = -1;
        if (content.startsWith(u'"') || content.startsWith(u'\'')) {
            const qsizetype close = content.indexOf(content.at(0), 1);
            if (close < 0 || close + 1 >= content.size() || content.at(close + 1) != u':')
                return false;
            colon = close + 1;
            *key = content.mid(1, close - 1).toString();
        } else {
            for (qsizetype c = 0; c < content.size(); ++c) {
                if (content.at(c) == u':' && (c + 1 == content.size() || content.at(c + 1).isSpace())) {
                    colon = c;
                    break;
                }
            }
            if (colon <= 0)
                return false;
            *key = content.left(colon).trimmed().toString();
        }
        if (colon + 1 < content.size() && !content.at(colon + 1).isSpace())
            return false;
        *rest = content.mid(colon + 1).trimmed().toString();
        return true;
    }

    QVariant scalar(const Line& line, const QString& text)
    {
        if (text == u"~" || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return {};
        const QChar first = text.at(0);
        if (first == u'"' || first == u'\'') {
            QString value;
            qsizetype end = -1;
            for (qsizetype c = 1; c < text.size(); ++c) {
                const QChar ch = text.at(c);
                if (first == u'\'' && ch == u'\'') {
                    if (c + 1 < text.size() && text.at(c + 1) == u'\'') {
                        value += u'\'';
                        ++c;
                        continue;
                    }
                    end = c;
                    break;
                }
                if (first == u'"' && ch == u'\\' && c + 1 < text.size()) {
                    const QChar escaped = text.at(++c);
                    value += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
                    continue;
                }
                if (first == u'"' && ch == u'"') {
                    end = c;
                    break;
                }
                value += ch;
            }
            if (end < 0 || end + 1 != text.size())
                fail(line, QCoreApplication::translate("duper::cli", "unterminated or malformed quoted text"));
            return value;
        }
        if (first == u'[' || first == u'{')
            return flow(line, text);
        if (first == u'&' || first == u'*' || first == u'!' || first == u'|' || first == u'>')
            fail(line,
                 QCoreApplication::translate("duper::cli", "YAML anchors, tags and block text are not supported"));
        return text;
    }

    QVariant flow(const Line& line, const QString& text)
    {
        const bool isList = text.startsWith(u'[');
        if (!text.endsWith(isList ? u']' : u'}')) {
            fail(line, QCoreApplication::translate("duper::cli", "unterminated [ ] or { }"));
            return {};
        }
        const QString inner = text.mid(1, text.size() - 2).trimmed();
        QStringList parts;
        QString current;
        QChar quote;
        for (const QChar c : inner) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[' || c == u'{') {
                fail(line, QCoreApplication::translate("duper::cli", "nested [ ] or { } are not supported"));
                return {};
            } else if (c == u',') {
                parts.append(current.trimmed());
                current.clear();
                continue;
            }
            current += c;
        }
        if (!current.trimmed().isEmpty() || !parts.isEmpty())
            parts.append(current.trimmed());
        QVariantList list;
        QVariantMap map;
        for (const QString& part : parts) {
            if (part.isEmpty())
                continue;
            if (isList) {
                list.append(scalar(line, part));
                continue;
            }
            QString key;
            QString rest;
            if (!splitKey(part, &key, &rest)) {
                fail(line, QCoreApplication::translate("duper::cli", "expected \"key: value\""));
                return {};
            }
            map.insert(key, rest.isEmpty() ? QVariant() : scalar(line, rest));
        }
        return isList ? QVariant(list) : QVariant(map);
    }

    QList<Line> m_lines;
    QString m_error;
    int m_depth = 0;
};

} // namespace

QVariant SimpleYamlReader::parse(const QByteArray& text, QString* error)
{
    // A configuration file is a few kilobytes; refusing a huge one keeps the lines and values below in bounds.
    if (text.size() > kMaxInputBytes) {
        *error = QCoreApplication::translate("duper::cli", "the file is larger than %1 KB, too large for a "
                                                           "configuration file")
                     .arg(kMaxInputBytes / 1024);
        return {};
    }
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    QList<Line> lines;
    const QStringList raw = all.split(u'\n');
    for (qsizetype n = 0; n < raw.size(); ++n) {
        QString row = raw.at(n);
        if (row.endsWith(u'\r'))
            row.chop(1);
        int indent = 0;
        while (indent < row.size() && row.at(indent) == u' ')
            ++indent;
        if (indent < row.size() && row.at(indent) == u'\t') {
            *error = QCoreApplication::translate("duper::cli", "line %1: tabs cannot indent YAML").arg(n + 1);
            return {};
        }
        const QString content = stripComment(row.mid(indent));
        if (content.isEmpty())
            continue;
        if (indent == 0 && (content == u"---" || content == u"..."))
            continue;
        if (content.startsWith(u'%')) // directives such as %YAML 1.2
            continue;
        lines.append({indent, content, static_cast<int>(n + 1)});
    }
    return Parser(std::move(lines)).document(error);
}

} // namespace duper::cli
