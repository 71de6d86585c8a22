<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FollowerListStatus</name>
    <message numerus="yes">
        <source>The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</source>
        <translation>
            <numerusform>The user lacks the cluster privilege %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add it to your role.</numerusform>
            <numerusform>The user lacks the cluster privileges %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::AlertRules</name>
    <message numerus="yes">
        <source>%n read exceptions</source>
        <translation>
            <numerusform>%n read exception</numerusform>
            <numerusform>%n read exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed reads</source>
        <translation>
            <numerusform>%1 failed read</numerusform>
            <numerusform>%1 failed reads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigration</name>
    <message numerus="yes">
        <source>remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active</source>
        <translation>
            <numerusform>remote cluster %1 is connected with a cross-cluster API key; %n follower active</numerusform>
            <numerusform>remote cluster %1 is connected with a cross-cluster API key; %n followers active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n follower</numerusform>
            <numerusform>%n followers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s)</source>
        <translation>
            <numerusform>%n auto-follow pattern</numerusform>
            <numerusform>%n auto-follow patterns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetup</name>
    <message numerus="yes">
        <source>%n follower node(s); the remote will use %1</source>
        <translation>
            <numerusform>%n follower node; the remote will use %1</numerusform>
            <numerusform>%n follower nodes; the remote will use %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run &quot;%1&quot; on each of the %n node(s) and paste the key at its prompt</source>
        <translation>
            <numerusform>run &quot;%1&quot; on the %n node and paste the key at its prompt</numerusform>
            <numerusform>run &quot;%1&quot; on each of the %n nodes and paste the key at its prompt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) reloaded</source>
        <translation>
            <numerusform>%n node reloaded</numerusform>
            <numerusform>%n nodes reloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on that node, then run this again.</source>
        <translation>
            <numerusform>%1 of %2 node could not reload: %3. Check that the keystore command ran on that node, then run this again.</numerusform>
            <numerusform>%1 of %2 nodes could not reload: %3. Check that the keystore command ran on that node, then run this again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTester</name>
    <message numerus="yes">
        <source>None of the %n URLs answered. The last one: %1</source>
        <translation>
            <numerusform>None of the %n URLs answered. The last one: %1</numerusform>
            <numerusform>None of the %n URLs answered. The last one: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote cluster(s), all connected: %1.</source>
        <translation>
            <numerusform>%n remote cluster, connected: %1.</numerusform>
            <numerusform>%n remote clusters, all connected: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n remote cluster(s) connected; not connected: %2.</source>
        <translation>
            <numerusform>%1 of %n remote cluster connected; not connected: %2.</numerusform>
            <numerusform>%1 of %n remote clusters connected; not connected: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the cluster privilege(s) %2: %3.</source>
        <translation>
            <numerusform>%1 lacks the cluster privilege %2: %3.</numerusform>
            <numerusform>%1 lacks the cluster privileges %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ConsistencyRules</name>
    <message numerus="yes">
        <source>Behind by %1 operation(s): the follower has not replicated everything the leader holds yet.</source>
        <translation>
            <numerusform>Behind by %1 operation: the follower has not replicated everything the leader holds yet.</numerusform>
            <numerusform>Behind by %1 operations: the follower has not replicated everything the leader holds yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The leader holds %1 more document(s).</source>
        <translation>
            <numerusform>The leader holds %1 more document.</numerusform>
            <numerusform>The leader holds %1 more documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follower holds %1 more document(s) (deletes not replicated yet).</source>
        <translation>
            <numerusform>The follower holds %1 more document (deletes not replicated yet).</numerusform>
            <numerusform>The follower holds %1 more documents (deletes not replicated yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document(s).</source>
        <translation>
            <numerusform>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document.</numerusform>
            <numerusform>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FailbackRun</name>
    <message numerus="yes">
        <source>Not caught up after %1 s: still %2 operation(s) behind; run again to keep waiting.</source>
        <translation>
            <numerusform>Not caught up after %1 s: still %2 operation behind; run again to keep waiting.</numerusform>
            <numerusform>Not caught up after %1 s: still %2 operations behind; run again to keep waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).</source>
        <translation>
            <numerusform>Differs: %1 document here, %2 on the promoted cluster (still being written?).</numerusform>
            <numerusform>Differs: %1 documents here, %2 on the promoted cluster (still being written?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FollowerActions</name>
    <message numerus="yes">
        <source>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster(s))</source>
        <translation>
            <numerusform>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster)</numerusform>
            <numerusform>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::RunReportWriter</name>
    <message numerus="yes">
        <source>- Result: %1 (%n failed)</source>
        <translation>
            <numerusform>- Result: %1 (%n failed)</numerusform>
            <numerusform>- Result: %1 (%n failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::cli</name>
    <message numerus="yes">
        <source>Following %n leader index(es) of remote cluster %1…</source>
        <translation>
            <numerusform>Following %n leader index of remote cluster %1…</numerusform>
            <numerusform>Following %n leader indices of remote cluster %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n leader index(es) would be followed, nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n leader index would be followed, nothing was changed.</numerusform>
            <numerusform>Dry run: %n leader indices would be followed, nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n follower index created.</numerusform>
            <numerusform>%n follower indices created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bi-directional setup did not finish: %n item(s) failed.</source>
        <translation>
            <numerusform>Bi-directional setup did not finish: %n item failed.</numerusform>
            <numerusform>Bi-directional setup did not finish: %n items failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make this cluster follow %n index(es) from %1?</source>
        <translation>
            <numerusform>Make this cluster follow %n index from %1?</numerusform>
            <numerusform>Make this cluster follow %n indices from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n index</numerusform>
            <numerusform>%n indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 complete: this cluster follows %n index(es) and has caught up.</source>
        <translation>
            <numerusform>Failback to %1 complete: this cluster follows %n index and has caught up.</numerusform>
            <numerusform>Failback to %1 complete: this cluster follows %n indices and has caught up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Failback to %1 did not finish: %n item failed. Run the same command again to continue.</numerusform>
            <numerusform>Failback to %1 did not finish: %n items failed. Run the same command again to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch back now: promote this cluster&apos;s %n follower(s) and make the other cluster follow it again through %1?</source>
        <translation>
            <numerusform>Switch back now: promote this cluster&apos;s %n follower and make the other cluster follow it again through %1?</numerusform>
            <numerusform>Switch back now: promote this cluster&apos;s %n followers and make the other cluster follow it again through %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Fail over %n follower index from %1?</numerusform>
            <numerusform>Fail over %n follower indices from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es)</source>
        <translation>
            <numerusform>%n follower index</numerusform>
            <numerusform>%n follower indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 complete: %n index(es) are regular, writable indices now.</source>
        <translation>
            <numerusform>Failover from %1 complete: %n index is a regular, writable index now.</numerusform>
            <numerusform>Failover from %1 complete: %n indices are regular, writable indices now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Failover from %1 did not finish: %n item failed. Run the same command again to continue.</numerusform>
            <numerusform>Failover from %1 did not finish: %n items failed. Run the same command again to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1: %2</source>
        <translation>
            <numerusform>Imported %n connection from %1: %2</numerusform>
            <numerusform>Imported %n connections from %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n secret moved into the keychain.</numerusform>
            <numerusform>%n secrets moved into the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertsPage</name>
    <message numerus="yes">
        <source>Ale&amp;rts (%n)</source>
        <translation>
            <numerusform>Ale&amp;rts (%n)</numerusform>
            <numerusform>Ale&amp;rts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyMigrationDialog</name>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</source>
        <translation>
            <numerusform>The key goes into the keystore of the %n node of %1: on that node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of the node and switches %2. Its followers stay paused until then.</numerusform>
            <numerusform>The key goes into the keystore of each of the %n nodes of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node connection(s)</source>
        <translation>
            <numerusform>%n node connection</numerusform>
            <numerusform>%n node connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy socket connection(s)</source>
        <translation>
            <numerusform>%n proxy socket connection</numerusform>
            <numerusform>%n proxy socket connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyRemoteDialog</name>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</source>
        <translation>
            <numerusform>The key goes into the keystore of the %n node of %1: on that node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of the node.</numerusform>
            <numerusform>The key goes into the keystore of each of the %n nodes of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternDialog</name>
    <message numerus="yes">
        <source>The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.</source>
        <translation>
            <numerusform>The pattern also sets %n index setting on its followers (%1); they are kept as they are.</numerusform>
            <numerusform>The pattern also sets %n index settings on its followers (%1); they are kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing index(es) on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</source>
        <translation>
            <numerusform>%n existing index on “%1” match. The pattern does not follow index that exist before it; use “Follow many…” for those:</numerusform>
            <numerusform>%n existing indices on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternModel</name>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternsPage</name>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n pattern</numerusform>
            <numerusform>%n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pattern(s)</source>
        <translation>
            <numerusform>%1 of %n pattern</numerusform>
            <numerusform>%1 of %n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers keep replicating.</source>
        <translation>
            <numerusform>Pause %n auto-follow pattern? They stop following new leader index; existing followers keep replicating.</numerusform>
            <numerusform>Pause %n auto-follow patterns? They stop following new leader indices; existing followers keep replicating.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n auto-follow pattern(s)?</source>
        <translation>
            <numerusform>Resume %n auto-follow pattern?</numerusform>
            <numerusform>Resume %n auto-follow patterns?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing follower indices keep replicating.</source>
        <translation>
            <numerusform>Delete %n auto-follow pattern? New leader index will no longer be followed; existing follower index keep replicating.</numerusform>
            <numerusform>Delete %n auto-follow patterns? New leader indices will no longer be followed; existing follower indices keep replicating.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s) %1.</source>
        <translation>
            <numerusform>%n auto-follow pattern %1.</numerusform>
            <numerusform>%n auto-follow patterns %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BidirectionalDialog</name>
    <message numerus="yes">
        <source>%n step(s) failed. Try again continues with what is left.</source>
        <translation>
            <numerusform>%n step failed. Try again continues with what is left.</numerusform>
            <numerusform>%n steps failed. Try again continues with what is left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>, %n already done</numerusform>
            <numerusform>, %n already done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not run (cancelled)</source>
        <translation>
            <numerusform>, %n not run (cancelled)</numerusform>
            <numerusform>, %n not run (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n items…</source>
        <translation>
            <numerusform>Retrying %n item…</numerusform>
            <numerusform>Retrying %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::DisasterRecoveryPage</name>
    <message numerus="yes">
        <source>Failed (%n items)</source>
        <translation>
            <numerusform>Failed (%n item)</numerusform>
            <numerusform>Failed (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::ErrorNotifier</name>
    <message numerus="yes">
        <source>Follower indices %1 and %n more stopped replicating.</source>
        <translation>
            <numerusform>Follower indices %1 and %n more stopped replicating.</numerusform>
            <numerusform>Follower indices %1 and %n more stopped replicating.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackDialog</name>
    <message numerus="yes">
        <source>Delete these %n copy(ies) on %1 for good</source>
        <translation>
            <numerusform>Delete %n copy on %1 for good</numerusform>
            <numerusform>Delete these %n copies on %1 for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index(es) from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index from &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n indices from &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</source>
        <translation>
            <numerusform>Failback complete: %1 follows %n index from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</numerusform>
            <numerusform>Failback complete: %1 follows %n indices from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n item failed. Try again continues from where each index is.</numerusform>
            <numerusform>%n items failed. Try again continues from where each index is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackPlanView</name>
    <message numerus="yes">
        <source>%n index(es) will follow %1.</source>
        <translation>
            <numerusform>%n index will follow %1.</numerusform>
            <numerusform>%n indices will follow %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) here differ from the promoted cluster&apos;s (flagged).</source>
        <translation>
            <numerusform>%n copy here differs from the promoted cluster&apos;s (flagged).</numerusform>
            <numerusform>%n copies here differ from the promoted cluster&apos;s (flagged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailoverDialog</name>
    <message numerus="yes">
        <source>%n follower index(es) of %1 will become regular indices.</source>
        <translation>
            <numerusform>%n follower index of %1 will become a regular index.</numerusform>
            <numerusform>%n follower indices of %1 will become regular indices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Fail over %n follower index from %1?</numerusform>
            <numerusform>Fail over %n follower indices from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n item failed. Try again continues from where each index is.</numerusform>
            <numerusform>%n items failed. Try again continues from where each index is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetPage</name>
    <message numerus="yes">
        <source>%n clusters</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clusters</source>
        <translation>
            <numerusform>%1 of %n cluster</numerusform>
            <numerusform>%1 of %n clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetTopologyView</name>
    <message numerus="yes">
        <source>%n followers · %1</source>
        <translation>
            <numerusform>%n follower · %1</numerusform>
            <numerusform>%n followers · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow patterns</source>
        <translation>
            <numerusform>%n auto-follow pattern</numerusform>
            <numerusform>%n auto-follow patterns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowManyDialog</name>
    <message numerus="yes">
        <source>%n will be followed</source>
        <translation>
            <numerusform>%n will be followed</numerusform>
            <numerusform>%n will be followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n already followed</numerusform>
            <numerusform>%n already followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a name already taken</source>
        <translation>
            <numerusform>%n with a name already taken</numerusform>
            <numerusform>%n with a name already taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid name</source>
        <translation>
            <numerusform>%n with an invalid name</numerusform>
            <numerusform>%n with an invalid name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader indices found: %1.</source>
        <translation>
            <numerusform>%n leader index found: %1.</numerusform>
            <numerusform>%n leader indices found: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow %n index(es)</source>
        <translation>
            <numerusform>Follow %n index</numerusform>
            <numerusform>Follow %n indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es)…</source>
        <translation>
            <numerusform>Following %n leader index…</numerusform>
            <numerusform>Following %n leader indices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n follower index created.</numerusform>
            <numerusform>%n follower indices created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created, %1 not.</source>
        <translation>
            <numerusform>%n follower index created, %1 not.</numerusform>
            <numerusform>%n follower indices created, %1 not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause replication to %n follower indices?</source>
        <translation>
            <numerusform>Pause replication to %n follower index?</numerusform>
            <numerusform>Pause replication to %n follower indices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume replication to %n follower indices?</source>
        <translation>
            <numerusform>Resume replication to %n follower index?</numerusform>
            <numerusform>Resume replication to %n follower indices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pausing replication to %n follower indices…</source>
        <translation>
            <numerusform>Pausing replication to %n follower index…</numerusform>
            <numerusform>Pausing replication to %n follower indices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming replication to %n follower indices…</source>
        <translation>
            <numerusform>Resuming replication to %n follower index…</numerusform>
            <numerusform>Resuming replication to %n follower indices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n follower indices into regular indices…</source>
        <translation>
            <numerusform>Converting %n follower index into regular index…</numerusform>
            <numerusform>Converting %n follower indices into regular indices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n follower indices</source>
        <translation>
            <numerusform>Paused %n follower index</numerusform>
            <numerusform>Paused %n follower indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n follower indices</source>
        <translation>
            <numerusform>Resumed %n follower index</numerusform>
            <numerusform>Resumed %n follower indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfollowed %n follower indices</source>
        <translation>
            <numerusform>Unfollowed %n follower index</numerusform>
            <numerusform>Unfollowed %n follower indices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %n follower indices into regular indices?</source>
        <translation>
            <numerusform>Convert %n follower index into regular index?</numerusform>
            <numerusform>Convert %n follower indices into regular indices?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryChartView</name>
    <message numerus="yes">
        <source>%1 (%n refreshes)</source>
        <translation>
            <numerusform>%1 (%n refresh)</numerusform>
            <numerusform>%1 (%n refreshes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::ReplicationTopologyModel</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with an error</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::SwitchBackPage</name>
    <message numerus="yes">
        <source>Delete the %n copy(ies) on %1 listed above for good</source>
        <translation>
            <numerusform>Delete the %n copy on %1 listed above for good</numerusform>
            <numerusform>Delete the %n copies on %1 listed above for good</numerusform>
        </translation>
    </message>
</context>
</TS>
