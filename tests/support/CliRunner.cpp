#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

namespace duper::test {

CliRunner::CliRunner() : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("DUPER_PASSWORD"));
    m_environment.remove(QStringLiteral("DUPER_API_KEY"));
}

QString CliRunner::executable()
{
    return qEnvironmentVariable("DUPER_EXECUTABLE");
}

CliRunner::Result CliRunner::run(const QStringList& arguments, int timeoutMs) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(executable(), arguments);
    if (!process.waitForStarted(5000))
        return result;
    if (!m_input.isEmpty())
        process.write(m_input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(2000);
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

} // namespace duper::test
