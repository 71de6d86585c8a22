#include "GuiFixture.h"

#include "TestSession.h"

namespace duper::test {

GuiFixture::GuiFixture()
    : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat))
{}

GuiFixture::~GuiFixture() = default;

bool GuiFixture::startSandbox(sandbox::SandboxOptions options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    // Ephemeral ports whatever the options say: the defaults of `duper sandbox` (9200/9201) may be taken.
    options.followerPort = 0;
    options.leaderPort = 0;
    m_session.reset();
    m_sandbox = std::make_unique<SandboxClient>(options);
    return m_sandbox->started();
}

QString GuiFixture::errorString() const
{
    return m_sandbox && !m_sandbox->started() ? m_sandbox->errorString() : m_error;
}

ClusterSession* GuiFixture::session(const QString& connectionId)
{
    if (!m_session)
        m_session = makeSession(m_sandbox->client(), connectionId, m_settings.get());
    return m_session.get();
}

QMessageBox* waitForMessageBox(const QObject* parent, const QString& objectName, int timeoutMs)
{
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox*>(objectName);
            return box && box->isVisible();
        },
        timeoutMs);
    return shown ? box : nullptr;
}

} // namespace duper::test
