#pragma once

#include "SandboxClient.h"
#include "core/session/ClusterSession.h"

#include <QMessageBox>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace duper::test {

// What a GUI test sets up again and again: a settings file of its own in a temporary folder, an in-process sandbox on
// ephemeral ports (so a `duper sandbox` the user runs on 9200/9201 changes nothing) and a ClusterSession over it as
// the window opens one. Declare it before the widgets under test: they must go first.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    // INI settings in the temporary folder, empty at the start.
    QSettings& settings() { return *m_settings; }
    // A path in the temporary folder (removed with the fixture).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Starts the sandbox; replication moves only with sandbox().sandbox().advance() unless the options tick.
    bool startSandbox(sandbox::SandboxOptions options = SandboxClient::defaultOptions());
    QString errorString() const;
    SandboxClient& sandbox() { return *m_sandbox; }

    // The session over the sandbox's client, its remembered parameters in settings(); made on first use with
    // `connectionId` and kept until the fixture goes.
    ClusterSession* session(const QString& connectionId = QStringLiteral("c"));

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxClient> m_sandbox;
    std::unique_ptr<ClusterSession> m_session; // declared last: goes before the client it uses
    QString m_error;
};

// The child of `parent` called `name`; a missing one ends the test run (the test is wrong, not the code under test).
template <typename T> T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}
template <typename T> T* child(const QObject* parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// The message box called `objectName` that `parent` opens, once it is shown; null when none came within timeoutMs.
QMessageBox* waitForMessageBox(const QObject* parent, const QString& objectName, int timeoutMs = 5000);

} // namespace duper::test
