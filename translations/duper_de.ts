<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Duper</source>
        <translation>Über Duper</translation>
    </message>
    <message>
        <source>A fast native console and command-line tool for Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters, with credentials kept in the system keychain.</source>
        <translation>Eine schnelle native Konsole und ein Kommandozeilenwerkzeug für die Cross-Cluster-Replikation von Elasticsearch: Follower-Indizes, Auto-Follow-Muster und Remote-Cluster, mit Zugangsdaten im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
</context>
<context>
    <name>ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster to an API key</source>
        <translation>Remote-Cluster auf einen API-Schlüssel migrieren</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>&amp;Leader-Cluster:</translation>
    </message>
    <message>
        <source>The saved connection of the cluster this remote cluster points at: the key is created there</source>
        <translation>Die gespeicherte Verbindung des Clusters, auf den dieser Remote-Cluster zeigt: Dort wird der Schlüssel erstellt</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>&amp;Replizieren:</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas: at least the leader indices of the followers that use this remote cluster</source>
        <translation>Die Leader-Index-Muster, die der Schlüssel replizieren darf, durch Kommas getrennt: mindestens die Leader-Indizes der Follower, die diesen Remote-Cluster verwenden</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>&amp;Suchen (optional):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>Index-Muster, die der Schlüssel zusätzlich clusterübergreifend durchsuchen darf, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this remote cluster</source>
        <translation>Auch dann einen ne&amp;uen Schlüssel erstellen, wenn der Schlüsselbund einen für diesen Remote-Cluster aufbewahrt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>Der neue Cross-Cluster-API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>In Ihrem Schlüsselbund aufbewahrt. Er wird nur jetzt angezeigt, für Ihre eigenen Unterlagen: Er ist ein Geheimnis.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Done, I ran it on every node</source>
        <translation>&amp;Erledigt, ich habe ihn auf jedem Knoten ausgeführt</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop after the request in flight, without rolling back: Run again goes on from there</source>
        <translation>Nach der laufenden Anfrage anhalten, ohne die vorherigen Einstellungen wiederherzustellen: „Erneut ausführen“ macht dort weiter</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>&amp;Probelauf &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster with an API key</source>
        <translation>Remote-Cluster mit einem API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Duper creates a cross-cluster API key on the leader cluster, keeps it in your keychain and connects this cluster to the leader&apos;s remote cluster server with it. Pick the saved connection of the leader cluster and the name this cluster will know it by.</source>
        <translation>Duper erstellt einen Cross-Cluster-API-Schlüssel auf dem Leader-Cluster, bewahrt ihn in Ihrem Schlüsselbund auf und verbindet diesen Cluster damit mit dem Remote-Cluster-Server des Leaders. Wählen Sie die gespeicherte Verbindung des Leader-Clusters und den Namen, unter dem dieser Cluster ihn kennen soll.</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>&amp;Leader-Cluster:</translation>
    </message>
    <message>
        <source>Remote cluster &amp;name:</source>
        <translation>&amp;Name des Remote-Clusters:</translation>
    </message>
    <message>
        <source>The alias this cluster knows the leader cluster by, as follower indices name it</source>
        <translation>Der Alias, unter dem dieser Cluster den Leader-Cluster kennt; so nennen ihn auch die Follower-Indizes</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>&amp;Replizieren:</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas</source>
        <translation>Die Leader-Index-Muster, die der Schlüssel replizieren darf, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>&amp;Suchen (optional):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>Index-Muster, die der Schlüssel zusätzlich clusterübergreifend durchsuchen darf, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>never (or e.g. 90d)</source>
        <translation>nie (oder z. B. 90d)</translation>
    </message>
    <message>
        <source>When the key expires replication stops: leave empty for a key that never expires</source>
        <translation>Läuft der Schlüssel ab, stoppt die Replikation: Leer lassen für einen Schlüssel, der nie abläuft</translation>
    </message>
    <message>
        <source>Connection mode:</source>
        <translation>Verbindungsmodus:</translation>
    </message>
    <message>
        <source>&amp;Proxy (one address)</source>
        <translation>&amp;Proxy (eine Adresse)</translation>
    </message>
    <message>
        <source>S&amp;niff (seed nodes)</source>
        <translation>S&amp;niff (Seed-Knoten)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>die Remote-Cluster-Server-Adresse des Leaders</translation>
    </message>
    <message>
        <source>Leave empty to use the leader&apos;s remote cluster server (port 9443 by default), read from its nodes. Not its transport (9300) or HTTP (9200) address. Several seeds: separate them with commas.</source>
        <translation>Leer lassen, um den Remote-Cluster-Server des Leaders (standardmäßig Port 9443) zu verwenden, wie er von seinen Knoten gelesen wird. Nicht seine Transport- (9300) oder HTTP-Adresse (9200). Mehrere Seeds durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this name</source>
        <translation>Auch dann einen ne&amp;uen Schlüssel erstellen, wenn der Schlüsselbund einen für diesen Namen aufbewahrt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>Der neue Cross-Cluster-API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>In Ihrem Schlüsselbund aufbewahrt. Er wird nur jetzt angezeigt, für Ihre eigenen Unterlagen: Er ist ein Geheimnis.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have run it on &amp;every node</source>
        <translation>Ich habe ihn auf &amp;jedem Knoten ausgeführt</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Auto-Follow-Muster erstellen</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on the remote cluster whose name matches. Indices that exist before the pattern is created are not followed.</source>
        <translation>Mit einem Auto-Follow-Muster folgt dieser Cluster jedem neuen Index auf dem Remote-Cluster, dessen Name passt. Indizes, die schon vor dem Muster existieren, folgt es nicht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A unique name for the pattern: no commas, not starting with _</source>
        <translation>Ein eindeutiger Name für das Muster: keine Kommas, nicht mit _ beginnend</translation>
    </message>
    <message>
        <source>e.g. logs-from-dc1</source>
        <translation>z. B. logs-from-dc1</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) whose new indices the pattern follows</source>
        <translation>Der (auf diesem Cluster konfigurierte) Remote-Cluster, dessen neuen Indizes das Muster folgt</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>Leader-Index-Muster</translation>
    </message>
    <message>
        <source>leader_index_patterns: new indices on the remote cluster whose names match one of these are followed; * matches anything</source>
        <translation>leader_index_patterns: Neuen Indizes auf dem Remote-Cluster, deren Namen zu einem dieser Muster passen, wird gefolgt; * passt auf alles</translation>
    </message>
    <message>
        <source>Type a pattern such as logs-* and press Enter</source>
        <translation>Geben Sie ein Muster wie logs-* ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Ausschlussmuster</translation>
    </message>
    <message>
        <source>leader_index_exclusion_patterns: leader indices matching one of these are never followed, even when a leader pattern matches</source>
        <translation>leader_index_exclusion_patterns: Leader-Indizes, die zu einem dieser Muster passen, wird nie gefolgt, auch wenn ein Leader-Muster passt</translation>
    </message>
    <message>
        <source>Optional, e.g. logs-debug-*</source>
        <translation>Optional, z. B. logs-debug-*</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Follower-Index-Muster</translation>
    </message>
    <message>
        <source>follow_index_pattern: the name of each follower index; {{leader_index}} stands for the leader index name</source>
        <translation>follow_index_pattern: der Name jedes Follower-Index; {{leader_index}} steht für den Namen des Leader-Index</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>Kein Präfix</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>No suffix</source>
        <translation>Kein Suffix</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Follower index names the pattern would create</source>
        <translation>Namen der Follower-Indizes, die das Muster erstellen würde</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>Auto-Follow-Muster wird gespeichert…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>Anfrage anzeigen…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AutoRefreshChoiceText</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatische Aktualisierung aus</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Alle %1 min</translation>
    </message>
</context>
<context>
    <name>BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication</source>
        <translation>Bidirektionale Replikation</translation>
    </message>
    <message>
        <source>&amp;Other cluster:</source>
        <translation>&amp;Anderer Cluster:</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>&amp;Remote-Cluster hier:</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points at the other cluster</source>
        <translation>Der Remote-Cluster-Alias auf diesem Cluster, der auf den anderen Cluster zeigt</translation>
    </message>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>Remote-Cluster &amp;zurück:</translation>
    </message>
    <message>
        <source>The remote cluster alias on the other cluster that points back at this one</source>
        <translation>Der Remote-Cluster-Alias auf dem anderen Cluster, der zurück auf diesen zeigt</translation>
    </message>
    <message>
        <source>&amp;Leader indices:</source>
        <translation>&amp;Leader-Indizes:</translation>
    </message>
    <message>
        <source>Index names or wildcards to replicate both ways, separated by commas</source>
        <translation>Indexnamen oder Platzhalter, die in beide Richtungen repliziert werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Follower indices</source>
        <translation>Follower-Indizes</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>https://es.example.com:9200, https://es2.example.com:9200</source>
        <translation>https://es.example.com:9200, https://es2.example.com:9200</translation>
    </message>
    <message>
        <source>&amp;Cloud ID:</source>
        <translation>&amp;Cloud-ID:</translation>
    </message>
    <message>
        <source>Instead of URLs: deployment:base64…</source>
        <translation>Statt URLs: deployment:base64…</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Ask for the secret every time (do not store it)</source>
        <translation>Jedes Mal nach dem Geheimnis fragen (nicht speichern)</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-Zertifikate &amp;prüfen</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone between you and the cluster can read and change the traffic, including your credentials.</source>
        <translation>Zertifikate werden nicht geprüft: Jeder zwischen Ihnen und dem Cluster kann den Datenverkehr mitlesen und verändern, auch Ihre Zugangsdaten.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Optional PEM file, trusted on top of the system&apos;s CAs</source>
        <translation>Optionale PEM-Datei, zusätzlich zu den CAs des Systems vertrauenswürdig</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>Nur für einen verschlüsselten Schlüssel; im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;remote:</source>
        <translation>Standard-&amp;Remote:</translation>
    </message>
    <message>
        <source>Remote cluster alias used when following</source>
        <translation>Remote-Cluster-Alias, der beim Folgen verwendet wird</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>CreateFollowerDialog</name>
    <message>
        <source>Create follower index</source>
        <translation>Follower-Index erstellen</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) that holds the leader index</source>
        <translation>Der (auf diesem Cluster konfigurierte) Remote-Cluster, auf dem der Leader-Index liegt</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Leader-Index</translation>
    </message>
    <message>
        <source>The index on the remote cluster to replicate</source>
        <translation>Der Index auf dem Remote-Cluster, der repliziert werden soll</translation>
    </message>
    <message>
        <source>Index or data stream on the remote cluster</source>
        <translation>Index oder Datenstrom auf dem Remote-Cluster</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>The new index on this cluster that receives the copy; lowercase, no spaces or \ / * ? &quot; &lt; &gt; | , # :</source>
        <translation>Der neue Index auf diesem Cluster, der die Kopie erhält; Kleinbuchstaben, keine Leerzeichen oder \ / * ? &quot; &lt; &gt; | , # :</translation>
    </message>
    <message>
        <source>Data stream name</source>
        <translation>Name des Datenstroms</translation>
    </message>
    <message>
        <source>data_stream_name: the local data stream the follower index becomes part of (optional)</source>
        <translation>data_stream_name: der lokale Datenstrom, zu dem der Follower-Index gehören wird (optional)</translation>
    </message>
    <message>
        <source>Optional: only when following a data stream backing index</source>
        <translation>Optional: nur beim Folgen eines Backing-Index eines Datenstroms</translation>
    </message>
    <message>
        <source>Wait for active shards</source>
        <translation>Auf aktive Shards warten</translation>
    </message>
    <message>
        <source>How many shard copies must be active before the request returns: 0 (do not wait), a number, or all</source>
        <translation>Wie viele Shard-Kopien aktiv sein müssen, bevor die Anfrage zurückkehrt: 0 (nicht warten), eine Zahl oder all</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Index settings override (settings)</source>
        <translation>Index-Einstellungen überschreiben (settings)</translation>
    </message>
    <message>
        <source>Settings of the follower index that differ from the leader, e.g. index.number_of_replicas = 0</source>
        <translation>Einstellungen des Follower-Index, die vom Leader abweichen, z. B. index.number_of_replicas = 0</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>Einstellung entfernen</translation>
    </message>
    <message>
        <source>Creating follower index…</source>
        <translation>Follower-Index wird erstellt…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>Anfrage anzeigen…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DisasterRecoveryPage</name>
    <message>
        <source>What this cluster replicates from each remote cluster. Select a remote to fail over from it when its leader cluster is lost.</source>
        <translation>Was dieser Cluster von jedem Remote-Cluster repliziert. Wählen Sie einen Remote-Cluster aus, um ein Failover von ihm auszuführen, wenn sein Leader-Cluster verloren ist.</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>&amp;Failover…</translation>
    </message>
    <message>
        <source>Make this cluster and another saved connection replicate each other&apos;s new indices, without loops</source>
        <translation>Diesen Cluster und eine andere gespeicherte Verbindung die neuen Indizes des jeweils anderen replizieren lassen, ohne Schleifen</translation>
    </message>
    <message>
        <source>Set up &amp;bi-directional replication…</source>
        <translation>&amp;Bidirektionale Replikation einrichten…</translation>
    </message>
    <message>
        <source>Replication by remote cluster</source>
        <translation>Replikation nach Remote-Cluster</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>After a failover, once this cluster is back: make it follow the promoted cluster, then optionally switch back</source>
        <translation>Nach einem Failover, sobald dieser Cluster zurück ist: ihn dem hochgestuften Cluster folgen lassen, dann optional zurückschalten</translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation>Fail&amp;back…</translation>
    </message>
</context>
<context>
    <name>EditFollowerDialog</name>
    <message>
        <source>Edit follower index</source>
        <translation>Follower-Index bearbeiten</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Leader-Index</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>Elasticsearch only takes new settings when replication resumes: saving pauses replication of this follower and resumes it with the settings below. Nothing is lost; the follower catches up after the resume.</source>
        <translation>Elasticsearch übernimmt neue Einstellungen erst beim Fortsetzen der Replikation: Beim Speichern wird die Replikation dieses Followers pausiert und mit den folgenden Einstellungen fortgesetzt. Es geht nichts verloren; der Follower holt nach dem Fortsetzen auf.</translation>
    </message>
    <message>
        <source>Resume with previous settings</source>
        <translation>Mit vorherigen Einstellungen fortsetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FailbackDialog</name>
    <message>
        <source>Fail back</source>
        <translation>Failback</translation>
    </message>
    <message>
        <source>&amp;Promoted cluster:</source>
        <translation>&amp;Hochgestufter Cluster:</translation>
    </message>
    <message>
        <source>The saved connection to the cluster that was promoted when this one was lost</source>
        <translation>Die gespeicherte Verbindung zum Cluster, der hochgestuft wurde, als dieser ausfiel</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>&amp;Remote-Cluster hier:</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points to the promoted cluster (added when missing)</source>
        <translation>Der Remote-Cluster-Alias auf diesem Cluster, der auf den hochgestuften Cluster zeigt (wird angelegt, wenn er fehlt)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Schritt und Index</translation>
    </message>
    <message>
        <source>Docs here</source>
        <translation>Dok. hier</translation>
    </message>
    <message>
        <source>Documents in the index on this cluster</source>
        <translation>Dokumente im Index auf diesem Cluster</translation>
    </message>
    <message>
        <source>Docs promoted</source>
        <translation>Dok. hochgestuft</translation>
    </message>
    <message>
        <source>Documents in the index on the promoted cluster</source>
        <translation>Dokumente im Index auf dem hochgestuften Cluster</translation>
    </message>
    <message>
        <source>Seq. no. here</source>
        <translation>Seq.-Nr. hier</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on this cluster</source>
        <translation>Höchste Sequenznummer des Index auf diesem Cluster</translation>
    </message>
    <message>
        <source>Seq. no. promoted</source>
        <translation>Seq.-Nr. hochgestuft</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on the promoted cluster</source>
        <translation>Höchste Sequenznummer des Index auf dem hochgestuften Cluster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Fail over</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Schritt und Index</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Leader-Index</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>&amp;Failover…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>FollowManyDialog</name>
    <message>
        <source>Follow existing leader indices</source>
        <translation>Vorhandenen Leader-Indizes folgen</translation>
    </message>
    <message>
        <source>Follows leader indices that already exist on a remote cluster. Auto-follow patterns only pick up indices created after the pattern; this follows the ones that are there now.</source>
        <translation>Folgt Leader-Indizes, die auf einem Remote-Cluster bereits existieren. Auto-Follow-Muster erfassen nur Indizes, die nach dem Muster erstellt werden; hiermit folgen Sie den jetzt vorhandenen.</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>Leader-Index-Muster</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logs-*, metrics-*</source>
        <translation>Durch Kommas getrennt, z. B. logs-*, metrics-*</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Ausschlussmuster</translation>
    </message>
    <message>
        <source>Optional, comma-separated, e.g. logs-old-*</source>
        <translation>Optional, durch Kommas getrennt, z. B. logs-old-*</translation>
    </message>
    <message>
        <source>Follower index name</source>
        <translation>Name des Follower-Index</translation>
    </message>
    <message>
        <source>{{leader_index}} is replaced with each leader index&apos;s name, e.g. {{leader_index}}-copy</source>
        <translation>{{leader_index}} wird durch den Namen des jeweiligen Leader-Index ersetzt, z. B. {{leader_index}}-copy</translation>
    </message>
    <message>
        <source>Find leader indices</source>
        <translation>Leader-Indizes suchen</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Leader-Index</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This table is the dry run: nothing is followed until you press Follow.</source>
        <translation>Diese Tabelle ist der Probelauf: Es wird keinem Index gefolgt, bis Sie auf „Folgen“ klicken.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Also create an auto-follow pattern named</source>
        <translation>Außerdem ein Auto-Follow-Muster erstellen namens</translation>
    </message>
    <message>
        <source>so new indices follow too</source>
        <translation>damit auch neuen Indizes gefolgt wird</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FollowParametersEditor</name>
    <message>
        <source>Leave a field empty to use Elasticsearch&apos;s default, shown in grey.</source>
        <translation>Lassen Sie ein Feld leer, um den grau angezeigten Standardwert von Elasticsearch zu verwenden.</translation>
    </message>
    <message>
        <source>Read batch (operations)</source>
        <translation>Lese-Batch (Operationen)</translation>
    </message>
    <message>
        <source>max_read_request_operation_count: The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>max_read_request_operation_count: Die höchste Zahl an Operationen, die in einer Leseanfrage vom Leader geholt werden. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>Die höchste Zahl an Operationen, die in einer Leseanfrage vom Leader geholt werden. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Clear the value so Elasticsearch applies its default</source>
        <translation>Wert löschen, damit Elasticsearch seinen Standardwert anwendet</translation>
    </message>
    <message>
        <source>Read batch (size)</source>
        <translation>Lese-Batch (Größe)</translation>
    </message>
    <message>
        <source>max_read_request_size: The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>max_read_request_size: Die höchste Zahl an Bytes, die in einer Leseanfrage vom Leader geholt werden, z. B. 32mb. Einheiten: b, kb, mb, gb, tb, pb.</translation>
    </message>
    <message>
        <source>The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>Die höchste Zahl an Bytes, die in einer Leseanfrage vom Leader geholt werden, z. B. 32mb. Einheiten: b, kb, mb, gb, tb, pb.</translation>
    </message>
    <message>
        <source>Parallel reads</source>
        <translation>Parallele Lesevorgänge</translation>
    </message>
    <message>
        <source>max_outstanding_read_requests: The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>max_outstanding_read_requests: Die höchste Zahl an Leseanfragen, die gleichzeitig auf eine Antwort vom Leader warten. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>Die höchste Zahl an Leseanfragen, die gleichzeitig auf eine Antwort vom Leader warten. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>Write batch (operations)</source>
        <translation>Schreib-Batch (Operationen)</translation>
    </message>
    <message>
        <source>max_write_request_operation_count: The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>max_write_request_operation_count: Die höchste Zahl an Operationen, die in einer Bulk-Anfrage in den Follower geschrieben werden. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>Die höchste Zahl an Operationen, die in einer Bulk-Anfrage in den Follower geschrieben werden. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>Write batch (size)</source>
        <translation>Schreib-Batch (Größe)</translation>
    </message>
    <message>
        <source>max_write_request_size: The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>max_write_request_size: Die höchste Zahl an Bytes, die in einer Bulk-Anfrage in den Follower geschrieben werden, z. B. 16mb.</translation>
    </message>
    <message>
        <source>The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>Die höchste Zahl an Bytes, die in einer Bulk-Anfrage in den Follower geschrieben werden, z. B. 16mb.</translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation>Parallele Schreibvorgänge</translation>
    </message>
    <message>
        <source>max_outstanding_write_requests: The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>max_outstanding_write_requests: Die höchste Zahl an Bulk-Schreibanfragen, die gleichzeitig auf dem Follower laufen. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>Die höchste Zahl an Bulk-Schreibanfragen, die gleichzeitig auf dem Follower laufen. Eine ganze Zahl, mindestens 1.</translation>
    </message>
    <message>
        <source>Write buffer (operations)</source>
        <translation>Schreibpuffer (Operationen)</translation>
    </message>
    <message>
        <source>max_write_buffer_count: The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>max_write_buffer_count: Die höchste Zahl an Operationen, die auf das Schreiben warten; enthält der Puffer mehr, warten die Lesevorgänge vom Leader.</translation>
    </message>
    <message>
        <source>The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>Die höchste Zahl an Operationen, die auf das Schreiben warten; enthält der Puffer mehr, warten die Lesevorgänge vom Leader.</translation>
    </message>
    <message>
        <source>Write buffer (size)</source>
        <translation>Schreibpuffer (Größe)</translation>
    </message>
    <message>
        <source>max_write_buffer_size: The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>max_write_buffer_size: Die höchste Zahl an Bytes, die auf das Schreiben warten; enthält der Puffer mehr, warten die Lesevorgänge vom Leader, z. B. 512mb.</translation>
    </message>
    <message>
        <source>The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>Die höchste Zahl an Bytes, die auf das Schreiben warten; enthält der Puffer mehr, warten die Lesevorgänge vom Leader, z. B. 512mb.</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Längste Wartezeit für Wiederholung</translation>
    </message>
    <message>
        <source>max_retry_delay: The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>max_retry_delay: Die längste Wartezeit, bevor eine fehlgeschlagene Operation wiederholt wird, z. B. 500ms oder 10s. Höchstens 5m.</translation>
    </message>
    <message>
        <source>The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>Die längste Wartezeit, bevor eine fehlgeschlagene Operation wiederholt wird, z. B. 500ms oder 10s. Höchstens 5m.</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>Zeitlimit für Leseabfragen</translation>
    </message>
    <message>
        <source>read_poll_timeout: How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>read_poll_timeout: Wie lange ein Lesevorgang auf neue Operationen auf dem Leader wartet, wenn der Follower aufgeholt hat, z. B. 1m.</translation>
    </message>
    <message>
        <source>How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>Wie lange ein Lesevorgang auf neue Operationen auf dem Leader wartet, wenn der Follower aufgeholt hat, z. B. 1m.</translation>
    </message>
</context>
<context>
    <name>FollowerListStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose a connection in the toolbar to see its follower indices.</source>
        <translation>Wählen Sie in der Symbolleiste eine Verbindung, um ihre Follower-Indizes zu sehen.</translation>
    </message>
    <message>
        <source>Cross-cluster replication is not licensed</source>
        <translation>Cross-Cluster-Replikation ist nicht lizenziert</translation>
    </message>
    <message>
        <source>This cluster runs with a “%1” license. Cross-cluster replication needs an active platinum, enterprise or trial license: start a trial or install a license, then check again.</source>
        <translation>Dieser Cluster läuft mit einer „%1“-Lizenz. Cross-Cluster-Replikation erfordert eine aktive Platinum-, Enterprise- oder Testlizenz: Starten Sie eine Testphase oder installieren Sie eine Lizenz und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>The follower indices could not be loaded</source>
        <translation>Die Follower-Indizes konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</source>
        <translation>
            <numerusform>Dem Benutzer fehlt die Cluster-Berechtigung %1. Zum Lesen von Follower-Indizes ist „monitor“ (oder „manage_ccr“) nötig; zum Erstellen, Pausieren und Fortsetzen „manage_ccr“. Bitten Sie einen Administrator, sie Ihrer Rolle hinzuzufügen.</numerusform>
            <numerusform>Dem Benutzer fehlen die Cluster-Berechtigungen %1. Zum Lesen von Follower-Indizes ist „monitor“ (oder „manage_ccr“) nötig; zum Erstellen, Pausieren und Fortsetzen „manage_ccr“. Bitten Sie einen Administrator, sie Ihrer Rolle hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not have permission to view follower indices</source>
        <translation>Sie haben keine Berechtigung, Follower-Indizes anzuzeigen</translation>
    </message>
    <message>
        <source>Loading follower indices…</source>
        <translation>Follower-Indizes werden geladen…</translation>
    </message>
    <message>
        <source>No remote clusters yet</source>
        <translation>Noch keine Remote-Cluster</translation>
    </message>
    <message>
        <source>A follower index copies a leader index from a remote cluster, and this cluster knows no remote cluster yet. Add the leader cluster as a remote cluster first (the cluster setting cluster.remote.&lt;alias&gt;.seeds), then create a follower index.</source>
        <translation>Ein Follower-Index kopiert einen Leader-Index von einem Remote-Cluster, und dieser Cluster kennt noch keinen Remote-Cluster. Fügen Sie zuerst den Leader-Cluster als Remote-Cluster hinzu (die Cluster-Einstellung cluster.remote.&lt;alias&gt;.seeds) und erstellen Sie dann einen Follower-Index.</translation>
    </message>
    <message>
        <source>Set up a remote cluster…</source>
        <translation>Remote-Cluster einrichten…</translation>
    </message>
    <message>
        <source>Create your first follower index</source>
        <translation>Erstellen Sie Ihren ersten Follower-Index</translation>
    </message>
    <message>
        <source>A follower index replicates a leader index of a remote cluster. Create one to start replicating.</source>
        <translation>Ein Follower-Index repliziert einen Leader-Index eines Remote-Clusters. Erstellen Sie einen, um mit der Replikation zu beginnen.</translation>
    </message>
    <message>
        <source>Create a follower index…</source>
        <translation>Follower-Index erstellen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of Duper&apos;s window; applies at once</source>
        <translation>Die Sprache des Duper-Fensters; gilt sofort</translation>
    </message>
    <message>
        <source>Default &amp;auto-refresh:</source>
        <translation>Standard für &amp;automatisches Aktualisieren:</translation>
    </message>
    <message>
        <source>How often lists refresh by themselves, until you pick another interval on a list</source>
        <translation>Wie oft sich Listen selbst aktualisieren, bis Sie in einer Liste ein anderes Intervall wählen</translation>
    </message>
    <message>
        <source>Ask before &amp;pausing or resuming</source>
        <translation>Vor dem &amp;Pausieren oder Fortsetzen nachfragen</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <source>Proxies that need a password are not supported: a password would belong in the system keychain, not in the settings file.</source>
        <translation>Proxys, die ein Passwort benötigen, werden nicht unterstützt: Ein Passwort gehört in den Schlüsselbund des Systems, nicht in die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>Replikationsverlauf</translation>
    </message>
    <message>
        <source>Duper keeps each follower&apos;s lag, rate and status from every refresh in a file in its data folder.</source>
        <translation>Duper speichert Rückstand, Rate und Status jedes Followers aus jeder Aktualisierung in einer Datei in seinem Datenordner.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>How long the figures of every refresh are kept</source>
        <translation>Wie lange die Werte jeder Aktualisierung aufbewahrt werden</translation>
    </message>
    <message>
        <source>Per-minute &amp;figures for:</source>
        <translation>Minuten&amp;werte für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long each minute&apos;s minimum, average and maximum are kept; older history is dropped</source>
        <translation>Wie lange Minimum, Durchschnitt und Maximum jeder Minute aufbewahrt werden; älterer Verlauf wird verworfen</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The most the history file may take on disk; the oldest figures go first</source>
        <translation>Wie viel Platz die Verlaufsdatei höchstens belegen darf; die ältesten Werte werden zuerst entfernt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allgemei&amp;n</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Replication &amp;history</source>
        <translation>Replikations&amp;verlauf</translation>
    </message>
    <message>
        <source>E&amp;very refresh for:</source>
        <translation>&amp;Jede Aktualisierung für:</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <source>Alert rules are kept per connection: connect to a cluster to edit its rules.</source>
        <translation>Alarmregeln gelten je Verbindung: verbinden Sie sich mit einem Cluster, um seine Regeln zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>PrivilegePreflightPanel</name>
    <message>
        <source>Send anyway, without these privileges</source>
        <translation>Trotzdem senden, ohne diese Berechtigungen</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>Index wieder öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RemoteClusterDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>Remote-Cluster hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>Connection mode</source>
        <translation>Verbindungsmodus</translation>
    </message>
    <message>
        <source>&amp;Sniff: connect to seed nodes, then to the gateway nodes they report</source>
        <translation>&amp;Sniff: mit Seed-Knoten verbinden, dann mit den Gateway-Knoten, die sie melden</translation>
    </message>
    <message>
        <source>&amp;Proxy: connect through one address (a load balancer or proxy)</source>
        <translation>&amp;Proxy: über eine Adresse verbinden (Load Balancer oder Proxy)</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>S&amp;eeds</translation>
    </message>
    <message>
        <source>One transport address per line, e.g. 10.0.0.5:9300</source>
        <translation>Eine Transportadresse pro Zeile, z. B. 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>No&amp;de connections</source>
        <translation>Kno&amp;tenverbindungen</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>Proxy-&amp;Adresse</translation>
    </message>
    <message>
        <source>proxy.example.com:9400</source>
        <translation>proxy.example.com:9400</translation>
    </message>
    <message>
        <source>Se&amp;rver name</source>
        <translation>Se&amp;rvername</translation>
    </message>
    <message>
        <source>optional: the TLS server name (SNI) the proxy expects</source>
        <translation>optional: der TLS-Servername (SNI), den der Proxy erwartet</translation>
    </message>
    <message>
        <source>Soc&amp;ket connections</source>
        <translation>Soc&amp;ket-Verbindungen</translation>
    </message>
    <message>
        <source>S&amp;kip this cluster in cross-cluster searches when it is unavailable</source>
        <translation>Diesen Cluster bei Cross-Cluster-Suchen ü&amp;berspringen, wenn er nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Keep the setting</source>
        <translation>Einstellung beibehalten</translation>
    </message>
    <message>
        <source>&amp;Persistent: survives a full cluster restart</source>
        <translation>&amp;Persistent: übersteht einen vollständigen Cluster-Neustart</translation>
    </message>
    <message>
        <source>&amp;Transient: lost on a full cluster restart</source>
        <translation>&amp;Transient: geht bei einem vollständigen Cluster-Neustart verloren</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
</context>
<context>
    <name>RemoteClusterTexts</name>
    <message>
        <source>“%1” is connected through %2 (%3 of %4 sockets open).</source>
        <translation>„%1“ ist über %2 verbunden (%3 von %4 Sockets offen).</translation>
    </message>
    <message>
        <source>“%1” is connected (%2 of %3 nodes).</source>
        <translation>„%1“ ist verbunden (%2 von %3 Knoten).</translation>
    </message>
    <message>
        <source>“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.</source>
        <translation>„%1“ ist gespeichert, aber Elasticsearch meldet noch keine Verbindung dazu. Aktualisieren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.</source>
        <translation>„%1“ ist gespeichert, aber nicht verbunden: Unter %2 hat kein Cluster geantwortet. Prüfen Sie, ob die Adresse der Transport-Port des Remote-Clusters ist (meist 9300, nicht der HTTP-Port 9200) und ob dieser Cluster sie erreichen kann.</translation>
    </message>
    <message>
        <source>Delete the remote cluster “%1”? This cluster forgets how to reach it.</source>
        <translation>Den Remote-Cluster „%1“ löschen? Dieser Cluster vergisst, wie er ihn erreicht.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>1 follower index replicates through it and will stop replicating: %1.</source>
        <translation>1 Follower-Index repliziert darüber und wird die Replikation beenden: %1.</translation>
    </message>
    <message>
        <source>%1 follower indices replicate through it and will stop replicating: %2.</source>
        <translation>%1 Follower-Indizes replizieren darüber und werden die Replikation beenden: %2.</translation>
    </message>
    <message>
        <source>Select a remote cluster to see its details.</source>
        <translation>Wählen Sie einen Remote-Cluster, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>sniff</source>
        <translation>sniff</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Sockets connected</source>
        <translation>Verbundene Sockets</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Nodes connected</source>
        <translation>Verbundene Knoten</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>Nicht verfügbare überspringen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Initial connect timeout</source>
        <translation>Zeitlimit für ersten Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected through its API key at %2. Likely causes: the keystore entry cluster.remote.%1.credentials is missing on a node, secure settings were not reloaded on every node after it was added, or the key was invalidated or expired on the remote cluster.</source>
        <translation>„%1“ ist gespeichert, aber nicht über seinen API-Schlüssel unter %2 verbunden. Wahrscheinliche Ursachen: Der Keystore-Eintrag cluster.remote.%1.credentials fehlt auf einem Knoten, die sicheren Einstellungen wurden nach dem Hinzufügen nicht auf jedem Knoten neu geladen, oder der Schlüssel wurde auf dem Remote-Cluster ungültig gemacht oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>“%1” points at a remote cluster server address (%2), but Elasticsearch reports no API key for it: add cluster.remote.%1.credentials to the keystore of every node, then reload secure settings.</source>
        <translation>„%1“ zeigt auf eine Remote-Cluster-Server-Adresse (%2), aber Elasticsearch meldet keinen API-Schlüssel dafür: Fügen Sie cluster.remote.%1.credentials dem Keystore jedes Knotens hinzu und laden Sie dann die sicheren Einstellungen neu.</translation>
    </message>
    <message>
        <source>Certificate: TLS on the transport port</source>
        <translation>Zertifikat: TLS auf dem Transport-Port</translation>
    </message>
    <message>
        <source>API key, stored in this cluster&apos;s keystore (cluster.remote.%1.credentials)</source>
        <translation>API-Schlüssel, im Keystore dieses Clusters gespeichert (cluster.remote.%1.credentials)</translation>
    </message>
    <message>
        <source>API key, but no credential is in force: cluster.remote.%1.credentials is missing from the keystore or secure settings were not reloaded</source>
        <translation>API-Schlüssel, aber keine Zugangsdaten in Kraft: cluster.remote.%1.credentials fehlt im Keystore oder die sicheren Einstellungen wurden nicht neu geladen</translation>
    </message>
</context>
<context>
    <name>RemoteSecurityChoiceDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>Remote-Cluster hinzufügen</translation>
    </message>
    <message>
        <source>How does this cluster authenticate to the remote (leader) cluster?</source>
        <translation>Wie authentifiziert sich dieser Cluster beim Remote-Cluster (Leader)?</translation>
    </message>
    <message>
        <source>Cross-cluster &amp;API key (recommended)</source>
        <translation>Cross-Cluster-&amp;API-Schlüssel (empfohlen)</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s remote cluster server (port 9443) with a key that allows only the indices you choose. Elasticsearch 8.14 or later. Duper creates the key and guides you through the rest.</source>
        <translation>Verbindet sich mit dem Remote-Cluster-Server des Leaders (Port 9443) über einen Schlüssel, der nur die von Ihnen gewählten Indizes erlaubt. Elasticsearch 8.14 oder neuer. Duper erstellt den Schlüssel und führt Sie durch den Rest.</translation>
    </message>
    <message>
        <source>TLS &amp;certificate</source>
        <translation>TLS-&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s transport port (9300) trusting both clusters&apos; certificates. Deprecated in Elasticsearch 9: choose it only for older clusters or an existing set-up.</source>
        <translation>Verbindet sich mit dem Transport-Port des Leaders (9300) und vertraut den Zertifikaten beider Cluster. In Elasticsearch 9 veraltet: Wählen Sie dies nur für ältere Cluster oder eine bestehende Einrichtung.</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>As Kibana&apos;s Dev Tools console reads it</source>
        <translation>So, wie die Dev-Tools-Konsole von Kibana sie liest</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>As a shell command; add your credentials</source>
        <translation>Als Shell-Befehl; ergänzen Sie Ihre Zugangsdaten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>SwitchBackPage</name>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>Remote-Cluster &amp;zurück:</translation>
    </message>
    <message>
        <source>The remote cluster alias on the promoted cluster that points back to this one (as before the failover)</source>
        <translation>Der Remote-Cluster-Alias auf dem hochgestuften Cluster, der zurück auf diesen zeigt (wie vor dem Failover)</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Schritt und Index</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>duper</name>
    <message>
        <source>create the follower index</source>
        <translation>den Follower-Index zu erstellen</translation>
    </message>
    <message>
        <source>create the follower indices</source>
        <translation>die Follower-Indizes zu erstellen</translation>
    </message>
    <message>
        <source>create the auto-follow pattern and the followers it makes</source>
        <translation>das Auto-Follow-Muster und die von ihm angelegten Follower zu erstellen</translation>
    </message>
    <message>
        <source>fail over (pause, close, unfollow and open the followers)</source>
        <translation>ein Failover auszuführen (die Follower pausieren, schließen, Folgen beenden und öffnen)</translation>
    </message>
    <message>
        <source>following, pausing, resuming and unfollowing indices, and managing auto-follow patterns</source>
        <translation>Indizes folgen, sie pausieren, fortsetzen und ihr Folgen beenden sowie Auto-Follow-Muster verwalten</translation>
    </message>
    <message>
        <source>reading follower statistics, CCR statistics and remote cluster information</source>
        <translation>Follower-Statistiken, CCR-Statistiken und Remote-Cluster-Informationen lesen</translation>
    </message>
    <message>
        <source>changing cluster settings, such as adding or removing remote clusters</source>
        <translation>Cluster-Einstellungen ändern, etwa Remote-Cluster hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>duper::AlertRules</name>
    <message>
        <source>%1 lag %2 ops &gt; %3</source>
        <translation>%1 Rückstand %2 Ops &gt; %3</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3) and has been above %4 for %5.</source>
        <translation>%1 liegt %2 Operationen hinter seinem Leader zurück (Grenze %3) und ist seit %5 über %4.</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3).</source>
        <translation>%1 liegt %2 Operationen hinter seinem Leader zurück (Grenze %3).</translation>
    </message>
    <message>
        <source>%1 last read %2 ago &gt; %3</source>
        <translation>%1 letzter Lesevorgang vor %2 &gt; %3</translation>
    </message>
    <message>
        <source>%1 last read from its leader %2 ago (limit %3): check the remote cluster connection.</source>
        <translation>%1 hat zuletzt vor %2 von seinem Leader gelesen (Grenze %3): Verbindung zum Remote-Cluster prüfen.</translation>
    </message>
    <message>
        <source>%1 read exceptions: %2</source>
        <translation>%1 Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1 fatal error</source>
        <translation>%1 schwerer Fehler</translation>
    </message>
    <message>
        <source>%1 stopped replicating on a fatal error: %2</source>
        <translation>%1 repliziert nach einem schweren Fehler nicht mehr: %2</translation>
    </message>
    <message>
        <source>read from the leader index</source>
        <translation>vom Leader-Index gelesen</translation>
    </message>
    <message>
        <source>The period has passed: resuming will probably fail and the follower must be recreated.</source>
        <translation>Der Zeitraum ist verstrichen: Fortsetzen wird wahrscheinlich fehlschlagen, und der Follower muss neu erstellt werden.</translation>
    </message>
    <message>
        <source>Resume it within %1, or it must be recreated.</source>
        <translation>Innerhalb von %1 fortsetzen, sonst muss er neu erstellt werden.</translation>
    </message>
    <message>
        <source>At most %1 remain before resuming fails and the follower must be recreated.</source>
        <translation>Höchstens %1 bleiben, bevor Fortsetzen fehlschlägt und der Follower neu erstellt werden muss.</translation>
    </message>
    <message>
        <source>%1 paused %2 (%3% of %4)</source>
        <translation>%1 pausiert %2 (%3 % von %4)</translation>
    </message>
    <message>
        <source>%1 has been paused for %2, %3% of its leader&apos;s retention lease period of %4 (%5). %6</source>
        <translation>%1 ist seit %2 pausiert, %3 % des Retention-Lease-Zeitraums seines Leaders von %4 (%5). %6</translation>
    </message>
    <message>
        <source>%1 paused at least %2 of %3 (start unknown)</source>
        <translation>%1 pausiert mindestens %2 von %3 (Beginn unbekannt)</translation>
    </message>
    <message>
        <source>%1 paused (since when is unknown)</source>
        <translation>%1 pausiert (seit wann, ist unbekannt)</translation>
    </message>
    <message>
        <source>%1 is paused, for at least %2: it was already paused when first seen, and Elasticsearch does not record since when. Its leader keeps the operations it needs for %3 (%4). %5</source>
        <translation>%1 ist pausiert, seit mindestens %2: er war beim ersten Blick schon pausiert, und Elasticsearch zeichnet nicht auf, seit wann. Sein Leader behält die benötigten Operationen %3 lang (%4). %5</translation>
    </message>
    <message>
        <source>%1 is paused; since when is not known (Elasticsearch does not record it). Its leader keeps the operations it needs for %2 (%3). %4</source>
        <translation>%1 ist pausiert; seit wann, ist nicht bekannt (Elasticsearch zeichnet es nicht auf). Sein Leader behält die benötigten Operationen %2 lang (%3). %4</translation>
    </message>
    <message>
        <source>assumed %1 default: no leader connection given</source>
        <translation>%1-Standardwert angenommen: keine Leader-Verbindung angegeben</translation>
    </message>
    <message>
        <source>assumed %1 default: %2</source>
        <translation>%1-Standardwert angenommen: %2</translation>
    </message>
    <message>
        <source>%1 fails to read from its leader (%2, %3; Elasticsearch retries): %4</source>
        <translation>%1 kann nicht von seinem Leader lesen (%2, %3; Elasticsearch versucht es erneut): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n read exceptions</source>
        <translation>
            <numerusform>%n Lesefehler</numerusform>
            <numerusform>%n Lesefehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed reads</source>
        <translation>
            <numerusform>%1 fehlgeschlagener Lesevorgang</numerusform>
            <numerusform>%1 fehlgeschlagene Lesevorgänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::AlertStateFile</name>
    <message>
        <source>could not read the state file %1: %2</source>
        <translation>die Zustandsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the state file %1 is not one duper wrote; starting afresh</source>
        <translation>die Zustandsdatei %1 stammt nicht von duper; es wird neu begonnen</translation>
    </message>
    <message>
        <source>could not write the state file %1: %2</source>
        <translation>die Zustandsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigration</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>es gibt keine Verbindung zum Follower-Cluster</translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>Remote-Cluster %1 verbindet sich bereits mit Zugangsdaten</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>der bereits für den Remote-Cluster %1 aufbewahrte Schlüssel wird verwendet</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>es gibt keine Verbindung zum Leader-Cluster, auf dem der Schlüssel erstellt werden soll</translation>
    </message>
    <message>
        <source>give the leader index patterns the new key may replicate</source>
        <translation>geben Sie die Leader-Index-Muster an, die der neue Schlüssel replizieren darf</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>der Leader-Cluster hat den Cross-Cluster-API-Schlüssel nicht erstellt</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>Schlüssel %1 erstellt (ID %2)</translation>
    </message>
    <message>
        <source>paused by the earlier run</source>
        <translation>vom vorherigen Lauf pausiert</translation>
    </message>
    <message>
        <source>no active follower or pattern uses %1</source>
        <translation>kein aktiver Follower und kein aktives Muster verwendet %1</translation>
    </message>
    <message>
        <source>could not pause: %1</source>
        <translation>Pausieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the switch was stopped</source>
        <translation>der Wechsel wurde abgebrochen</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2 with the key</source>
        <translation>Remote-Cluster %1 verwendet jetzt %2 mit dem Schlüssel</translation>
    </message>
    <message>
        <source>nothing was paused</source>
        <translation>es wurde nichts pausiert</translation>
    </message>
    <message>
        <source>could not resume: %1</source>
        <translation>Fortsetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>could not read the follower cluster back</source>
        <translation>der Follower-Cluster konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>remote cluster %1 is not connected with a credential</source>
        <translation>Remote-Cluster %1 ist nicht mit Zugangsdaten verbunden</translation>
    </message>
    <message>
        <source>not active again: %1</source>
        <translation>nicht wieder aktiv: %1</translation>
    </message>
    <message numerus="yes">
        <source>remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active</source>
        <translation>
            <numerusform>Remote-Cluster %1 ist mit einem Cross-Cluster-API-Schlüssel verbunden; %n Follower aktiv</numerusform>
            <numerusform>Remote-Cluster %1 ist mit einem Cross-Cluster-API-Schlüssel verbunden; %n Follower aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>could not put back the settings of remote cluster %1 (%2); run the migration again, or set them by hand</source>
        <translation>die Einstellungen des Remote-Clusters %1 (%2) konnten nicht wiederhergestellt werden; führen Sie die Migration erneut aus oder setzen Sie sie von Hand</translation>
    </message>
    <message>
        <source>the settings are back, but could not resume: %1</source>
        <translation>die Einstellungen sind wiederhergestellt, aber das Fortsetzen schlug fehl: %1</translation>
    </message>
    <message>
        <source>If cluster.remote.%1.credentials went into the nodes&apos; keystores, remove it there (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) and reload the secure settings: an alias with a credential connects with the API-key model only</source>
        <translation>Falls cluster.remote.%1.credentials bereits in die Keystores der Knoten eingetragen wurde, entfernen Sie es dort (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) und laden Sie die sicheren Einstellungen neu: Ein Alias mit Zugangsdaten verbindet sich nur nach dem API-Schlüssel-Modell</translation>
    </message>
    <message>
        <source>Cannot write the migration state %1: %2</source>
        <translation>Der Migrationsstatus %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>Den Cross-Cluster-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Pause the followers and auto-follow patterns</source>
        <translation>Die Follower und Auto-Follow-Muster pausieren</translation>
    </message>
    <message>
        <source>Switch the remote cluster to the API key</source>
        <translation>Den Remote-Cluster auf den API-Schlüssel umstellen</translation>
    </message>
    <message>
        <source>Resume what was paused</source>
        <translation>Das Pausierte fortsetzen</translation>
    </message>
    <message>
        <source>Verify the connection and the followers</source>
        <translation>Die Verbindung und die Follower prüfen</translation>
    </message>
    <message>
        <source>Roll back to the previous settings</source>
        <translation>Die vorherigen Einstellungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n Follower</numerusform>
            <numerusform>%n Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s)</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster</numerusform>
            <numerusform>%n Auto-Follow-Muster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 paused</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1 und %2 pausiert</translation>
    </message>
    <message>
        <source>%1 and %2 resumed</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1 und %2 fortgesetzt</translation>
    </message>
    <message>
        <source>remote cluster %1 is back on %2; %3 and %4 resumed</source>
        <extracomment>%3 is &quot;3 followers&quot;, %4 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>Remote-Cluster %1 verwendet wieder %2; %3 und %4 fortgesetzt</translation>
    </message>
    <message>
        <source>remote cluster %1 stays on %2; %3 and %4 resumed</source>
        <translation>Remote-Cluster %1 bleibt bei %2; %3 und %4 fortgesetzt</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlan</name>
    <message>
        <source>remote cluster %1 is set in the transient cluster settings: make it persistent first, the migration writes the persistent ones</source>
        <translation>Remote-Cluster %1 ist in den transienten Cluster-Einstellungen gesetzt: Machen Sie ihn zuerst persistent, die Migration schreibt die persistenten</translation>
    </message>
    <message>
        <source>the follower cluster&apos;s settings have no remote cluster %1 (a remote set in elasticsearch.yml cannot be changed over the REST API)</source>
        <translation>die Einstellungen des Follower-Clusters enthalten keinen Remote-Cluster %1 (ein in elasticsearch.yml gesetzter Remote lässt sich nicht über die REST-API ändern)</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>Proxy-Modus auf %1</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>Sniff-Modus auf %1</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlanner</name>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>die Einstellungen des Follower-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>die Remote-Cluster des Follower-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the follower indices</source>
        <translation>die Follower-Indizes konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the auto-follow patterns</source>
        <translation>die Auto-Follow-Muster konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetup</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>es gibt keine Verbindung zum Follower-Cluster</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>der bereits für den Remote-Cluster %1 aufbewahrte Schlüssel wird verwendet</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>es gibt keine Verbindung zum Leader-Cluster, auf dem der Schlüssel erstellt werden soll</translation>
    </message>
    <message>
        <source>The leader&apos;s user needs the manage_security cluster privilege.</source>
        <translation>Der Benutzer des Leaders braucht das Cluster-Privileg manage_security.</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>der Leader-Cluster hat den Cross-Cluster-API-Schlüssel nicht erstellt</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>Schlüssel %1 erstellt (ID %2)</translation>
    </message>
    <message>
        <source>give the leader&apos;s remote cluster server address, or a connection to the leader to read it</source>
        <translation>geben Sie die Remote-Cluster-Server-Adresse des Leaders an oder eine Verbindung zum Leader, um sie zu lesen</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s nodes</source>
        <translation>die Knoten des Follower-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the leader cluster&apos;s nodes</source>
        <translation>die Knoten des Leader-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s identity</source>
        <translation>die Identität des Follower-Clusters konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>die Einstellungen des Follower-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>die Remote-Cluster des Follower-Clusters konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the leader cluster runs no remote cluster server: enable it on its nodes (remote_cluster_server.enabled: true in elasticsearch.yml), or give its address</source>
        <translation>auf dem Leader-Cluster läuft kein Remote-Cluster-Server: Aktivieren Sie ihn auf seinen Knoten (remote_cluster_server.enabled: true in elasticsearch.yml) oder geben Sie seine Adresse an</translation>
    </message>
    <message numerus="yes">
        <source>%n follower node(s); the remote will use %1</source>
        <translation>
            <numerusform>%n Follower-Knoten; der Remote verwendet %1</numerusform>
            <numerusform>%n Follower-Knoten; der Remote verwendet %1</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>Remote-Cluster %1 verbindet sich bereits mit Zugangsdaten</translation>
    </message>
    <message>
        <source>run by the user on every node</source>
        <translation>vom Benutzer auf jedem Knoten ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>run &quot;%1&quot; on each of the %n node(s) and paste the key at its prompt</source>
        <translation>
            <numerusform>führen Sie „%1“ auf dem %n Knoten aus und fügen Sie den Schlüssel an seiner Eingabeaufforderung ein</numerusform>
            <numerusform>führen Sie „%1“ auf jedem der %n Knoten aus und fügen Sie den Schlüssel an seiner Eingabeaufforderung ein</numerusform>
        </translation>
    </message>
    <message>
        <source>the sandbox did not store the credential</source>
        <translation>die Sandbox hat die Zugangsdaten nicht gespeichert</translation>
    </message>
    <message>
        <source>stored by the emulator</source>
        <translation>vom Emulator gespeichert</translation>
    </message>
    <message>
        <source>the follower cluster did not reload its secure settings</source>
        <translation>der Follower-Cluster hat seine sicheren Einstellungen nicht neu geladen</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on that node, then run this again.</source>
        <translation>
            <numerusform>%1 von %2 Knoten konnte nicht neu laden: %3. Prüfen Sie, ob der Keystore-Befehl auf diesem Knoten lief, und führen Sie dies dann erneut aus.</numerusform>
            <numerusform>%1 von %2 Knoten konnten nicht neu laden: %3. Prüfen Sie, ob der Keystore-Befehl auf diesem Knoten lief, und führen Sie dies dann erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) reloaded</source>
        <translation>
            <numerusform>%n Knoten neu geladen</numerusform>
            <numerusform>%n Knoten neu geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already uses %2</source>
        <translation>Remote-Cluster %1 verwendet bereits %2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected to %2 now, and its follower indices would switch to %3; confirm replacing it</source>
        <translation>Remote-Cluster %1 ist jetzt mit %2 verbunden, und seine Follower-Indizes würden zu %3 wechseln; bestätigen Sie das Ersetzen</translation>
    </message>
    <message>
        <source>the follower cluster did not save remote cluster %1</source>
        <translation>der Follower-Cluster hat den Remote-Cluster %1 nicht gespeichert</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2</source>
        <translation>Remote-Cluster %1 verwendet jetzt %2</translation>
    </message>
    <message>
        <source>could not read the follower&apos;s remote clusters</source>
        <translation>die Remote-Cluster des Followers konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the follower cluster does not list remote cluster %1</source>
        <translation>der Follower-Cluster führt den Remote-Cluster %1 nicht</translation>
    </message>
    <message>
        <source>remote cluster %1 has no credential in force: a node&apos;s keystore lacks cluster.remote.%1.credentials, or its secure settings were not reloaded</source>
        <translation>Remote-Cluster %1 hat keine Zugangsdaten in Kraft: Im Keystore eines Knotens fehlt cluster.remote.%1.credentials, oder seine sicheren Einstellungen wurden nicht neu geladen</translation>
    </message>
    <message>
        <source>remote cluster %1 does not connect to %2: check that this is the leader&apos;s remote cluster server address (not its transport or HTTP address), that the follower&apos;s nodes reach it, and that the key is still valid (not invalidated or expired)</source>
        <translation>Remote-Cluster %1 verbindet sich nicht mit %2: Prüfen Sie, ob dies die Remote-Cluster-Server-Adresse des Leaders ist (nicht seine Transport- oder HTTP-Adresse), ob die Knoten des Followers sie erreichen und ob der Schlüssel noch gültig ist (nicht ungültig gemacht oder abgelaufen)</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>Proxy-Modus auf %1</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>Sniff-Modus auf %1</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>Den Cross-Cluster-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Read the nodes of both clusters</source>
        <translation>Die Knoten beider Cluster lesen</translation>
    </message>
    <message>
        <source>Store the key in every node&apos;s keystore</source>
        <translation>Den Schlüssel im Keystore jedes Knotens speichern</translation>
    </message>
    <message>
        <source>Reload the secure settings</source>
        <translation>Die sicheren Einstellungen neu laden</translation>
    </message>
    <message>
        <source>Add the remote cluster</source>
        <translation>Den Remote-Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Verify the connection</source>
        <translation>Die Verbindung prüfen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>remote cluster %1 connects, but %2</source>
        <translation>Remote-Cluster %1 verbindet sich, aber %2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected with a cross-cluster API key; %2</source>
        <translation>Remote-Cluster %1 ist mit einem Cross-Cluster-API-Schlüssel verbunden; %2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetupSpec</name>
    <message>
        <source>give the remote cluster alias</source>
        <translation>geben Sie den Remote-Cluster-Alias an</translation>
    </message>
    <message>
        <source>give the leader index patterns the key may replicate</source>
        <translation>geben Sie die Leader-Indexmuster an, die der Schlüssel replizieren darf</translation>
    </message>
    <message>
        <source>give either a proxy address or seeds, not both</source>
        <translation>geben Sie entweder eine Proxy-Adresse oder Seeds an, nicht beides</translation>
    </message>
</context>
<context>
    <name>duper::AutoFollowPatternRules</name>
    <message>
        <source>Enter a name for the pattern.</source>
        <translation>Geben Sie einen Namen für das Muster ein.</translation>
    </message>
    <message>
        <source>The name must not contain a comma.</source>
        <translation>Der Name darf kein Komma enthalten.</translation>
    </message>
    <message>
        <source>The name must not start with “_”.</source>
        <translation>Der Name darf nicht mit „_“ beginnen.</translation>
    </message>
    <message>
        <source>The name is too long (%1 bytes; at most 255).</source>
        <translation>Der Name ist zu lang (%1 Bytes; höchstens 255).</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>The follower index pattern must contain %1, or every leader index would get the same follower.</source>
        <translation>Das Follower-Index-Muster muss %1 enthalten, sonst bekäme jeder Leader-Index denselben Follower.</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalPlan</name>
    <message>
        <source>it follows remote cluster %1</source>
        <translation>es folgt dem Remote-Cluster %1</translation>
    </message>
    <message>
        <source>it follows %1</source>
        <translation>es folgt %1</translation>
    </message>
    <message>
        <source>it excludes %1</source>
        <translation>es schließt %1 aus</translation>
    </message>
    <message>
        <source>it names followers %1</source>
        <translation>es benennt Follower %1</translation>
    </message>
    <message>
        <source>Add the remote cluster aliases</source>
        <translation>Die Remote-Cluster-Aliase hinzufügen</translation>
    </message>
    <message>
        <source>Create the auto-follow patterns</source>
        <translation>Die Auto-Follow-Muster erstellen</translation>
    </message>
    <message>
        <source>Read both patterns back</source>
        <translation>Beide Muster zurücklesen</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalReport</name>
    <message>
        <source>Bi-directional replication between %1 and %2</source>
        <translation>Bidirektionale Replikation zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>- %1 follows %2 through `%3` (%4) with the auto-follow pattern `%5` (%6): `%7` → `%8`</source>
        <translation>- %1 folgt %2 über `%3` (%4) mit dem Auto-Follow-Muster `%5` (%6): `%7` → `%8`</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalRun</name>
    <message>
        <source>Auto-follow pattern %1 already exists on %2 and differs: %3.</source>
        <translation>Auto-Follow-Muster %1 existiert bereits auf %2 und weicht ab: %3.</translation>
    </message>
    <message>
        <source>%1 told no transport address to connect to.</source>
        <translation>%1 hat keine Transportadresse für die Verbindung gemeldet.</translation>
    </message>
    <message>
        <source>Not created: the remote alias %1 could not be added.</source>
        <translation>Nicht erstellt: Der Remote-Alias %1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The pattern is missing.</source>
        <translation>Das Muster fehlt.</translation>
    </message>
    <message>
        <source>Could not read the pattern back: %1</source>
        <translation>Das Muster konnte nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>duper::BulkFollowerOperation</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Folgen beenden</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflight</name>
    <message>
        <source>The follower cluster&apos;s privileges: no connection to it.</source>
        <translation>Berechtigungen des Follower-Clusters: keine Verbindung zu ihm.</translation>
    </message>
    <message>
        <source>Privileges: security is off on the follower cluster, so none is missing there.</source>
        <translation>Berechtigungen: Auf dem Follower-Cluster ist die Sicherheit deaktiviert, daher fehlt dort keine.</translation>
    </message>
    <message>
        <source>The follower cluster&apos;s privileges: %1</source>
        <translation>Berechtigungen des Follower-Clusters: %1</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the remote clusters could not be read (%1).</source>
        <translation>Berechtigungen des Leader-Clusters: Die Remote-Cluster konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the follower has no remote cluster %1.</source>
        <translation>Berechtigungen des Leader-Clusters: Der Follower hat keinen Remote-Cluster %1.</translation>
    </message>
    <message>
        <source>The follower user&apos;s remote index privilege cross_cluster_replication for %1 on remote cluster %2 (Elasticsearch does not report remote index privileges).</source>
        <translation>Die Remote-Index-Berechtigung cross_cluster_replication des Follower-Benutzers für %1 auf dem Remote-Cluster %2 (Elasticsearch meldet keine Remote-Index-Berechtigungen).</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges (read_ccr; monitor and read on the leader indices): no connection to the leader cluster.</source>
        <translation>Berechtigungen des Leader-Clusters (read_ccr; monitor und read auf den Leader-Indizes): keine Verbindung zum Leader-Cluster.</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: %1</source>
        <translation>Berechtigungen des Leader-Clusters: %1</translation>
    </message>
    <message>
        <source>What the cross-cluster API key of remote cluster %1 allows to replicate</source>
        <translation>Was der Cross-Cluster-API-Schlüssel des Remote-Clusters %1 replizieren darf</translation>
    </message>
    <message>
        <source>%1: no connection to the leader cluster.</source>
        <translation>%1: keine Verbindung zum Leader-Cluster.</translation>
    </message>
    <message>
        <source>%1: no keychain.</source>
        <translation>%1: kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1: Duper does not keep the key in the keychain.</source>
        <translation>%1: Duper bewahrt den Schlüssel nicht im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the leader cluster does not know the key kept for remote cluster %1: it was deleted or belongs to another cluster</source>
        <translation>der Leader-Cluster kennt den für den Remote-Cluster %1 aufbewahrten Schlüssel nicht: Er wurde gelöscht oder gehört zu einem anderen Cluster</translation>
    </message>
    <message>
        <source>the key of remote cluster %1 is invalidated or expired: every request through it is refused</source>
        <translation>der Schlüssel des Remote-Clusters %1 ist ungültig gemacht oder abgelaufen: Jede Anfrage darüber wird abgelehnt</translation>
    </message>
    <message>
        <source>the cross-cluster API key %1 of remote cluster %2 only allows replicating %3: Elasticsearch refuses to follow this index with a security error</source>
        <translation>der Cross-Cluster-API-Schlüssel %1 des Remote-Clusters %2 erlaubt nur das Replizieren von %3: Elasticsearch lehnt das Folgen dieses Index mit einem Sicherheitsfehler ab</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>Follower-Cluster</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>Leader-Cluster</translation>
    </message>
    <message>
        <source>%1: cluster privilege %2 is missing — %3</source>
        <translation>%1: Cluster-Berechtigung %2 fehlt — %3</translation>
    </message>
    <message>
        <source>%1: privilege %2 on %3 is missing — %4</source>
        <translation>%1: Berechtigung %2 auf %3 fehlt — %4</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflightRules</name>
    <message>
        <source>the follower cluster reads the leader&apos;s cluster state through the remote connection with it</source>
        <translation>damit liest der Follower-Cluster über die Remote-Verbindung den Cluster-Status des Leaders</translation>
    </message>
    <message>
        <source>the follower cluster reads the leader index&apos;s settings and shard history with it</source>
        <translation>damit liest der Follower-Cluster die Einstellungen und den Shard-Verlauf des Leader-Index</translation>
    </message>
    <message>
        <source>the follower cluster copies the leader index&apos;s documents with it</source>
        <translation>damit kopiert der Follower-Cluster die Dokumente des Leader-Index</translation>
    </message>
    <message>
        <source>needed on the leader to %1</source>
        <translation>auf dem Leader nötig, um %1</translation>
    </message>
    <message>
        <source>needed to pause the followers and the auto-follow patterns</source>
        <translation>nötig, um die Follower und die Auto-Follow-Muster zu pausieren</translation>
    </message>
    <message>
        <source>needed to %1</source>
        <translation>nötig, um %1</translation>
    </message>
    <message>
        <source>needed to close and unfollow the follower index</source>
        <translation>nötig, um den Follower-Index zu schließen und das Folgen zu beenden</translation>
    </message>
    <message>
        <source>needed to turn the new index into a follower</source>
        <translation>nötig, um den neuen Index zu einem Follower zu machen</translation>
    </message>
    <message>
        <source>needed to open the index again after unfollowing it</source>
        <translation>nötig, um den Index nach dem Beenden des Folgens wieder zu öffnen</translation>
    </message>
    <message>
        <source>needed to create the follower index and restore the leader&apos;s data into it</source>
        <translation>nötig, um den Follower-Index zu erstellen und die Daten des Leaders darin wiederherzustellen</translation>
    </message>
    <message>
        <source>needed to check that the follower index&apos;s shards are ready</source>
        <translation>nötig, um zu prüfen, ob die Shards des Follower-Index bereit sind</translation>
    </message>
    <message>
        <source>needed to read the follower index once it is created</source>
        <translation>nötig, um den Follower-Index nach dem Erstellen zu lesen</translation>
    </message>
</context>
<context>
    <name>duper::CloudId</name>
    <message>
        <source>The Cloud ID is empty.</source>
        <translation>Die Cloud-ID ist leer.</translation>
    </message>
    <message>
        <source>A Cloud ID looks like “name:base64-text”; this one has no “:”.</source>
        <translation>Eine Cloud-ID sieht aus wie „name:base64-text“; diese enthält kein „:“.</translation>
    </message>
    <message>
        <source>The Cloud ID has nothing after the “:”.</source>
        <translation>Die Cloud-ID enthält nichts nach dem „:“.</translation>
    </message>
    <message>
        <source>The part of the Cloud ID after the “:” is not valid base64.</source>
        <translation>Der Teil der Cloud-ID nach dem „:“ ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”).</source>
        <translation>Die Cloud-ID enthält keinen Host und keine Elasticsearch-ID („host$es-id$kibana-id“).</translation>
    </message>
    <message>
        <source>The host in the Cloud ID has an invalid port.</source>
        <translation>Der Host in der Cloud-ID hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The Elasticsearch id in the Cloud ID has an invalid port.</source>
        <translation>Die Elasticsearch-ID in der Cloud-ID hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The Kibana id in the Cloud ID has an invalid port.</source>
        <translation>Die Kibana-ID in der Cloud-ID hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The Cloud ID does not decode to a valid host name.</source>
        <translation>Die dekodierte Cloud-ID ergibt keinen gültigen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>duper::ClusterSessionOpener</name>
    <message>
        <source>No secret was given, so Duper did not connect.</source>
        <translation>Es wurde kein Geheimnis angegeben, daher hat Duper keine Verbindung hergestellt.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionProfile</name>
    <message>
        <source>The connection has no id; create it with ConnectionProfile::create().</source>
        <translation>Die Verbindung hat keine ID; erstellen Sie sie mit ConnectionProfile::create().</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one node URL (http:// or https://) or an Elastic Cloud ID.</source>
        <translation>Fügen Sie mindestens eine Knoten-URL (http:// oder https://) oder eine Elastic-Cloud-ID hinzu.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>„%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Put the user name and password in their fields, not in the URL “%1”.</source>
        <translation>Geben Sie Benutzername und Passwort in ihre Felder ein, nicht in die URL „%1“.</translation>
    </message>
    <message>
        <source>“%1” must not have a query or a fragment.</source>
        <translation>„%1“ darf keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The Elastic Cloud ID cannot be read: %1</source>
        <translation>Die Elastic-Cloud-ID kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Die Basic-Authentifizierung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch die zugehörige Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The request timeout cannot be negative (0 means no limit).</source>
        <translation>Das Zeitlimit für Anfragen darf nicht negativ sein (0 bedeutet kein Limit).</translation>
    </message>
    <message>
        <source>The remote cluster alias “%1” must not contain “:” or spaces.</source>
        <translation>Der Remote-Cluster-Alias „%1“ darf kein „:“ und keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionStore</name>
    <message>
        <source>The connection id is not valid.</source>
        <translation>Die Verbindungs-ID ist ungültig.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no saved connection with the id “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1 cannot be written.</source>
        <translation>Die Verbindung konnte nicht entfernt werden: %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTestReport</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTester</name>
    <message>
        <source>The connection has no URL to try.</source>
        <translation>Die Verbindung hat keine URL, die versucht werden könnte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n URLs answered. The last one: %1</source>
        <translation>
            <numerusform>Keine der %n URLs hat geantwortet. Die letzte: %1</numerusform>
            <numerusform>Keine der %n URLs hat geantwortet. Die letzte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the cluster “%1” (%2 %3) at %4.</source>
        <translation>Mit dem Cluster „%1“ (%2 %3) unter %4 verbunden.</translation>
    </message>
    <message>
        <source>Not checked: the connection failed.</source>
        <translation>Nicht geprüft: Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The license could not be read: %1</source>
        <translation>Die Lizenz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The %1 license (%2) allows cross-cluster replication.</source>
        <translation>Die %1-Lizenz (%2) erlaubt Cross-Cluster-Replikation.</translation>
    </message>
    <message>
        <source>The %1 license is %2: cross-cluster replication needs an active platinum, enterprise or trial license.</source>
        <translation>Die %1-Lizenz ist %2: Cross-Cluster-Replikation erfordert eine aktive Platinum-, Enterprise- oder Testlizenz.</translation>
    </message>
    <message>
        <source>The license is “%1”: cross-cluster replication needs a platinum, enterprise or trial license, so CCR is not available on this cluster.</source>
        <translation>Die Lizenz ist „%1“: Cross-Cluster-Replikation erfordert eine Platinum-, Enterprise- oder Testlizenz, daher ist CCR auf diesem Cluster nicht verfügbar.</translation>
    </message>
    <message>
        <source>The privileges could not be checked: %1</source>
        <translation>Die Berechtigungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>without %1 Duper cannot do %2</source>
        <translation>ohne %1 kann Duper nicht %2</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Dieser Benutzer</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>Der Benutzer „%1“</translation>
    </message>
    <message>
        <source>%1 has the cluster privileges manage_ccr, monitor and manage.</source>
        <translation>%1 hat die Cluster-Berechtigungen manage_ccr, monitor und manage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the cluster privilege(s) %2: %3.</source>
        <translation>
            <numerusform>%1 hat die Cluster-Berechtigung %2 nicht: %3.</numerusform>
            <numerusform>%1 hat die Cluster-Berechtigungen %2 nicht: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote clusters could not be listed: %1</source>
        <translation>Die Remote-Cluster konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No remote clusters are configured (a follower cluster needs one to replicate from).</source>
        <translation>Es sind keine Remote-Cluster konfiguriert (ein Follower-Cluster braucht einen, von dem er repliziert).</translation>
    </message>
    <message numerus="yes">
        <source>%n remote cluster(s), all connected: %1.</source>
        <translation>
            <numerusform>%n Remote-Cluster, verbunden: %1.</numerusform>
            <numerusform>%n Remote-Cluster, alle verbunden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n remote cluster(s) connected; not connected: %2.</source>
        <translation>
            <numerusform>%1 von %n Remote-Cluster verbunden; nicht verbunden: %2.</numerusform>
            <numerusform>%1 von %n Remote-Clustern verbunden; nicht verbunden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default remote cluster “%1” is not configured here.</source>
        <translation>Der Standard-Remote-Cluster „%1“ ist hier nicht konfiguriert.</translation>
    </message>
</context>
<context>
    <name>duper::ConsistencyRules</name>
    <message>
        <source>Could not check: the follower index %1 does not exist.</source>
        <translation>Nicht prüfbar: Der Follower-Index %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not check: %1 is not a follower index.</source>
        <translation>Nicht prüfbar: %1 ist kein Follower-Index.</translation>
    </message>
    <message>
        <source>Could not check: %1 follows remote cluster %2, not %3.</source>
        <translation>Nicht prüfbar: %1 folgt dem Remote-Cluster %2, nicht %3.</translation>
    </message>
    <message>
        <source>Could not check: the leader index %1 does not exist on the leader cluster.</source>
        <translation>Nicht prüfbar: Der Leader-Index %1 existiert auf dem Leader-Cluster nicht.</translation>
    </message>
    <message>
        <source>Could not check: the leader cluster could not be reached. %1</source>
        <translation>Nicht prüfbar: Der Leader-Cluster war nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>Could not check: the follower cluster could not be reached. %1</source>
        <translation>Nicht prüfbar: Der Follower-Cluster war nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>Could not check: replication into %1 is paused, so there are no checkpoints to compare; the figures may be stale.</source>
        <translation>Nicht prüfbar: Die Replikation nach %1 ist pausiert, daher gibt es keine Checkpoints zum Vergleichen; die Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Documents: leader %1, follower %2.</source>
        <translation>Dokumente: Leader %1, Follower %2.</translation>
    </message>
    <message>
        <source>Could not check: Elasticsearch reports no running shard tasks for %1 yet.</source>
        <translation>Nicht prüfbar: Elasticsearch meldet für %1 noch keine laufenden Shard-Tasks.</translation>
    </message>
    <message>
        <source>Could not check: the document counts could not be read.</source>
        <translation>Nicht prüfbar: Die Dokumentanzahlen konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Behind by %1 operation(s): the follower has not replicated everything the leader holds yet.</source>
        <translation>
            <numerusform>Um %1 Operation zurück: Der Follower hat noch nicht alles repliziert, was der Leader enthält.</numerusform>
            <numerusform>Um %1 Operationen zurück: Der Follower hat noch nicht alles repliziert, was der Leader enthält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The leader holds %1 more document(s).</source>
        <translation>
            <numerusform>Der Leader enthält %1 Dokument mehr.</numerusform>
            <numerusform>Der Leader enthält %1 Dokumente mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follower holds %1 more document(s) (deletes not replicated yet).</source>
        <translation>
            <numerusform>Der Follower enthält %1 Dokument mehr (Löschungen noch nicht repliziert).</numerusform>
            <numerusform>Der Follower enthält %1 Dokumente mehr (Löschungen noch nicht repliziert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication stopped on an error: resume the follower to catch up.</source>
        <translation>Die Replikation wurde durch einen Fehler gestoppt: Setzen Sie den Follower fort, damit er aufholt.</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document(s).</source>
        <translation>
            <numerusform>Vollständig: Jeder Shard hat bis zur letzten Operation des Leaders repliziert, und beide Kopien enthalten %1 Dokument.</numerusform>
            <numerusform>Vollständig: Jeder Shard hat bis zur letzten Operation des Leaders repliziert, und beide Kopien enthalten %1 Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: reads from the leader are failing, so the leader&apos;s last operation the follower knows of may be out of date; the leader holds %1 documents and the follower %2.</source>
        <translation>Nicht prüfbar: Lesevorgänge vom Leader schlagen fehl, daher ist die letzte Operation des Leaders, die der Follower kennt, möglicherweise veraltet; der Leader enthält %1 Dokumente und der Follower %2.</translation>
    </message>
    <message>
        <source>Could not check: the index changed while it was being checked; run the check again.</source>
        <translation>Nicht prüfbar: Der Index hat sich während der Prüfung geändert; führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Differs: every shard&apos;s checkpoint has reached the leader&apos;s last operation, yet the leader holds %1 documents and the follower %2 (as in elastic/elasticsearch#89991).</source>
        <translation>Abweichend: Der Checkpoint jedes Shards hat die letzte Operation des Leaders erreicht, dennoch enthält der Leader %1 Dokumente und der Follower %2 (wie in elastic/elasticsearch#89991).</translation>
    </message>
</context>
<context>
    <name>duper::ConsoleRequest</name>
    <message>
        <source>Add your credentials, e.g. -u USER or -H &apos;Authorization: ApiKey …&apos;</source>
        <translation>Ergänzen Sie Ihre Zugangsdaten, z. B. -u USER oder -H &apos;Authorization: ApiKey …&apos;</translation>
    </message>
</context>
<context>
    <name>duper::CreatedApiKey</name>
    <message>
        <source>create cross-cluster API key: the answer has no id or key</source>
        <translation>Cross-Cluster-API-Schlüssel erstellen: Die Antwort enthält keine ID und keinen Schlüssel</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterApiKeyRequest</name>
    <message>
        <source>the key needs a name</source>
        <translation>der Schlüssel braucht einen Namen</translation>
    </message>
    <message>
        <source>give the index patterns the key may replicate (or search); a key without access is refused</source>
        <translation>geben Sie die Indexmuster an, die der Schlüssel replizieren (oder durchsuchen) darf; ein Schlüssel ohne Zugriff wird abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index pattern of the leader cluster</source>
        <translation>„%1“ ist kein Indexmuster des Leader-Clusters</translation>
    </message>
    <message>
        <source>expiration: give a positive time such as 30d</source>
        <translation>expiration: geben Sie eine positive Zeit wie 30d an</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterKeyAccess</name>
    <message>
        <source>the leader cluster does not know this key: it was deleted or belongs to another cluster. Create a new key (run the setup again without the kept key).</source>
        <translation>der Leader-Cluster kennt diesen Schlüssel nicht: Er wurde gelöscht oder gehört zu einem anderen Cluster. Erstellen Sie einen neuen Schlüssel (führen Sie die Einrichtung ohne den aufbewahrten Schlüssel erneut aus).</translation>
    </message>
    <message>
        <source>the key %1 is invalidated: the leader refuses every request through it. Create a new key.</source>
        <translation>der Schlüssel %1 wurde ungültig gemacht: Der Leader lehnt jede Anfrage damit ab. Erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>the key %1 has expired: the leader refuses every request through it. Create a new key.</source>
        <translation>der Schlüssel %1 ist abgelaufen: Der Leader lehnt jede Anfrage damit ab. Erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>the key %1 is a REST API key, not a cross-cluster API key: a remote cluster server does not accept it. Create a cross-cluster API key.</source>
        <translation>der Schlüssel %1 ist ein REST-API-Schlüssel, kein Cross-Cluster-API-Schlüssel: Ein Remote-Cluster-Server akzeptiert ihn nicht. Erstellen Sie einen Cross-Cluster-API-Schlüssel.</translation>
    </message>
    <message>
        <source>the key %1 only allows replicating %2, not %3: following those is refused with a security error. Update the key&apos;s access on the leader or create a new key.</source>
        <translation>der Schlüssel %1 erlaubt nur das Replizieren von %2, nicht von %3: Das Folgen dieser Indizes wird mit einem Sicherheitsfehler abgelehnt. Ändern Sie den Zugriff des Schlüssels auf dem Leader oder erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the key %1 allows replicating %2</source>
        <translation>der Schlüssel %1 erlaubt das Replizieren von %2</translation>
    </message>
    <message>
        <source>it allows searching %1</source>
        <translation>er erlaubt das Durchsuchen von %1</translation>
    </message>
    <message>
        <source>it is valid until %1</source>
        <translation>er ist gültig bis %1</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>er läuft nie ab</translation>
    </message>
    <message>
        <source>what the key allows was not checked: it is not an encoded cross-cluster API key</source>
        <translation>was der Schlüssel erlaubt, wurde nicht geprüft: Er ist kein codierter Cross-Cluster-API-Schlüssel</translation>
    </message>
    <message>
        <source>what the key allows was not checked: there is no connection to the leader cluster</source>
        <translation>was der Schlüssel erlaubt, wurde nicht geprüft: Es gibt keine Verbindung zum Leader-Cluster</translation>
    </message>
    <message>
        <source>what the key allows was not checked: %1</source>
        <translation>was der Schlüssel erlaubt, wurde nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>duper::EditFollowerProcedure</name>
    <message>
        <source>Replication of &quot;%1&quot; is now paused: resume it with the previous settings, or correct the settings and save again.</source>
        <translation>Die Replikation von „%1“ ist jetzt pausiert: Setzen Sie sie mit den vorherigen Einstellungen fort oder korrigieren Sie die Einstellungen und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>duper::EsClient</name>
    <message>
        <source>“%1” is not an http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
</context>
<context>
    <name>duper::EsError</name>
    <message>
        <source>None of the %1 URLs of the cluster could be reached. %2</source>
        <translation>Keine der %1 URLs des Clusters war erreichbar. %2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is Elasticsearch running there, and are the host and port right?</source>
        <translation>Unter %1 lauscht nichts. Läuft Elasticsearch dort, und stimmen Host und Port?</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the cluster URL.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden. Prüfen Sie die Cluster-URL.</translation>
    </message>
    <message>
        <source>The cluster did not answer within %1. It may be overloaded or unreachable; try again or raise the timeout.</source>
        <translation>Der Cluster hat nicht innerhalb von %1 geantwortet. Er ist vielleicht überlastet oder nicht erreichbar; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not issued for that host name. Connect with the name the certificate was made for, or fix the certificate.</source>
        <translation>Das von %1 vorgelegte Zertifikat ist nicht für diesen Hostnamen ausgestellt. Verbinden Sie sich mit dem Namen, für den das Zertifikat ausgestellt wurde, oder korrigieren Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not trusted. Pass the CA certificate that signed it with --ca-cert (or add it to the connection&apos;s CA files).</source>
        <translation>Dem von %1 vorgelegten Zertifikat wird nicht vertraut. Geben Sie das CA-Zertifikat, das es signiert hat, mit --ca-cert an (oder fügen Sie es den CA-Dateien der Verbindung hinzu).</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has expired or is not valid yet.</source>
        <translation>Das von %1 vorgelegte Zertifikat ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Does the server speak https, and does the URL&apos;s scheme match it?</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2). Spricht der Server https, und passt das Schema der URL dazu?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Clusters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1: %2</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>The remote cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>Die Lizenz des Remote-Clusters erlaubt keine Cross-Cluster-Replikation: CCR erfordert auf beiden Clustern eine Platinum-, Enterprise- oder Testlizenz.</translation>
    </message>
    <message>
        <source>This cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>Die Lizenz dieses Clusters erlaubt keine Cross-Cluster-Replikation: CCR erfordert auf beiden Clustern eine Platinum-, Enterprise- oder Testlizenz.</translation>
    </message>
    <message>
        <source>The cluster refused %1 as invalid.</source>
        <translation>Der Cluster hat %1 als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The cluster needs credentials: set a user and password, an API key or a token for this connection.</source>
        <translation>Der Cluster verlangt Zugangsdaten: Legen Sie für diese Verbindung Benutzer und Passwort, einen API-Schlüssel oder ein Token fest.</translation>
    </message>
    <message>
        <source>The cluster rejected the credentials (wrong user name or password, or an invalid or expired API key or token).</source>
        <translation>Der Cluster hat die Zugangsdaten abgelehnt (falscher Benutzername oder falsches Passwort oder ungültiger bzw. abgelaufener API-Schlüssel oder Token).</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the cluster privileges %3.</source>
        <translation>%1 darf „%2“ nicht ausführen: Dafür ist eine der Cluster-Berechtigungen %3 nötig.</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the index privileges %3.</source>
        <translation>%1 darf „%2“ nicht ausführen: Dafür ist eine der Index-Berechtigungen %3 nötig.</translation>
    </message>
    <message>
        <source>%1 lacks the privilege to run “%2”.</source>
        <translation>%1 fehlt die Berechtigung, „%2“ auszuführen.</translation>
    </message>
    <message>
        <source>The cluster refused %1: a privilege is missing.</source>
        <translation>Der Cluster hat %1 abgelehnt: Eine Berechtigung fehlt.</translation>
    </message>
    <message>
        <source>The cluster has no endpoint for %1 (HTTP 404). Is the URL right, including any path prefix, and is this Elasticsearch?</source>
        <translation>Der Cluster hat keinen Endpunkt für %1 (HTTP 404). Stimmt die URL einschließlich eines Pfadpräfixes, und ist das Elasticsearch?</translation>
    </message>
    <message>
        <source>The index “%1” does not exist.</source>
        <translation>Der Index „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>No such remote cluster is configured on this cluster.</source>
        <translation>Ein solcher Remote-Cluster ist auf diesem Cluster nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The cluster timed out handling %1.</source>
        <translation>Zeitüberschreitung des Clusters bei der Verarbeitung von %1.</translation>
    </message>
    <message>
        <source>Conflict: the cluster state changed while handling %1. Reload and try again.</source>
        <translation>Konflikt: Der Cluster-Status hat sich während der Verarbeitung von %1 geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cluster is busy (too many requests); try again in a moment.</source>
        <translation>Der Cluster ist ausgelastet (zu viele Anfragen); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The cluster is unavailable right now (HTTP %1); try again later.</source>
        <translation>Der Cluster ist gerade nicht verfügbar (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The cluster failed with an internal error (HTTP %1).</source>
        <translation>Im Cluster ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The cluster answered %1 with a redirect (HTTP %2); point the connection at the final URL.</source>
        <translation>Der Cluster hat auf %1 mit einer Weiterleitung geantwortet (HTTP %2); richten Sie die Verbindung auf die endgültige URL.</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2.</source>
        <translation>Der Cluster hat auf %1 mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2: %3</source>
        <translation>Der Cluster hat auf %1 mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>Elasticsearch said: “%1”</source>
        <translation>Elasticsearch meldet: „%1“</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>duper::EsJob</name>
    <message>
        <source>no network access manager is set</source>
        <translation>kein Network Access Manager gesetzt</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the body (%2)</source>
        <translation>die Verbindung wurde nach %1 Bytes des Inhalts geschlossen (%2)</translation>
    </message>
    <message>
        <source>the body is truncated: %1 of %2 bytes arrived before the connection closed</source>
        <translation>der Inhalt ist abgeschnitten: %1 von %2 Bytes kamen an, bevor die Verbindung geschlossen wurde</translation>
    </message>
</context>
<context>
    <name>duper::EsResultJob</name>
    <message>
        <source>no parser for this response</source>
        <translation>kein Parser für diese Antwort</translation>
    </message>
    <message>
        <source>the response has an unexpected shape</source>
        <translation>die Antwort hat eine unerwartete Struktur</translation>
    </message>
</context>
<context>
    <name>duper::EsTlsConfig</name>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch die zugehörige Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client key could not be read: wrong passphrase or not a PEM key (%1).</source>
        <translation>Der Client-Schlüssel konnte nicht gelesen werden: falsche Passphrase oder kein PEM-Schlüssel (%1).</translation>
    </message>
</context>
<context>
    <name>duper::FailbackPlan</name>
    <message>
        <source>A follows it from %1</source>
        <translation>A folgt ihm von %1</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>Datenstrom %1</translation>
    </message>
    <message>
        <source>Make sure the remote cluster is there and connected</source>
        <translation>Sicherstellen, dass der Remote-Cluster vorhanden und verbunden ist</translation>
    </message>
    <message>
        <source>Delete the old copies of the indices</source>
        <translation>Die alten Kopien der Indizes löschen</translation>
    </message>
    <message>
        <source>Follow each index from the promoted cluster</source>
        <translation>Jedem Index vom hochgestuften Cluster folgen</translation>
    </message>
    <message>
        <source>Wait until every follower has caught up</source>
        <translation>Warten, bis jeder Follower aufgeholt hat</translation>
    </message>
    <message>
        <source>Check that each index follows with the same documents</source>
        <translation>Prüfen, dass jeder Index mit denselben Dokumenten folgt</translation>
    </message>
</context>
<context>
    <name>duper::FailbackReport</name>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Failback of %1 to follow %2 (%3)</source>
        <translation>Failback von %1, um %2 zu folgen (%3)</translation>
    </message>
    <message>
        <source>Switch back: %1 leads again, %2 follows it</source>
        <translation>Zurückschalten: %1 führt wieder, %2 folgt ihm</translation>
    </message>
    <message>
        <source>- Error: %1</source>
        <translation>- Fehler: %1</translation>
    </message>
    <message>
        <source>1. Failover of %1 from %2</source>
        <translation>1. Failover von %1 von %2</translation>
    </message>
    <message>
        <source>2. Failback of %1 to follow %2 (%3)</source>
        <translation>2. Failback von %1, um %2 zu folgen (%3)</translation>
    </message>
    <message>
        <source>3. Auto-follow patterns resumed on %1</source>
        <translation>3. Auto-Follow-Muster auf %1 fortgesetzt</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>duper::FailbackRun</name>
    <message>
        <source>Could not add the remote cluster: %1</source>
        <translation>Der Remote-Cluster konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: is the promoted cluster reachable from this one at %2?</source>
        <translation>Der Remote-Cluster %1 ist nicht verbunden: Ist der hochgestufte Cluster von diesem aus unter %2 erreichbar?</translation>
    </message>
    <message>
        <source>Not deleted: deleting the old copies needs an explicit confirmation.</source>
        <translation>Nicht gelöscht: Das Löschen der alten Kopien erfordert eine ausdrückliche Bestätigung.</translation>
    </message>
    <message>
        <source>Not caught up after %1 s: no follow stats (is it following?).</source>
        <translation>Nach %1 s nicht aufgeholt: keine Follow-Statistiken (folgt er?).</translation>
    </message>
    <message numerus="yes">
        <source>Not caught up after %1 s: still %2 operation(s) behind; run again to keep waiting.</source>
        <translation>
            <numerusform>Nach %1 s nicht aufgeholt: noch %2 Operation im Rückstand; führen Sie den Vorgang erneut aus, um weiter zu warten.</numerusform>
            <numerusform>Nach %1 s nicht aufgeholt: noch %2 Operationen im Rückstand; führen Sie den Vorgang erneut aus, um weiter zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the indices back: %1</source>
        <translation>Die Indizes konnten nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Does not follow %1.</source>
        <translation>Folgt %1 nicht.</translation>
    </message>
    <message>
        <source>Missing on one of the clusters.</source>
        <translation>Fehlt auf einem der Cluster.</translation>
    </message>
    <message numerus="yes">
        <source>Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).</source>
        <translation>
            <numerusform>Weicht ab: %1 Dokument hier, %2 auf dem hochgestuften Cluster (wird noch geschrieben?).</numerusform>
            <numerusform>Weicht ab: %1 Dokumente hier, %2 auf dem hochgestuften Cluster (wird noch geschrieben?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FailoverPlan</name>
    <message>
        <source>Pause the auto-follow patterns of the remote</source>
        <translation>Die Auto-Follow-Muster des Remote-Clusters pausieren</translation>
    </message>
    <message>
        <source>Turn each follower into a regular index (pause, close, unfollow, open)</source>
        <translation>Jeden Follower in einen regulären Index umwandeln (pausieren, schließen, Folgen beenden, öffnen)</translation>
    </message>
    <message>
        <source>Promote the replicated data streams</source>
        <translation>Die replizierten Datenströme hochstufen</translation>
    </message>
    <message>
        <source>Check that nothing follows the remote any more</source>
        <translation>Prüfen, dass nichts mehr dem Remote-Cluster folgt</translation>
    </message>
</context>
<context>
    <name>duper::FailoverReport</name>
    <message>
        <source>Failover of %1 from %2</source>
        <translation>Failover von %1 von %2</translation>
    </message>
</context>
<context>
    <name>duper::FailoverRun</name>
    <message>
        <source>Not promoted: its backing index %1 still follows the remote.</source>
        <translation>Nicht hochgestuft: Sein Backing-Index %1 folgt noch dem Remote-Cluster.</translation>
    </message>
    <message>
        <source>Could not read the follow info back: %1</source>
        <translation>Die Follow-Informationen konnten nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Still a follower of %1.</source>
        <translation>Noch ein Follower von %1.</translation>
    </message>
</context>
<context>
    <name>duper::FleetMember</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>duper::FleetNodesResponse</name>
    <message>
        <source>nodes info: not a JSON object</source>
        <translation>nodes info: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>duper::FleetRowRules</name>
    <message>
        <source>No secret was given for this connection.</source>
        <translation>Für diese Verbindung wurde kein Geheimnis angegeben.</translation>
    </message>
</context>
<context>
    <name>duper::FleetSecretPrompter</name>
    <message>
        <source>The secret of connection %1 is not in the keychain.</source>
        <translation>Das Geheimnis der Verbindung %1 ist nicht im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>duper::FollowManyPlan</name>
    <message>
        <source>Will follow</source>
        <translation>Wird gefolgt</translation>
    </message>
    <message>
        <source>Already followed</source>
        <translation>Bereits gefolgt</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Name vergeben</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Ungültiger Name</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Matches the exclusion pattern %1.</source>
        <translation>Passt zum Ausschlussmuster %1.</translation>
    </message>
    <message>
        <source>Already followed by %1.</source>
        <translation>Bereits gefolgt von %1.</translation>
    </message>
    <message>
        <source>An index named %1 already exists on this cluster.</source>
        <translation>Auf diesem Cluster existiert bereits ein Index namens %1.</translation>
    </message>
    <message>
        <source>Another leader index would get the name %1.</source>
        <translation>Ein anderer Leader-Index würde den Namen %1 bekommen.</translation>
    </message>
</context>
<context>
    <name>duper::FollowerActions</name>
    <message>
        <source>already paused</source>
        <translation>bereits pausiert</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>bereits aktiv</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>could not read the follower cluster</source>
        <translation>der Follower-Cluster konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the follower cluster did not report index.uuid of %1</source>
        <translation>der Follower-Cluster hat index.uuid von %1 nicht gemeldet</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>die Remote-Cluster konnten nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster(s))</source>
        <translation>
            <numerusform>kann nicht feststellen, welcher Remote-Cluster des Follower-Clusters der Leader ist: bitte angeben (der Follower-Cluster hat %n Remote-Cluster)</numerusform>
            <numerusform>kann nicht feststellen, welcher Remote-Cluster des Follower-Clusters der Leader ist: bitte angeben (der Follower-Cluster hat %n Remote-Cluster)</numerusform>
        </translation>
    </message>
    <message>
        <source>the leader cluster refused</source>
        <translation>der Leader-Cluster hat abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2 shards of the leader index did not forget the follower</source>
        <translation>%1 von %2 Shards des Leader-Index haben den Follower nicht vergessen</translation>
    </message>
</context>
<context>
    <name>duper::FollowerIndexState</name>
    <message>
        <source>is an active follower index</source>
        <translation>ist ein aktiver Follower-Index</translation>
    </message>
    <message>
        <source>is a paused follower index</source>
        <translation>ist ein pausierter Follower-Index</translation>
    </message>
    <message>
        <source>is a regular index (not a follower)</source>
        <translation>ist ein regulärer Index (kein Follower)</translation>
    </message>
    <message>
        <source>is in an unknown replication state</source>
        <translation>hat einen unbekannten Replikationsstatus</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open or closed (unknown)</source>
        <translation>geöffnet oder geschlossen (unbekannt)</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; %2 and is %3.</source>
        <translation>Index „%1“ %2 und ist %3.</translation>
    </message>
</context>
<context>
    <name>duper::FollowerProcedure</name>
    <message>
        <source>Step &quot;%1&quot; failed: %2 %3</source>
        <translation>Schritt „%1“ fehlgeschlagen: %2 %3</translation>
    </message>
</context>
<context>
    <name>duper::FollowerSnapshot</name>
    <message>
        <source>shard %1: %2</source>
        <translation>Shard %1: %2</translation>
    </message>
</context>
<context>
    <name>duper::HistoryError</name>
    <message>
        <source>Duper keeps no replication history: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation>Duper speichert keinen Replikationsverlauf: Der SQLite-Treiber von Qt ist nicht installiert (unter Debian das Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: it cannot write the history file %1. Check that the folder exists and that you may write to it.</source>
        <translation>Duper speichert in dieser Sitzung keinen Replikationsverlauf: Die Verlaufsdatei %1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: another program is holding the history file %1.</source>
        <translation>Duper speichert in dieser Sitzung keinen Replikationsverlauf: Ein anderes Programm hält die Verlaufsdatei %1 belegt.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 is damaged. Move it away or delete it, and Duper starts a new one next time.</source>
        <translation>Duper speichert in dieser Sitzung keinen Replikationsverlauf: Die Verlaufsdatei %1 ist beschädigt. Verschieben oder löschen Sie sie, dann legt Duper beim nächsten Start eine neue an.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the disk holding %1 is full.</source>
        <translation>Duper speichert in dieser Sitzung keinen Replikationsverlauf: Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 could not be used (%2).</source>
        <translation>Duper speichert in dieser Sitzung keinen Replikationsverlauf: Die Verlaufsdatei %1 konnte nicht verwendet werden (%2).</translation>
    </message>
</context>
<context>
    <name>duper::InMemorySecretStore</name>
    <message>
        <source>The system keychain is not available (simulated); Duper can ask for the password each time instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (simuliert); Duper kann stattdessen jedes Mal nach dem Passwort fragen.</translation>
    </message>
    <message>
        <source>No %1 is stored.</source>
        <translation>%1 ist nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>duper::IndexStatsResponse</name>
    <message>
        <source>index stats: no &quot;indices&quot; object</source>
        <translation>Indexstatistik: kein &quot;indices&quot;-Objekt</translation>
    </message>
</context>
<context>
    <name>duper::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Duper can ask for the password each time instead; it is then kept in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Duper kann stattdessen jedes Mal nach dem Passwort fragen; es wird dann nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Duper can ask for the password each time instead.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). Duper kann stattdessen jedes Mal nach dem Passwort fragen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>duper::LeaderRetentionTracker</name>
    <message>
        <source>leader not read yet</source>
        <translation>Leader noch nicht gelesen</translation>
    </message>
    <message>
        <source>leader not found: the remote clusters of %1 could not be read (%2)</source>
        <translation>Leader nicht gefunden: die Remote-Cluster von %1 konnten nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>leader not saved or not reachable: remote cluster %1 is none of the saved connections that answered</source>
        <translation>Leader nicht gespeichert oder nicht erreichbar: der Remote-Cluster %1 ist keine der gespeicherten Verbindungen, die geantwortet haben</translation>
    </message>
    <message>
        <source>leader not saved: remote cluster %1 is none of the saved connections</source>
        <translation>Leader nicht gespeichert: der Remote-Cluster %1 ist keine der gespeicherten Verbindungen</translation>
    </message>
    <message>
        <source>leader not reachable: %1 (%2)</source>
        <translation>Leader nicht erreichbar: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>duper::NodesInfoResponse</name>
    <message>
        <source>nodes info: no transport address</source>
        <translation>nodes info: keine Transportadresse</translation>
    </message>
</context>
<context>
    <name>duper::Parsers</name>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;sniff&quot; or &quot;proxy&quot;</source>
        <translation>ist „%1“, nicht „sniff“ oder „proxy“</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>is not a number or a string</source>
        <translation>ist weder Zahl noch Zeichenkette</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;active&quot; or &quot;paused&quot;</source>
        <translation>ist „%1“, nicht „active“ oder „paused“</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has content after the JSON object</source>
        <translation>hat Inhalt nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>hat den falschen Typ (erwartet: %1)</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>is empty, not JSON</source>
        <translation>ist leer, kein JSON</translation>
    </message>
    <message>
        <source>is malformed JSON (%1)</source>
        <translation>ist fehlerhaftes JSON (%1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation>ist kein Boolean</translation>
    </message>
    <message>
        <source>is not an object or a string</source>
        <translation>ist weder Objekt noch Zeichenkette</translation>
    </message>
    <message>
        <source>the body is empty, not JSON</source>
        <translation>der Inhalt ist leer, kein JSON</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1 (%2)</source>
        <translation>fehlerhaftes JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
</context>
<context>
    <name>duper::Procedure</name>
    <message>
        <source>Read the follower index&apos;s state</source>
        <translation>Status des Follower-Index lesen</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>Replikation pausieren</translation>
    </message>
    <message>
        <source>Close the follower index</source>
        <translation>Follower-Index schließen</translation>
    </message>
    <message>
        <source>Convert it to a regular index (unfollow)</source>
        <translation>In einen regulären Index umwandeln (Folgen beenden)</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>Index wieder öffnen</translation>
    </message>
    <message>
        <source>Follow the leader index again</source>
        <translation>Dem Leader-Index erneut folgen</translation>
    </message>
    <message>
        <source>Resume replication with the new settings</source>
        <translation>Replikation mit den neuen Einstellungen fortsetzen</translation>
    </message>
</context>
<context>
    <name>duper::RemoteAddress</name>
    <message>
        <source>The address is empty; write it as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>Die Adresse ist leer; schreiben Sie sie als host:port, z. B. 10.0.0.5:9300.</translation>
    </message>
    <message>
        <source>“%1” contains spaces; write it as host:port without spaces.</source>
        <translation>„%1“ enthält Leerzeichen; schreiben Sie es als host:port ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” opens a [ for an IPv6 address but never closes it.</source>
        <translation>„%1“ öffnet eine [ für eine IPv6-Adresse, schließt sie aber nie.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after the address, e.g. [%2]:9300.</source>
        <translation>„%1“ hat keinen Port; fügen Sie ihn nach der Adresse an, z. B. [%2]:9300.</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after a colon, e.g. %2:9300.</source>
        <translation>„%1“ hat keinen Port; fügen Sie ihn nach einem Doppelpunkt an, z. B. %2:9300.</translation>
    </message>
    <message>
        <source>“%1”: put an IPv6 address in brackets, e.g. [::1]:9300.</source>
        <translation>„%1“: Setzen Sie eine IPv6-Adresse in eckige Klammern, z. B. [::1]:9300.</translation>
    </message>
    <message>
        <source>“%1” has no host before the port.</source>
        <translation>„%1“ hat keinen Host vor dem Port.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name (letters, digits, hyphens and dots).</source>
        <translation>„%1“ ist kein gültiger Hostname (Buchstaben, Ziffern, Bindestriche und Punkte).</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is out of range; it must be between 1 and 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs; er muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>duper::RemoteClusterAlias</name>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>Geben Sie dem Remote-Cluster einen Namen.</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, underscores and hyphens.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, Unterstriche und Bindestriche enthalten.</translation>
    </message>
</context>
<context>
    <name>duper::ReportStore</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>Der Berichtsordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>duper::RetentionPeriodLookup</name>
    <message>
        <source>could not read it from the leader (%1)</source>
        <translation>konnte nicht vom Leader gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>duper::RunReportWriter</name>
    <message>
        <source>- Started: %1</source>
        <translation>- Gestartet: %1</translation>
    </message>
    <message>
        <source>- Finished: %1</source>
        <translation>- Beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>- Result: %1 (%n failed)</source>
        <translation>
            <numerusform>- Ergebnis: %1 (%n fehlgeschlagen)</numerusform>
            <numerusform>- Ergebnis: %1 (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>duper::SavedReport</name>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>Failback</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>Zurückschalten</translation>
    </message>
    <message>
        <source>Bi-directional setup</source>
        <translation>Bidirektionale Einrichtung</translation>
    </message>
</context>
<context>
    <name>duper::SecretKind</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>Passphrase des Client-Schlüssels</translation>
    </message>
</context>
<context>
    <name>duper::StaticCredentialProvider</name>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>ein API-Schlüssel</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>ein Bearer-Token</translation>
    </message>
</context>
<context>
    <name>duper::cli</name>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern_name: „%1“ darf kein &apos;,&apos; enthalten</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern_name: „%1“ darf nicht mit &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern_name: der Name ist zu lang (%1 &gt; 255 Bytes)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 paused.</source>
        <translation>Auto-Follow-Muster %1 pausiert.</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 resumed.</source>
        <translation>Auto-Follow-Muster %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 deleted.</source>
        <translation>Auto-Follow-Muster %1 gelöscht.</translation>
    </message>
    <message>
        <source>create or update an auto-follow pattern</source>
        <translation>ein Auto-Follow-Muster erstellen oder ändern</translation>
    </message>
    <message>
        <source>the remote cluster whose new indices are followed</source>
        <translation>der Remote-Cluster, dessen neuen Indizes gefolgt wird</translation>
    </message>
    <message>
        <source>leader index names or wildcards to follow</source>
        <translation>Namen oder Platzhalter der Leader-Indizes, denen gefolgt wird</translation>
    </message>
    <message>
        <source>leader indices not to follow even if they match</source>
        <translation>Leader-Indizes, denen auch bei Übereinstimmung nicht gefolgt wird</translation>
    </message>
    <message>
        <source>name of the follower indices</source>
        <translation>Name der Follower-Indizes</translation>
    </message>
    <message>
        <source>list auto-follow patterns</source>
        <translation>Auto-Follow-Muster auflisten</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>stop an auto-follow pattern from following new indices</source>
        <translation>ein Auto-Follow-Muster daran hindern, neuen Indizes zu folgen</translation>
    </message>
    <message>
        <source>let a paused auto-follow pattern follow new indices again</source>
        <translation>ein pausiertes Auto-Follow-Muster wieder neuen Indizes folgen lassen</translation>
    </message>
    <message>
        <source>delete an auto-follow pattern (its followers stay)</source>
        <translation>ein Auto-Follow-Muster löschen (seine Follower bleiben bestehen)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 saved: new indices matching %2 on remote cluster %3 are followed.</source>
        <translation>Auto-Follow-Muster %1 gespeichert: Neuen Indizes, die auf Remote-Cluster %3 zu %2 passen, wird gefolgt.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REMOTE CLUSTER</source>
        <translation>REMOTE-CLUSTER</translation>
    </message>
    <message>
        <source>LEADER PATTERNS</source>
        <translation>LEADER-MUSTER</translation>
    </message>
    <message>
        <source>FOLLOW PATTERN</source>
        <translation>FOLLOWER-MUSTER</translation>
    </message>
    <message>
        <source>use this saved connection (the leader&apos;s for forget and open/close -l)</source>
        <translation>diese gespeicherte Verbindung verwenden (die des Leaders bei forget und open/close -l)</translation>
    </message>
    <message>
        <source>the default follower connection</source>
        <translation>die Standard-Follower-Verbindung</translation>
    </message>
    <message>
        <source>REST URL of the follower cluster</source>
        <translation>REST-URL des Follower-Clusters</translation>
    </message>
    <message>
        <source>the default follower connection, else http://localhost:9200</source>
        <translation>die Standard-Follower-Verbindung, sonst http://localhost:9200</translation>
    </message>
    <message>
        <source>log in as this user; the password comes from DUPER_PASSWORD or a hidden prompt</source>
        <translation>als dieser Benutzer anmelden; das Passwort kommt aus DUPER_PASSWORD oder einer verdeckten Eingabe</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this PEM or DER file</source>
        <translation>zusätzlich den CA-Zertifikaten in dieser PEM- oder DER-Datei vertrauen</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (testing only)</source>
        <translation>das TLS-Zertifikat des Servers nicht prüfen (nur für Tests)</translation>
    </message>
    <message>
        <source>print JSON instead of tables and sentences</source>
        <translation>JSON statt Tabellen und Sätzen ausgeben</translation>
    </message>
    <message>
        <source>show help</source>
        <translation>Hilfe anzeigen</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (Standard: %1)</translation>
    </message>
    <message>
        <source>Usage: duper [options] &lt;command&gt; [command options]
Manage Elasticsearch cross-cluster replication from scripts.

Commands:
</source>
        <translation>Aufruf: duper [options] &lt;command&gt; [command options]
Elasticsearch-Cross-Cluster-Replikation aus Skripten verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation>
Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <source>duper sandbox: %1

</source>
        <translation>duper sandbox: %1

</translation>
    </message>
    <message>
        <source>Usage: duper %1 [options]
%2.
</source>
        <translation>Aufruf: duper %1 [options]
%2.
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>
Connection and output options:
</source>
        <translation>
Verbindungs- und Ausgabeoptionen:
</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 --help&quot; for its options.</source>
        <translation>Mit &quot;duper %1 --help&quot; sehen Sie seine Optionen.</translation>
    </message>
    <message>
        <source>Run &quot;duper --help&quot; for the commands.</source>
        <translation>Mit &quot;duper --help&quot; sehen Sie die Befehle.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 needs a non-empty value</source>
        <translation>--%1 braucht einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be asked for it (there is no password option, so it never shows in the process list)</source>
        <translation>--username braucht ein Passwort: Setzen Sie DUPER_PASSWORD oder führen Sie duper in einem Terminal aus, um danach gefragt zu werden (es gibt keine Passwort-Option, daher erscheint es nie in der Prozessliste)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>es wurde kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>connection %1 has no URL</source>
        <translation>Verbindung %1 hat keine URL</translation>
    </message>
    <message>
        <source>give either -c/--connection or --leader_url</source>
        <translation>geben Sie entweder -c/--connection oder --leader_url an</translation>
    </message>
    <message>
        <source>give either -c/--connection or --url</source>
        <translation>geben Sie entweder -c/--connection oder --url an</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>die Remote-Cluster konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>the follower cluster has no remote cluster; add one with duper connect --remote_cluster NAME --seeds HOST:PORT</source>
        <translation>der Follower-Cluster hat keinen Remote-Cluster; fügen Sie einen hinzu mit duper connect --remote_cluster NAME --seeds HOST:PORT</translation>
    </message>
    <message>
        <source>the follower cluster has several remote clusters (%1); choose one with --remote_cluster</source>
        <translation>der Follower-Cluster hat mehrere Remote-Cluster (%1); wählen Sie einen mit --remote_cluster</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown option %1 for command %2</source>
        <translation>unbekannte Option %1 für Befehl %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>the follower index</source>
        <translation>der Follower-Index</translation>
    </message>
    <message>
        <source>the leader index (on the remote cluster)</source>
        <translation>der Leader-Index (auf dem Remote-Cluster)</translation>
    </message>
    <message>
        <source>the follower&apos;s only remote cluster</source>
        <translation>der einzige Remote-Cluster des Followers</translation>
    </message>
    <message>
        <source>REST URL of the leader cluster (same credentials and TLS options as --url)</source>
        <translation>REST-URL des Leader-Clusters (dieselben Zugangsdaten und TLS-Optionen wie --url)</translation>
    </message>
    <message>
        <source>the auto-follow pattern</source>
        <translation>das Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source> (asked each time)</source>
        <translation> (jedes Mal abgefragt)</translation>
    </message>
    <message>
        <source>list the saved connections (never their secrets)</source>
        <translation>die gespeicherten Verbindungen auflisten (nie ihre Geheimnisse)</translation>
    </message>
    <message>
        <source>&quot;duper config list&quot; is the same. Manage connections with add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (also as &quot;duper config &lt;command&gt;&quot;) and &quot;duper config import&quot;. Pick one for any command with -c NAME; without it commands use the default follower connection, and forget / open -l / close -l the default leader.</source>
        <translation>&quot;duper config list&quot; ist dasselbe. Verwalten Sie Verbindungen mit add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (auch als &quot;duper config &lt;command&gt;&quot;) und &quot;duper config import&quot;. Wählen Sie für jeden Befehl eine mit -c NAME; ohne diese Option verwenden Befehle die Standard-Follower-Verbindung, und forget / open -l / close -l den Standard-Leader.</translation>
    </message>
    <message>
        <source>save a connection; its secret goes to the keychain</source>
        <translation>eine Verbindung speichern; ihr Geheimnis kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>With --username the password, with --apiKey the API key, is asked at a hidden prompt, or read as one line from stdin when it is piped (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). It is stored in the system keychain only; there is no option that takes a secret. An encrypted --sslKey&apos;s passphrase is asked (or read as the next line) the same way.</source>
        <translation>Mit --username wird das Passwort, mit --apiKey der API-Schlüssel verdeckt abgefragt oder als eine Zeile von stdin gelesen, wenn es per Pipe übergeben wird (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). Es wird nur im Schlüsselbund des Systems gespeichert; keine Option nimmt ein Geheimnis an. Die Passphrase eines verschlüsselten --sslKey wird auf dieselbe Weise abgefragt (oder als nächste Zeile gelesen).</translation>
    </message>
    <message>
        <source>the connection&apos;s name</source>
        <translation>der Name der Verbindung</translation>
    </message>
    <message>
        <source>REST URL of the cluster (or give --cloudId)</source>
        <translation>REST-URL des Clusters (oder geben Sie --cloudId an)</translation>
    </message>
    <message>
        <source>also make it the default leader or follower cluster</source>
        <translation>sie außerdem zum Standard-Leader- oder -Follower-Cluster machen</translation>
    </message>
    <message>
        <source>log in as this user (password asked, stored in the keychain)</source>
        <translation>als dieser Benutzer anmelden (Passwort wird abgefragt und im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>log in with an API key (asked, stored in the keychain)</source>
        <translation>mit einem API-Schlüssel anmelden (wird abgefragt und im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Elastic Cloud ID of the deployment</source>
        <translation>Elastic-Cloud-ID des Deployments</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this file</source>
        <translation>zusätzlich den CA-Zertifikaten in dieser Datei vertrauen</translation>
    </message>
    <message>
        <source>client certificate (PEM) for PKI login</source>
        <translation>Client-Zertifikat (PEM) für die PKI-Anmeldung</translation>
    </message>
    <message>
        <source>client key (PEM) for PKI login</source>
        <translation>Client-Schlüssel (PEM) für die PKI-Anmeldung</translation>
    </message>
    <message>
        <source>replace a connection of the same name</source>
        <translation>eine Verbindung gleichen Namens ersetzen</translation>
    </message>
    <message>
        <source>delete a saved connection and its keychain entries</source>
        <translation>eine gespeicherte Verbindung und ihre Schlüsselbund-Einträge löschen</translation>
    </message>
    <message>
        <source>the connection to delete</source>
        <translation>die zu löschende Verbindung</translation>
    </message>
    <message>
        <source>make a connection the default leader cluster</source>
        <translation>eine Verbindung zum Standard-Leader-Cluster machen</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>make a connection the default follower cluster</source>
        <translation>eine Verbindung zum Standard-Follower-Cluster machen</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: duper add-cluster -n NAME -u URL [-r follower]</source>
        <translation>Keine gespeicherten Verbindungen. Fügen Sie eine hinzu mit: duper add-cluster -n NAME -u URL [-r follower]</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT geprüft</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>, CA %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>, Client-Zertifikat</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>give the cluster&apos;s --url (or its --cloudId)</source>
        <translation>geben Sie die --url des Clusters an (oder seine --cloudId)</translation>
    </message>
    <message>
        <source>give either --username or --apiKey, not both</source>
        <translation>geben Sie entweder --username oder --apiKey an, nicht beide</translation>
    </message>
    <message>
        <source>--role must be leader or follower</source>
        <translation>--role muss leader oder follower sein</translation>
    </message>
    <message>
        <source>--%1: there is no file %2</source>
        <translation>--%1: die Datei %2 existiert nicht</translation>
    </message>
    <message>
        <source>a connection named &quot;%1&quot; already exists (--overwrite replaces it)</source>
        <translation>eine Verbindung namens „%1“ existiert bereits (--overwrite ersetzt sie)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>Connection %1 saved (%2).</source>
        <translation>Verbindung %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Its %1 is in the keychain.</source>
        <translation>%1 liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>It is now the default %1 cluster.</source>
        <translation>Sie ist jetzt die Standardverbindung für den %1-Cluster.</translation>
    </message>
    <message>
        <source>could not remove the secrets of %1 from the keychain: %2</source>
        <translation>die Geheimnisse von %1 konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Verbindung %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 is now the default leader cluster (forget, open -l, close -l).</source>
        <translation>%1 ist jetzt der Standard-Leader-Cluster (forget, open -l, close -l).</translation>
    </message>
    <message>
        <source>%1 is now the default follower cluster.</source>
        <translation>%1 ist jetzt der Standard-Follower-Cluster.</translation>
    </message>
    <message>
        <source>import the earlier duper&apos;s ~/.duperrc.yml</source>
        <translation>die ~/.duperrc.yml des früheren duper importieren</translation>
    </message>
    <message>
        <source>Its clusters become connections and its leader/follower choices the defaults; its plain-text passwords and API keys move into the keychain. The file itself is left alone: delete it afterwards.</source>
        <translation>Ihre Cluster werden zu Verbindungen und ihre Leader-/Follower-Auswahl zu den Standards; ihre Klartext-Passwörter und API-Schlüssel wandern in den Schlüsselbund. Die Datei selbst bleibt unverändert: Löschen Sie sie danach.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is</source>
        <translation>%1 existiert bereits und wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: only the first CA file (%2) was kept</source>
        <translation>%1: nur die erste CA-Datei (%2) wurde übernommen</translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>Delete %1 now: duper no longer reads it, and it keeps passwords and API keys in plain text (rm %1).</source>
        <translation>Löschen Sie %1 jetzt: duper liest die Datei nicht mehr, und sie enthält Passwörter und API-Schlüssel im Klartext (rm %1).</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot; (&quot;duper config&quot; lists them)</source>
        <translation>es gibt keine Verbindung namens „%1“ (&quot;duper config&quot; listet sie auf)</translation>
    </message>
    <message>
        <source>The keychain has no %1 for connection %2.</source>
        <translation>Im Schlüsselbund ist für Verbindung %2 kein Eintrag „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Duper asks for the %2 of connection %3 for this run only.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1). Duper fragt nur für diesen Aufruf nach %2 für Verbindung %3.</translation>
    </message>
    <message>
        <source>connection %1 needs its %2: save it in the keychain with &quot;duper add-cluster --overwrite&quot;, set %3, or run duper in a terminal to be asked</source>
        <translation>Verbindung %1 braucht: %2. Speichern Sie den Wert im Schlüsselbund mit &quot;duper add-cluster --overwrite&quot;, setzen Sie %3 oder führen Sie duper in einem Terminal aus, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%1 für %2: </translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>es wurde nichts eingegeben</translation>
    </message>
    <message>
        <source>no secret was given: type it at the prompt, or pipe it on stdin (one line)</source>
        <translation>kein Geheimnis angegeben: Geben Sie es bei der Abfrage ein oder übergeben Sie es per Pipe auf stdin (eine Zeile)</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected &quot;clusters:&quot; at the top of the file</source>
        <translation>&quot;clusters:&quot; am Anfang der Datei erwartet</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; is not a list</source>
        <translation>&quot;clusters&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>cluster #%1 has no name and was skipped</source>
        <translation>Cluster Nr. %1 hat keinen Namen und wurde übersprungen</translation>
    </message>
    <message>
        <source>cluster %1 has no URL and was skipped</source>
        <translation>Cluster %1 hat keine URL und wurde übersprungen</translation>
    </message>
    <message>
        <source>create a follower index that replicates a leader index</source>
        <translation>einen Follower-Index erstellen, der einen Leader-Index repliziert</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader index</source>
        <translation>der Remote-Cluster (Alias auf dem Follower), auf dem der Leader-Index liegt</translation>
    </message>
    <message>
        <source>pause replication into a follower index</source>
        <translation>die Replikation in einen Follower-Index pausieren</translation>
    </message>
    <message>
        <source>resume replication into a paused follower index</source>
        <translation>die Replikation in einen pausierten Follower-Index fortsetzen</translation>
    </message>
    <message>
        <source>Tuning options not given fall back to Elasticsearch&apos;s defaults, not to the earlier values.</source>
        <translation>Nicht angegebene Tuning-Optionen fallen auf die Standardwerte von Elasticsearch zurück, nicht auf die früheren Werte.</translation>
    </message>
    <message>
        <source>remove a follower&apos;s retention leases from its leader index</source>
        <translation>die Retention Leases eines Followers von seinem Leader-Index entfernen</translation>
    </message>
    <message>
        <source>Runs forget_follower on the LEADER cluster (--leader_url). The follower&apos;s cluster name and index UUID are read from the follower cluster (--url); the leader&apos;s remote cluster alias from --remote_cluster, else from the follower&apos;s follow info, else the follower&apos;s only remote cluster.</source>
        <translation>Führt forget_follower auf dem LEADER-Cluster aus (--leader_url). Cluster-Name und Index-UUID des Followers werden vom Follower-Cluster gelesen (--url); der Remote-Cluster-Alias des Leaders aus --remote_cluster, sonst aus der Follow-Info des Followers, sonst der einzige Remote-Cluster des Followers.</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster alias as seen from the follower</source>
        <translation>der Remote-Cluster-Alias des Leaders aus Sicht des Followers</translation>
    </message>
    <message>
        <source>Follower index %1 created: it follows %2 on remote cluster %3.</source>
        <translation>Follower-Index %1 erstellt: Er folgt %2 auf Remote-Cluster %3.</translation>
    </message>
    <message>
        <source>Replication into %1 paused.</source>
        <translation>Replikation in %1 pausiert.</translation>
    </message>
    <message>
        <source>Replication into %1 resumed.</source>
        <translation>Replikation in %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Leader index %1 forgot follower %2 (%3 of %4 shards).</source>
        <translation>Leader-Index %1 hat Follower %2 vergessen (%3 von %4 Shards).</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name must not be empty</source>
        <translation>auto_follow_pattern: der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern: „%1“ darf kein &apos;,&apos; enthalten</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern: „%1“ darf nicht mit &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern: der Name ist zu lang (%1 &gt; 255 Bytes)</translation>
    </message>
    <message>
        <source>open a follower or leader index</source>
        <translation>einen Follower- oder Leader-Index öffnen</translation>
    </message>
    <message>
        <source>close a follower or leader index</source>
        <translation>einen Follower- oder Leader-Index schließen</translation>
    </message>
    <message>
        <source>Give exactly one of -f (an index on the follower cluster, --url) or -l (an index on the leader cluster, --leader_url).</source>
        <translation>Geben Sie genau eines an: -f (ein Index auf dem Follower-Cluster, --url) oder -l (ein Index auf dem Leader-Cluster, --leader_url).</translation>
    </message>
    <message>
        <source>give exactly one of -f/--follower_index or -l/--leader_index</source>
        <translation>geben Sie genau eines an: -f/--follower_index oder -l/--leader_index</translation>
    </message>
    <message>
        <source>-l/--leader_index acts on the leader cluster: give its REST URL with --leader_url, or a saved connection with -c NAME or set-leader-cluster</source>
        <translation>-l/--leader_index wirkt auf den Leader-Cluster: Geben Sie seine REST-URL mit --leader_url an oder eine gespeicherte Verbindung mit -c NAME oder set-leader-cluster</translation>
    </message>
    <message>
        <source>Index %1 opened.</source>
        <translation>Index %1 geöffnet.</translation>
    </message>
    <message>
        <source>Index %1 closed.</source>
        <translation>Index %1 geschlossen.</translation>
    </message>
    <message>
        <source>Passphrase of the client key %1: </source>
        <translation>Passphrase des Client-Schlüssels %1: </translation>
    </message>
    <message>
        <source>turn a follower index into a regular index</source>
        <translation>einen Follower-Index in einen regulären Index umwandeln</translation>
    </message>
    <message>
        <source>Runs pause, close, unfollow and open, one step at a time. If a step fails, running the same command again continues from where the index is.</source>
        <translation>Führt pause, close, unfollow und open Schritt für Schritt aus. Schlägt ein Schritt fehl, macht derselbe Befehl beim erneuten Aufruf dort weiter, wo der Index steht.</translation>
    </message>
    <message>
        <source>recreate a follower index from its leader (after a fatal error)</source>
        <translation>einen Follower-Index aus seinem Leader neu erstellen (nach einem schwerwiegenden Fehler)</translation>
    </message>
    <message>
        <source>Runs pause, close and follow again with the same leader, remote cluster and parameters (tuning options given here replace them). Running it again after a failure continues.</source>
        <translation>Führt pause, close und follow erneut aus, mit demselben Leader, Remote-Cluster und denselben Parametern (hier angegebene Tuning-Optionen ersetzen sie). Ein erneuter Aufruf nach einem Fehler macht weiter.</translation>
    </message>
    <message>
        <source>%1 is now a regular index; replication has stopped.</source>
        <translation>%1 ist jetzt ein regulärer Index; die Replikation wurde beendet.</translation>
    </message>
    <message>
        <source>%1 was recreated from its leader and follows it again.</source>
        <translation>%1 wurde aus seinem Leader neu erstellt und folgt ihm wieder.</translation>
    </message>
    <message>
        <source>      already done</source>
        <translation>      bereits erledigt</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      erledigt</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 -f %2&quot; again to continue.</source>
        <translation>Führen Sie &quot;duper %1 -f %2&quot; erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere; duper will ask for it each time it uses %3</source>
        <translation>der Schlüsselbund ist nicht verfügbar (%1): %2 von %3 wurde NIRGENDS gespeichert; duper fragt jedes Mal danach, wenn es %3 verwendet</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere, so its client key cannot be read</source>
        <translation>der Schlüsselbund ist nicht verfügbar (%1): %2 von %3 wurde NIRGENDS gespeichert, daher kann der Client-Schlüssel nicht gelesen werden</translation>
    </message>
    <message>
        <source>run emulated leader and follower clusters on 127.0.0.1 to try duper</source>
        <translation>emulierte Leader- und Follower-Cluster auf 127.0.0.1 starten, um duper auszuprobieren</translation>
    </message>
    <message>
        <source>Run &quot;duper sandbox --help&quot; for its options.</source>
        <translation>Mit &quot;duper sandbox --help&quot; sehen Sie seine Optionen.</translation>
    </message>
    <message>
        <source>duper sandbox: an EMULATOR of Elasticsearch cross-cluster replication, for trying Duper. This is not Elasticsearch.</source>
        <translation>duper sandbox: ein EMULATOR der Elasticsearch-Cross-Cluster-Replikation zum Ausprobieren von Duper. Dies ist nicht Elasticsearch.</translation>
    </message>
    <message>
        <source>  follower cluster: %1  (cluster_name %2, remote cluster alias [%3])</source>
        <translation>  Follower-Cluster: %1  (cluster_name %2, Remote-Cluster-Alias [%3])</translation>
    </message>
    <message>
        <source>  leader cluster:   %1  (cluster_name %2, transport %3)</source>
        <translation>  Leader-Cluster:   %1  (cluster_name %2, Transport %3)</translation>
    </message>
    <message>
        <source>  %1 leader indices with followers created in %2 ms</source>
        <translation>  %1 Leader-Indizes mit Followern in %2 ms erstellt</translation>
    </message>
    <message>
        <source>  workload: %1 documents per tick into the leader indices</source>
        <translation>  Last: %1 Dokumente pro Takt in die Leader-Indizes</translation>
    </message>
    <message>
        <source>  authentication required</source>
        <translation>  Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>Try: duper --url %1 info   (and --leader_url %2 for forget, open -l, close -l)</source>
        <translation>Probieren Sie: duper --url %1 info   (und --leader_url %2 für forget, open -l, close -l)</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Drücken Sie Ctrl+C zum Beenden.</translation>
    </message>
    <message>
        <source>duper sandbox: stopped.</source>
        <translation>duper sandbox: beendet.</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>&quot;Schlüssel: Wert&quot; erwartet</translation>
    </message>
    <message>
        <source>unterminated or malformed quoted text</source>
        <translation>nicht abgeschlossener oder fehlerhafter Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>YAML anchors, tags and block text are not supported</source>
        <translation>YAML-Anker, -Tags und -Blocktext werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unterminated [ ] or { }</source>
        <translation>nicht geschlossenes [ ] oder { }</translation>
    </message>
    <message>
        <source>nested [ ] or { } are not supported</source>
        <translation>verschachtelte [ ] oder { } werden nicht unterstützt</translation>
    </message>
    <message>
        <source>line %1: tabs cannot indent YAML</source>
        <translation>Zeile %1: Tabulatoren können in YAML nicht einrücken</translation>
    </message>
    <message>
        <source>follower indices or patterns to show</source>
        <translation>anzuzeigende Follower-Indizes oder Muster</translation>
    </message>
    <message>
        <source>Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests</source>
        <translation>Auto-Follow: %1 Indizes gefolgt, %2 fehlgeschlagen, %3 fehlgeschlagene Remote-Anfragen</translation>
    </message>
    <message>
        <source>FOLLOWER</source>
        <translation>FOLLOWER</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>SHARDS</translation>
    </message>
    <message>
        <source>OPERATIONS WRITTEN</source>
        <translation>GESCHRIEBENE OPERATIONEN</translation>
    </message>
    <message>
        <source>GLOBAL CHECKPOINT LAG</source>
        <translation>GLOBAL-CHECKPOINT-RÜCKSTAND</translation>
    </message>
    <message>
        <source>FAILED READS</source>
        <translation>FEHLGESCHL. LESEVORGÄNGE</translation>
    </message>
    <message>
        <source>FATAL ERROR</source>
        <translation>SCHWERER FEHLER</translation>
    </message>
    <message>
        <source>list follower indices: status, remote cluster, leader</source>
        <translation>Follower-Indizes auflisten: Status, Remote-Cluster, Leader</translation>
    </message>
    <message>
        <source>show replication progress of follower indices</source>
        <translation>den Replikationsfortschritt von Follower-Indizes anzeigen</translation>
    </message>
    <message>
        <source>--level shard reads the follower indices&apos; stats (JSON includes each shard); --level cluster reads the cluster-wide CCR stats, including auto-follow counters. Paused followers have no stats.</source>
        <translation>--level shard liest die Statistiken der Follower-Indizes (JSON enthält jeden Shard); --level cluster liest die clusterweiten CCR-Statistiken einschließlich der Auto-Follow-Zähler. Pausierte Follower haben keine Statistiken.</translation>
    </message>
    <message>
        <source>which statistics to read</source>
        <translation>welche Statistiken gelesen werden</translation>
    </message>
    <message>
        <source>LEADER</source>
        <translation>LEADER</translation>
    </message>
    <message>
        <source>--level must be shard or cluster, not &quot;%1&quot;</source>
        <translation>--level muss shard oder cluster sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <source>check a connection: reachable, license, privileges, remote clusters</source>
        <translation>eine Verbindung prüfen: Erreichbarkeit, Lizenz, Berechtigungen, Remote-Cluster</translation>
    </message>
    <message>
        <source>Tests -c NAME, else --url, else the default follower connection: GET / (cluster name and version), whether the license allows cross-cluster replication, whether the user has manage_ccr, monitor and manage (and what a missing one prevents), and how many remote clusters there are and are connected. Exit code 3 when the cluster cannot be reached, 4 when it refuses the credentials, 1 when a check failed, 0 otherwise (also with warnings).</source>
        <translation>Testet -c NAME, sonst --url, sonst die Standard-Follower-Verbindung: GET / (Cluster-Name und Version), ob die Lizenz Cross-Cluster-Replikation erlaubt, ob der Benutzer manage_ccr, monitor und manage hat (und was ein Fehlen verhindert), und wie viele Remote-Cluster es gibt und verbunden sind. Exit-Code 3, wenn der Cluster nicht erreichbar ist, 4, wenn er die Zugangsdaten ablehnt, 1, wenn eine Prüfung fehlschlug, sonst 0 (auch bei Warnungen).</translation>
    </message>
    <message>
        <source>most operations to pull per read from the leader</source>
        <translation>höchste Zahl an Operationen pro Lesevorgang vom Leader</translation>
    </message>
    <message>
        <source>most operations per bulk write on the follower</source>
        <translation>höchste Zahl an Operationen pro Bulk-Schreibvorgang auf dem Follower</translation>
    </message>
    <message>
        <source>most read requests in flight to the leader</source>
        <translation>höchste Zahl gleichzeitig laufender Leseanfragen an den Leader</translation>
    </message>
    <message>
        <source>most write requests in flight on the follower</source>
        <translation>höchste Zahl gleichzeitig laufender Schreibanfragen auf dem Follower</translation>
    </message>
    <message>
        <source>most bytes per read from the leader (e.g. 32mb)</source>
        <translation>höchste Zahl an Bytes pro Lesevorgang vom Leader (z. B. 32mb)</translation>
    </message>
    <message>
        <source>most bytes per bulk write on the follower</source>
        <translation>höchste Zahl an Bytes pro Bulk-Schreibvorgang auf dem Follower</translation>
    </message>
    <message>
        <source>queued operations at which reads are deferred</source>
        <translation>Zahl wartender Operationen, ab der Lesevorgänge zurückgestellt werden</translation>
    </message>
    <message>
        <source>queued bytes at which reads are deferred</source>
        <translation>Zahl wartender Bytes, ab der Lesevorgänge zurückgestellt werden</translation>
    </message>
    <message>
        <source>longest wait before retrying a failed operation (&lt;= 5m)</source>
        <translation>längste Wartezeit vor der Wiederholung einer fehlgeschlagenen Operation (&lt;= 5m)</translation>
    </message>
    <message>
        <source>how long a read waits for new operations on the leader</source>
        <translation>wie lange ein Lesevorgang auf neue Operationen auf dem Leader wartet</translation>
    </message>
    <message>
        <source>shard copies that must be active before the command returns</source>
        <translation>Shard-Kopien, die aktiv sein müssen, bevor der Befehl zurückkehrt</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>wait_for_active_shards: a value is required</source>
        <translation>wait_for_active_shards: ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>follow the existing leader indices that match patterns</source>
        <translation>den vorhandenen Leader-Indizes folgen, die zu Mustern passen</translation>
    </message>
    <message>
        <source>Auto-follow patterns only follow leader indices created after the pattern; follow-many follows the ones that exist now. Leader indices already followed, excluded, or whose follower name is taken or invalid are not followed; a taken or invalid name makes the exit code 1. --dry-run prints the plan and follows nothing. With --auto_follow_pattern the matching auto-follow pattern is created at the end, so new leader indices follow too.</source>
        <translation>Auto-Follow-Muster folgen nur Leader-Indizes, die nach dem Muster erstellt werden; follow-many folgt den jetzt vorhandenen. Leader-Indizes, denen bereits gefolgt wird, die ausgeschlossen sind oder deren Follower-Name vergeben oder ungültig ist, wird nicht gefolgt; ein vergebener oder ungültiger Name ergibt Exit-Code 1. --dry-run gibt den Plan aus und folgt nichts. Mit --auto_follow_pattern wird am Ende das passende Auto-Follow-Muster erstellt, sodass auch neuen Leader-Indizes gefolgt wird.</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader indices</source>
        <translation>der Remote-Cluster (Alias auf dem Follower), auf dem die Leader-Indizes liegen</translation>
    </message>
    <message>
        <source>name of the follower indices; {{leader_index}} is the leader&apos;s name</source>
        <translation>Name der Follower-Indizes; {{leader_index}} ist der Name des Leaders</translation>
    </message>
    <message>
        <source>print the plan, follow nothing</source>
        <translation>den Plan ausgeben, nichts folgen</translation>
    </message>
    <message>
        <source>also create this auto-follow pattern with the same settings</source>
        <translation>zusätzlich dieses Auto-Follow-Muster mit denselben Einstellungen erstellen</translation>
    </message>
    <message>
        <source>how many follow requests run at once</source>
        <translation>wie viele Follow-Anfragen gleichzeitig laufen</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; gives invalid follower names: %2</source>
        <translation>follow_index_pattern: „%1“ ergibt ungültige Follower-Namen: %2</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; must contain {{leader_index}}, or every leader index gets the same follower</source>
        <translation>follow_index_pattern: „%1“ muss {{leader_index}} enthalten, sonst bekommt jeder Leader-Index denselben Follower</translation>
    </message>
    <message>
        <source>leader_index_patterns: &quot;%1&quot; must not contain &apos;:&apos; or spaces</source>
        <translation>leader_index_patterns: „%1“ darf kein &apos;:&apos; und keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; must be a number from 1 to 64</source>
        <translation>concurrency: „%1“ muss eine Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>could not list the leader indices</source>
        <translation>die Leader-Indizes konnten nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es) of remote cluster %1…</source>
        <translation>
            <numerusform>Es wird %n Leader-Index von Remote-Cluster %1 gefolgt…</numerusform>
            <numerusform>Es wird %n Leader-Indizes von Remote-Cluster %1 gefolgt…</numerusform>
        </translation>
    </message>
    <message>
        <source>followed</source>
        <translation>gefolgt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (Datenstrom %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 created: new leader indices follow too.</source>
        <translation>Auto-Follow-Muster %1 erstellt: Auch neuen Leader-Indizes wird gefolgt.</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 not created: %2</source>
        <translation>Auto-Follow-Muster %1 nicht erstellt: %2</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>Kein Leader-Index passt zu diesen Mustern.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n leader index(es) would be followed, nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: Es würde %n Leader-Index gefolgt, nichts wurde geändert.</numerusform>
            <numerusform>Probelauf: Es würde %n Leader-Indizes gefolgt, nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n Follower-Index erstellt.</numerusform>
            <numerusform>%n Follower-Indizes erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already paused: nothing to do.</source>
        <translation>%1 ist bereits pausiert: nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 is already active: nothing to do.</source>
        <translation>%1 ist bereits aktiv: nichts zu tun.</translation>
    </message>
    <message>
        <source>resume with the parameters remembered when it was paused (saved connections only)</source>
        <translation>mit den beim Pausieren gemerkten Parametern fortsetzen (nur gespeicherte Verbindungen)</translation>
    </message>
    <message>
        <source>give either --remembered or tuning options, not both</source>
        <translation>entweder --remembered oder Tuning-Optionen angeben, nicht beides</translation>
    </message>
    <message>
        <source>--remembered needs a saved connection (-c NAME or the default follower): a --url connection remembers nothing</source>
        <translation>--remembered braucht eine gespeicherte Verbindung (-c NAME oder der Standard-Follower): eine --url-Verbindung merkt sich nichts</translation>
    </message>
    <message>
        <source>No parameters are remembered for %1: Elasticsearch&apos;s defaults apply.</source>
        <translation>Für %1 sind keine Parameter gemerkt: Es gelten die Standardwerte von Elasticsearch.</translation>
    </message>
    <message>
        <source>set up bi-directional replication between two clusters</source>
        <translation>bidirektionale Replikation zwischen zwei Clustern einrichten</translation>
    </message>
    <message>
        <source>the remote cluster on this cluster that points at the other one</source>
        <translation>der Remote-Cluster auf diesem Cluster, der auf den anderen zeigt</translation>
    </message>
    <message>
        <source>the remote cluster on the other cluster that points back at this one</source>
        <translation>der Remote-Cluster auf dem anderen Cluster, der zurück auf diesen zeigt</translation>
    </message>
    <message>
        <source>leader index names or wildcards to replicate both ways</source>
        <translation>Namen oder Platzhalter der Leader-Indizes, die in beide Richtungen repliziert werden</translation>
    </message>
    <message>
        <source>print the plan, change nothing</source>
        <translation>den Plan ausgeben, nichts ändern</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nicht nach einer Bestätigung fragen</translation>
    </message>
    <message>
        <source>remote_cluster_back: give each cluster its own alias for the other</source>
        <translation>remote_cluster_back: Geben Sie jedem Cluster einen eigenen Alias für den anderen</translation>
    </message>
    <message>
        <source>could not read the setup of %1</source>
        <translation>die Einrichtung von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>bidirectional changes both clusters: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>bidirectional ändert beide Cluster: Fügen Sie --yes hinzu, um es ohne Terminal auszuführen (oder --dry-run, um den Plan zu sehen)</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>Bidirektionale Replikation zwischen %1 und %2 einrichten?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (%2: set to %3)</source>
        <translation>%1 (%2: wird auf %3 gesetzt)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>LEADER INDICES</source>
        <translation>LEADER-INDIZES</translation>
    </message>
    <message>
        <source>FOLLOWER NAMES</source>
        <translation>FOLLOWER-NAMEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>auto-follow pattern %1 already exists on %2 and differs: %3</source>
        <translation>Auto-Follow-Muster %1 existiert bereits auf %2 und weicht ab: %3</translation>
    </message>
    <message>
        <source>Both patterns exist already: there is nothing to set up.</source>
        <translation>Beide Muster existieren bereits: Es gibt nichts einzurichten.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Bi-directional replication between %1 and %2 is set up.</source>
        <translation>Die bidirektionale Replikation zwischen %1 und %2 ist eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>Bi-directional setup did not finish: %n item(s) failed.</source>
        <translation>
            <numerusform>Die bidirektionale Einrichtung wurde nicht abgeschlossen: %n Element ist fehlgeschlagen.</numerusform>
            <numerusform>Die bidirektionale Einrichtung wurde nicht abgeschlossen: %n Elemente sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>make the old leader cluster follow the promoted cluster after a failover</source>
        <translation>den alten Leader-Cluster nach einem Failover dem hochgestuften Cluster folgen lassen</translation>
    </message>
    <message>
        <source>Run against the old leader cluster (--url) once it is back; --leader_url is the promoted cluster and --remote_cluster the alias on the old leader that points to it (added, seeded with the promoted cluster&apos;s transport address, when missing). Every regular index of the promoted cluster is followed under the same name; the old leader&apos;s copies of them are deleted first, which needs --yes-delete-stale-copies or a confirmation on a terminal that names them (without either it stops before deleting, exit 1). Then it waits until every follower has caught up and checks the document counts. --dry-run prints the plan and changes nothing. If a step fails, run the same command again: it continues. A report is saved after every run. Exit code 0 when every index follows and has caught up, 1 otherwise.</source>
        <translation>Wird gegen den alten Leader-Cluster (--url) ausgeführt, sobald er wieder da ist; --leader_url ist der hochgestufte Cluster und --remote_cluster der Alias auf dem alten Leader, der auf ihn zeigt (wird hinzugefügt, falls er fehlt, mit der Transportadresse des hochgestuften Clusters als Seed). Jedem regulären Index des hochgestuften Clusters wird unter demselben Namen gefolgt; die Kopien des alten Leaders werden zuerst gelöscht, was --yes-delete-stale-copies oder eine Bestätigung in einem Terminal erfordert, die sie nennt (ohne beides stoppt es vor dem Löschen, Exit-Code 1). Danach wird gewartet, bis jeder Follower aufgeholt hat, und die Dokumentanzahlen werden geprüft. --dry-run gibt den Plan aus und ändert nichts. Schlägt ein Schritt fehl, führen Sie denselben Befehl erneut aus: Er macht weiter. Nach jedem Lauf wird ein Bericht gespeichert. Exit-Code 0, wenn jeder Index folgt und aufgeholt hat, sonst 1.</translation>
    </message>
    <message>
        <source>the alias on this cluster that points to the promoted cluster</source>
        <translation>der Alias auf diesem Cluster, der auf den hochgestuften Cluster zeigt</translation>
    </message>
    <message>
        <source>agree to deleting this cluster&apos;s old copies of the indices</source>
        <translation>dem Löschen der alten Kopien der Indizes auf diesem Cluster zustimmen</translation>
    </message>
    <message>
        <source>where to save the report</source>
        <translation>wo der Bericht gespeichert wird</translation>
    </message>
    <message>
        <source>after failing back, promote this cluster and make the other one follow it again (a separate confirmation)</source>
        <translation>nach dem Failback diesen Cluster hochstufen und den anderen ihm wieder folgen lassen (eine eigene Bestätigung)</translation>
    </message>
    <message>
        <source>with --switch-back: the alias on the promoted cluster that points to this one</source>
        <translation>mit --switch-back: der Alias auf dem hochgestuften Cluster, der auf diesen zeigt</translation>
    </message>
    <message>
        <source>--switch-back needs --remote_cluster_back: the alias on the promoted cluster that points to this one</source>
        <translation>--switch-back braucht --remote_cluster_back: den Alias auf dem hochgestuften Cluster, der auf diesen zeigt</translation>
    </message>
    <message>
        <source>could not read the promoted cluster</source>
        <translation>der hochgestufte Cluster konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read this cluster</source>
        <translation>dieser Cluster konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>failback changes this cluster: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failback ändert diesen Cluster: Fügen Sie --yes hinzu, um es ohne Terminal auszuführen (oder --dry-run, um den Plan zu sehen)</translation>
    </message>
    <message numerus="yes">
        <source>Make this cluster follow %n index(es) from %1?</source>
        <translation>
            <numerusform>Diesen Cluster %n Index von %1 folgen lassen?</numerusform>
            <numerusform>Diesen Cluster %n Indizes von %1 folgen lassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these old copies on this cluster for good: %1?</source>
        <translation>Diese alten Kopien auf diesem Cluster endgültig löschen: %1?</translation>
    </message>
    <message>
        <source>Stopped before deleting: this cluster&apos;s copies %1 must be deleted before it can follow them. Run again with --yes-delete-stale-copies (or on a terminal) to agree. Nothing was changed.</source>
        <translation>Vor dem Löschen angehalten: Die Kopien %1 auf diesem Cluster müssen gelöscht werden, bevor er ihnen folgen kann. Führen Sie den Befehl erneut mit --yes-delete-stale-copies (oder in einem Terminal) aus, um zuzustimmen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>Der hochgestufte Cluster hat keinen Index, dem gefolgt werden kann: Es gibt nichts für ein Failback.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>HIER</translation>
    </message>
    <message>
        <source>DOCS HERE</source>
        <translation>DOKUMENTE HIER</translation>
    </message>
    <message>
        <source>DOCS PROMOTED</source>
        <translation>DOKUMENTE HOCHGESTUFT</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>DATA STREAM</source>
        <translation>DATENSTROM</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Plan for failing back to %1:</source>
        <translation>Plan für das Failback zu %1:</translation>
    </message>
    <message>
        <source>exists, connected</source>
        <translation>vorhanden, verbunden</translation>
    </message>
    <message>
        <source>exists, not connected</source>
        <translation>vorhanden, nicht verbunden</translation>
    </message>
    <message>
        <source>add it with seeds %1</source>
        <translation>mit Seeds %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n Index</numerusform>
            <numerusform>%n Indizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 complete: this cluster follows %n index(es) and has caught up.</source>
        <translation>
            <numerusform>Failback zu %1 abgeschlossen: Dieser Cluster folgt %n Index und hat aufgeholt.</numerusform>
            <numerusform>Failback zu %1 abgeschlossen: Dieser Cluster folgt %n Indizes und hat aufgeholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Failback zu %1 nicht abgeschlossen: %n Element ist fehlgeschlagen. Führen Sie denselben Befehl erneut aus, um fortzufahren.</numerusform>
            <numerusform>Failback zu %1 nicht abgeschlossen: %n Elemente sind fehlgeschlagen. Führen Sie denselben Befehl erneut aus, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Switch back now: promote this cluster&apos;s %n follower(s) and make the other cluster follow it again through %1?</source>
        <translation>
            <numerusform>Jetzt zurückschalten: %n Follower dieses Clusters hochstufen und den anderen Cluster ihm über %1 wieder folgen lassen?</numerusform>
            <numerusform>Jetzt zurückschalten: %n Follower dieses Clusters hochstufen und den anderen Cluster ihm über %1 wieder folgen lassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not switched back.</source>
        <translation>Nicht zurückgeschaltet.</translation>
    </message>
    <message>
        <source>Delete the other cluster&apos;s copies for good: %1?</source>
        <translation>Die Kopien auf dem anderen Cluster endgültig löschen: %1?</translation>
    </message>
    <message>
        <source>Not switched back: the other cluster&apos;s copies must be deleted before it can follow this one; add --yes-delete-stale-copies (or run on a terminal) to agree.</source>
        <translation>Nicht zurückgeschaltet: Die Kopien auf dem anderen Cluster müssen gelöscht werden, bevor er diesem folgen kann; fügen Sie --yes-delete-stale-copies hinzu (oder führen Sie den Befehl in einem Terminal aus), um zuzustimmen.</translation>
    </message>
    <message>
        <source>Switching back: %1</source>
        <translation>Zurückschalten: %1</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>Zurückgeschaltet: Die ursprüngliche Richtung ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Switching back did not finish: run the same command again to continue.</source>
        <translation>Das Zurückschalten wurde nicht abgeschlossen: Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>promote this cluster&apos;s followers of a lost leader cluster</source>
        <translation>die Follower dieses Clusters eines verlorenen Leader-Clusters hochstufen</translation>
    </message>
    <message>
        <source>Run against the follower cluster when the leader cluster behind --remote_cluster is lost. In Elastic&apos;s order: pause that remote&apos;s auto-follow patterns, turn every follower index of it into a regular index (pause, close, unfollow, open), promote its replicated data streams, then check that nothing follows it any more. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. If a step fails, run the same command again: it continues from where each index is. A report (JSON and Markdown) is saved after every run. Exit code 0 when every index was promoted, 1 when any failed.</source>
        <translation>Wird gegen den Follower-Cluster ausgeführt, wenn der Leader-Cluster hinter --remote_cluster verloren ist. In der Reihenfolge von Elastic: die Auto-Follow-Muster dieses Remote-Clusters pausieren, jeden seiner Follower-Indizes in einen regulären Index umwandeln (pause, close, unfollow, open), seine replizierten Datenströme hochstufen und dann prüfen, dass ihm nichts mehr folgt. --dry-run gibt den Plan aus und ändert nichts. In einem Terminal wird vor jeder Änderung nachgefragt, außer mit --yes; ohne Terminal ist --yes erforderlich. Schlägt ein Schritt fehl, führen Sie denselben Befehl erneut aus: Er macht dort weiter, wo jeder Index steht. Nach jedem Lauf wird ein Bericht (JSON und Markdown) gespeichert. Exit-Code 0, wenn jeder Index hochgestuft wurde, 1, wenn einer fehlschlug.</translation>
    </message>
    <message>
        <source>the remote cluster (alias on this cluster) that was lost</source>
        <translation>der Remote-Cluster (Alias auf diesem Cluster), der verloren ist</translation>
    </message>
    <message>
        <source>could not read what follows %1</source>
        <translation>es konnte nicht gelesen werden, was %1 folgt</translation>
    </message>
    <message>
        <source>remote_cluster: this cluster has no remote cluster &quot;%1&quot;</source>
        <translation>remote_cluster: Dieser Cluster hat keinen Remote-Cluster „%1“</translation>
    </message>
    <message>
        <source>failover changes the cluster and cannot be undone: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failover ändert den Cluster und kann nicht rückgängig gemacht werden: Fügen Sie --yes hinzu, um es ohne Terminal auszuführen (oder --dry-run, um den Plan zu sehen)</translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Failover von %n Follower-Index von %1 ausführen?</numerusform>
            <numerusform>Failover von %n Follower-Indizes von %1 ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>Nichts auf diesem Cluster folgt noch %1: Es gibt nichts für ein Failover.</translation>
    </message>
    <message>
        <source>FOLLOWER INDEX</source>
        <translation>FOLLOWER-INDEX</translation>
    </message>
    <message>
        <source>LEADER INDEX</source>
        <translation>LEADER-INDEX</translation>
    </message>
    <message>
        <source>Plan for failing over from %1:</source>
        <translation>Plan für das Failover von %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es)</source>
        <translation>
            <numerusform>%n Follower-Index</numerusform>
            <numerusform>%n Follower-Indizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 complete: %n index(es) are regular, writable indices now.</source>
        <translation>
            <numerusform>Failover von %1 abgeschlossen: %n Index ist jetzt ein regulärer, beschreibbarer Index.</numerusform>
            <numerusform>Failover von %1 abgeschlossen: %n Indizes sind jetzt reguläre, beschreibbare Indizes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Failover von %1 nicht abgeschlossen: %n Element ist fehlgeschlagen. Führen Sie denselben Befehl erneut aus, um fortzufahren.</numerusform>
            <numerusform>Failover von %1 nicht abgeschlossen: %n Elemente sind fehlgeschlagen. Führen Sie denselben Befehl erneut aus, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>  scenario dr: %1 followed under the same names, auto-follow pattern [%2] for logs-*, data stream %3 (two backing indices, replicated)</source>
        <translation>  Szenario dr: %1 unter denselben Namen gefolgt, Auto-Follow-Muster [%2] für logs-*, Datenstrom %3 (zwei Backing-Indizes, repliziert)</translation>
    </message>
    <message>
        <source>Emulator control: type &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; or &quot;help&quot;.</source>
        <translation>Emulator-Steuerung: Geben Sie &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; oder &quot;help&quot; ein.</translation>
    </message>
    <message>
        <source>Emulator control (not an Elasticsearch API):
  down leader | down follower   simulate an outage: the cluster refuses connections and the other cluster loses it as a remote
  up leader | up follower       bring it back on the same ports, data intact
  status                        show which clusters are up
  help                          show this help</source>
        <translation>Emulator-Steuerung (keine Elasticsearch-API):
  down leader | down follower   einen Ausfall simulieren: Der Cluster lehnt Verbindungen ab und der andere Cluster verliert ihn als Remote-Cluster
  up leader | up follower       ihn auf denselben Ports zurückholen, Daten intakt
  status                        anzeigen, welche Cluster laufen
  help                          diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Could not bring the %1 cluster back: %2</source>
        <translation>Der Cluster %1 konnte nicht zurückgeholt werden: %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Type &quot;help&quot; for the commands.</source>
        <translation>Unbekannter Befehl „%1“. Geben Sie &quot;help&quot; ein, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>leader cluster: %1, follower cluster: %2</source>
        <translation>Leader-Cluster: %1, Follower-Cluster: %2</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short form of yes</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long form of yes</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Run against one cluster (--url) with the other at --leader_url. Each cluster gets an auto-follow pattern bidirectional-&lt;alias&gt; following the other&apos;s --leader_index_patterns through its remote alias (--remote_cluster on this cluster, --remote_cluster_back on the other); followers are named &lt;index&gt;-replicated_from_&lt;alias&gt; and both patterns exclude *-replicated_from_*, so nothing replicates back in a loop. A missing or disconnected alias is set to the other cluster&apos;s transport address. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. Running it again changes nothing; a different pattern of the same name is an error. A report (JSON and Markdown) is saved after every run. Exit code 0 when both patterns read back as planned, 1 otherwise.</source>
        <translation>Läuft gegen einen Cluster (--url), der andere unter --leader_url. Jeder Cluster erhält ein Auto-Follow-Muster bidirectional-&lt;alias&gt;, das den --leader_index_patterns des anderen über seinen Remote-Alias folgt (--remote_cluster auf diesem Cluster, --remote_cluster_back auf dem anderen); Follower heißen &lt;index&gt;-replicated_from_&lt;alias&gt;, und beide Muster schließen *-replicated_from_* aus, sodass nichts im Kreis zurückrepliziert wird. Ein fehlender oder nicht verbundener Alias wird auf die Transportadresse des anderen Clusters gesetzt. --dry-run zeigt den Plan und ändert nichts. Auf einem Terminal wird vor jeder Änderung gefragt, außer mit --yes; ohne Terminal ist --yes nötig. Ein erneuter Lauf ändert nichts; ein anderes Muster gleichen Namens ist ein Fehler. Nach jedem Lauf wird ein Bericht (JSON und Markdown) gespeichert. Exit-Code 0, wenn beide Muster wie geplant zurückgelesen werden, sonst 1.</translation>
    </message>
    <message>
        <source>give the leader cluster with --leader_url, -c NAME or a saved leader connection</source>
        <translation>geben Sie den Leader-Cluster mit --leader_url, -c NAME oder einer gespeicherten Leader-Verbindung an</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>ungültig gemacht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Created cross-cluster API key %1 (id %2).</source>
        <translation>Cross-Cluster-API-Schlüssel %1 erstellt (ID %2).</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Er läuft am %1 ab.</translation>
    </message>
    <message>
        <source>The encoded key is in the keychain for remote cluster %1 (cluster.remote.%1.credentials).</source>
        <translation>Der codierte Schlüssel liegt im Schlüsselbund für den Remote-Cluster %1 (cluster.remote.%1.credentials).</translation>
    </message>
    <message>
        <source>cross-cluster API keys on the leader: create, list, invalidate</source>
        <translation>Cross-Cluster-API-Schlüssel auf dem Leader: erstellen, auflisten, ungültig machen</translation>
    </message>
    <message>
        <source>Run &quot;duper cross-cluster-key create|list|invalidate --help&quot;.</source>
        <translation>Führen Sie „duper cross-cluster-key create|list|invalidate --help“ aus.</translation>
    </message>
    <message>
        <source>create a cross-cluster API key on the leader cluster</source>
        <translation>einen Cross-Cluster-API-Schlüssel auf dem Leader-Cluster erstellen</translation>
    </message>
    <message>
        <source>the key&apos;s name</source>
        <translation>der Name des Schlüssels</translation>
    </message>
    <message>
        <source>leader index patterns the key may replicate</source>
        <translation>Leader-Indexmuster, die der Schlüssel replizieren darf</translation>
    </message>
    <message>
        <source>index patterns the key may search</source>
        <translation>Indexmuster, die der Schlüssel durchsuchen darf</translation>
    </message>
    <message>
        <source>the key expires after this time, e.g. 30d</source>
        <translation>der Schlüssel läuft nach dieser Zeit ab, z. B. 30d</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>keep the encoded key in the keychain for this remote cluster alias</source>
        <translation>den codierten Schlüssel im Schlüsselbund für diesen Remote-Cluster-Alias aufbewahren</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) on stdout</source>
        <translation>den codierten Schlüssel (ein Geheimnis) auf stdout ausgeben</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s id. The encoded key, the credential a follower cluster stores as cluster.remote.&lt;alias&gt;.credentials, is a secret: it is printed only with --show-key, and with --remote_cluster it is kept in the system keychain only. Give at least one of them, or the key cannot be used.</source>
        <translation>Gibt die ID des neuen Schlüssels aus. Der codierte Schlüssel, die Zugangsdaten, die ein Follower-Cluster als cluster.remote.&lt;alias&gt;.credentials speichert, ist ein Geheimnis: Er wird nur mit --show-key ausgegeben und mit --remote_cluster nur im Schlüsselbund des Systems aufbewahrt. Geben Sie mindestens eine der beiden Optionen an, sonst ist der Schlüssel nicht nutzbar.</translation>
    </message>
    <message>
        <source>list the cross-cluster API keys of the leader cluster</source>
        <translation>die Cross-Cluster-API-Schlüssel des Leader-Clusters auflisten</translation>
    </message>
    <message>
        <source>invalidate cross-cluster API keys on the leader cluster</source>
        <translation>Cross-Cluster-API-Schlüssel auf dem Leader-Cluster ungültig machen</translation>
    </message>
    <message>
        <source>the key(s) to invalidate</source>
        <translation>die ungültig zu machenden Schlüssel</translation>
    </message>
    <message>
        <source>Remote clusters that connect with an invalidated key disconnect, and their follower indices stop replicating (their reads fail).</source>
        <translation>Remote-Cluster, die sich mit einem ungültig gemachten Schlüssel verbinden, werden getrennt, und ihre Follower-Indizes replizieren nicht mehr (ihre Lesevorgänge schlagen fehl).</translation>
    </message>
    <message>
        <source>give a subcommand: create, list or invalidate</source>
        <translation>geben Sie einen Unterbefehl an: create, list oder invalidate</translation>
    </message>
    <message>
        <source>give --remote_cluster ALIAS to keep the encoded key in the keychain, or --show-key to print it</source>
        <translation>geben Sie --remote_cluster ALIAS an, um den codierten Schlüssel im Schlüsselbund aufzubewahren, oder --show-key, um ihn auszugeben</translation>
    </message>
    <message>
        <source>could not create the cross-cluster API key</source>
        <translation>der Cross-Cluster-API-Schlüssel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the key was created (id %1) but the keychain could not keep it: %2. Invalidate it with &quot;duper cross-cluster-key invalidate --id %1&quot;, or create one with --show-key.</source>
        <translation>der Schlüssel wurde erstellt (ID %1), aber der Schlüsselbund konnte ihn nicht aufbewahren: %2. Machen Sie ihn mit „duper cross-cluster-key invalidate --id %1“ ungültig oder erstellen Sie einen mit --show-key.</translation>
    </message>
    <message>
        <source>could not list the API keys</source>
        <translation>die API-Schlüssel konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>REPLICATION</source>
        <translation>REPLIKATION</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <source>could not invalidate the API keys</source>
        <translation>die API-Schlüssel konnten nicht ungültig gemacht werden</translation>
    </message>
    <message>
        <source>Invalidated %1.</source>
        <translation>%1 ungültig gemacht.</translation>
    </message>
    <message>
        <source>%1 was already invalidated.</source>
        <translation>%1 war bereits ungültig.</translation>
    </message>
    <message>
        <source>no API key with id %1 on the leader cluster</source>
        <translation>kein API-Schlüssel mit der ID %1 auf dem Leader-Cluster</translation>
    </message>
    <message>
        <source>  leader remote cluster server (cross-cluster API keys): %1</source>
        <translation>  Remote-Cluster-Server des Leaders (Cross-Cluster-API-Schlüssel): %1</translation>
    </message>
    <message>
        <source>
Saved connections: &quot;duper config&quot; lists them, add-cluster saves one (its secret in the keychain).
Without --url and -c, commands use the default follower connection, else http://localhost:9200.
Environment: DUPER_PASSWORD (password for --username), DUPER_API_KEY (encoded API key),
DUPER_CROSS_CLUSTER_KEY (the cross-cluster API key &quot;duper connect --api-key-from&quot; uses).
Exit codes: 0 success; 1 Elasticsearch refused the request; 2 bad usage or input; 3 cluster unreachable
(connection, TLS, timeout); 4 authentication or authorization failed.
Run &quot;duper &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation>
Gespeicherte Verbindungen: &quot;duper config&quot; listet sie auf, add-cluster speichert eine (ihr Geheimnis im Schlüsselbund).
Ohne --url und -c verwenden Befehle die Standard-Follower-Verbindung, sonst http://localhost:9200.
Umgebung: DUPER_PASSWORD (Passwort für --username), DUPER_API_KEY (kodierter API-Schlüssel),
DUPER_CROSS_CLUSTER_KEY (der Cross-Cluster-API-Schlüssel, den &quot;duper connect --api-key-from&quot; verwendet).
Exit-Codes: 0 Erfolg; 1 Elasticsearch hat die Anfrage abgelehnt; 2 falscher Aufruf oder ungültige Eingabe; 3 Cluster nicht erreichbar
(Verbindung, TLS, Zeitlimit); 4 Authentifizierung oder Autorisierung fehlgeschlagen.
Mit &quot;duper &lt;command&gt; --help&quot; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>--replication ist nötig, um einen Schlüssel zu erstellen (im Schlüsselbund liegt kein Schlüssel für den Remote-Cluster %1)</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key; invalidate this one with &quot;duper cross-cluster-key invalidate --id %2&quot; when it is not used</source>
        <translation>der Schlüsselbund konnte ihn nicht aufbewahren (%1): Ein neuer Lauf erstellt einen weiteren Schlüssel; machen Sie diesen mit „duper cross-cluster-key invalidate --id %2“ ungültig, wenn er nicht verwendet wird</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>API key (no credential)</source>
        <translation>API-Schlüssel (keine Zugangsdaten)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>ADRESSEN</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>FOLLOWER</translation>
    </message>
    <message>
        <source>list remote clusters: status, mode, security model, addresses</source>
        <translation>Remote-Cluster auflisten: Status, Modus, Sicherheitsmodell, Adressen</translation>
    </message>
    <message>
        <source>SECURITY is &quot;API key&quot; for a remote secured with a cross-cluster API key (&quot;API key (no credential)&quot; when the keystore entry is not in force yet) and &quot;certificate&quot; for the TLS certificate model. --json gives security as api_key or certificate and, for API-key remotes, credentials_present.</source>
        <translation>SICHERHEIT ist &quot;API-Schlüssel&quot; für einen mit einem Cross-Cluster-API-Schlüssel gesicherten Remote (&quot;API-Schlüssel (keine Zugangsdaten)&quot;, solange der Keystore-Eintrag noch nicht in Kraft ist) und &quot;Zertifikat&quot; für das TLS-Zertifikatsmodell. --json liefert security als api_key oder certificate und, für API-Schlüssel-Remotes, credentials_present.</translation>
    </message>
    <message>
        <source>send the requests even when the privilege check finds missing privileges</source>
        <translation>die Anfragen auch dann senden, wenn die Berechtigungsprüfung fehlende Berechtigungen findet</translation>
    </message>
    <message>
        <source>warning: could not check before sending: %1</source>
        <translation>Warnung: Vor dem Senden konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the privilege check found missing privileges.</source>
        <translation>Es wurde nichts gesendet: Die Berechtigungsprüfung hat fehlende Berechtigungen gefunden.</translation>
    </message>
    <message>
        <source>Ask an administrator for them, or give --skip-preflight to send the requests anyway.</source>
        <translation>Bitten Sie einen Administrator darum, oder geben Sie --skip-preflight an, um die Anfragen trotzdem zu senden.</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB, too large for a configuration file</source>
        <translation>die Datei ist größer als %1 KB, zu groß für eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>check that follower indices hold what their leaders hold</source>
        <translation>prüfen, ob Follower-Indizes enthalten, was ihre Leader enthalten</translation>
    </message>
    <message>
        <source>check every follower index</source>
        <translation>jeden Follower-Index prüfen</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster (instead of --leader_url)</source>
        <translation>die gespeicherte Verbindung des Leader-Clusters (statt --leader_url)</translation>
    </message>
    <message>
        <source>the default leader connection</source>
        <translation>die Standard-Leader-Verbindung</translation>
    </message>
    <message>
        <source>check only followers of this remote cluster (the one the leader stands for)</source>
        <translation>nur Follower dieses Remote-Clusters prüfen (des Clusters, für den der Leader steht)</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and each shard&apos;s follower checkpoint with the leader&apos;s max sequence number. &quot;complete&quot;: every operation replicated and the counts agree; &quot;behind&quot;: operations still to replicate (by how many); &quot;differs&quot;: the checkpoints match but the counts do not (elastic/elasticsearch#89991); &quot;not checked&quot;: a paused follower, a missing index or an unreachable cluster. Counts are what searches see, i.e. as of the last refresh.
Exit codes: 0 every copy complete or behind; 1 a copy differs or could not be checked; 2 bad usage; 3 a cluster could not be reached; 4 credentials refused.</source>
        <translation>Vergleicht die Dokumentanzahlen von Leader und Follower sowie den Follower-Checkpoint jedes Shards mit der höchsten Sequenznummer des Leaders. „vollständig“: jede Operation repliziert und die Anzahlen stimmen überein; „im Rückstand“: noch zu replizierende Operationen (wie viele); „abweichend“: die Checkpoints stimmen überein, die Anzahlen nicht (elastic/elasticsearch#89991); „nicht geprüft“: ein pausierter Follower, ein fehlender Index oder ein nicht erreichbarer Cluster. Die Anzahlen sind, was Suchen sehen, also Stand der letzten Aktualisierung (Refresh).
Exit-Codes: 0 jede Kopie vollständig oder im Rückstand; 1 eine Kopie weicht ab oder konnte nicht geprüft werden; 2 falsche Verwendung; 3 ein Cluster war nicht erreichbar; 4 Anmeldedaten abgelehnt.</translation>
    </message>
    <message>
        <source>give either -f/--follower_index or --all</source>
        <translation>entweder -f/--follower_index oder --all angeben</translation>
    </message>
    <message>
        <source>give either --leader or --leader_url</source>
        <translation>entweder --leader oder --leader_url angeben</translation>
    </message>
    <message>
        <source>the leader cluster is needed: give --leader_url URL or --leader NAME, or save a default leader connection</source>
        <translation>der Leader-Cluster wird benötigt: --leader_url URL oder --leader NAME angeben oder eine Standard-Leader-Verbindung speichern</translation>
    </message>
    <message>
        <source>No follower indices to check.</source>
        <translation>Keine Follower-Indizes zu prüfen.</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>OPERATIONS BEHIND</source>
        <translation>OPERATIONEN IM RÜCKSTAND</translation>
    </message>
    <message>
        <source>LEADER DOCUMENTS</source>
        <translation>LEADER-DOKUMENTE</translation>
    </message>
    <message>
        <source>FOLLOWER DOCUMENTS</source>
        <translation>FOLLOWER-DOKUMENTE</translation>
    </message>
    <message>
        <source>every saved connection at once, one table</source>
        <translation>alle gespeicherten Verbindungen auf einmal, in einer Tabelle</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>secret missing</source>
        <translation>Geheimnis fehlt</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>--all-connections reads every saved connection: leave out -c/--connection and --url</source>
        <translation>--all-connections liest alle gespeicherten Verbindungen: -c/--connection und --url weglassen</translation>
    </message>
    <message>
        <source>there is no saved connection yet; add one with &quot;duper add-cluster&quot;</source>
        <translation>es gibt noch keine gespeicherte Verbindung; fügen Sie eine mit &quot;duper add-cluster&quot; hinzu</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LICENSE</source>
        <translation>LIZENZ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>PATTERNS</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>WORST LAG</source>
        <translation>GRÖSSTER RÜCKSTAND</translation>
    </message>
    <message>
        <source>SINCE LAST READ</source>
        <translation>SEIT LETZTEM LESEN</translation>
    </message>
    <message>
        <source>REMOTES</source>
        <translation>REMOTES</translation>
    </message>
    <message>
        <source>--all-connections lists the follower indices of every saved connection in one table with a CONNECTION column; clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>--all-connections listet die Follower-Indizes aller gespeicherten Verbindungen in einer Tabelle mit einer Spalte VERBINDUNG; Cluster, die nicht gelesen werden konnten, werden auf stderr genannt (Exit-Code 1, oder 3, wenn keiner gelesen werden konnte).</translation>
    </message>
    <message>
        <source>--all-connections shows one row per saved connection: reachable or why not, cluster, version, license, followers by status, auto-follow patterns, worst lag, longest time since a read and the remotes it follows (exit code 1 when some clusters could not be read, 3 when none could).</source>
        <translation>--all-connections zeigt eine Zeile je gespeicherter Verbindung: erreichbar oder warum nicht, Cluster, Version, Lizenz, Follower nach Status, Auto-Follow-Muster, größter Rückstand, längste Zeit seit einem Lesevorgang und die Remote-Cluster, denen sie folgt (Exit-Code 1, wenn einige Cluster nicht gelesen werden konnten, 3, wenn keiner gelesen werden konnte).</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>show who replicates from whom across every saved connection</source>
        <translation>zeigen, wer von wem repliziert, über alle gespeicherten Verbindungen</translation>
    </message>
    <message>
        <source>One line per follower cluster and remote cluster alias it replicates from: the leader&apos;s saved connection (found by the addresses its nodes publish, else by its cluster name) or &quot;unknown&quot; with the remote&apos;s addresses, the number of follower indices and their worst status. Clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>Eine Zeile je Follower-Cluster und Remote-Cluster-Alias, von dem er repliziert: die gespeicherte Verbindung des Leaders (gefunden über die Adressen, die seine Knoten veröffentlichen, sonst über seinen Clusternamen) oder &quot;unknown&quot; mit den Adressen des Remote-Clusters, die Anzahl der Follower-Indizes und ihr schlechtester Status. Cluster, die nicht gelesen werden konnten, werden auf stderr genannt (Exit-Code 1, oder 3, wenn keiner gelesen werden konnte).</translation>
    </message>
    <message>
        <source>FOLLOWER CLUSTER</source>
        <translation>FOLLOWER-CLUSTER</translation>
    </message>
    <message>
        <source>LEADER CLUSTER</source>
        <translation>LEADER-CLUSTER</translation>
    </message>
    <message>
        <source>WORST STATUS</source>
        <translation>SCHLECHTESTER STATUS</translation>
    </message>
    <message>
        <source>--%1 needs a number of operations (0 or more), not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Anzahl Operationen (0 oder mehr), nicht „%2“</translation>
    </message>
    <message>
        <source>--%1 cannot be negative</source>
        <translation>--%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>--%1 needs a share of the retention lease period such as 50% or a time such as 6h, not &quot;%2&quot;</source>
        <translation>--%1 braucht einen Anteil des Retention-Lease-Zeitraums wie 50% oder eine Zeit wie 6h, nicht „%2“</translation>
    </message>
    <message>
        <source>check replication for a monitoring system (Nagios/Icinga plugin)</source>
        <translation>die Replikation für ein Monitoring-System prüfen (Nagios/Icinga-Plugin)</translation>
    </message>
    <message>
        <source>follower indices or patterns to check</source>
        <translation>zu prüfende Follower-Indizes oder Muster</translation>
    </message>
    <message>
        <source>warn when a follower is more operations behind than this</source>
        <translation>warnen, wenn ein Follower mehr Operationen zurückliegt</translation>
    </message>
    <message>
        <source>critical when a follower is more operations behind than this</source>
        <translation>kritisch, wenn ein Follower mehr Operationen zurückliegt</translation>
    </message>
    <message>
        <source>count lag only once it has lasted this long (needs --state-file)</source>
        <translation>Rückstand erst zählen, wenn er so lange anhält (braucht --state-file)</translation>
    </message>
    <message>
        <source>warn when a shard last read from the leader longer ago</source>
        <translation>warnen, wenn ein Shard länger nicht vom Leader gelesen hat</translation>
    </message>
    <message>
        <source>critical when a shard last read from the leader longer ago</source>
        <translation>kritisch, wenn ein Shard länger nicht vom Leader gelesen hat</translation>
    </message>
    <message>
        <source>warn when a follower has been paused this share of its leader&apos;s retention lease period (or this long)</source>
        <translation>warnen, wenn ein Follower diesen Anteil des Retention-Lease-Zeitraums seines Leaders (oder so lange) pausiert ist</translation>
    </message>
    <message>
        <source>critical when a follower has been paused this share of the period (or this long)</source>
        <translation>kritisch, wenn ein Follower diesen Anteil des Zeitraums (oder so lange) pausiert ist</translation>
    </message>
    <message>
        <source>remember between runs since when followers are paused or lagging (one file per check)</source>
        <translation>zwischen Läufen merken, seit wann Follower pausiert sind oder zurückliegen (eine Datei pro Prüfung)</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster, to read the retention lease period (instead of --leader_url)</source>
        <translation>die gespeicherte Verbindung des Leader-Clusters, um den Retention-Lease-Zeitraum zu lesen (statt --leader_url)</translation>
    </message>
    <message>
        <source>the remote cluster the leader connection stands for</source>
        <translation>der Remote-Cluster, für den die Leader-Verbindung steht</translation>
    </message>
    <message>
        <source>every one</source>
        <translation>jeder</translation>
    </message>
    <message>
        <source>Rules: lag above --lag-warning/--lag-critical operations; a shard&apos;s last read from the leader longer ago than --last-read-warning/--last-read-critical; read exceptions (warning; critical when they keep repeating); a fatal error (critical); paused: the leader keeps the operations a paused follower needs only for its index.soft_deletes.retention_lease.period (12h by default, read from the leader when --leader_url or --leader is given), after which resuming fails. Elasticsearch does not record when a follower was paused: without --state-file a paused follower is a warning; with it, the check measures the pause from the first run that saw the follower replicating and then paused.
Output: a summary line with performance data after &apos;|&apos;, then one line per problem.
Exit codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (cluster unreachable, credentials refused, bad usage).</source>
        <translation>Regeln: Rückstand über --lag-warning/--lag-critical Operationen; letzter Lesevorgang eines Shards vom Leader länger her als --last-read-warning/--last-read-critical; Lesefehler (Warnung; kritisch, wenn sie sich ständig wiederholen); ein schwerer Fehler (kritisch); pausiert: der Leader behält die Operationen, die ein pausierter Follower braucht, nur für seinen index.soft_deletes.retention_lease.period (standardmäßig 12h, vom Leader gelesen, wenn --leader_url oder --leader angegeben ist), danach schlägt Fortsetzen fehl. Elasticsearch zeichnet nicht auf, wann ein Follower pausiert wurde: ohne --state-file ist ein pausierter Follower eine Warnung; damit misst die Prüfung die Pause ab dem ersten Lauf, der den Follower replizierend und dann pausiert gesehen hat.
Ausgabe: eine Zusammenfassungszeile mit Leistungsdaten nach &apos;|&apos;, dann eine Zeile pro Problem.
Exit-Codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (Cluster nicht erreichbar, Zugangsdaten abgelehnt, falsche Verwendung).</translation>
    </message>
    <message>
        <source>--lag-warning cannot be above --lag-critical</source>
        <translation>--lag-warning darf nicht über --lag-critical liegen</translation>
    </message>
    <message>
        <source>--last-read-warning cannot be above --last-read-critical</source>
        <translation>--last-read-warning darf nicht über --last-read-critical liegen</translation>
    </message>
    <message>
        <source>--paused-warning cannot be above --paused-critical</source>
        <translation>--paused-warning darf nicht über --paused-critical liegen</translation>
    </message>
    <message>
        <source>--lag-for needs --state-file: a single check cannot tell how long lag has lasted</source>
        <translation>--lag-for braucht --state-file: eine einzelne Prüfung kann nicht wissen, wie lange der Rückstand schon anhält</translation>
    </message>
    <message>
        <source>no follower indices to check</source>
        <translation>keine Follower-Indizes zu prüfen</translation>
    </message>
    <message>
        <source>%1 followers, lag max %2 ops</source>
        <translation>%1 Follower, Rückstand max. %2 Ops</translation>
    </message>
    <message>
        <source>%1 of %2 followers critical</source>
        <translation>%1 von %2 Followern kritisch</translation>
    </message>
    <message>
        <source>%1 of %2 followers warning</source>
        <translation>%1 von %2 Followern mit Warnung</translation>
    </message>
    <message>
        <source>, %1 warning</source>
        <translation>, %1 Warnung</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>no follower index matches %1</source>
        <translation>kein Follower-Index passt zu %1</translation>
    </message>
    <message>
        <source>the leader connection stands for remote cluster %1, this follower follows %2</source>
        <translation>die Leader-Verbindung steht für den Remote-Cluster %1, dieser Follower folgt %2</translation>
    </message>
    <message>
        <source>No leader connection: the retention lease period is assumed to be Elasticsearch&apos;s default, %1 (give --leader_url or --leader to read it).</source>
        <translation>Keine Leader-Verbindung: als Retention-Lease-Zeitraum wird der Standardwert von Elasticsearch angenommen, %1 (--leader_url oder --leader angeben, um ihn zu lesen).</translation>
    </message>
    <message>
        <source>Elasticsearch does not record when a follower was paused: give --state-file so that repeated checks measure it.</source>
        <translation>Elasticsearch zeichnet nicht auf, wann ein Follower pausiert wurde: --state-file angeben, damit wiederholte Prüfungen es messen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1: %2</source>
        <translation>
            <numerusform>%n Verbindung aus %1 importiert: %2</numerusform>
            <numerusform>%n Verbindungen aus %1 importiert: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n Geheimnis in den Schlüsselbund verschoben.</numerusform>
            <numerusform>%n Geheimnisse in den Schlüsselbund verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectCommand</name>
    <message>
        <source>add or change a remote cluster on the follower</source>
        <translation>einen Remote-Cluster auf dem Follower hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>the alias the follower will know the leader cluster by</source>
        <translation>der Alias, unter dem der Follower den Leader-Cluster kennt</translation>
    </message>
    <message>
        <source>addresses of the leader cluster&apos;s nodes (sniff mode)</source>
        <translation>Adressen der Knoten des Leader-Clusters (Sniff-Modus)</translation>
    </message>
    <message>
        <source>secure the remote with a cross-cluster API key of this leader cluster (its REST URL or saved connection): runs the whole set-up</source>
        <translation>den Remote mit einem Cross-Cluster-API-Schlüssel dieses Leader-Clusters sichern (seine REST-URL oder gespeicherte Verbindung): führt die ganze Einrichtung aus</translation>
    </message>
    <message>
        <source>leader index patterns a new key may replicate</source>
        <translation>Leader-Indexmuster, die ein neuer Schlüssel replizieren darf</translation>
    </message>
    <message>
        <source>index patterns a new key may search</source>
        <translation>Indexmuster, die ein neuer Schlüssel durchsuchen darf</translation>
    </message>
    <message>
        <source>proxy mode on this address of the leader&apos;s remote cluster server</source>
        <translation>Proxy-Modus auf dieser Adresse des Remote-Cluster-Servers des Leaders</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>die Remote-Cluster-Server-Adresse des Leaders</translation>
    </message>
    <message>
        <source>who stores the key in the follower nodes&apos; keystores: the sandbox&apos;s emulator, or you (auto: the emulator on a Duper sandbox)</source>
        <translation>wer den Schlüssel in den Keystores der Follower-Knoten speichert: der Emulator der Sandbox oder Sie (auto: der Emulator auf einer Duper-Sandbox)</translation>
    </message>
    <message>
        <source>the keystore command already ran on every node: do not wait</source>
        <translation>der Keystore-Befehl lief bereits auf jedem Knoten: nicht warten</translation>
    </message>
    <message>
        <source>read the encoded key to use from stdin</source>
        <translation>den zu verwendenden codierten Schlüssel von stdin lesen</translation>
    </message>
    <message>
        <source>create a new key even when the keychain keeps one for the alias</source>
        <translation>einen neuen Schlüssel erstellen, auch wenn der Schlüsselbund einen für den Alias aufbewahrt</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) with the keystore commands</source>
        <translation>den codierten Schlüssel (ein Geheimnis) mit den Keystore-Befehlen ausgeben</translation>
    </message>
    <message>
        <source>--%1 needs --api-key-from</source>
        <translation>--%1 braucht --api-key-from</translation>
    </message>
    <message>
        <source>--seeds is required (or --api-key-from for a remote secured by an API key)</source>
        <translation>--seeds ist nötig (oder --api-key-from für einen mit einem API-Schlüssel gesicherten Remote)</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects to %2.</source>
        <translation>Remote-Cluster %1 verbindet sich jetzt mit %2.</translation>
    </message>
    <message>
        <source>--remote_cluster is required with --api-key-from</source>
        <translation>--remote_cluster ist mit --api-key-from nötig</translation>
    </message>
    <message>
        <source>--keystore takes auto, emulator or manual, not &quot;%1&quot;</source>
        <translation>--keystore nimmt auto, emulator oder manual, nicht „%1“</translation>
    </message>
    <message>
        <source>give either --key-stdin or --new-key</source>
        <translation>geben Sie entweder --key-stdin oder --new-key an</translation>
    </message>
    <message>
        <source>--key-stdin: no key arrived on stdin</source>
        <translation>--key-stdin: auf stdin kam kein Schlüssel an</translation>
    </message>
    <message>
        <source>--api-key-from: %1</source>
        <translation>--api-key-from: %1</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Ein neuer Schlüssel wird erstellt.</translation>
    </message>
    <message>
        <source>migrate the certificate-based remote of that alias to the API key in place</source>
        <translation>den zertifikatsbasierten Remote dieses Alias direkt auf den API-Schlüssel migrieren</translation>
    </message>
    <message>
        <source>replace a remote cluster of that alias that is connected elsewhere, or migrate without asking</source>
        <translation>einen Remote-Cluster dieses Alias ersetzen, der anderswohin verbunden ist, oder ohne Nachfrage migrieren</translation>
    </message>
    <message>
        <source>With --seeds alone: writes the persistent cluster.remote.&lt;alias&gt;.seeds setting (sniff mode, the certificate model); seeds are the leader&apos;s TRANSPORT addresses, not its REST URL.
With --api-key-from: sets up a remote secured by a cross-cluster API key in six steps: create the key on the leader (or use the one the keychain keeps for the alias, DUPER_CROSS_CLUSTER_KEY or --key-stdin; a new key is kept in the keychain only), read the nodes, store the key in every follower node&apos;s keystore (the sandbox does it itself; on a real cluster Duper prints the elasticsearch-keystore command per node and waits for Enter, or goes on with --keystore-done), reload the secure settings, add the remote on the leader&apos;s remote cluster server address (or --proxy_address / --seeds) and verify it connects. Run it again after a failure: steps already done are skipped.
With --api-key-from and --migrate-to-api-key: migrates an existing certificate-based remote (transport address) to the API key in place, in Elastic&apos;s order: create (or reuse) the key, pause the active follower indices and auto-follow patterns of the alias, switch the alias to the leader&apos;s remote cluster server with the key (the six steps above), resume exactly what it paused and verify the connection and the followers. When the switch or the check fails it puts the previous settings back and resumes what it paused (exit code 1). --dry-run prints the plan and changes nothing; on a terminal it asks first unless --yes is given. Run it again after an interruption: it knows what it paused.</source>
        <translation>Nur mit --seeds: schreibt die persistente Einstellung cluster.remote.&lt;alias&gt;.seeds (Sniff-Modus, das Zertifikatsmodell); Seeds sind die TRANSPORT-Adressen des Leaders, nicht seine REST-URL.
Mit --api-key-from: richtet in sechs Schritten einen mit einem Cross-Cluster-API-Schlüssel gesicherten Remote ein: den Schlüssel auf dem Leader erstellen (oder den verwenden, den der Schlüsselbund für den Alias aufbewahrt, DUPER_CROSS_CLUSTER_KEY oder --key-stdin; ein neuer Schlüssel wird nur im Schlüsselbund aufbewahrt), die Knoten lesen, den Schlüssel im Keystore jedes Follower-Knotens speichern (die Sandbox tut es selbst; auf einem echten Cluster gibt Duper den elasticsearch-keystore-Befehl pro Knoten aus und wartet auf Enter oder fährt mit --keystore-done fort), die sicheren Einstellungen neu laden, den Remote auf der Remote-Cluster-Server-Adresse des Leaders (oder --proxy_address / --seeds) hinzufügen und prüfen, dass er sich verbindet. Nach einem Fehler erneut ausführen: bereits erledigte Schritte werden übersprungen.
Mit --api-key-from und --migrate-to-api-key: migriert einen bestehenden zertifikatsbasierten Remote (Transportadresse) direkt auf den API-Schlüssel, in der Reihenfolge von Elastic: den Schlüssel erstellen (oder wiederverwenden), die aktiven Follower-Indizes und Auto-Follow-Muster des Alias pausieren, den Alias mit dem Schlüssel auf den Remote-Cluster-Server des Leaders umstellen (die sechs Schritte oben), genau das Pausierte fortsetzen und die Verbindung und die Follower prüfen. Schlägt der Wechsel oder die Prüfung fehl, werden die vorherigen Einstellungen wiederhergestellt und das Pausierte fortgesetzt (Exit-Code 1). --dry-run gibt den Plan aus und ändert nichts; in einem Terminal wird zuerst nachgefragt, außer mit --yes. Nach einer Unterbrechung erneut ausführen: Der Befehl weiß, was er pausiert hat.</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectMigration</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>--replication ist nötig, um einen Schlüssel zu erstellen (im Schlüsselbund liegt kein Schlüssel für den Remote-Cluster %1)</translation>
    </message>
    <message>
        <source>the migration pauses followers and switches remote cluster %1: give --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>die Migration pausiert Follower und stellt den Remote-Cluster %1 um: Geben Sie --yes an, um sie ohne Terminal auszuführen (oder --dry-run, um den Plan zu sehen)</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 to a cross-cluster API key?</source>
        <translation>Remote-Cluster %1 auf einen Cross-Cluster-API-Schlüssel migrieren?</translation>
    </message>
    <message>
        <source>Remote cluster %1 already connects with a cross-cluster API key.</source>
        <translation>Remote-Cluster %1 verbindet sich bereits mit einem Cross-Cluster-API-Schlüssel.</translation>
    </message>
    <message>
        <source>a new key on the leader for %1</source>
        <translation>ein neuer Schlüssel auf dem Leader für %1</translation>
    </message>
    <message>
        <source>the key kept for the alias</source>
        <translation>der für den Alias aufbewahrte Schlüssel</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>Follower: %1; Auto-Follow-Muster: %2</translation>
    </message>
    <message>
        <source>to the leader&apos;s remote cluster server, with the key in every node&apos;s keystore</source>
        <translation>auf den Remote-Cluster-Server des Leaders, mit dem Schlüssel im Keystore jedes Knotens</translation>
    </message>
    <message>
        <source>to %1, with the key in every node&apos;s keystore</source>
        <translation>auf %1, mit dem Schlüssel im Keystore jedes Knotens</translation>
    </message>
    <message>
        <source>connected with cluster_credentials, the followers active</source>
        <translation>mit cluster_credentials verbunden, die Follower aktiv</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 (now %2) to a cross-cluster API key:</source>
        <translation>Remote-Cluster %1 (derzeit %2) auf einen Cross-Cluster-API-Schlüssel migrieren:</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this one goes on from where it is.</source>
        <translation>Ein früherer Lauf wurde mittendrin unterbrochen: Dieser macht dort weiter, wo jener stehen blieb.</translation>
    </message>
    <message>
        <source>Left paused (they were paused before): %1</source>
        <translation>Pausiert gelassen (sie waren schon vorher pausiert): %1</translation>
    </message>
    <message>
        <source>If the switch or the check fails, the settings above are put back and what was paused is resumed.</source>
        <translation>Schlägt der Wechsel oder die Prüfung fehl, werden die obigen Einstellungen wiederhergestellt und das Pausierte fortgesetzt.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key</source>
        <translation>der Schlüsselbund konnte ihn nicht aufbewahren (%1): Ein neuer Lauf erstellt einen weiteren Schlüssel</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects with a cross-cluster API key.</source>
        <translation>Remote-Cluster %1 verbindet sich jetzt mit einem Cross-Cluster-API-Schlüssel.</translation>
    </message>
    <message>
        <source>Rolled back: fix the failure above, then run the same command again.</source>
        <translation>Vorherige Einstellungen wiederhergestellt: Beheben Sie den obigen Fehler und führen Sie dann denselben Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The rollback failed: run the same command again to go on.</source>
        <translation>Das Wiederherstellen der vorherigen Einstellungen ist fehlgeschlagen: Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectProgress</name>
    <message>
        <source>[3/6] On every node of the follower cluster, in its Elasticsearch folder, run the command below and paste the key at its prompt:</source>
        <translation>[3/6] Führen Sie auf jedem Knoten des Follower-Clusters in seinem Elasticsearch-Ordner den folgenden Befehl aus und fügen Sie den Schlüssel an dessen Eingabeaufforderung ein:</translation>
    </message>
    <message>
        <source>The key to paste: %1</source>
        <translation>Der einzufügende Schlüssel: %1</translation>
    </message>
    <message>
        <source>The key is kept in the keychain for remote cluster %1; run again with --show-key to see it.</source>
        <translation>Der Schlüssel wird für den Remote-Cluster %1 im Schlüsselbund aufbewahrt; führen Sie den Befehl mit --show-key erneut aus, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>Press Enter once the command ran on every node (Ctrl+C stops here).</source>
        <translation>Drücken Sie Enter, sobald der Befehl auf jedem Knoten gelaufen ist (Ctrl+C bricht hier ab).</translation>
    </message>
    <message>
        <source>waiting for the keystore of every node: run the command shown on each, then run duper connect again with --keystore-done</source>
        <translation>der Keystore jedes Knotens steht noch aus: Führen Sie auf jedem Knoten den angezeigten Befehl aus und führen Sie dann duper connect erneut mit --keystore-done aus</translation>
    </message>
    <message>
        <source>Give --yes to replace it.</source>
        <translation>Geben Sie --yes an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Fix this, then run the same command again: it goes on where it stopped.</source>
        <translation>Beheben Sie das und führen Sie dann denselben Befehl erneut aus: Er macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>Remote-Cluster %1 ist mit einem Cross-Cluster-API-Schlüssel verbunden.</translation>
    </message>
</context>
<context>
    <name>duper::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>MIT licence (MIT); the full text is below</source>
        <translation>MIT-Lizenz (MIT); der vollständige Text steht unten</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPL-3.0)</source>
        <translation>GNU Lesser General Public License v3 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence (BSD-3-Clause)</source>
        <translation>BSD-Lizenz mit 3 Klauseln (BSD-3-Clause)</translation>
    </message>
    <message>
        <source>Apache License 2.0 (Apache-2.0)</source>
        <translation>Apache License 2.0 (Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertCenter</name>
    <message>
        <source>Now critical: %1</source>
        <translation>Jetzt kritisch: %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertListModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Letzter Lesevorgang</translation>
    </message>
    <message>
        <source>Read exceptions</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Fatal error</source>
        <translation>Schwerwiegender Fehler</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>Zu lange pausiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>Behoben %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Follower-Index</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertRulesWidget</name>
    <message>
        <source>Alerts for %1</source>
        <translation>Alarme für %1</translation>
    </message>
    <message>
        <source>Lag &amp;warning above (operations):</source>
        <translation>&amp;Warnung bei Rückstand über (Operationen):</translation>
    </message>
    <message>
        <source>Lag &amp;critical above (operations):</source>
        <translation>&amp;Kritisch bei Rückstand über (Operationen):</translation>
    </message>
    <message>
        <source>Lag must last (minut&amp;es, 0 = at once):</source>
        <translation>Rückstand muss anhalten (Minut&amp;en, 0 = sofort):</translation>
    </message>
    <message>
        <source>Last rea&amp;d warning after (minutes):</source>
        <translation>Warnung, wenn letzter Lesevor&amp;gang älter als (Minuten):</translation>
    </message>
    <message>
        <source>Last read critical af&amp;ter (minutes):</source>
        <translation>Kritisch, wenn letzter Lesevorgang älter als (Minu&amp;ten):</translation>
    </message>
    <message>
        <source>Pa&amp;used warning at (% of retention):</source>
        <translation>Warnung bei Pa&amp;use ab (% der Aufbewahrung):</translation>
    </message>
    <message>
        <source>Paused crit&amp;ical at (% of retention):</source>
        <translation>Pause kr&amp;itisch ab (% der Aufbewahrung):</translation>
    </message>
    <message>
        <source>Announce new alerts in the system tray while Duper is in the &amp;background</source>
        <translation>Neue Alarme im Systembereich melden, während Duper im &amp;Hintergrund ist</translation>
    </message>
    <message>
        <source>These limits apply to this connection only; the alert list shows every alert whatever the tray setting.</source>
        <translation>Diese Grenzen gelten nur für diese Verbindung; die Alarmliste zeigt jeden Alarm, unabhängig von der Einstellung für den Systembereich.</translation>
    </message>
    <message>
        <source>A share of the leader index&apos;s index.soft_deletes.retention_lease.period: after it, resuming fails and the follower must be recreated. Read from the leader when it is a saved connection Duper can reach; otherwise the alert says it assumed the 12h default: leader not saved or not reachable.</source>
        <translation>Ein Anteil von index.soft_deletes.retention_lease.period des Leader-Index: danach schlägt das Fortsetzen fehl und der Follower muss neu angelegt werden. Vom Leader gelesen, wenn er eine gespeicherte Verbindung ist, die Duper erreicht; sonst sagt der Alarm, dass der Standardwert 12h angenommen wurde: Leader nicht gespeichert oder nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertsPage</name>
    <message numerus="yes">
        <source>Ale&amp;rts (%n)</source>
        <translation>
            <numerusform>Ala&amp;rme (%n)</numerusform>
            <numerusform>Ala&amp;rme (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Clear cleared</source>
        <translation>Behobene entfernen</translation>
    </message>
    <message>
        <source>Remove the alerts that are over from the list; the active ones stay</source>
        <translation>Beendete Alarme aus der Liste entfernen; aktive bleiben</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <source>Active: %1 · Cleared: %2</source>
        <translation>Aktiv: %1 · Behoben: %2</translation>
    </message>
    <message>
        <source>Alerts appear here when a follower index lags, stops reading from its leader, fails to read, stops on a fatal error or stays paused too long. The Alerts tab of Edit → Preferences… sets the limits for this connection.</source>
        <translation>Alarme erscheinen hier, wenn ein Follower-Index zurückliegt, nicht mehr von seinem Leader liest, beim Lesen scheitert, bei einem schweren Fehler anhält oder zu lange pausiert. Der Reiter „Alarme“ unter Bearbeiten → Einstellungen… legt die Grenzen für diese Verbindung fest.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster %1 of %2 to an API key</source>
        <translation>Remote-Cluster %1 von %2 auf einen API-Schlüssel migrieren</translation>
    </message>
    <message>
        <source>Remote cluster %1 connects with TLS certificates on the transport port, deprecated since Elasticsearch 9.0. Duper switches it in place to a cross-cluster API key: it creates the key on the leader cluster, pauses what uses the remote cluster, points it at the leader&apos;s remote cluster server with the key, resumes and checks. First a dry run shows exactly what it will do.</source>
        <translation>Remote-Cluster %1 verbindet sich mit TLS-Zertifikaten über den Transport-Port, was seit Elasticsearch 9.0 veraltet ist. Duper stellt ihn direkt auf einen Cross-Cluster-API-Schlüssel um: Der Schlüssel wird auf dem Leader-Cluster erstellt, was den Remote-Cluster verwendet, wird pausiert, der Remote-Cluster wird mit dem Schlüssel auf den Remote-Cluster-Server des Leaders umgestellt, dann wird fortgesetzt und geprüft. Zuerst zeigt ein Probelauf genau, was geschehen wird.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>Speichern Sie zuerst eine Verbindung zum Leader-Cluster (Datei → Verbindungen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The key&lt;/b&gt; — the leader cluster and what the key allows</source>
        <translation>&lt;b&gt;1. Der Schlüssel&lt;/b&gt; — der Leader-Cluster und was der Schlüssel erlaubt</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Dry run&lt;/b&gt; — what the migration will do; nothing changed yet</source>
        <translation>&lt;b&gt;2. Probelauf&lt;/b&gt; — was die Migration tun wird; noch nichts geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Migration&lt;/b&gt; — key, pause, switch, resume, check</source>
        <translation>&lt;b&gt;3. Migration&lt;/b&gt; — Schlüssel, Pausieren, Umstellen, Fortsetzen, Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;Der Schlüssel im Keystore jedes Knotens&lt;/b&gt; — hier sind Sie gefragt</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>Migration &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>&amp;Probelauf &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>Wählen Sie den Leader-Cluster.</translation>
    </message>
    <message>
        <source>Reading what uses remote cluster %1…</source>
        <translation>Es wird gelesen, was den Remote-Cluster %1 verwendet…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No follower or auto-follow pattern uses %1 yet: give the patterns the key may replicate.</source>
        <translation>Noch verwendet kein Follower und kein Auto-Follow-Muster %1: Geben Sie die Muster an, die der Schlüssel replizieren darf.</translation>
    </message>
    <message>
        <source>Prefilled with the leader indices of the followers and the patterns of the auto-follow patterns that use %1.</source>
        <translation>Vorausgefüllt mit den Leader-Indizes der Follower und den Mustern der Auto-Follow-Muster, die %1 verwenden.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Give the leader index patterns the new key may replicate: no key is kept in the keychain for %1.</source>
        <translation>Geben Sie die Leader-Index-Muster an, die der neue Schlüssel replizieren darf: Im Schlüsselbund wird kein Schlüssel für %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Start the migration when the plan is right, or go back and change the key.</source>
        <translation>Starten Sie die Migration, wenn der Plan stimmt, oder gehen Sie zurück und ändern Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this run goes on from where it is.</source>
        <translation>Ein früherer Lauf wurde mittendrin angehalten: Dieser Lauf macht dort weiter, wo er steht.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>Dieser Follower ist die Sandbox von Duper: Ihr Keystore-Emulator hat den Schlüssel gespeichert, daher ist auf ihren Knoten kein Befehl auszuführen. Ein echter Cluster braucht „%1“ auf jedem Knoten.</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</source>
        <translation>
            <numerusform>Der Schlüssel kommt in den Keystore von %1 (%n Knoten): Führen Sie auf dem Knoten in seinem Elasticsearch-Ordner den folgenden Befehl aus und fügen Sie den Schlüssel (von der vorigen Seite oder aus Ihren Unterlagen kopiert) an seiner Eingabeaufforderung ein. Duper lädt danach die sicheren Einstellungen des Knotens neu und stellt %2 um. Bis dahin bleiben dessen Follower pausiert.</numerusform>
            <numerusform>Der Schlüssel kommt in den Keystore jedes der %n Knoten von %1: Führen Sie auf jedem Knoten in seinem Elasticsearch-Ordner den folgenden Befehl aus und fügen Sie den Schlüssel (von der vorigen Seite oder aus Ihren Unterlagen kopiert) an seiner Eingabeaufforderung ein. Duper lädt danach die sicheren Einstellungen aller Knoten neu und stellt %2 um. Bis dahin bleiben dessen Follower pausiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>Warten auf den Keystore-Befehl auf jedem Knoten.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Close the window: the Remote clusters tab shows the remote cluster again.</source>
        <translation>Schließen Sie das Fenster: Der Tab „Remote-Cluster“ zeigt den Remote-Cluster wieder an.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Migrationsschritte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>Servername %1</translation>
    </message>
    <message>
        <source>skip_unavailable %1</source>
        <translation>skip_unavailable %1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message numerus="yes">
        <source>%n node connection(s)</source>
        <translation>
            <numerusform>%n Knotenverbindung</numerusform>
            <numerusform>%n Knotenverbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy socket connection(s)</source>
        <translation>
            <numerusform>%n Proxy-Socket-Verbindung</numerusform>
            <numerusform>%n Proxy-Socket-Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; cannot be migrated:</source>
        <translation>Remote-Cluster &lt;b&gt;%1&lt;/b&gt; kann nicht migriert werden:</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 already connects with a cross-cluster API key: there is nothing to migrate. Start only checks that it is connected and its followers are active.</source>
        <translation>Remote-Cluster &lt;b&gt;%1&lt;/b&gt; von %2 verbindet sich bereits mit einem Cross-Cluster-API-Schlüssel: Es gibt nichts zu migrieren. „Migration starten“ prüft nur, ob er verbunden ist und seine Follower aktiv sind.</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 uses certificates now (%3). The migration switches it in place, in this order:</source>
        <translation>Remote-Cluster &lt;b&gt;%1&lt;/b&gt; von %2 verwendet derzeit Zertifikate (%3). Die Migration stellt ihn direkt um, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>the key your keychain keeps for %1 (no new key)</source>
        <translation>der Schlüssel, den Ihr Schlüsselbund für %1 aufbewahrt (kein neuer Schlüssel)</translation>
    </message>
    <message>
        <source>a new key on %1 that may replicate %2</source>
        <translation>ein neuer Schlüssel auf %1, der %2 replizieren darf</translation>
    </message>
    <message>
        <source> and search %1</source>
        <translation> und %1 durchsuchen darf</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server (its address read from the leader&apos;s nodes, port 9443 by default), proxy mode</source>
        <translation>der Remote-Cluster-Server des Leaders (seine Adresse wird von den Knoten des Leaders gelesen, standardmäßig Port 9443), Proxy-Modus</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>Proxy-Modus auf %1</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>Follower: %1; Auto-Follow-Muster: %2</translation>
    </message>
    <message>
        <source>nothing active uses %1</source>
        <translation>nichts Aktives verwendet %1</translation>
    </message>
    <message>
        <source>%1 moves to %2, with the key in the keystore of every node of %3</source>
        <translation>%1 wechselt zu %2, mit dem Schlüssel im Keystore jedes Knotens von %3</translation>
    </message>
    <message>
        <source>%1 connected with cluster_credentials, the resumed followers active</source>
        <translation>%1 mit cluster_credentials verbunden, die fortgesetzten Follower aktiv</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved for a rollback&lt;/b&gt;: %1. If the switch or the check fails, these settings are put back and what was paused is resumed.</source>
        <translation>&lt;b&gt;Für die Wiederherstellung gesichert&lt;/b&gt;: %1. Schlägt die Umstellung oder die Prüfung fehl, werden diese Einstellungen wiederhergestellt und das Pausierte wird fortgesetzt.</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way (it paused %1 and %2): this run goes on from where it is.</source>
        <translation>Ein früherer Lauf wurde mittendrin angehalten (er hat %1 und %2 pausiert): Dieser Lauf macht dort weiter, wo er steht.</translation>
    </message>
    <message>
        <source>Left paused, as someone paused them before: %1.</source>
        <translation>Bleiben pausiert, da sie schon vorher jemand pausiert hatte: %1.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dry run: nothing was changed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Probelauf: Es wurde nichts geändert.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 now connects with a cross-cluster API key; what was paused runs again.</source>
        <translation>Erledigt: Remote-Cluster %1 verbindet sich jetzt mit einem Cross-Cluster-API-Schlüssel; das Pausierte läuft wieder.</translation>
    </message>
    <message>
        <source>Rolled back: %1. Fix the failure above, then Run again.</source>
        <translation>Vorherige Einstellungen wiederhergestellt: %1. Beheben Sie den obigen Fehler und wählen Sie dann „Erneut ausführen“.</translation>
    </message>
    <message>
        <source>The rollback failed too: Run again to go on from the kept state, or put the settings back by hand.</source>
        <translation>Auch das Wiederherstellen der vorherigen Einstellungen ist fehlgeschlagen: Wählen Sie „Erneut ausführen“, um vom gespeicherten Stand aus weiterzumachen, oder stellen Sie die Einstellungen von Hand wieder her.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was rolled back: what was paused stays paused until Run again goes on from where this run stopped.</source>
        <translation>Angehalten. Es wurden keine Einstellungen wiederhergestellt: Das Pausierte bleibt pausiert, bis „Erneut ausführen“ dort weitermacht, wo dieser Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>Nothing was changed: remote cluster %1 still uses certificates.</source>
        <translation>Es wurde nichts geändert: Remote-Cluster %1 verwendet weiterhin Zertifikate.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster to %1 with an API key</source>
        <translation>Remote-Cluster mit einem API-Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>Speichern Sie zuerst eine Verbindung zum Leader-Cluster (Datei → Verbindungen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The leader cluster&lt;/b&gt; — the cluster to replicate from</source>
        <translation>&lt;b&gt;1. Der Leader-Cluster&lt;/b&gt; — der Cluster, von dem repliziert wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. What the key allows&lt;/b&gt; — and where this cluster connects</source>
        <translation>&lt;b&gt;2. Was der Schlüssel erlaubt&lt;/b&gt; — und wohin sich dieser Cluster verbindet</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Set up&lt;/b&gt; — key, keystores, reload, remote cluster, check</source>
        <translation>&lt;b&gt;3. Einrichten&lt;/b&gt; — Schlüssel, Keystores, Neuladen, Remote-Cluster, Prüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;4. Der Schlüssel im Keystore jedes Knotens&lt;/b&gt; — hier sind Sie gefragt</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>Wählen Sie den Leader-Cluster.</translation>
    </message>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>Geben Sie dem Remote-Cluster einen Namen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>Dieser Follower ist die Sandbox von Duper: Ihr Keystore-Emulator hat den Schlüssel gespeichert, daher ist auf ihren Knoten kein Befehl auszuführen. Ein echter Cluster braucht „%1“ auf jedem Knoten.</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</source>
        <translation>
            <numerusform>Der Schlüssel kommt in den Keystore von %1 (%n Knoten): Führen Sie auf dem Knoten in seinem Elasticsearch-Ordner den folgenden Befehl aus und fügen Sie den Schlüssel (von der vorigen Seite oder aus Ihren Unterlagen kopiert) an seiner Eingabeaufforderung ein. Duper lädt danach die sicheren Einstellungen des Knotens neu.</numerusform>
            <numerusform>Der Schlüssel kommt in den Keystore jedes der %n Knoten von %1: Führen Sie auf jedem Knoten in seinem Elasticsearch-Ordner den folgenden Befehl aus und fügen Sie den Schlüssel (von der vorigen Seite oder aus Ihren Unterlagen kopiert) an seiner Eingabeaufforderung ein. Duper lädt danach die sicheren Einstellungen aller Knoten neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>Warten auf den Keystore-Befehl auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>Erledigt: Remote-Cluster %1 ist mit einem Cross-Cluster-API-Schlüssel verbunden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Replace and try again</source>
        <translation>E&amp;rsetzen und erneut versuchen</translation>
    </message>
    <message>
        <source>Replace the remote cluster, or go back and give another name.</source>
        <translation>Ersetzen Sie den Remote-Cluster, oder gehen Sie zurück und geben Sie einen anderen Namen an.</translation>
    </message>
    <message>
        <source>Fix it, then Try again: what is done is not done twice.</source>
        <translation>Beheben Sie das Problem und wählen Sie dann „Erneut versuchen“: Bereits Erledigtes wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>not reloaded</source>
        <translation>nicht neu geladen</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>neu geladen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keystore command per node</source>
        <translation>Keystore-Befehl pro Knoten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command for node %1</source>
        <translation>Den Befehl für Knoten %1 kopieren</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Ein neuer Schlüssel wird erstellt.</translation>
    </message>
    <message>
        <source>There is no keychain: copy the key now, it is kept only while this window is open. It is a secret.</source>
        <translation>Es gibt keinen Schlüsselbund: Kopieren Sie den Schlüssel jetzt, er wird nur aufbewahrt, solange dieses Fenster geöffnet ist. Er ist ein Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain could not keep it (%1): copy it now, it is shown only here. It is a secret.</source>
        <translation>Der Schlüsselbund konnte ihn nicht aufbewahren (%1): Kopieren Sie ihn jetzt, er wird nur hier angezeigt. Er ist ein Geheimnis.</translation>
    </message>
    <message>
        <source>not kept in the keychain: %1</source>
        <translation>nicht im Schlüsselbund aufbewahrt: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Auto-Follow-Muster erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Creating the auto-follow pattern…</source>
        <translation>Auto-Follow-Muster wird erstellt…</translation>
    </message>
    <message>
        <source>Edit auto-follow pattern “%1”</source>
        <translation>Auto-Follow-Muster „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>Auto-Follow-Muster wird gespeichert…</translation>
    </message>
    <message>
        <source>Duplicate auto-follow pattern “%1”</source>
        <translation>Auto-Follow-Muster „%1“ duplizieren</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>The name of an existing pattern cannot change; duplicate it instead.</source>
        <translation>Der Name eines vorhandenen Musters kann nicht geändert werden; duplizieren Sie es stattdessen.</translation>
    </message>
    <message numerus="yes">
        <source>The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.</source>
        <translation>
            <numerusform>Das Muster setzt außerdem %n Index-Einstellung für seine Follower (%1); sie bleibt unverändert.</numerusform>
            <numerusform>Das Muster setzt außerdem %n Index-Einstellungen für seine Follower (%1); sie bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a remote it cannot reach, and an existing pattern follows nothing until it is back.</source>
        <translation>Dieser Cluster kann „%1“ gerade nicht erreichen. Elasticsearch erstellt kein Muster für einen nicht erreichbaren Remote-Cluster, und ein vorhandenes Muster folgt nichts, bis er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Add a leader index pattern to see the follower index names it creates.</source>
        <translation>Fügen Sie ein Leader-Index-Muster hinzu, um die damit erstellten Follower-Index-Namen zu sehen.</translation>
    </message>
    <message>
        <source>New leader indices get followers named like this:</source>
        <translation>Neue Leader-Indizes erhalten Follower mit solchen Namen:</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n existing index(es) on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</source>
        <translation>
            <numerusform>%n vorhandener Index auf „%1“ passt. Das Muster folgt keinen Indizes, die vor ihm existieren; verwenden Sie dafür „Mehreren folgen…“:</numerusform>
            <numerusform>%n vorhandene Indizes auf „%1“ passen. Das Muster folgt keinen Indizes, die vor ihm existieren; verwenden Sie dafür „Mehreren folgen…“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one in the Remote clusters tab first.</source>
        <translation>Dieser Cluster hat noch keinen Remote-Cluster. Fügen Sie zuerst einen im Tab „Remote-Cluster“ hinzu.</translation>
    </message>
    <message>
        <source>Add at least one leader index pattern.</source>
        <translation>Fügen Sie mindestens ein Leader-Index-Muster hinzu.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have saved the pattern; refresh the list to check.</source>
        <translation>Abgebrochen. Elasticsearch hat das Muster möglicherweise trotzdem gespeichert; aktualisieren Sie die Liste, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Nicht länger auf Elasticsearch warten</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n Fehler: %1</numerusform>
            <numerusform>%n Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>Leader-Muster</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Follower-Index-Muster</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Letzte Fehler</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternsPage</name>
    <message>
        <source>Create pattern…</source>
        <translation>Muster erstellen…</translation>
    </message>
    <message>
        <source>Create an auto-follow pattern</source>
        <translation>Ein Auto-Follow-Muster erstellen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected pattern</source>
        <translation>Das ausgewählte Muster bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Create a new pattern from the selected one</source>
        <translation>Ein neues Muster aus dem ausgewählten erstellen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop following new leader indices (existing followers keep replicating)</source>
        <translation>Neuen Leader-Indizes nicht mehr folgen (vorhandene Follower replizieren weiter)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Follow new leader indices again</source>
        <translation>Neuen Leader-Indizes wieder folgen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected patterns (existing followers keep replicating)</source>
        <translation>Die ausgewählten Muster löschen (vorhandene Follower replizieren weiter)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the patterns</source>
        <translation>Die Muster neu laden</translation>
    </message>
    <message>
        <source>Auto-follow pattern actions</source>
        <translation>Aktionen für Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>Search by name, remote cluster or pattern</source>
        <translation>Nach Name, Remote-Cluster oder Muster suchen</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>Follow existing indices with “Follow many…”</source>
        <translation>Vorhandenen Indizes mit „Mehreren folgen…“ folgen</translation>
    </message>
    <message>
        <source>Refreshing the auto-follow patterns failed: %1</source>
        <translation>Aktualisieren der Auto-Follow-Muster fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose a connection to see its auto-follow patterns.</source>
        <translation>Wählen Sie eine Verbindung, um ihre Auto-Follow-Muster zu sehen.</translation>
    </message>
    <message>
        <source>The auto-follow patterns could not be loaded</source>
        <translation>Die Auto-Follow-Muster konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading auto-follow patterns…</source>
        <translation>Auto-Follow-Muster werden geladen…</translation>
    </message>
    <message>
        <source>Create your first auto-follow pattern</source>
        <translation>Erstellen Sie Ihr erstes Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name matches, as soon as it is created. Indices that already exist when the pattern is created are not followed: use “Follow many…” for those.</source>
        <translation>Mit einem Auto-Follow-Muster folgt dieser Cluster jedem neuen Index auf einem Remote-Cluster, dessen Name passt, sobald er erstellt wird. Indizes, die beim Erstellen des Musters schon existieren, folgt es nicht: Verwenden Sie dafür „Mehreren folgen…“.</translation>
    </message>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Auto-Follow-Muster erstellen</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n Muster</numerusform>
            <numerusform>%n Muster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pattern(s)</source>
        <translation>
            <numerusform>%1 von %n Muster</numerusform>
            <numerusform>%1 von %n Mustern</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pattern to see its details.</source>
        <translation>Wählen Sie ein Muster, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>Leader-Muster</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Ausschlussmuster</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Follower-Index-Muster</translation>
    </message>
    <message>
        <source>Follow settings</source>
        <translation>Follow-Einstellungen</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s defaults</source>
        <translation>Standardwerte von Elasticsearch</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Letzte Fehler</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Auto-follow pattern “%1” saved.</source>
        <translation>Auto-Follow-Muster „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers keep replicating.</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster pausieren? Es folgt keinen neuen Leader-Indizes mehr; vorhandene Follower replizieren weiter.</numerusform>
            <numerusform>%n Auto-Follow-Muster pausieren? Sie folgen keinen neuen Leader-Indizes mehr; vorhandene Follower replizieren weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n auto-follow pattern(s)?</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster fortsetzen?</numerusform>
            <numerusform>%n Auto-Follow-Muster fortsetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing follower indices keep replicating.</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster löschen? Neuen Leader-Indizes wird dann nicht mehr gefolgt; vorhandene Follower-Indizes replizieren weiter.</numerusform>
            <numerusform>%n Auto-Follow-Muster löschen? Neuen Leader-Indizes wird dann nicht mehr gefolgt; vorhandene Follower-Indizes replizieren weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s) %1.</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster %1.</numerusform>
            <numerusform>%n Auto-Follow-Muster %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 auto-follow patterns %3.</source>
        <translation>%1 von %2 Auto-Follow-Mustern %3.</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Alles erledigt.</translation>
    </message>
    <message>
        <source>Some patterns could not be changed.</source>
        <translation>Einige Muster konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoRefreshControl</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervall für automatische Aktualisierung</translation>
    </message>
    <message>
        <source>How often the list refreshes by itself</source>
        <translation>Wie oft sich die Liste von selbst aktualisiert</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication with %1</source>
        <translation>Bidirektionale Replikation mit %1</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other: each gets an auto-follow pattern that follows the other one. Follower indices are named &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, and replicated copies are never followed back, so nothing loops. Pick the other cluster, then &lt;b&gt;Plan&lt;/b&gt;: nothing changes before you confirm.</source>
        <translation>Beide Cluster replizieren zueinander: Jeder erhält ein Auto-Follow-Muster, das dem anderen folgt. Follower-Indizes heißen &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, und replizierten Kopien wird nie zurück gefolgt, sodass keine Schleifen entstehen. Wählen Sie den anderen Cluster, dann &lt;b&gt;Planen&lt;/b&gt;: Nichts ändert sich, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>Save a connection to the other cluster first (File → Connections).</source>
        <translation>Speichern Sie zuerst eine Verbindung zum anderen Cluster (Datei → Verbindungen).</translation>
    </message>
    <message>
        <source>Pick the other cluster.</source>
        <translation>Wählen Sie den anderen Cluster.</translation>
    </message>
    <message>
        <source>Give both remote cluster aliases.</source>
        <translation>Geben Sie beide Remote-Cluster-Aliase an.</translation>
    </message>
    <message>
        <source>Give each cluster its own alias for the other.</source>
        <translation>Geben Sie jedem Cluster einen eigenen Alias für den anderen.</translation>
    </message>
    <message>
        <source>Give the leader indices to replicate.</source>
        <translation>Geben Sie die zu replizierenden Leader-Indizes an.</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>Beide Cluster werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected; will point at %1</source>
        <translation>Nicht verbunden; wird auf %1 zeigen</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>Remote-Cluster %1</translation>
    </message>
    <message>
        <source>Seeds: %1</source>
        <translation>Seeds: %1</translation>
    </message>
    <message>
        <source>Points at %1</source>
        <translation>Zeigt auf %1</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Exists already</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1</source>
        <translation>Auto-Follow-Muster %1</translation>
    </message>
    <message>
        <source>%1 → %2, except %3</source>
        <translation>%1 → %2, außer %3</translation>
    </message>
    <message>
        <source>A different auto-follow pattern has the same name: delete or rename it, then Try again.</source>
        <translation>Ein anderes Auto-Follow-Muster hat denselben Namen: Löschen oder benennen Sie es um und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other already: there is nothing to set up.</source>
        <translation>Beide Cluster replizieren bereits zueinander: Es gibt nichts einzurichten.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Set up… asks before changing both clusters.</source>
        <translation>Noch wurde nichts geändert. „Einrichten…“ fragt nach, bevor beide Cluster geändert werden.</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>Bidirektionale Replikation zwischen %1 und %2 einrichten?</translation>
    </message>
    <message>
        <source>Both clusters get an auto-follow pattern, and missing remote clusters are added. New matching indices then replicate to the other cluster.</source>
        <translation>Beide Cluster erhalten ein Auto-Follow-Muster, und fehlende Remote-Cluster werden hinzugefügt. Neue passende Indizes werden dann zum anderen Cluster repliziert.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Read back as planned</source>
        <translation>Wie geplant zurückgelesen</translation>
    </message>
    <message>
        <source>Done: %1 and %2 replicate to each other.</source>
        <translation>Erledigt: %1 und %2 replizieren zueinander.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed. Try again continues with what is left.</source>
        <translation>
            <numerusform>%n Schritt ist fehlgeschlagen. „Erneut versuchen“ setzt mit dem Rest fort.</numerusform>
            <numerusform>%n Schritte sind fehlgeschlagen. „Erneut versuchen“ setzt mit dem Rest fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>, %n bereits erledigt</numerusform>
            <numerusform>, %n bereits erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not run (cancelled)</source>
        <translation>
            <numerusform>, %n nicht ausgeführt (abgebrochen)</numerusform>
            <numerusform>, %n nicht ausgeführt (abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Succeeded</source>
        <translation>✔ Erfolgreich</translation>
    </message>
    <message>
        <source>✔ Already done</source>
        <translation>✔ Bereits erledigt</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation>– Nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n items…</source>
        <translation>
            <numerusform>Wiederhole %n Eintrag…</numerusform>
            <numerusform>Wiederhole %n Einträge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::CcrPage</name>
    <message>
        <source>&amp;Follower indices</source>
        <translation>&amp;Follower-Indizes</translation>
    </message>
    <message>
        <source>&amp;Auto-follow patterns</source>
        <translation>&amp;Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>Re&amp;mote clusters</source>
        <translation>Re&amp;mote-Cluster</translation>
    </message>
    <message>
        <source>&amp;Disaster recovery</source>
        <translation>&amp;Notfallwiederherstellung</translation>
    </message>
</context>
<context>
    <name>duper::ui::ClusterStatusLabel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1: nicht verbunden — %2</translation>
    </message>
    <message>
        <source>license unknown</source>
        <translation>Lizenz unbekannt</translation>
    </message>
    <message>
        <source>%1 license (%2)</source>
        <translation>%1-Lizenz (%2)</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Connected to %1 · cluster %2 · %3 %4 · %5</source>
        <translation>Verbunden mit %1 · Cluster %2 · %3 %4 · %5</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionFieldValidator</name>
    <message>
        <source>Enter the cluster&apos;s URL, such as https://localhost:9200, or a Cloud ID.</source>
        <translation>Geben Sie die URL des Clusters ein, z. B. https://localhost:9200, oder eine Cloud-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>This is not a Cloud ID.</source>
        <translation>Das ist keine Cloud-ID.</translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation>%1: %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1: %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionListModel</name>
    <message>
        <source>%1 (temporary, not saved)</source>
        <translation>%1 (temporär, nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionManagerDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>Leader-Cluster</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>Follower-Cluster</translation>
    </message>
    <message>
        <source>Which side of replication this cluster is; the command line uses it as the default --leader / --follower</source>
        <translation>Welche Seite der Replikation dieser Cluster ist; die Befehlszeile verwendet das als Standard für --leader / --follower</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>Nur für einen verschlüsselten Schlüssel; im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>Die Verbindung „%1“ und ihre Geheimnisse im Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>The connection is saved, but its secret is not: %1</source>
        <translation>Die Verbindung ist gespeichert, ihr Geheimnis aber nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The connection is saved, but its key passphrase is not: %1</source>
        <translation>Die Verbindung ist gespeichert, ihre Schlüssel-Passphrase aber nicht: %1</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionSelector</name>
    <message>
        <source>The cluster Duper works on</source>
        <translation>Der Cluster, mit dem Duper arbeitet</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConsistencyCheckView</name>
    <message>
        <source>Leader cluster:</source>
        <translation>Leader-Cluster:</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Konsistenz prüfen</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and checkpoints</source>
        <translation>Vergleicht Dokumentanzahlen und Checkpoints von Leader und Follower</translation>
    </message>
    <message>
        <source>Could not open the leader cluster&apos;s connection: %1</source>
        <translation>Die Verbindung des Leader-Clusters konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>To check consistency, save a connection to the leader cluster (Connections…).</source>
        <translation>Um die Konsistenz zu prüfen, speichern Sie eine Verbindung zum Leader-Cluster (Verbindungen…).</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Prüfe %1 gegen %2…</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::CreateFollowerDialog</name>
    <message>
        <source>Do not wait for shard copies (Elasticsearch&apos;s default)</source>
        <translation>Nicht auf Shard-Kopien warten (Standard von Elasticsearch)</translation>
    </message>
    <message>
        <source>Wait until the primary shards are active</source>
        <translation>Warten, bis die primären Shards aktiv sind</translation>
    </message>
    <message>
        <source>Wait until all shard copies are active</source>
        <translation>Warten, bis alle Shard-Kopien aktiv sind</translation>
    </message>
    <message>
        <source>This cluster cannot reach &quot;%1&quot; right now, so it cannot follow an index there. Check the remote&apos;s seeds or proxy address and that the remote cluster is up.</source>
        <translation>Dieser Cluster kann „%1“ gerade nicht erreichen und daher dort keinem Index folgen. Prüfen Sie die Seeds oder die Proxy-Adresse des Remote-Clusters und ob er läuft.</translation>
    </message>
    <message>
        <source>%1 (data stream)</source>
        <translation>%1 (Datenstrom)</translation>
    </message>
    <message>
        <source>This cluster has no remote clusters. Add one (Remote clusters) before following an index.</source>
        <translation>Dieser Cluster hat keine Remote-Cluster. Fügen Sie einen hinzu (Remote-Cluster), bevor Sie einem Index folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not connected: this cluster cannot reach it right now, so it cannot follow an index there. Check the remote&apos;s addresses and that it is up.</source>
        <translation>„%1“ ist nicht verbunden: Dieser Cluster kann ihn gerade nicht erreichen und daher dort keinem Index folgen. Prüfen Sie die Adressen des Remote-Clusters und ob er läuft.</translation>
    </message>
    <message>
        <source>An index, alias or data stream named &quot;%1&quot; already exists on this cluster. Choose another name.</source>
        <translation>Auf diesem Cluster existiert bereits ein Index, Alias oder Datenstrom namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no setting name.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Einstellungsnamen.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is listed twice.</source>
        <translation>Die Einstellung „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still create the follower index; refresh the list to check.</source>
        <translation>Abgebrochen. Elasticsearch erstellt den Follower-Index möglicherweise trotzdem; aktualisieren Sie die Liste, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Nicht länger auf Elasticsearch warten</translation>
    </message>
</context>
<context>
    <name>duper::ui::DisasterRecoveryPage</name>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>The follower statistics could not be read: followers with errors are counted as active.</source>
        <translation>Die Follower-Statistiken konnten nicht gelesen werden: Follower mit Fehlern werden als aktiv gezählt.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The table shows earlier data.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1 Die Tabelle zeigt ältere Daten.</translation>
    </message>
    <message>
        <source>Could not read the replication topology: %1</source>
        <translation>Die Replikationstopologie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a cluster to see what it replicates.</source>
        <translation>Verbinden Sie sich mit einem Cluster, um zu sehen, was er repliziert.</translation>
    </message>
    <message>
        <source>Cannot read the replication topology</source>
        <translation>Die Replikationstopologie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reading the remote clusters, follower indices, auto-follow patterns and data streams of this cluster.</source>
        <translation>Die Remote-Cluster, Follower-Indizes, Auto-Follow-Muster und Datenströme dieses Clusters werden gelesen.</translation>
    </message>
    <message>
        <source>This cluster replicates nothing yet</source>
        <translation>Dieser Cluster repliziert noch nichts</translation>
    </message>
    <message>
        <source>It has no remote clusters, follower indices or auto-follow patterns. To protect data against the loss of a cluster, add that cluster on the Remote clusters tab and follow its indices; failing over from it then starts here.</source>
        <translation>Er hat keine Remote-Cluster, Follower-Indizes oder Auto-Follow-Muster. Um Daten gegen den Verlust eines Clusters zu schützen, fügen Sie diesen Cluster auf dem Reiter „Remote-Cluster“ hinzu und folgen Sie seinen Indizes; ein Failover von ihm starten Sie dann hier.</translation>
    </message>
    <message>
        <source>Go to &amp;Remote clusters</source>
        <translation>Zu den &amp;Remote-Clustern</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>&amp;Failover…</translation>
    </message>
    <message>
        <source>Fail o&amp;ver from %1…</source>
        <translation>&amp;Failover von %1…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n items)</source>
        <translation>
            <numerusform>Fehlgeschlagen (%n Element)</numerusform>
            <numerusform>Fehlgeschlagen (%n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No reports yet. Every failover saves one in %1.</source>
        <translation>Noch keine Berichte. Jedes Failover speichert einen in %1.</translation>
    </message>
    <message>
        <source>Reports of earlier runs, newest first, from %1.</source>
        <translation>Berichte früherer Läufe, neueste zuerst, aus %1.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
    <message>
        <source>Cannot show the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Bericht nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1.</source>
        <translation>Der Bericht kann nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the replication topology again</source>
        <translation>Die Replikationstopologie neu lesen</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>Failback</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>Zurückschalten</translation>
    </message>
</context>
<context>
    <name>duper::ui::EditFollowerDialog</name>
    <message>
        <source>Edit follower index %1</source>
        <translation>Follower-Index %1 bearbeiten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Replication of &quot;%1&quot; resumed with the previous settings.</source>
        <translation>Replikation von „%1“ mit den vorherigen Einstellungen fortgesetzt.</translation>
    </message>
    <message>
        <source>Resuming with the previous settings failed too: %1</source>
        <translation>Auch das Fortsetzen mit den vorherigen Einstellungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>duper::ui::ErrorNotifier</name>
    <message>
        <source>Follower index %1 stopped replicating.</source>
        <translation>Follower-Index %1 repliziert nicht mehr.</translation>
    </message>
    <message>
        <source>Follower index %1 stopped replicating: %2</source>
        <translation>Follower-Index %1 repliziert nicht mehr: %2</translation>
    </message>
    <message>
        <source>Follower indices %1 stopped replicating.</source>
        <translation>Die Follower-Indizes %1 replizieren nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Follower indices %1 and %n more stopped replicating.</source>
        <translation>
            <numerusform>Die Follower-Indizes %1 und %n weiterer replizieren nicht mehr.</numerusform>
            <numerusform>Die Follower-Indizes %1 und %n weitere replizieren nicht mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackDialog</name>
    <message>
        <source>Fail back %1</source>
        <translation>Failback von %1</translation>
    </message>
    <message>
        <source>Save a connection to the promoted cluster first (File → Connections).</source>
        <translation>Speichern Sie zuerst eine Verbindung zum hochgestuften Cluster (Datei → Verbindungen).</translation>
    </message>
    <message>
        <source>Pick the promoted cluster.</source>
        <translation>Wählen Sie den hochgestuften Cluster.</translation>
    </message>
    <message>
        <source>Give the remote cluster alias on this cluster that points to the promoted cluster.</source>
        <translation>Geben Sie den Remote-Cluster-Alias auf diesem Cluster an, der auf den hochgestuften Cluster zeigt.</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>Beide Cluster werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n copy(ies) on %1 for good</source>
        <translation>
            <numerusform>Diese %n Kopie auf %1 endgültig löschen</numerusform>
            <numerusform>Diese %n Kopien auf %1 endgültig löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index(es) from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Auf &lt;b&gt;%1&lt;/b&gt; muss nichts gelöscht werden. Der Failback lässt ihn %n Index von &lt;b&gt;%2&lt;/b&gt; folgen.</numerusform>
            <numerusform>Auf &lt;b&gt;%1&lt;/b&gt; muss nichts gelöscht werden. Der Failback lässt ihn %n Indizes von &lt;b&gt;%2&lt;/b&gt; folgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot follow an index it already has. These old copies on %1 are deleted for good before it follows the promoted cluster&apos;s indices of the same names; their documents are replaced by those of &lt;b&gt;%2&lt;/b&gt;. Nothing is deleted unless you tick the box.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann keinem Index folgen, den er schon hat. Diese alten Kopien auf %1 werden endgültig gelöscht, bevor er den gleichnamigen Indizes des hochgestuften Clusters folgt; ihre Dokumente werden durch die von &lt;b&gt;%2&lt;/b&gt; ersetzt. Nichts wird gelöscht, solange Sie das Kästchen nicht ankreuzen.</translation>
    </message>
    <message numerus="yes">
        <source>Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</source>
        <translation>
            <numerusform>Failback abgeschlossen: %1 folgt %n Index von %2 und hat aufgeholt. „Zurückschalten…“ macht %1 wieder zum Leader, sobald Sie bereit sind.</numerusform>
            <numerusform>Failback abgeschlossen: %1 folgt %n Indizes von %2 und hat aufgeholt. „Zurückschalten…“ macht %1 wieder zum Leader, sobald Sie bereit sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Angehalten. „Erneut versuchen“ setzt mit dem Rest fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n Element ist fehlgeschlagen. „Erneut versuchen“ setzt dort fort, wo jeder Index steht.</numerusform>
            <numerusform>%n Elemente sind fehlgeschlagen. „Erneut versuchen“ setzt dort fort, wo jeder Index steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 4: Plan (nothing changes yet)</source>
        <translation>Schritt 1 von 4: Plan (noch ändert sich nichts)</translation>
    </message>
    <message>
        <source>Use this when &lt;b&gt;%1&lt;/b&gt;, the old leader, is back after a failover. It then follows the promoted cluster: a remote cluster pointing to it is added when missing, the old copies here are deleted (only after you confirm them by name), each index is followed under the same name, and the run waits until every follower has caught up. Pick the promoted cluster, then &lt;b&gt;Plan&lt;/b&gt;.</source>
        <translation>Verwenden Sie dies, wenn &lt;b&gt;%1&lt;/b&gt;, der alte Leader, nach einem Failover zurück ist. Er folgt dann dem hochgestuften Cluster: Ein Remote-Cluster, der auf diesen zeigt, wird angelegt, wenn er fehlt, die alten Kopien hier werden gelöscht (erst nachdem Sie sie namentlich bestätigt haben), jedem Index wird unter demselben Namen gefolgt, und der Lauf wartet, bis jeder Follower aufgeholt hat. Wählen Sie den hochgestuften Cluster, dann &lt;b&gt;Planen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Step 2 of 4: Confirm</source>
        <translation>Schritt 2 von 4: Bestätigen</translation>
    </message>
    <message>
        <source>Fail back starts when you click &lt;b&gt;Fail back&lt;/b&gt;.</source>
        <translation>Der Failback beginnt, wenn Sie auf &lt;b&gt;Failback&lt;/b&gt; klicken.</translation>
    </message>
    <message>
        <source>Step 3 of 4: Failing back</source>
        <translation>Schritt 3 von 4: Failback läuft</translation>
    </message>
    <message>
        <source>Step 4 of 4: Result</source>
        <translation>Schritt 4 von 4: Ergebnis</translation>
    </message>
    <message>
        <source>Failing back &lt;b&gt;%1&lt;/b&gt; to %2. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>Failback von &lt;b&gt;%1&lt;/b&gt; zu %2. Jeder Index zeigt laufend seinen Zustand; das Schließen dieses Fensters wartet, bis der Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>Optional: Switch back</source>
        <translation>Optional: Zurückschalten</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; the leader again, as before the failover.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wieder zum Leader machen, wie vor dem Failover.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>&amp;Failback</translation>
    </message>
    <message>
        <source>S&amp;witch back… &gt;</source>
        <translation>&amp;Zurückschalten… &gt;</translation>
    </message>
    <message>
        <source>S&amp;witch back</source>
        <translation>&amp;Zurückschalten</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackPlanView</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The copy here differs from the promoted cluster&apos;s</source>
        <translation>Die Kopie hier weicht von der des hochgestuften Clusters ab</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>Remote-Cluster %1</translation>
    </message>
    <message>
        <source>Missing: will be added with the seeds %1</source>
        <translation>Fehlt: wird mit den Seeds %1 angelegt</translation>
    </message>
    <message>
        <source>Exists and is connected</source>
        <translation>Vorhanden und verbunden</translation>
    </message>
    <message>
        <source>Exists but is not connected: the promoted cluster must be reachable from this one</source>
        <translation>Vorhanden, aber nicht verbunden: Der hochgestufte Cluster muss von diesem aus erreichbar sein</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>Datenstrom %1</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Differs; will be deleted</source>
        <translation>Weicht ab; wird gelöscht</translation>
    </message>
    <message>
        <source>Will follow the promoted cluster</source>
        <translation>Wird dem hochgestuften Cluster folgen</translation>
    </message>
    <message>
        <source>Will be waited for</source>
        <translation>Darauf wird gewartet</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>Der hochgestufte Cluster hat keinen Index, dem gefolgt werden kann: Es gibt nichts zurückzuführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) will follow %1.</source>
        <translation>
            <numerusform>%n Index wird %1 folgen.</numerusform>
            <numerusform>%n Indizes werden %1 folgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) here differ from the promoted cluster&apos;s (flagged).</source>
        <translation>
            <numerusform>%n Kopie hier weicht von der des hochgestuften Clusters ab (markiert).</numerusform>
            <numerusform>%n Kopien hier weichen von denen des hochgestuften Clusters ab (markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster %1 yet: it will be added.</source>
        <translation>Dieser Cluster hat noch keinen Remote-Cluster %1: Er wird angelegt.</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: check that %2 is up and reachable from this cluster.</source>
        <translation>Der Remote-Cluster %1 ist nicht verbunden: Prüfen Sie, ob %2 läuft und von diesem Cluster aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailoverDialog</name>
    <message>
        <source>Fail over from %1</source>
        <translation>Failover von %1</translation>
    </message>
    <message>
        <source>Use this when the leader cluster behind the remote cluster &lt;b&gt;%1&lt;/b&gt; is lost. On &lt;b&gt;%2&lt;/b&gt;, Duper pauses the auto-follow patterns of %1, turns every follower index of %1 into a regular index that accepts writes (pause, close, unfollow, open), promotes the replicated data streams, and checks the result. Below is the plan, read from the cluster: nothing has changed yet.</source>
        <translation>Verwenden Sie dies, wenn der Leader-Cluster hinter dem Remote-Cluster &lt;b&gt;%1&lt;/b&gt; verloren ist. Auf &lt;b&gt;%2&lt;/b&gt; pausiert Duper die Auto-Follow-Muster von %1, wandelt jeden Follower-Index von %1 in einen regulären Index um, der Schreibvorgänge annimmt (pausieren, schließen, Folgen beenden, öffnen), stuft die replizierten Datenströme hoch und prüft das Ergebnis. Unten steht der Plan, aus dem Cluster gelesen: Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading what follows %1…</source>
        <translation>Es wird gelesen, was %1 folgt…</translation>
    </message>
    <message>
        <source>Could not read what follows %1: %2</source>
        <translation>Es konnte nicht gelesen werden, was %1 folgt: %2</translation>
    </message>
    <message>
        <source>Will be paused</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <source>Paused; will become a regular index</source>
        <translation>Pausiert; wird ein regulärer Index</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>Wird ein regulärer Index</translation>
    </message>
    <message>
        <source>Will be promoted</source>
        <translation>Wird hochgestuft</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>Nichts auf diesem Cluster folgt noch %1: Es gibt nichts für ein Failover.</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) of %1 will become regular indices.</source>
        <translation>
            <numerusform>%n Follower-Index von %1 wird ein regulärer Index.</numerusform>
            <numerusform>%n Follower-Indizes von %1 werden reguläre Indizes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Failover von %n Follower-Index von %1 ausführen?</numerusform>
            <numerusform>Failover von %n Follower-Indizes von %1 ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop replicating from %1 for good and start accepting writes; its auto-follow patterns are paused. To replicate from %1 again later, use Fail back.</source>
        <translation>Sie replizieren endgültig nicht mehr von %1 und nehmen Schreibvorgänge an; die Auto-Follow-Muster des Remote-Clusters werden pausiert. Um später wieder von %1 zu replizieren, verwenden Sie Failback.</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Failing over from &lt;b&gt;%1&lt;/b&gt;. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>Failover von &lt;b&gt;%1&lt;/b&gt; läuft. Jeder Index zeigt seinen Status im Verlauf; beim Schließen dieses Fensters wird gewartet, bis der Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>Failover from %1 complete: every index is a regular, writable index now.</source>
        <translation>Failover von %1 abgeschlossen: Jeder Index ist jetzt ein regulärer, beschreibbarer Index.</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Angehalten. „Erneut versuchen“ setzt mit dem Rest fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n Element ist fehlgeschlagen. „Erneut versuchen“ setzt dort fort, wo jeder Index steht.</numerusform>
            <numerusform>%n Elemente sind fehlgeschlagen. „Erneut versuchen“ setzt dort fort, wo jeder Index steht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetHealth</name>
    <message>
        <source>no followers</source>
        <translation>keine Follower</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetLauncher</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Every saved cluster at once: status, followers and who replicates from whom</source>
        <translation>Alle gespeicherten Cluster auf einmal: Status, Follower und wer von wem repliziert</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetModel</name>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Reachable (stale)</source>
        <translation>Erreichbar (veraltet)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Geheimnis fehlt</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>Worst lag</source>
        <translation>Größter Rückstand</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>Seit letztem Lesen</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetPage</name>
    <message>
        <source>Search by connection, cluster, status or remote</source>
        <translation>Nach Verbindung, Cluster, Status oder Remote suchen</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>Gespeicherte Cluster</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>Replikationstopologie</translation>
    </message>
    <message>
        <source>Double-click a cluster to open it; right-click an arrow for its followers</source>
        <translation>Doppelklick auf einen Cluster öffnet ihn; Rechtsklick auf einen Pfeil zeigt seine Follower</translation>
    </message>
    <message>
        <source>Open this cluster</source>
        <translation>Diesen Cluster öffnen</translation>
    </message>
    <message>
        <source>Followers of a remote</source>
        <translation>Follower eines Remote-Clusters</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Open the connection again, asking for a missing secret</source>
        <translation>Die Verbindung erneut öffnen und nach einem fehlenden Geheimnis fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n clusters</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clusters</source>
        <translation>
            <numerusform>%1 von %n Cluster</numerusform>
            <numerusform>%1 von %n Clustern</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster follows no remote</source>
        <translation>Dieser Cluster folgt keinem Remote-Cluster</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetTopologyView</name>
    <message numerus="yes">
        <source>%n followers · %1</source>
        <translation>
            <numerusform>%n Follower · %1</numerusform>
            <numerusform>%n Follower · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow patterns</source>
        <translation>
            <numerusform>%n Auto-Follow-Muster</numerusform>
            <numerusform>%n Auto-Follow-Muster</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>%1 follows %2 as “%3”</source>
        <translation>%1 folgt %2 als „%3“</translation>
    </message>
    <message>
        <source>Not a saved connection</source>
        <translation>Keine gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show followers of %1</source>
        <translation>Follower von %1 anzeigen</translation>
    </message>
    <message>
        <source>Open the leader cluster</source>
        <translation>Leader-Cluster öffnen</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowManyDialog</name>
    <message>
        <source>Choose a connected remote cluster.</source>
        <translation>Wählen Sie einen verbundenen Remote-Cluster.</translation>
    </message>
    <message>
        <source>Enter at least one leader index pattern.</source>
        <translation>Geben Sie mindestens ein Leader-Index-Muster ein.</translation>
    </message>
    <message>
        <source>The follower index name must contain {{leader_index}}, or every leader gets the same follower.</source>
        <translation>Der Name des Follower-Index muss {{leader_index}} enthalten, sonst bekommt jeder Leader denselben Follower.</translation>
    </message>
    <message>
        <source>Looking for leader indices…</source>
        <translation>Leader-Indizes werden gesucht…</translation>
    </message>
    <message>
        <source>Could not list the leader indices: %1</source>
        <translation>Die Leader-Indizes konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>Kein Leader-Index passt zu diesen Mustern.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be followed</source>
        <translation>
            <numerusform>%n zum Folgen</numerusform>
            <numerusform>%n zum Folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n bereits gefolgt</numerusform>
            <numerusform>%n bereits gefolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a name already taken</source>
        <translation>
            <numerusform>%n mit bereits vergebenem Namen</numerusform>
            <numerusform>%n mit bereits vergebenem Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid name</source>
        <translation>
            <numerusform>%n mit ungültigem Namen</numerusform>
            <numerusform>%n mit ungültigem Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader indices found: %1.</source>
        <translation>
            <numerusform>%n Leader-Index gefunden: %1.</numerusform>
            <numerusform>%n Leader-Indizes gefunden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (Datenstrom %2)</translation>
    </message>
    <message numerus="yes">
        <source>Follow %n index(es)</source>
        <translation>
            <numerusform>%n Index folgen</numerusform>
            <numerusform>%n Indizes folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es)…</source>
        <translation>
            <numerusform>Es wird %n Leader-Index gefolgt…</numerusform>
            <numerusform>Es wird %n Leader-Indizes gefolgt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed (leader %1)</source>
        <translation>Gefolgt (Leader %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>Nicht gestartet (abgebrochen)</translation>
    </message>
    <message>
        <source>Auto-follow pattern created: new leader indices follow too</source>
        <translation>Auto-Follow-Muster erstellt: Auch neuen Leader-Indizes wird gefolgt</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created: %1</source>
        <translation>Auto-Follow-Muster nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created (cancelled)</source>
        <translation>Auto-Follow-Muster nicht erstellt (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n Follower-Index erstellt.</numerusform>
            <numerusform>%n Follower-Indizes erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created, %1 not.</source>
        <translation>
            <numerusform>%n Follower-Index erstellt, %1 nicht.</numerusform>
            <numerusform>%n Follower-Indizes erstellt, %1 nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowParametersEditor</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This value is sent with the request</source>
        <translation>Dieser Wert wird mit der Anfrage gesendet</translation>
    </message>
    <message>
        <source>Not sent: Elasticsearch applies its default, %1</source>
        <translation>Nicht gesendet: Elasticsearch wendet seinen Standardwert an, %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to pause: the selected follower indices are already paused.</source>
        <translation>Nichts zu pausieren: Die ausgewählten Follower-Indizes sind bereits pausiert.</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>Replikation pausieren</translation>
    </message>
    <message>
        <source>Pause replication to follower index &quot;%1&quot;?</source>
        <translation>Replikation in den Follower-Index „%1“ pausieren?</translation>
    </message>
    <message>
        <source>It stops copying changes from its leader index until you resume it. Its data stays and it can still be searched.</source>
        <translation>Er übernimmt keine Änderungen mehr von seinem Leader-Index, bis Sie ihn fortsetzen. Seine Daten bleiben erhalten und sind weiterhin durchsuchbar.</translation>
    </message>
    <message numerus="yes">
        <source>Pause replication to %n follower indices?</source>
        <translation>
            <numerusform>Replikation in %n Follower-Index pausieren?</numerusform>
            <numerusform>Replikation in %n Follower-Indizes pausieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop copying changes from their leader indices until you resume them. Their data stays and they can still be searched.</source>
        <translation>Sie übernehmen keine Änderungen mehr von ihren Leader-Indizes, bis Sie sie fortsetzen. Ihre Daten bleiben erhalten und sind weiterhin durchsuchbar.</translation>
    </message>
    <message>
        <source>It has custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>Er hat benutzerdefinierte erweiterte Einstellungen. Elasticsearch vergisst sie, wenn ein Follower pausiert wird; Duper merkt sie sich und bietet sie beim Fortsetzen wieder an.</translation>
    </message>
    <message>
        <source>%1 have custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>%1 haben benutzerdefinierte erweiterte Einstellungen. Elasticsearch vergisst sie, wenn ein Follower pausiert wird; Duper merkt sie sich und bietet sie beim Fortsetzen wieder an.</translation>
    </message>
    <message>
        <source>Already paused, skipped: %1</source>
        <translation>Bereits pausiert, übersprungen: %1</translation>
    </message>
    <message>
        <source>Nothing to resume: none of the selected follower indices is paused.</source>
        <translation>Nichts fortzusetzen: Keiner der ausgewählten Follower-Indizes ist pausiert.</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>Replikation fortsetzen</translation>
    </message>
    <message>
        <source>Resume replication to follower index &quot;%1&quot;?</source>
        <translation>Replikation in den Follower-Index „%1“ fortsetzen?</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings. To use other settings, edit the follower index instead.</source>
        <translation>Es werden die erweiterten Standardeinstellungen von Elasticsearch verwendet: Es behält die Einstellungen eines pausierten Followers nicht. Um andere Einstellungen zu verwenden, bearbeiten Sie stattdessen den Follower-Index.</translation>
    </message>
    <message>
        <source>Duper remembers the advanced settings it had before the pause:
%1</source>
        <translation>Duper kennt noch die erweiterten Einstellungen von vor der Pause:
%1</translation>
    </message>
    <message>
        <source>Resume with the settings it had</source>
        <translation>Mit den bisherigen Einstellungen fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Resume replication to %n follower indices?</source>
        <translation>
            <numerusform>Replikation in %n Follower-Index fortsetzen?</numerusform>
            <numerusform>Replikation in %n Follower-Indizes fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings.</source>
        <translation>Es werden die erweiterten Standardeinstellungen von Elasticsearch verwendet: Es behält die Einstellungen eines pausierten Followers nicht.</translation>
    </message>
    <message>
        <source>Duper remembers custom advanced settings for %1; the others resume with Elasticsearch&apos;s defaults.</source>
        <translation>Duper kennt benutzerdefinierte erweiterte Einstellungen für %1; die anderen werden mit den Standardwerten von Elasticsearch fortgesetzt.</translation>
    </message>
    <message>
        <source>Resume each with the settings it had</source>
        <translation>Jeden mit seinen bisherigen Einstellungen fortsetzen</translation>
    </message>
    <message>
        <source>Not paused, skipped: %1</source>
        <translation>Nicht pausiert, übersprungen: %1</translation>
    </message>
    <message>
        <source>Could not pause &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht pausiert werden</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Paused follower index %1</source>
        <translation>Follower-Index %1 pausiert</translation>
    </message>
    <message>
        <source>Resumed follower index %1</source>
        <translation>Follower-Index %1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Pausing replication to %n follower indices…</source>
        <translation>
            <numerusform>Replikation in %n Follower-Index wird pausiert…</numerusform>
            <numerusform>Replikation in %n Follower-Indizes wird pausiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming replication to %n follower indices…</source>
        <translation>
            <numerusform>Replikation in %n Follower-Index wird fortgesetzt…</numerusform>
            <numerusform>Replikation in %n Follower-Indizes wird fortgesetzt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n follower indices into regular indices…</source>
        <translation>
            <numerusform>%n Follower-Index wird in einen regulären Index umgewandelt…</numerusform>
            <numerusform>%n Follower-Indizes werden in reguläre Indizes umgewandelt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n follower indices</source>
        <translation>
            <numerusform>%n Follower-Index pausiert</numerusform>
            <numerusform>%n Follower-Indizes pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n follower indices</source>
        <translation>
            <numerusform>%n Follower-Index fortgesetzt</numerusform>
            <numerusform>%n Follower-Indizes fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfollowed %n follower indices</source>
        <translation>
            <numerusform>Folgen für %n Follower-Index beendet</numerusform>
            <numerusform>Folgen für %n Follower-Indizes beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <source>Updated follower index %1</source>
        <translation>Follower-Index %1 aktualisiert</translation>
    </message>
    <message>
        <source>Unfollow leader index</source>
        <translation>Folgen beenden</translation>
    </message>
    <message>
        <source>Unfollow leader indices</source>
        <translation>Folgen beenden</translation>
    </message>
    <message>
        <source>Convert follower index &quot;%1&quot; into a regular index?</source>
        <translation>Follower-Index „%1“ in einen regulären Index umwandeln?</translation>
    </message>
    <message numerus="yes">
        <source>Convert %n follower indices into regular indices?</source>
        <translation>
            <numerusform>%n Follower-Index in einen regulären Index umwandeln?</numerusform>
            <numerusform>%n Follower-Indizes in reguläre Indizes umwandeln?</numerusform>
        </translation>
    </message>
    <message>
        <source>Duper pauses replication, closes the index, unfollows the leader and opens the index again. The index keeps its data but no longer follows its leader and leaves this list.</source>
        <translation>Duper pausiert die Replikation, schließt den Index, beendet das Folgen des Leaders und öffnet den Index wieder. Der Index behält seine Daten, folgt seinem Leader aber nicht mehr und verschwindet aus dieser Liste.</translation>
    </message>
    <message>
        <source>This cannot be undone: following again means copying the whole leader index anew.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Erneutes Folgen bedeutet, den gesamten Leader-Index neu zu kopieren.</translation>
    </message>
    <message>
        <source>Converting follower index %1 into a regular index: pause, close, unfollow, open.</source>
        <translation>Follower-Index %1 wird in einen regulären Index umgewandelt: pausieren, schließen, Folgen beenden, öffnen.</translation>
    </message>
    <message>
        <source>Follower index %1 is now a regular index</source>
        <translation>Follower-Index %1 ist jetzt ein regulärer Index</translation>
    </message>
    <message>
        <source>Recreate follower index</source>
        <translation>Follower-Index neu erstellen</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <source>Recreate follower index &quot;%1&quot; from its leader?</source>
        <translation>Follower-Index „%1“ aus seinem Leader neu erstellen?</translation>
    </message>
    <message>
        <source>Duper pauses and closes the follower, then follows leader index %1 on %2 again. Elasticsearch deletes the follower&apos;s data and copies the leader index anew; until the copy is done the index is incomplete. Use this when replication stopped with an error it cannot recover from.</source>
        <translation>Duper pausiert und schließt den Follower und folgt dann erneut dem Leader-Index %1 auf %2. Elasticsearch löscht die Daten des Followers und kopiert den Leader-Index neu; bis die Kopie fertig ist, ist der Index unvollständig. Verwenden Sie dies, wenn die Replikation mit einem Fehler angehalten hat, von dem sie sich nicht erholen kann.</translation>
    </message>
    <message>
        <source>Recreating follower index %1: pause, close, then follow %2 again.</source>
        <translation>Follower-Index %1 wird neu erstellt: pausieren, schließen, dann erneut %2 folgen.</translation>
    </message>
    <message>
        <source>Recreated follower index %1</source>
        <translation>Follower-Index %1 neu erstellt</translation>
    </message>
    <message>
        <source>Copied the follow request for %1</source>
        <translation>Follow-Anfrage für %1 kopiert</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>Follower-Indizes: %1</translation>
    </message>
    <message>
        <source>Follower index %1 is already paused</source>
        <translation>Follower-Index %1 ist bereits pausiert</translation>
    </message>
    <message>
        <source>Follower index %1 is already active</source>
        <translation>Follower-Index %1 ist bereits aktiv</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionSet</name>
    <message>
        <source>&amp;Create follower index…</source>
        <translation>Follower-Index &amp;erstellen…</translation>
    </message>
    <message>
        <source>Replicate a leader index of a remote cluster into a new follower index</source>
        <translation>Einen Leader-Index eines Remote-Clusters in einen neuen Follower-Index replizieren</translation>
    </message>
    <message>
        <source>Follow &amp;many…</source>
        <translation>&amp;Mehreren folgen…</translation>
    </message>
    <message>
        <source>Follow existing leader indices that match patterns, in one go</source>
        <translation>Vorhandenen Leader-Indizes, die zu Mustern passen, in einem Schritt folgen</translation>
    </message>
    <message>
        <source>&amp;Pause replication</source>
        <translation>Replikation &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop replicating into the selected follower indices</source>
        <translation>Die Replikation in die ausgewählten Follower-Indizes anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume replication</source>
        <translation>Replikation &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Start replicating again into the selected paused follower indices</source>
        <translation>Die Replikation in die ausgewählten pausierten Follower-Indizes wieder starten</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the advanced settings of the selected follower index</source>
        <translation>Die erweiterten Einstellungen des ausgewählten Follower-Index ändern</translation>
    </message>
    <message>
        <source>&amp;Unfollow leader index…</source>
        <translation>Folgen b&amp;eenden…</translation>
    </message>
    <message>
        <source>Turn the selected follower indices into regular indices</source>
        <translation>Die ausgewählten Follower-Indizes in reguläre Indizes umwandeln</translation>
    </message>
    <message>
        <source>Re&amp;create follower index…</source>
        <translation>Follower-Index &amp;neu erstellen…</translation>
    </message>
    <message>
        <source>Delete the follower&apos;s data and copy it again from the leader index</source>
        <translation>Die Daten des Followers löschen und erneut vom Leader-Index kopieren</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show the shard statistics and errors of the selected follower index (Enter)</source>
        <translation>Shard-Statistiken und Fehler des ausgewählten Follower-Index anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Copy &amp;REST request</source>
        <translation>&amp;REST-Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy the follow request that creates this follower index, for Kibana&apos;s Dev Tools</source>
        <translation>Die Follow-Anfrage, die diesen Follower-Index erstellt, für die Dev Tools von Kibana kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the follower indices again</source>
        <translation>Die Follower-Indizes neu laden</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerDetailsPanel</name>
    <message>
        <source>Select a follower index to see its details</source>
        <translation>Wählen Sie einen Follower-Index, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Remote cluster:</source>
        <translation>Remote-Cluster:</translation>
    </message>
    <message>
        <source>Leader index:</source>
        <translation>Leader-Index:</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>Replikation fortsetzen</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>Geltende Einstellungen</translation>
    </message>
    <message>
        <source>A paused follower has no running shard-follow tasks, so there are no shard statistics.</source>
        <translation>Ein pausierter Follower hat keine laufenden Shard-Follow-Tasks, daher gibt es keine Shard-Statistiken.</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Replication has stopped</source>
        <translation>Die Replikation wurde angehalten</translation>
    </message>
    <message>
        <source>The shard-follow task hit an error it cannot recover from and will not retry, so this index no longer receives changes from the leader. The usual fix is to recreate the follower index: that deletes its data and copies it again from the leader index.</source>
        <translation>Der Shard-Follow-Task ist auf einen Fehler gestoßen, von dem er sich nicht erholen kann, und versucht es nicht erneut; dieser Index erhält daher keine Änderungen mehr vom Leader. Die übliche Lösung ist, den Follower-Index neu zu erstellen: Dabei werden seine Daten gelöscht und erneut vom Leader-Index kopiert.</translation>
    </message>
    <message>
        <source>Recreate follower index…</source>
        <translation>Follower-Index neu erstellen…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Shard %1: %2</source>
        <translation>Shard %1: %2</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Consistency with the leader</source>
        <translation>Konsistenz mit dem Leader</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerFilterBar</name>
    <message>
        <source>Search follower, leader or remote cluster</source>
        <translation>Follower, Leader oder Remote-Cluster suchen</translation>
    </message>
    <message>
        <source>Search follower indices</source>
        <translation>Follower-Indizes suchen</translation>
    </message>
    <message>
        <source>Show follower indices with status</source>
        <translation>Follower-Indizes mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 Follower-Index</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 Follower-Indizes</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerHistoryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 Operationen</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 Ops/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Lag (operations)</source>
        <translation>Verzögerung (Operationen)</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time since last read (seconds)</source>
        <translation>Seit dem letzten Lesevorgang (s)</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>Seit dem letzten Lesevorgang</translation>
    </message>
    <message>
        <source>Replication history is off.</source>
        <translation>Der Replikationsverlauf ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Replication history is off: %1</source>
        <translation>Der Replikationsverlauf ist ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>No figures stored for this period yet. Duper records them at every refresh while the window is open.</source>
        <translation>Für diesen Zeitraum sind noch keine Werte gespeichert. Duper zeichnet sie bei jeder Aktualisierung auf, solange das Fenster geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerSettingsView</name>
    <message>
        <source>Elasticsearch does not report settings for a paused follower. Resume it to see the settings in force.</source>
        <translation>Elasticsearch meldet für einen pausierten Follower keine Einstellungen. Setzen Sie ihn fort, um die geltenden Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Set for this follower; Elasticsearch&apos;s default is %1.</source>
        <translation>Für diesen Follower festgelegt; der Standardwert von Elasticsearch ist %1.</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default.</source>
        <translation>Standardwert von Elasticsearch.</translation>
    </message>
    <message>
        <source>Max read request operation count</source>
        <translation>Max. Operationen pro Leseanfrage</translation>
    </message>
    <message>
        <source>Max write request operation count</source>
        <translation>Max. Operationen pro Schreibanfrage</translation>
    </message>
    <message>
        <source>Max outstanding read requests</source>
        <translation>Max. ausstehende Leseanfragen</translation>
    </message>
    <message>
        <source>Max outstanding write requests</source>
        <translation>Max. ausstehende Schreibanfragen</translation>
    </message>
    <message>
        <source>Max read request size</source>
        <translation>Max. Größe einer Leseanfrage</translation>
    </message>
    <message>
        <source>Max write request size</source>
        <translation>Max. Größe einer Schreibanfrage</translation>
    </message>
    <message>
        <source>Max write buffer count</source>
        <translation>Max. Operationen im Schreibpuffer</translation>
    </message>
    <message>
        <source>Max write buffer size</source>
        <translation>Max. Größe des Schreibpuffers</translation>
    </message>
    <message>
        <source>Max retry delay</source>
        <translation>Max. Wartezeit für Wiederholung</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>Zeitlimit für Leseabfragen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>No limit: Elasticsearch&apos;s %1</source>
        <translation>Keine Grenze: Elasticsearch-Wert %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Select %1 for a bulk action</source>
        <translation>%1 für eine Sammelaktion auswählen</translation>
    </message>
    <message>
        <source>Select followers for a bulk action</source>
        <translation>Follower für eine Sammelaktion auswählen</translation>
    </message>
    <message>
        <source>Operations the follower is behind: the sum over its shards of the leader&apos;s global checkpoint minus the follower&apos;s</source>
        <translation>Operationen, die der Follower zurückliegt: die Summe über seine Shards aus dem globalen Checkpoint des Leaders minus dem des Followers</translation>
    </message>
    <message>
        <source>Operations written per second since the previous refresh</source>
        <translation>Geschriebene Operationen pro Sekunde seit der vorigen Aktualisierung</translation>
    </message>
    <message>
        <source>The longest time since a shard last read from the leader</source>
        <translation>Die längste Zeit, seit ein Shard zuletzt vom Leader gelesen hat</translation>
    </message>
    <message>
        <source>Failed read requests, summed over the shards</source>
        <translation>Fehlgeschlagene Leseanfragen, summiert über die Shards</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Leader-Index</translation>
    </message>
    <message>
        <source>Lag (ops)</source>
        <translation>Rückstand (Ops)</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>Fehlgeschl. Lesev.</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <source>When the follower will have caught up with its leader, at the pace its lag changed over the last refreshes; “Falling behind” when the lag keeps growing</source>
        <translation>Wann der Follower seinen Leader eingeholt hat, beim Tempo, in dem sich sein Rückstand in den letzten Aktualisierungen verändert hat; „Fällt zurück“, wenn der Rückstand weiter wächst</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>Aufgeholt</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Fällt zurück</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 Min.</translation>
    </message>
    <message>
        <source>≈ %1 h</source>
        <translation>≈ %1 Std.</translation>
    </message>
    <message>
        <source>≈ %1 d</source>
        <translation>≈ %1 T.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Lag trend</source>
        <translation>Verzögerungstrend</translation>
    </message>
    <message>
        <source>The lag over the last hour, from Duper&apos;s replication history (the highest lag of each minute)</source>
        <translation>Die Verzögerung der letzten Stunde aus Dupers Replikationsverlauf (die höchste Verzögerung jeder Minute)</translation>
    </message>
    <message>
        <source>No lag history: %1</source>
        <translation>Kein Verlauf der Verzögerung: %1</translation>
    </message>
    <message>
        <source>No lag recorded in the last hour yet (a paused follower has none)</source>
        <translation>In der letzten Stunde noch keine Verzögerung aufgezeichnet (ein pausierter Follower hat keine)</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>Lag over the last hour: %1 to %2 operations, %3</source>
        <translation>Verzögerung in der letzten Stunde: %1 bis %2 Operationen, %3</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowersPage</name>
    <message>
        <source>Follower index actions</source>
        <translation>Aktionen für Follower-Indizes</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>Follower-Indizes</translation>
    </message>
    <message>
        <source>Follower index “%1” created; waiting for it to become active…</source>
        <translation>Follower-Index „%1“ erstellt; warte, bis er aktiv wird…</translation>
    </message>
    <message>
        <source>Now following 1 more leader index</source>
        <translation>Jetzt wird 1 weiterem Leader-Index gefolgt</translation>
    </message>
    <message>
        <source>Now following %1 more leader indices</source>
        <translation>Jetzt wird %1 weiteren Leader-Indizes gefolgt</translation>
    </message>
    <message>
        <source>Refreshing the follower indices failed: %1</source>
        <translation>Aktualisieren der Follower-Indizes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the data of %2.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1 Die Liste zeigt den Stand von %2.</translation>
    </message>
    <message>
        <source>You can look but not change: the user lacks the cluster privilege “manage_ccr”, which creating, pausing, resuming and unfollowing follower indices need.</source>
        <translation>Sie können ansehen, aber nichts ändern: Dem Benutzer fehlt die Cluster-Berechtigung „manage_ccr“, die zum Erstellen, Pausieren, Fortsetzen und Folgen-Beenden von Follower-Indizes nötig ist.</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryChartView</name>
    <message numerus="yes">
        <source>%1 (%n refreshes)</source>
        <translation>
            <numerusform>%1 (%n Aktualisierung)</numerusform>
            <numerusform>%1 (%n Aktualisierungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on average, from %3 to %4</source>
        <translation>%1: %2 im Mittel, von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryMarkerStyle</name>
    <message>
        <source>Stopped by a fatal error</source>
        <translation>Durch einen schweren Fehler gestoppt</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>Wieder aktiv</translation>
    </message>
    <message>
        <source>Read errors cleared</source>
        <translation>Lesefehler behoben</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryNotice</name>
    <message>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>Replikationsverlauf</translation>
    </message>
</context>
<context>
    <name>duper::ui::MainWindow</name>
    <message>
        <source>Duper</source>
        <translation>Duper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>Verbindung: </translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>Geheimnis von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Add, edit, test or remove saved connections</source>
        <translation>Gespeicherte Verbindungen hinzufügen, bearbeiten, testen oder entfernen</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s status and follower indices again</source>
        <translation>Status und Follower-Indizes des Clusters neu lesen</translation>
    </message>
    <message>
        <source>Close Duper</source>
        <translation>Duper beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Duper</source>
        <translation>&amp;Über Duper</translation>
    </message>
    <message>
        <source>Version, Qt version and licences</source>
        <translation>Version, Qt-Version und Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Duper is built with</source>
        <translation>Das Qt-Toolkit, mit dem Duper erstellt ist</translation>
    </message>
    <message>
        <source>Language, auto-refresh, confirmations, network proxy and the connection&apos;s alert rules</source>
        <translation>Sprache, automatische Aktualisierung, Bestätigungen, Netzwerk-Proxy und die Alarmregeln der Verbindung</translation>
    </message>
</context>
<context>
    <name>duper::ui::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address (no scheme, path or port here).</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse (hier ohne Schema, Pfad oder Port).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Geben Sie den Port des Proxys ein.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>duper::ui::PrivilegePreflightPanel</name>
    <message>
        <source>Checking the privileges this needs…</source>
        <translation>Die nötigen Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>Privileges are missing: see the list, or tick &quot;Send anyway&quot;.</source>
        <translation>Es fehlen Berechtigungen: Siehe Liste, oder aktivieren Sie „Trotzdem senden“.</translation>
    </message>
    <message>
        <source>Elasticsearch would refuse this: the user lacks these privileges.</source>
        <translation>Elasticsearch würde dies ablehnen: Dem Benutzer fehlen diese Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not check:</source>
        <translation>Konnte nicht geprüft werden:</translation>
    </message>
</context>
<context>
    <name>duper::ui::ProcedureDialog</name>
    <message>
        <source>Follower index %1</source>
        <translation>Follower-Index %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: every step is done.</source>
        <translation>Abgeschlossen: Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Reopening failed: %1</source>
        <translation>Wiederöffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The index %1 is open again. %2</source>
        <translation>Der Index %1 ist wieder geöffnet. %2</translation>
    </message>
    <message>
        <source>&quot;Try again&quot; continues the procedure.</source>
        <translation>„Erneut versuchen“ setzt den Vorgang fort.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop after the request in flight is aborted</source>
        <translation>Anhalten, nachdem die laufende Anfrage abgebrochen wurde</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReadExceptionsView</name>
    <message>
        <source>No read errors</source>
        <translation>Keine Lesefehler</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>From sequence number</source>
        <translation>Ab Sequenznummer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Elasticsearch does not report when a read failed; this is when it was first seen here.</source>
        <translation>Elasticsearch meldet nicht, wann ein Lesevorgang fehlschlug; dies ist der Zeitpunkt, zu dem er hier zuerst gesehen wurde.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterDialog</name>
    <message>
        <source>Edit remote cluster “%1”</source>
        <translation>Remote-Cluster „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A remote cluster named “%1” already exists; edit it instead.</source>
        <translation>Ein Remote-Cluster namens „%1“ existiert bereits; bearbeiten Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>Add at least one seed: a node&apos;s transport address as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>Fügen Sie mindestens einen Seed hinzu: die Transportadresse eines Knotens als host:port, z. B. 10.0.0.5:9300.</translation>
    </message>
    <message>
        <source>Enter the proxy address as host:port, e.g. proxy.example.com:9400.</source>
        <translation>Geben Sie die Proxy-Adresse als host:port ein, z. B. proxy.example.com:9400.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have applied the change; the list shows what is in force after the next refresh.</source>
        <translation>Abgebrochen. Elasticsearch hat die Änderung möglicherweise trotzdem übernommen; die Liste zeigt nach der nächsten Aktualisierung, was gilt.</translation>
    </message>
    <message>
        <source>Elasticsearch did not save the remote cluster: %1</source>
        <translation>Elasticsearch hat den Remote-Cluster nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed. Connect again to save the remote cluster.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen. Verbinden Sie sich erneut, um den Remote-Cluster zu speichern.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterEditFlow</name>
    <message>
        <source>Delete remote cluster</source>
        <translation>Remote-Cluster löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting remote cluster “%1”…</source>
        <translation>Remote-Cluster „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Elasticsearch did not delete the remote cluster “%1”: %2</source>
        <translation>Elasticsearch hat den Remote-Cluster „%1“ nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Remote cluster “%1” deleted.</source>
        <translation>Remote-Cluster „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterModel</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected (not reported yet)</source>
        <translation>Nicht verbunden (noch nicht gemeldet)</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistent</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Transient</translation>
    </message>
    <message>
        <source>elasticsearch.yml</source>
        <translation>elasticsearch.yml</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 Follower-Index</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 Follower-Indizes</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there, not here.</source>
        <translation>In elasticsearch.yml definiert: Ändern Sie es dort, nicht hier.</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>sniff</source>
        <translation>sniff</translation>
    </message>
    <message>
        <source>%1 of %2 sockets</source>
        <translation>%1 von %2 Sockets</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 von %2 Knoten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>Nicht verfügbare überspringen</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Authenticated with a cross-cluster API key, kept in this cluster&apos;s keystore, on the remote cluster server port (usually 9443).</source>
        <translation>Authentifiziert mit einem Cross-Cluster-API-Schlüssel, im Keystore dieses Clusters aufbewahrt, auf dem Remote-Cluster-Server-Port (meist 9443).</translation>
    </message>
    <message>
        <source>Authenticated with TLS certificates trusted by both clusters, on the transport port (usually 9300); deprecated since Elasticsearch 9.0.</source>
        <translation>Authentifiziert mit TLS-Zertifikaten, denen beide Cluster vertrauen, auf dem Transport-Port (meist 9300); seit Elasticsearch 9.0 veraltet.</translation>
    </message>
    <message>
        <source>How this cluster authenticates to the remote cluster: API key or certificate.</source>
        <translation>Wie sich dieser Cluster beim Remote-Cluster authentifiziert: API-Schlüssel oder Zertifikat.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterPicker</name>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (verbunden)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht konfiguriert)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>Remote-Cluster werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the remote clusters: %1</source>
        <translation>Die Remote-Cluster konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one first.</source>
        <translation>Dieser Cluster hat noch keinen Remote-Cluster. Fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message>
        <source>No remote cluster is connected right now.</source>
        <translation>Derzeit ist kein Remote-Cluster verbunden.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClustersPage</name>
    <message>
        <source>&amp;Add remote cluster…</source>
        <translation>Remote-Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Remote cluster actions</source>
        <translation>Aktionen für Remote-Cluster</translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation>Nach Name oder Adresse suchen</translation>
    </message>
    <message>
        <source>Remote clusters</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Refreshing the remote clusters failed: %1</source>
        <translation>Aktualisieren der Remote-Cluster fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows earlier data.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1 Die Liste zeigt ältere Daten.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its remote clusters.</source>
        <translation>Verbinden Sie sich mit einem Cluster, um seine Remote-Cluster zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the remote clusters</source>
        <translation>Die Remote-Cluster konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>Remote-Cluster werden geladen…</translation>
    </message>
    <message>
        <source>No remote clusters</source>
        <translation>Keine Remote-Cluster</translation>
    </message>
    <message>
        <source>No remote clusters: add the leader cluster as a remote cluster of this cluster, by the transport address of one or more of its nodes (sniff) or of a proxy in front of it. Follower indices replicate from leader indices through it.</source>
        <translation>Keine Remote-Cluster: Fügen Sie den Leader-Cluster als Remote-Cluster dieses Clusters hinzu, über die Transportadresse eines oder mehrerer seiner Knoten (Sniff) oder eines vorgeschalteten Proxys. Follower-Indizes replizieren darüber von Leader-Indizes.</translation>
    </message>
    <message>
        <source>Add remote cluster…</source>
        <translation>Remote-Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there.</source>
        <translation>In elasticsearch.yml definiert: Ändern Sie es dort.</translation>
    </message>
    <message>
        <source>Edit the selected remote cluster</source>
        <translation>Den ausgewählten Remote-Cluster bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected remote cluster</source>
        <translation>Den ausgewählten Remote-Cluster löschen</translation>
    </message>
    <message>
        <source>Remote cluster “%1” saved; checking its connection…</source>
        <translation>Remote-Cluster „%1“ gespeichert; Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Add a remote cluster to this cluster</source>
        <translation>Diesem Cluster einen Remote-Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Load the remote clusters again</source>
        <translation>Die Remote-Cluster neu laden</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>&amp;Failover…</translation>
    </message>
    <message>
        <source>The leader cluster behind the selected remote is lost: make this cluster&apos;s followers of it regular, writable indices</source>
        <translation>Der Leader-Cluster hinter dem gewählten Remote-Cluster ist verloren: Die Follower dieses Clusters von ihm zu regulären, beschreibbaren Indizes machen</translation>
    </message>
    <message>
        <source>&amp;Migrate to API key…</source>
        <translation>Auf API-Schlüssel &amp;migrieren…</translation>
    </message>
    <message>
        <source>Switch the selected certificate-based remote cluster to a cross-cluster API key in place: its followers are paused and resumed</source>
        <translation>Den ausgewählten zertifikatsbasierten Remote-Cluster direkt auf einen Cross-Cluster-API-Schlüssel umstellen: Seine Follower werden pausiert und fortgesetzt</translation>
    </message>
    <message>
        <source>Already uses a cross-cluster API key.</source>
        <translation>Verwendet bereits einen Cross-Cluster-API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteSecurityChoiceDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReplicationTopologyModel</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>sniff</source>
        <translation>sniff</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Verbunden (%1)</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Nicht verbunden (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n mit Fehlern</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Follower indices or auto-follow patterns name this remote cluster, but this cluster has no remote cluster of that name.</source>
        <translation>Follower-Indizes oder Auto-Follow-Muster nennen diesen Remote-Cluster, aber dieser Cluster hat keinen Remote-Cluster dieses Namens.</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Remote-Cluster</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>Follower-Indizes</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Auto-Follow-Muster</translation>
    </message>
    <message>
        <source>Replicated data streams</source>
        <translation>Replizierte Datenströme</translation>
    </message>
</context>
<context>
    <name>duper::ui::RequestPreviewDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunItemState</name>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunReportFile</name>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>duper::ui::SandboxLauncher</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::SandboxMenu</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The emulated cluster could not be brought back: %1</source>
        <translation>Der emulierte Cluster konnte nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Simulate leader outage</source>
        <translation>Ausfall des Leaders simulieren</translation>
    </message>
    <message>
        <source>Emulator only: the leader cluster stops answering and the follower cluster loses it as a remote</source>
        <translation>Nur Emulator: Der Leader-Cluster antwortet nicht mehr und der Follower-Cluster verliert ihn als Remote-Cluster</translation>
    </message>
    <message>
        <source>Bring leader back</source>
        <translation>Leader zurückholen</translation>
    </message>
    <message>
        <source>Simulate follower outage</source>
        <translation>Ausfall des Followers simulieren</translation>
    </message>
    <message>
        <source>Emulator only: the follower cluster stops answering</source>
        <translation>Nur Emulator: Der Follower-Cluster antwortet nicht mehr</translation>
    </message>
    <message>
        <source>Bring follower back</source>
        <translation>Follower zurückholen</translation>
    </message>
</context>
<context>
    <name>duper::ui::SecretPromptDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>The %1 for %2:</source>
        <translation>%1 für %2:</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShardStatsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Leader checkpoint</source>
        <translation>Leader-Checkpoint</translation>
    </message>
    <message>
        <source>Follower checkpoint</source>
        <translation>Follower-Checkpoint</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Outstanding reads</source>
        <translation>Ausstehende Lesevorgänge</translation>
    </message>
    <message>
        <source>Outstanding writes</source>
        <translation>Ausstehende Schreibvorgänge</translation>
    </message>
    <message>
        <source>Buffered operations</source>
        <translation>Gepufferte Operationen</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>Successful reads</source>
        <translation>Erfolgreiche Lesevorgänge</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>Fehlgeschlagene Lesevorgänge</translation>
    </message>
    <message>
        <source>Successful writes</source>
        <translation>Erfolgreiche Schreibvorgänge</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Fehlgeschlagene Schreibvorgänge</translation>
    </message>
    <message>
        <source>Operations read</source>
        <translation>Gelesene Operationen</translation>
    </message>
    <message>
        <source>Operations written</source>
        <translation>Geschriebene Operationen</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>Gelesene Bytes</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Mapping version</source>
        <translation>Mapping-Version</translation>
    </message>
    <message>
        <source>Settings version</source>
        <translation>Einstellungsversion</translation>
    </message>
    <message>
        <source>The leader shard&apos;s global checkpoint: operations up to this sequence number are safe on the leader.</source>
        <translation>Der globale Checkpoint des Leader-Shards: Operationen bis zu dieser Sequenznummer sind auf dem Leader sicher.</translation>
    </message>
    <message>
        <source>The follower shard&apos;s global checkpoint: operations up to this sequence number have been replicated.</source>
        <translation>Der globale Checkpoint des Follower-Shards: Operationen bis zu dieser Sequenznummer wurden repliziert.</translation>
    </message>
    <message>
        <source>Leader checkpoint minus follower checkpoint: operations not yet replicated.</source>
        <translation>Leader-Checkpoint minus Follower-Checkpoint: noch nicht replizierte Operationen.</translation>
    </message>
    <message>
        <source>Operations read from the leader and waiting to be written to the follower.</source>
        <translation>Vom Leader gelesene Operationen, die darauf warten, in den Follower geschrieben zu werden.</translation>
    </message>
    <message>
        <source>Time since the last read request to the leader returned.</source>
        <translation>Zeit, seit die letzte Leseanfrage an den Leader zurückkam.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShortcutToolTip</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>duper::ui::SwitchBackPage</name>
    <message>
        <source>Switching back restores the direction from before the failover, once &lt;b&gt;%1&lt;/b&gt; has caught up: its followers become regular indices that take writes, &lt;b&gt;%2&lt;/b&gt;&apos;s copies are deleted and %2 follows %1 again through the remote cluster below, and %2&apos;s paused auto-follow patterns are resumed. Stop writing to %2 first. If a step fails, Try again continues.</source>
        <translation>Zurückschalten stellt die Richtung von vor dem Failover wieder her, sobald &lt;b&gt;%1&lt;/b&gt; aufgeholt hat: Seine Follower werden normale Indizes, die Schreibvorgänge annehmen, die Kopien auf &lt;b&gt;%2&lt;/b&gt; werden gelöscht, %2 folgt %1 wieder über den Remote-Cluster unten, und die pausierten Auto-Follow-Muster von %2 werden fortgesetzt. Hören Sie zuerst auf, in %2 zu schreiben. Schlägt ein Schritt fehl, setzt „Erneut versuchen“ fort.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n copy(ies) on %1 listed above for good</source>
        <translation>
            <numerusform>Die oben aufgeführte %n Kopie auf %1 endgültig löschen</numerusform>
            <numerusform>Die oben aufgeführten %n Kopien auf %1 endgültig löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over on %1: its followers of %2 become regular indices</source>
        <translation>Failover auf %1: Seine Follower von %2 werden normale Indizes</translation>
    </message>
    <message>
        <source>%1 follows %2 again (its copies are deleted first)</source>
        <translation>%1 folgt wieder %2 (seine Kopien werden zuerst gelöscht)</translation>
    </message>
    <message>
        <source>Resume %1&apos;s paused auto-follow patterns</source>
        <translation>Pausierte Auto-Follow-Muster von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>Wird ein normaler Index</translation>
    </message>
    <message>
        <source>Will be deleted on %1, then follow %2</source>
        <translation>Wird auf %1 gelöscht und folgt dann %2</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>siehe unten</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>Zurückgeschaltet: Die ursprüngliche Richtung ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Angehalten. „Erneut versuchen“ setzt mit dem Rest fort.</translation>
    </message>
    <message>
        <source>Switching back did not finish. Try again continues.</source>
        <translation>Das Zurückschalten wurde nicht abgeschlossen. „Erneut versuchen“ setzt fort.</translation>
    </message>
</context>
<context>
    <name>duper::ui::TwoClusterDialog</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>duper::ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duper&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Duper&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters.&lt;br&gt;Connect to your follower cluster, or try everything on a sandbox: two emulated clusters running inside Duper.</source>
        <translation>Duper verwaltet die Elasticsearch-Cross-Cluster-Replikation: Follower-Indizes, Auto-Follow-Muster und Remote-Cluster.&lt;br&gt;Verbinden Sie sich mit Ihrem Follower-Cluster oder probieren Sie alles in einer Sandbox aus: zwei emulierte Cluster, die in Duper laufen.</translation>
    </message>
    <message>
        <source>Starts an emulated leader and follower cluster on free local ports and adds a temporary &quot;Sandbox&quot; connection</source>
        <translation>Startet einen emulierten Leader- und Follower-Cluster auf freien lokalen Ports und fügt eine temporäre Verbindung „Sandbox“ hinzu</translation>
    </message>
</context>
<context>
    <name>duper::values</name>
    <message>
        <source>%1 &quot;%2&quot; has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb.</source>
        <translation>%1 „%2“ hat keine Größeneinheit. Verwenden Sie b, kb, mb, gb, tb oder pb, z. B. 32mb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Sizes must be 0 or more; only -1 (on its own or as -1b) is accepted as a special value.</source>
        <translation>%1 „%2“ ist negativ. Größen müssen 0 oder mehr sein; nur -1 (allein oder als -1b) wird als Sonderwert akzeptiert.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more than two decimals. Use at most two, e.g. 1.25mb, or a smaller unit.</source>
        <translation>%1 „%2“ hat mehr als zwei Nachkommastellen. Verwenden Sie höchstens zwei, z. B. 1.25mb, oder eine kleinere Einheit.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch allows at most %3 bytes (just under 8192pb).</source>
        <translation>%1 „%2“ ist zu groß: Elasticsearch erlaubt höchstens %3 Bytes (knapp unter 8192pb).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a size. Write a number and a unit, e.g. 512mb or 1.5gb.</source>
        <translation>%1 „%2“ ist keine Größe. Schreiben Sie eine Zahl und eine Einheit, z. B. 512mb oder 1.5gb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of bytes. Bytes take whole numbers only; use a larger unit for fractions, e.g. 1.5kb.</source>
        <translation>%1 „%2“ ist keine ganze Zahl von Bytes. Bytes sind nur ganzzahlig; verwenden Sie für Bruchteile eine größere Einheit, z. B. 1.5kb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has spaces around it, which Elasticsearch does not accept here. Remove them.</source>
        <translation>%1 „%2“ hat Leerzeichen am Rand, die Elasticsearch hier nicht akzeptiert. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 „%2“ ist zu groß: Elasticsearch speichert den Wert als 32-Bit-Ganzzahl, höchstens 2147483647.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number, e.g. 5120.</source>
        <translation>%1 „%2“ ist keine ganze Zahl, z. B. 5120.</translation>
    </message>
    <message>
        <source>text with a unit, such as &quot;32mb&quot; or &quot;30s&quot;</source>
        <translation>ein Text mit Einheit, z. B. &quot;32mb&quot; oder &quot;30s&quot;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 ist %2, muss aber %3 sein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1 „%2“ ist ungültig. Verwenden Sie &quot;all&quot; oder eine Zahl von Shard-Kopien, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1 „%2“ ist negativ. Verwenden Sie &quot;all&quot; oder eine Zahl von Shard-Kopien, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be at least 1.</source>
        <translation>%1 ist %2, muss aber mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but it must be larger than 0 bytes, e.g. 32mb.</source>
        <translation>%1 ist „%2“, muss aber größer als 0 Bytes sein, z. B. 32mb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too short: Elasticsearch needs at least 1ms.</source>
        <translation>%1 „%2“ ist zu kurz: Elasticsearch braucht mindestens 1ms.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: Elasticsearch allows at most %3.</source>
        <translation>%1 „%2“ ist zu lang: Elasticsearch erlaubt höchstens %3.</translation>
    </message>
    <message>
        <source>%1 %2 is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 %2 ist zu groß: Elasticsearch speichert den Wert als 32-Bit-Ganzzahl, höchstens 2147483647.</translation>
    </message>
    <message>
        <source>Index names are lowercase and may not contain \ / * ? &quot; &lt; &gt; | , # : or spaces, nor start with _, - or +.</source>
        <translation>Indexnamen bestehen aus Kleinbuchstaben und dürfen weder \ / * ? &quot; &lt; &gt; | , # : noch Leerzeichen enthalten und nicht mit _, - oder + beginnen.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 is empty. Enter an index name.</source>
        <translation>%1 ist leer. Geben Sie einen Indexnamen ein.</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain %3. %4</source>
        <translation>%1 „%2“ darf %3 nicht enthalten. %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;#&apos;. %3</source>
        <translation>%1 „%2“ darf kein &apos;#&apos; enthalten. %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;:&apos; (it separates a remote cluster from an index name). %3</source>
        <translation>%1 „%2“ darf kein &apos;:&apos; enthalten (es trennt einen Remote-Cluster von einem Indexnamen). %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not start with &apos;%3&apos;. %4</source>
        <translation>%1 „%2“ darf nicht mit &apos;%3&apos; beginnen. %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: it takes %3 bytes in UTF-8, and Elasticsearch allows at most %4.</source>
        <translation>%1 „%2“ ist zu lang: Es belegt %3 Bytes in UTF-8, und Elasticsearch erlaubt höchstens %4.</translation>
    </message>
    <message>
        <source>%1 must not be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>%1 darf nicht &quot;.&quot; oder &quot;..&quot; sein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be lowercase, e.g. &quot;%3&quot;. %4</source>
        <translation>%1 „%2“ muss in Kleinbuchstaben sein, z. B. „%3“. %4</translation>
    </message>
    <message>
        <source>Use d, h, m, s, ms, micros or nanos, e.g. 30s.</source>
        <translation>Verwenden Sie d, h, m, s, ms, micros oder nanos, z. B. 30s.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Durations must be 0 or more (-1 stands for &quot;no limit&quot; where Elasticsearch allows it).</source>
        <translation>%1 „%2“ ist negativ. Zeitdauern müssen 0 oder mehr sein (-1 steht für „keine Grenze“, wo Elasticsearch das erlaubt).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range: the number must fit in a 64-bit integer.</source>
        <translation>%1 „%2“ liegt außerhalb des Bereichs: Die Zahl muss in eine 64-Bit-Ganzzahl passen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a fraction, but Elasticsearch takes whole numbers only. Use a smaller unit, e.g. 1500ms instead of 1.5s.</source>
        <translation>%1 „%2“ hat Nachkommastellen, aber Elasticsearch nimmt nur ganze Zahlen. Verwenden Sie eine kleinere Einheit, z. B. 1500ms statt 1.5s.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a duration. Write a whole number and a unit. %3</source>
        <translation>%1 „%2“ ist keine Zeitdauer. Schreiben Sie eine ganze Zahl und eine Einheit. %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time unit. %3</source>
        <translation>%1 „%2“ hat keine Zeiteinheit. %3</translation>
    </message>
    <message>
        <source>Remove the spaces around the value.</source>
        <translation>Entfernen Sie die Leerzeichen um den Wert.</translation>
    </message>
    <message>
        <source>Minutes are a lowercase m; a capital M is not a unit.</source>
        <translation>Minuten sind ein kleines m; ein großes M ist keine Einheit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Elasticsearch Cross-Cluster Replication</source>
        <translation>Desktop-Konsole für die Elasticsearch-Cross-Cluster-Replikation</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Start the emulated clusters in this process and connect to them.</source>
        <translation>Die emulierten Cluster in diesem Prozess starten und sich mit ihnen verbinden.</translation>
    </message>
</context>
</TS>
