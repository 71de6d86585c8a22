#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace duper::test {

// Runs the built `duper` executable (DUPER_EXECUTABLE) as a child process and waits for it in the event loop, so an
// in-process sandbox keeps answering while the child talks to it. The child gets no DUPER_PASSWORD / DUPER_API_KEY
// unless set here, and its stdin is a pipe (not a terminal).
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1: it crashed or did not finish in time
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;

        QString outText() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject object() const { return json().object(); }
    };

    CliRunner();

    static QString executable();
    void setEnvironment(const QString& key, const QString& value) { m_environment.insert(key, value); }
    void unsetEnvironment(const QString& key) { m_environment.remove(key); }
    // Written to the child's stdin before it is closed (empty: stdin is closed at once).
    void setInput(const QByteArray& input) { m_input = input; }

    Result run(const QStringList& arguments, int timeoutMs = 15000) const;

private:
    QProcessEnvironment m_environment;
    QByteArray m_input;
};

} // namespace duper::test
