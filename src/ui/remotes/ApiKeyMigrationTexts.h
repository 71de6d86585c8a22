#pragma once

#include "core/security/ApiKeyMigrationPlan.h"
#include "core/security/ApiKeyRemoteSetupSpec.h"

#include <QCoreApplication>

namespace duper {
class ApiKeyMigration;
}

namespace duper::ui {

// The words of the migration dialog, as rich text. The dry run: which key is used, which
// followers and auto-follow patterns are paused and resumed, where the alias goes, the settings kept for a rollback,
// and what an earlier unfinished run left. Only what the core plan says; never a key.
class ApiKeyMigrationTexts
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ApiKeyMigrationDialog)

public:
    // `spec` is what the run would be given; `keyKept`: the keychain keeps a key for the alias (it is reused);
    // `leader`, `follower`: the connections' names.
    static QString html(const duper::ApiKeyMigrationPlan& plan, const duper::ApiKeyRemoteSetupSpec& spec, bool keyKept,
                        const QString& leader, const QString& follower);
    // How a finished run ended, in plain text: succeeded, rolled back (with what was restored), the rollback
    // failed, stopped by the user (`stopped`), or nothing changed.
    static QString result(const duper::ApiKeyMigration& run, bool stopped);
    // "orders-copy, logs-copy" or "none", escaped for rich text.
    static QString names(const QStringList& names);
    // The saved settings of the alias, one item per setting that is set (mode and addresses first).
    static QString settingsHtml(const duper::RemoteClusterSettings& settings);
};

} // namespace duper::ui
