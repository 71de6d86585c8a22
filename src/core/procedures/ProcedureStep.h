#pragma once

#include <QString>

namespace duper {

// One step of a multi-step follower procedure (unfollow, recreate, edit). Each step is one request to Elasticsearch.
enum class ProcedureStep
{
    Inspect,  // read the follower's info: active or paused, its remote cluster, leader and parameters
    Pause,    // POST /{index}/_ccr/pause_follow
    Close,    // POST /{index}/_close
    Unfollow, // POST /{index}/_ccr/unfollow
    Open,     // POST /{index}/_open
    Follow,   // PUT /{index}/_ccr/follow (recreate: restores over the closed index)
    Resume,   // POST /{index}/_ccr/resume_follow (edit: with the new parameters)
};

// How a step ended when it did not fail.
enum class StepOutcome
{
    Done,        // the request was sent and succeeded
    AlreadyDone, // the index was already in the state the step leads to ("already paused"): nothing to do
};

namespace ProcedureStepText {
// "Pause replication", "Close the index", ... for progress lists, translated.
QString title(ProcedureStep step);
} // namespace ProcedureStepText

} // namespace duper
