#pragma once

namespace duper {

class EsError;

// How to read Elasticsearch's answers that are not plain failures: the request found its effect already in place
// ("already paused", "already active"), or refused for a reason a procedure can act on. One place for these rules,
// so the window, bulk actions and the CLI agree on what "already done" means.
namespace EsErrorRules {

// pause_follow of a paused follower: 400, reason "no shard follow tasks for [<index>]".
bool isFollowerAlreadyPaused(const EsError& error);
// resume_follow of an active follower: 400 resource_already_exists_exception ("task with id {…} already exist"),
// as the cause or one of the root causes.
bool isFollowerAlreadyActive(const EsError& error);
// pause_follow or unfollow of a regular index: 400, reason "index [<index>] is not a follower index".
bool isNotAFollower(const EsError& error);
// Any request naming an index that does not exist: 404 index_not_found_exception.
bool isIndexMissing(const EsError& error);

} // namespace EsErrorRules

} // namespace duper
