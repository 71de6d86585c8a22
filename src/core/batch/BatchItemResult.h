#pragma once

#include "core/es/EsError.h"
#include "core/procedures/ProcedureStep.h"

#include <QString>
#include <optional>

namespace duper {

// What became of one item of a BatchRunner: done, already as wanted (nothing to do), or failed with Elasticsearch's
// answer and a sentence for people. Pending until it finished (or when a cancelled batch never started it).
struct BatchItemResult
{
    enum class Outcome
    {
        Pending,
        Succeeded,
        AlreadyDone, // the item already was where the action leads
        Failed
    };

    QString name;
    Outcome outcome = Outcome::Pending;
    EsError error;                           // set when Failed
    QString message;                         // for people: why it failed (empty otherwise)
    std::optional<ProcedureStep> failedStep; // multi-step actions: the step that failed

    bool succeeded() const { return outcome == Outcome::Succeeded || outcome == Outcome::AlreadyDone; }
    bool alreadyDone() const { return outcome == Outcome::AlreadyDone; }
    bool failed() const { return outcome == Outcome::Failed; }
    // "done", "already_done", "failed", "not_run": the outcome in reports and JSON output.
    QString outcomeKey() const
    {
        switch (outcome) {
        case Outcome::Succeeded:
            return QStringLiteral("done");
        case Outcome::AlreadyDone:
            return QStringLiteral("already_done");
        case Outcome::Failed:
            return QStringLiteral("failed");
        case Outcome::Pending:
            break;
        }
        return QStringLiteral("not_run");
    }

    static BatchItemResult done() { return {{}, Outcome::Succeeded, {}, {}, std::nullopt}; }
    static BatchItemResult already() { return {{}, Outcome::AlreadyDone, {}, {}, std::nullopt}; }
    // `message` defaults to the error's own message for people.
    static BatchItemResult failure(const EsError& error, const QString& message = {},
                                   std::optional<ProcedureStep> failedStep = std::nullopt)
    {
        return {{}, Outcome::Failed, error, message.isEmpty() ? error.userMessage() : message, failedStep};
    }
};

} // namespace duper
