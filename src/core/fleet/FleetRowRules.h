#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/es/EsError.h"
#include "core/fleet/FleetAnswers.h"
#include "core/fleet/FleetClusterFacts.h"
#include "core/fleet/FleetRow.h"

#include <QDateTime>

namespace duper {

// How a fleet row and the topology facts follow from a refresh's answers. Pure: no I/O, so tests feed it data.
class FleetRowRules
{
public:
    // The row of a connection nothing has been heard from yet.
    static FleetRow pending(const ConnectionProfile& profile);
    // After a refresh whose GET / answered: identity, license, followers by state, worst lag, longest time since a
    // read, the remotes followed.
    static FleetRow reachable(const FleetRow& previous, const FleetAnswers& answers, const QDateTime& now);
    // After a refresh that failed (Unauthorised for 401/403, else Unreachable): the reason in the user's words; the
    // earlier figures stay, marked stale.
    static FleetRow unreachable(const FleetRow& previous, const EsError& error);
    // The connection could not be opened: its secret was not given, or something else stopped it.
    static FleetRow notOpened(const FleetRow& previous, bool secretMissing, const QString& message);

    // Identity and node addresses are kept from `previous` when this refresh could not read them.
    static FleetClusterFacts facts(const FleetClusterFacts& previous, const FleetAnswers& answers);
    // The cluster did not answer: its identity stays (followers elsewhere still point at it), its edges go.
    static FleetClusterFacts unreachableFacts(const FleetClusterFacts& previous);
};

} // namespace duper
