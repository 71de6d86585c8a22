#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace duper {

// What "Test connection" found, check by check, with a sentence for people per check.
struct ConnectionTestReport
{
    enum class Status
    {
        NotRun, // skipped because an earlier check failed
        Ok,
        Warning, // works, but something is missing or could not be checked
        Failed
    };

    struct Check
    {
        Status status = Status::NotRun;
        QString text; // translated, never holds a secret
    };

    struct MissingPrivilege
    {
        QString privilege; // "manage_ccr", "monitor", "manage"
        QString prevents;  // what Duper cannot do without it (translated)
    };

    QUrl url;                     // the URL that answered (or the last one tried)
    QStringList urlErrors;        // one line per URL that failed to connect, in order
    int connectionHttpStatus = 0; // the HTTP status when GET / was answered with an error (401, 403, ...), else 0

    Check connection;     // GET /
    Check license;        // GET /_license
    Check privileges;     // POST /_security/user/_has_privileges
    Check remoteClusters; // GET /_remote/info

    QString clusterName;
    QString nodeName;
    QString version;
    QString licenseType;   // empty when unknown
    QString licenseStatus; // active, expired, ...
    QList<MissingPrivilege> missingPrivileges;
    QString username; // as reported by _has_privileges
    int remoteClustersTotal = 0;
    int remoteClustersConnected = 0;
    QStringList remoteClusterAliases;

    // Failed if any check failed, else Warning if any warned, else Ok (NotRun counts as Failed).
    Status overall() const;
    bool ok() const { return overall() == Status::Ok; }
    // The four check texts, one line each, in order.
    QStringList lines() const;
    static QString statusName(Status status); // "ok", "warning", "failed", "not run"
};

} // namespace duper

Q_DECLARE_METATYPE(duper::ConnectionTestReport)
