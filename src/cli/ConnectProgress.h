#pragma once

#include "core/security/ApiKeyRemoteSetup.h"

#include <QObject>
#include <QString>

namespace duper::cli {

class CommandContext;

// Follows one ApiKeyRemoteSetup for `duper connect`: prints each step as it ends (text mode), the keystore command
// per node, waits for Enter on a terminal (or goes on at once with --keystore-done), and at the end prints the
// summary (--json) and ends the run with the exit code. `shownKey` is printed only when the user asked (--show-key).
class ConnectProgress : public QObject
{
    Q_OBJECT

public:
    ConnectProgress(CommandContext& context, ApiKeyRemoteSetup& setup, QObject* parent = nullptr);

    // The key to show with the keystore commands (set only with --show-key).
    void setShownKey(const QString& key) { m_shownKey = key; }
    // Part of a bigger run (a migration's switch): prints the steps indented and leaves the summary, the failure and
    // the end of the run to that run.
    void setEmbedded(bool embedded) { m_embedded = embedded; }

private:
    void stepChanged(ApiKeyRemoteStep step);
    void keystoreCommandsReady();
    void finished(bool succeeded);
    int exitCode() const;

    CommandContext& m_context;
    ApiKeyRemoteSetup& m_setup;
    QString m_shownKey;
    bool m_embedded = false;
};

} // namespace duper::cli
