#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

namespace duper::cli {

// Where a command writes: results to stdout (a table, one line, or JSON with --json), errors and progress to
// stderr. Everything is flushed at once so output interleaves predictably.
class Output
{
public:
    Output(FILE* out, FILE* err) : m_outFile(out), m_out(out), m_err(err) {}

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    void line(const QString& text);
    // stdout, as is (help and usage texts).
    void text(const QString& text);
    // "duper: <text>" on stderr.
    void error(const QString& text);
    // Progress on stderr.
    void note(const QString& text);
    // Aligned columns with a header row; an empty table prints only the header.
    void table(const QStringList& headers, const QList<QStringList>& rows);
    void printJson(const QJsonValue& value);
    // UTF-8 bytes to stdout as they are, after what was printed before: streamed JSON (JsonStreamWriter's sink).
    void bytes(QByteArrayView data);

private:
    FILE* m_outFile;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace duper::cli
