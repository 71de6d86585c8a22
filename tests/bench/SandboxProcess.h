#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace duper::bench {

// The `duper sandbox` child process; stopped (SIGTERM) when destroyed.
class SandboxProcess
{
public:
    bool start(const QString& duper, int followers, int shards, QString* error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(duper, {QStringLiteral("sandbox"), QStringLiteral("--follower-port"), QStringLiteral("0"),
                                QStringLiteral("--leader-port"), QStringLiteral("0"), QStringLiteral("--followers"),
                                QString::number(followers), QStringLiteral("--shards"), QString::number(shards),
                                QStringLiteral("--tick"), QStringLiteral("0")});
        if (!m_process.waitForStarted(10'000)) {
            *error = m_process.errorString();
            return false;
        }
        // Ready when it prints "Press Ctrl+C to stop."; the follower URL is on an earlier line.
        const QRegularExpression urlPattern(QStringLiteral("follower cluster:\\s+(\\S+)"));
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 240'000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
            output += m_process.readAll();
            const QString text = QString::fromUtf8(output);
            const QRegularExpressionMatch match = urlPattern.match(text);
            if (match.hasMatch())
                m_url = QUrl(match.captured(1));
            if (text.contains(QStringLiteral("Press Ctrl+C to stop.")) && m_url.isValid())
                return true;
        }
        *error = QStringLiteral("the sandbox did not become ready: ") + QString::fromUtf8(output);
        return false;
    }
    ~SandboxProcess()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000))
                m_process.kill();
        }
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace duper::bench
