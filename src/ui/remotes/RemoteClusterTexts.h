#pragma once

#include "core/remotes/RemoteClusterRow.h"

#include <QCoreApplication>
#include <QString>

namespace duper::ui {

// How the Remote clusters tab words a remote: its connection in one sentence, the question before deleting it and
// its details panel.
class RemoteClusterTexts
{
    Q_DECLARE_TR_FUNCTIONS(RemoteClusterTexts)

public:
    static QString connectionSentence(const duper::RemoteClusterRow& row);
    // Names up to RemoteClusterDeletionImpact::maxNamedFollowers followers that would stop replicating.
    static QString deleteWarning(const duper::RemoteClusterRow& row);
    // The details panel (rich text): the connection sentence, then one line per setting.
    static QString detailsHtml(const duper::RemoteClusterRow& row);
    static QString noSelection();
    // The security model, and for API-key remotes whether the key from the keystore is in force.
    static QString securityDetail(const duper::RemoteClusterRow& row);

private:
    // Why an API-key based remote is not connected, in words the user can act on.
    static QString apiKeyNotConnected(const duper::RemoteClusterRow& row);
};

} // namespace duper::ui
