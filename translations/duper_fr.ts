<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Duper</source>
        <translation>À propos de Duper</translation>
    </message>
    <message>
        <source>A fast native console and command-line tool for Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters, with credentials kept in the system keychain.</source>
        <translation>Une console native rapide et un outil en ligne de commande pour la réplication inter-clusters d&apos;Elasticsearch : index suiveurs, modèles de suivi automatique et clusters distants, avec les identifiants gardés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster to an API key</source>
        <translation>Migrer le cluster distant vers une clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>Cluster &amp;leader :</translation>
    </message>
    <message>
        <source>The saved connection of the cluster this remote cluster points at: the key is created there</source>
        <translation>La connexion enregistrée du cluster vers lequel pointe ce cluster distant : la clé y est créée</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>&amp;Répliquer :</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas: at least the leader indices of the followers that use this remote cluster</source>
        <translation>Les modèles d&apos;index leaders que la clé peut répliquer, séparés par des virgules : au moins les index leaders des index suiveurs qui utilisent ce cluster distant</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>Re&amp;cherche (facultatif) :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>Modèles d&apos;index dans lesquels la clé peut aussi effectuer des recherches inter-clusters, séparés par des virgules</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this remote cluster</source>
        <translation>Créer une nou&amp;velle clé même si le trousseau en conserve une pour ce cluster distant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>La nouvelle clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>Conservée dans votre trousseau. Elle n&apos;est affichée que maintenant, pour vos propres archives : c&apos;est un secret.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Done, I ran it on every node</source>
        <translation>&amp;Terminé, je l&apos;ai exécutée sur chaque nœud</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop after the request in flight, without rolling back: Run again goes on from there</source>
        <translation>Arrêter après la requête en cours, sans revenir aux paramètres précédents : « Relancer » reprend à partir de là</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>&amp;Simulation &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster with an API key</source>
        <translation>Ajouter un cluster distant avec une clé d&apos;API</translation>
    </message>
    <message>
        <source>Duper creates a cross-cluster API key on the leader cluster, keeps it in your keychain and connects this cluster to the leader&apos;s remote cluster server with it. Pick the saved connection of the leader cluster and the name this cluster will know it by.</source>
        <translation>Duper crée une clé d&apos;API inter-clusters sur le cluster leader, la conserve dans votre trousseau et s&apos;en sert pour connecter ce cluster au serveur de cluster distant du leader. Choisissez la connexion enregistrée du cluster leader et le nom sous lequel ce cluster le connaîtra.</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>Cluster &amp;leader :</translation>
    </message>
    <message>
        <source>Remote cluster &amp;name:</source>
        <translation>&amp;Nom du cluster distant :</translation>
    </message>
    <message>
        <source>The alias this cluster knows the leader cluster by, as follower indices name it</source>
        <translation>L&apos;alias sous lequel ce cluster connaît le cluster leader, tel que les index suiveurs le désignent</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>&amp;Répliquer :</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas</source>
        <translation>Les modèles d&apos;index leaders que la clé peut répliquer, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>Re&amp;cherche (facultatif) :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>Modèles d&apos;index dans lesquels la clé peut aussi effectuer des recherches inter-clusters, séparés par des virgules</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>E&amp;xpire après :</translation>
    </message>
    <message>
        <source>never (or e.g. 90d)</source>
        <translation>jamais (ou p. ex. 90d)</translation>
    </message>
    <message>
        <source>When the key expires replication stops: leave empty for a key that never expires</source>
        <translation>Quand la clé expire, la réplication s&apos;arrête : laissez vide pour une clé qui n&apos;expire jamais</translation>
    </message>
    <message>
        <source>Connection mode:</source>
        <translation>Mode de connexion :</translation>
    </message>
    <message>
        <source>&amp;Proxy (one address)</source>
        <translation>&amp;Proxy (une adresse)</translation>
    </message>
    <message>
        <source>S&amp;niff (seed nodes)</source>
        <translation>S&amp;niff (nœuds seed)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>l&apos;adresse du serveur de cluster distant du leader</translation>
    </message>
    <message>
        <source>Leave empty to use the leader&apos;s remote cluster server (port 9443 by default), read from its nodes. Not its transport (9300) or HTTP (9200) address. Several seeds: separate them with commas.</source>
        <translation>Laissez vide pour utiliser le serveur de cluster distant du leader (port 9443 par défaut), lu depuis ses nœuds. Pas son adresse de transport (9300) ni HTTP (9200). Plusieurs seeds : séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this name</source>
        <translation>Créer une nou&amp;velle clé même si le trousseau en conserve une pour ce nom</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>La nouvelle clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>Conservée dans votre trousseau. Elle n&apos;est affichée que maintenant, pour vos propres archives : c&apos;est un secret.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have run it on &amp;every node</source>
        <translation>Je l&apos;ai exécutée sur &amp;chaque nœud</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Créer un modèle de suivi automatique</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on the remote cluster whose name matches. Indices that exist before the pattern is created are not followed.</source>
        <translation>Un modèle de suivi automatique fait suivre par ce cluster chaque nouvel index du cluster distant dont le nom correspond. Les index existant avant la création du modèle ne sont pas suivis.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A unique name for the pattern: no commas, not starting with _</source>
        <translation>Un nom unique pour le modèle : sans virgules, ne commençant pas par _</translation>
    </message>
    <message>
        <source>e.g. logs-from-dc1</source>
        <translation>p. ex. logs-from-dc1</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) whose new indices the pattern follows</source>
        <translation>Le cluster distant (configuré sur ce cluster) dont le modèle suit les nouveaux index</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>Modèles d&apos;index leaders</translation>
    </message>
    <message>
        <source>leader_index_patterns: new indices on the remote cluster whose names match one of these are followed; * matches anything</source>
        <translation>leader_index_patterns : les nouveaux index du cluster distant dont le nom correspond à l&apos;un de ces modèles sont suivis ; * correspond à tout</translation>
    </message>
    <message>
        <source>Type a pattern such as logs-* and press Enter</source>
        <translation>Saisissez un modèle tel que logs-* et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Modèles d&apos;exclusion</translation>
    </message>
    <message>
        <source>leader_index_exclusion_patterns: leader indices matching one of these are never followed, even when a leader pattern matches</source>
        <translation>leader_index_exclusion_patterns : les index leaders correspondant à l&apos;un de ces modèles ne sont jamais suivis, même si un modèle leader correspond</translation>
    </message>
    <message>
        <source>Optional, e.g. logs-debug-*</source>
        <translation>Facultatif, p. ex. logs-debug-*</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Modèle d&apos;index suiveur</translation>
    </message>
    <message>
        <source>follow_index_pattern: the name of each follower index; {{leader_index}} stands for the leader index name</source>
        <translation>follow_index_pattern : le nom de chaque index suiveur ; {{leader_index}} représente le nom de l&apos;index leader</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>Aucun préfixe</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>No suffix</source>
        <translation>Aucun suffixe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Follower index names the pattern would create</source>
        <translation>Noms des index suiveurs que le modèle créerait</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>Enregistrement du modèle de suivi automatique…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>Afficher la requête…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AutoRefreshChoiceText</name>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualisation automatique désactivée</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Toutes les %1 s</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Toutes les %1 min</translation>
    </message>
</context>
<context>
    <name>BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication</source>
        <translation>Réplication bidirectionnelle</translation>
    </message>
    <message>
        <source>&amp;Other cluster:</source>
        <translation>&amp;Autre cluster :</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>Cluster distant &amp;ici :</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points at the other cluster</source>
        <translation>L&apos;alias de cluster distant sur ce cluster qui pointe vers l&apos;autre cluster</translation>
    </message>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>Cluster distant en re&amp;tour :</translation>
    </message>
    <message>
        <source>The remote cluster alias on the other cluster that points back at this one</source>
        <translation>L&apos;alias de cluster distant sur l&apos;autre cluster qui pointe en retour vers celui-ci</translation>
    </message>
    <message>
        <source>&amp;Leader indices:</source>
        <translation>Index &amp;leaders :</translation>
    </message>
    <message>
        <source>Index names or wildcards to replicate both ways, separated by commas</source>
        <translation>Noms d&apos;index ou caractères génériques à répliquer dans les deux sens, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Follower indices</source>
        <translation>Index suiveurs</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>https://es.example.com:9200, https://es2.example.com:9200</source>
        <translation>https://es.example.com:9200, https://es2.example.com:9200</translation>
    </message>
    <message>
        <source>&amp;Cloud ID:</source>
        <translation>&amp;Cloud ID :</translation>
    </message>
    <message>
        <source>Instead of URLs: deployment:base64…</source>
        <translation>Au lieu des URL : deployment:base64…</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nom d&apos;ut&amp;ilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stocké dans le trousseau du système</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Ask for the secret every time (do not store it)</source>
        <translation>Demander le secret à chaque fois (ne pas le stocker)</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;Vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone between you and the cluster can read and change the traffic, including your credentials.</source>
        <translation>Les certificats ne sont pas vérifiés : toute personne entre vous et le cluster peut lire et modifier le trafic, y compris vos identifiants.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>Optional PEM file, trusted on top of the system&apos;s CAs</source>
        <translation>Fichier PEM facultatif, approuvé en plus des CA du système</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Certificat c&amp;lient :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Cl&amp;é client :</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>P&amp;hrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>Uniquement pour une clé chiffrée ; stockée dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;expiration :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;remote:</source>
        <translation>Cluster distant pa&amp;r défaut :</translation>
    </message>
    <message>
        <source>Remote cluster alias used when following</source>
        <translation>Alias du cluster distant utilisé lors du suivi</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CreateFollowerDialog</name>
    <message>
        <source>Create follower index</source>
        <translation>Créer un index suiveur</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) that holds the leader index</source>
        <translation>Le cluster distant (configuré sur ce cluster) qui contient l&apos;index leader</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Index leader</translation>
    </message>
    <message>
        <source>The index on the remote cluster to replicate</source>
        <translation>L&apos;index du cluster distant à répliquer</translation>
    </message>
    <message>
        <source>Index or data stream on the remote cluster</source>
        <translation>Index ou flux de données du cluster distant</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>The new index on this cluster that receives the copy; lowercase, no spaces or \ / * ? &quot; &lt; &gt; | , # :</source>
        <translation>Le nouvel index de ce cluster qui reçoit la copie ; en minuscules, sans espaces ni \ / * ? &quot; &lt; &gt; | , # :</translation>
    </message>
    <message>
        <source>Data stream name</source>
        <translation>Nom du flux de données</translation>
    </message>
    <message>
        <source>data_stream_name: the local data stream the follower index becomes part of (optional)</source>
        <translation>data_stream_name : le flux de données local dont l&apos;index suiveur fera partie (facultatif)</translation>
    </message>
    <message>
        <source>Optional: only when following a data stream backing index</source>
        <translation>Facultatif : uniquement pour suivre un index de support d&apos;un flux de données</translation>
    </message>
    <message>
        <source>Wait for active shards</source>
        <translation>Attendre les partitions actives</translation>
    </message>
    <message>
        <source>How many shard copies must be active before the request returns: 0 (do not wait), a number, or all</source>
        <translation>Nombre de copies de partition qui doivent être actives avant que la requête ne réponde : 0 (ne pas attendre), un nombre ou all</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Index settings override (settings)</source>
        <translation>Remplacement des paramètres d&apos;index (settings)</translation>
    </message>
    <message>
        <source>Settings of the follower index that differ from the leader, e.g. index.number_of_replicas = 0</source>
        <translation>Paramètres de l&apos;index suiveur qui diffèrent du leader, p. ex. index.number_of_replicas = 0</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>Retirer le paramètre</translation>
    </message>
    <message>
        <source>Creating follower index…</source>
        <translation>Création de l&apos;index suiveur…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>Afficher la requête…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DisasterRecoveryPage</name>
    <message>
        <source>What this cluster replicates from each remote cluster. Select a remote to fail over from it when its leader cluster is lost.</source>
        <translation>Ce que ce cluster réplique de chaque cluster distant. Sélectionnez un cluster distant pour basculer depuis lui lorsque son cluster leader est perdu.</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>&amp;Basculer…</translation>
    </message>
    <message>
        <source>Make this cluster and another saved connection replicate each other&apos;s new indices, without loops</source>
        <translation>Faire en sorte que ce cluster et une autre connexion enregistrée répliquent mutuellement leurs nouveaux index, sans boucle</translation>
    </message>
    <message>
        <source>Set up &amp;bi-directional replication…</source>
        <translation>Configurer la réplication bid&amp;irectionnelle…</translation>
    </message>
    <message>
        <source>Replication by remote cluster</source>
        <translation>Réplication par cluster distant</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>After a failover, once this cluster is back: make it follow the promoted cluster, then optionally switch back</source>
        <translation>Après un basculement, une fois ce cluster de retour : lui faire suivre le cluster promu, puis, au choix, rétablir le sens d&apos;origine</translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation>Re&amp;tour arrière…</translation>
    </message>
</context>
<context>
    <name>EditFollowerDialog</name>
    <message>
        <source>Edit follower index</source>
        <translation>Modifier l&apos;index suiveur</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Index leader</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>Elasticsearch only takes new settings when replication resumes: saving pauses replication of this follower and resumes it with the settings below. Nothing is lost; the follower catches up after the resume.</source>
        <translation>Elasticsearch ne prend en compte les nouveaux paramètres qu&apos;à la reprise de la réplication : l&apos;enregistrement suspend la réplication de cet index suiveur et la reprend avec les paramètres ci-dessous. Rien n&apos;est perdu ; l&apos;index suiveur rattrape son retard après la reprise.</translation>
    </message>
    <message>
        <source>Resume with previous settings</source>
        <translation>Reprendre avec les paramètres précédents</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FailbackDialog</name>
    <message>
        <source>Fail back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>&amp;Promoted cluster:</source>
        <translation>Cluster &amp;promu :</translation>
    </message>
    <message>
        <source>The saved connection to the cluster that was promoted when this one was lost</source>
        <translation>La connexion enregistrée vers le cluster promu lorsque celui-ci a été perdu</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>Cluster &amp;distant ici :</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points to the promoted cluster (added when missing)</source>
        <translation>L&apos;alias de cluster distant sur ce cluster qui pointe vers le cluster promu (ajouté s&apos;il manque)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Étape et index</translation>
    </message>
    <message>
        <source>Docs here</source>
        <translation>Docs ici</translation>
    </message>
    <message>
        <source>Documents in the index on this cluster</source>
        <translation>Documents de l&apos;index sur ce cluster</translation>
    </message>
    <message>
        <source>Docs promoted</source>
        <translation>Docs promu</translation>
    </message>
    <message>
        <source>Documents in the index on the promoted cluster</source>
        <translation>Documents de l&apos;index sur le cluster promu</translation>
    </message>
    <message>
        <source>Seq. no. here</source>
        <translation>N° séq. ici</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on this cluster</source>
        <translation>Numéro de séquence le plus élevé de l&apos;index sur ce cluster</translation>
    </message>
    <message>
        <source>Seq. no. promoted</source>
        <translation>N° séq. promu</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on the promoted cluster</source>
        <translation>Numéro de séquence le plus élevé de l&apos;index sur le cluster promu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Fail over</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Étape et index</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Index leader</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>&amp;Basculer…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>FollowManyDialog</name>
    <message>
        <source>Follow existing leader indices</source>
        <translation>Suivre des index leaders existants</translation>
    </message>
    <message>
        <source>Follows leader indices that already exist on a remote cluster. Auto-follow patterns only pick up indices created after the pattern; this follows the ones that are there now.</source>
        <translation>Suit les index leaders qui existent déjà sur un cluster distant. Les modèles de suivi automatique ne prennent que les index créés après le modèle ; ceci suit ceux qui existent maintenant.</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>Modèles d&apos;index leaders</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logs-*, metrics-*</source>
        <translation>Séparés par des virgules, p. ex. logs-*, metrics-*</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Modèles d&apos;exclusion</translation>
    </message>
    <message>
        <source>Optional, comma-separated, e.g. logs-old-*</source>
        <translation>Facultatif, séparés par des virgules, p. ex. logs-old-*</translation>
    </message>
    <message>
        <source>Follower index name</source>
        <translation>Nom de l&apos;index suiveur</translation>
    </message>
    <message>
        <source>{{leader_index}} is replaced with each leader index&apos;s name, e.g. {{leader_index}}-copy</source>
        <translation>{{leader_index}} est remplacé par le nom de chaque index leader, p. ex. {{leader_index}}-copy</translation>
    </message>
    <message>
        <source>Find leader indices</source>
        <translation>Rechercher les index leaders</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Index leader</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This table is the dry run: nothing is followed until you press Follow.</source>
        <translation>Ce tableau est la simulation : rien n&apos;est suivi tant que vous n&apos;appuyez pas sur Suivre.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Also create an auto-follow pattern named</source>
        <translation>Créer aussi un modèle de suivi automatique nommé</translation>
    </message>
    <message>
        <source>so new indices follow too</source>
        <translation>pour que les nouveaux index soient aussi suivis</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FollowParametersEditor</name>
    <message>
        <source>Leave a field empty to use Elasticsearch&apos;s default, shown in grey.</source>
        <translation>Laissez un champ vide pour utiliser la valeur par défaut d&apos;Elasticsearch, affichée en gris.</translation>
    </message>
    <message>
        <source>Read batch (operations)</source>
        <translation>Lot de lecture (opérations)</translation>
    </message>
    <message>
        <source>max_read_request_operation_count: The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>max_read_request_operation_count : le nombre maximal d&apos;opérations extraites du leader par requête de lecture. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>Le nombre maximal d&apos;opérations extraites du leader par requête de lecture. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Utiliser la valeur par défaut</translation>
    </message>
    <message>
        <source>Clear the value so Elasticsearch applies its default</source>
        <translation>Effacer la valeur pour qu&apos;Elasticsearch applique sa valeur par défaut</translation>
    </message>
    <message>
        <source>Read batch (size)</source>
        <translation>Lot de lecture (taille)</translation>
    </message>
    <message>
        <source>max_read_request_size: The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>max_read_request_size : le nombre maximal d&apos;octets extraits du leader par requête de lecture, p. ex. 32mb. Unités : b, kb, mb, gb, tb, pb.</translation>
    </message>
    <message>
        <source>The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>Le nombre maximal d&apos;octets extraits du leader par requête de lecture, p. ex. 32mb. Unités : b, kb, mb, gb, tb, pb.</translation>
    </message>
    <message>
        <source>Parallel reads</source>
        <translation>Lectures parallèles</translation>
    </message>
    <message>
        <source>max_outstanding_read_requests: The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>max_outstanding_read_requests : le nombre maximal de requêtes de lecture attendant simultanément une réponse du leader. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>Le nombre maximal de requêtes de lecture attendant simultanément une réponse du leader. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>Write batch (operations)</source>
        <translation>Lot d&apos;écriture (opérations)</translation>
    </message>
    <message>
        <source>max_write_request_operation_count: The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>max_write_request_operation_count : le nombre maximal d&apos;opérations écrites dans l&apos;index suiveur par requête bulk. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>Le nombre maximal d&apos;opérations écrites dans l&apos;index suiveur par requête bulk. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>Write batch (size)</source>
        <translation>Lot d&apos;écriture (taille)</translation>
    </message>
    <message>
        <source>max_write_request_size: The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>max_write_request_size : le nombre maximal d&apos;octets écrits dans l&apos;index suiveur par requête bulk, p. ex. 16mb.</translation>
    </message>
    <message>
        <source>The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>Le nombre maximal d&apos;octets écrits dans l&apos;index suiveur par requête bulk, p. ex. 16mb.</translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation>Écritures parallèles</translation>
    </message>
    <message>
        <source>max_outstanding_write_requests: The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>max_outstanding_write_requests : le nombre maximal de requêtes d&apos;écriture bulk en cours simultanément sur l&apos;index suiveur. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>Le nombre maximal de requêtes d&apos;écriture bulk en cours simultanément sur l&apos;index suiveur. Un nombre entier, au moins 1.</translation>
    </message>
    <message>
        <source>Write buffer (operations)</source>
        <translation>Tampon d&apos;écriture (opérations)</translation>
    </message>
    <message>
        <source>max_write_buffer_count: The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>max_write_buffer_count : le nombre maximal d&apos;opérations en attente d&apos;écriture ; quand le tampon en contient davantage, les lectures sur le leader attendent.</translation>
    </message>
    <message>
        <source>The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>Le nombre maximal d&apos;opérations en attente d&apos;écriture ; quand le tampon en contient davantage, les lectures sur le leader attendent.</translation>
    </message>
    <message>
        <source>Write buffer (size)</source>
        <translation>Tampon d&apos;écriture (taille)</translation>
    </message>
    <message>
        <source>max_write_buffer_size: The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>max_write_buffer_size : le nombre maximal d&apos;octets en attente d&apos;écriture ; quand le tampon en contient davantage, les lectures sur le leader attendent, p. ex. 512mb.</translation>
    </message>
    <message>
        <source>The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>Le nombre maximal d&apos;octets en attente d&apos;écriture ; quand le tampon en contient davantage, les lectures sur le leader attendent, p. ex. 512mb.</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Délai maximal avant nouvel essai</translation>
    </message>
    <message>
        <source>max_retry_delay: The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>max_retry_delay : l&apos;attente maximale avant de réessayer une opération ayant échoué, p. ex. 500ms ou 10s. Au plus 5m.</translation>
    </message>
    <message>
        <source>The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>L&apos;attente maximale avant de réessayer une opération ayant échoué, p. ex. 500ms ou 10s. Au plus 5m.</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>Délai d&apos;attente de lecture (poll)</translation>
    </message>
    <message>
        <source>read_poll_timeout: How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>read_poll_timeout : durée pendant laquelle une lecture attend de nouvelles opérations sur le leader quand l&apos;index suiveur est à jour, p. ex. 1m.</translation>
    </message>
    <message>
        <source>How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>Durée pendant laquelle une lecture attend de nouvelles opérations sur le leader quand l&apos;index suiveur est à jour, p. ex. 1m.</translation>
    </message>
</context>
<context>
    <name>FollowerListStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose a connection in the toolbar to see its follower indices.</source>
        <translation>Choisissez une connexion dans la barre d&apos;outils pour voir ses index suiveurs.</translation>
    </message>
    <message>
        <source>Cross-cluster replication is not licensed</source>
        <translation>La réplication inter-clusters n&apos;est pas sous licence</translation>
    </message>
    <message>
        <source>This cluster runs with a “%1” license. Cross-cluster replication needs an active platinum, enterprise or trial license: start a trial or install a license, then check again.</source>
        <translation>Ce cluster fonctionne avec une licence “%1”. La réplication inter-clusters nécessite une licence platinum, enterprise ou d&apos;essai active : démarrez un essai ou installez une licence, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>The follower indices could not be loaded</source>
        <translation>Les index suiveurs n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</source>
        <translation>
            <numerusform>L&apos;utilisateur n&apos;a pas le privilège de cluster %1. Lire les index suiveurs nécessite “monitor” (ou “manage_ccr”) ; les créer, les suspendre et les reprendre nécessite “manage_ccr”. Demandez à un administrateur de l&apos;ajouter à votre rôle.</numerusform>
            <numerusform>L&apos;utilisateur n&apos;a pas les privilèges de cluster %1. Lire les index suiveurs nécessite “monitor” (ou “manage_ccr”) ; les créer, les suspendre et les reprendre nécessite “manage_ccr”. Demandez à un administrateur de les ajouter à votre rôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not have permission to view follower indices</source>
        <translation>Vous n&apos;êtes pas autorisé à afficher les index suiveurs</translation>
    </message>
    <message>
        <source>Loading follower indices…</source>
        <translation>Chargement des index suiveurs…</translation>
    </message>
    <message>
        <source>No remote clusters yet</source>
        <translation>Aucun cluster distant pour l&apos;instant</translation>
    </message>
    <message>
        <source>A follower index copies a leader index from a remote cluster, and this cluster knows no remote cluster yet. Add the leader cluster as a remote cluster first (the cluster setting cluster.remote.&lt;alias&gt;.seeds), then create a follower index.</source>
        <translation>Un index suiveur copie un index leader d&apos;un cluster distant, et ce cluster ne connaît encore aucun cluster distant. Ajoutez d&apos;abord le cluster leader comme cluster distant (le paramètre de cluster cluster.remote.&lt;alias&gt;.seeds), puis créez un index suiveur.</translation>
    </message>
    <message>
        <source>Set up a remote cluster…</source>
        <translation>Configurer un cluster distant…</translation>
    </message>
    <message>
        <source>Create your first follower index</source>
        <translation>Créez votre premier index suiveur</translation>
    </message>
    <message>
        <source>A follower index replicates a leader index of a remote cluster. Create one to start replicating.</source>
        <translation>Un index suiveur réplique un index leader d&apos;un cluster distant. Créez-en un pour commencer la réplication.</translation>
    </message>
    <message>
        <source>Create a follower index…</source>
        <translation>Créer un index suiveur…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of Duper&apos;s window; applies at once</source>
        <translation>La langue de la fenêtre de Duper ; s&apos;applique immédiatement</translation>
    </message>
    <message>
        <source>Default &amp;auto-refresh:</source>
        <translation>&amp;Actualisation automatique par défaut :</translation>
    </message>
    <message>
        <source>How often lists refresh by themselves, until you pick another interval on a list</source>
        <translation>La fréquence d&apos;actualisation automatique des listes, jusqu&apos;à ce que vous choisissiez un autre intervalle dans une liste</translation>
    </message>
    <message>
        <source>Ask before &amp;pausing or resuming</source>
        <translation>Demander avant de &amp;suspendre ou de reprendre</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>Proxies that need a password are not supported: a password would belong in the system keychain, not in the settings file.</source>
        <translation>Les proxys qui demandent un mot de passe ne sont pas pris en charge : un mot de passe aurait sa place dans le trousseau du système, pas dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel :</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>Historique de réplication</translation>
    </message>
    <message>
        <source>Duper keeps each follower&apos;s lag, rate and status from every refresh in a file in its data folder.</source>
        <translation>Duper conserve le retard, le débit et l&apos;état de chaque index suiveur à chaque actualisation dans un fichier de son dossier de données.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long the figures of every refresh are kept</source>
        <translation>Durée de conservation des valeurs de chaque actualisation</translation>
    </message>
    <message>
        <source>Per-minute &amp;figures for:</source>
        <translation>&amp;Valeurs par minute pendant :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long each minute&apos;s minimum, average and maximum are kept; older history is dropped</source>
        <translation>Durée de conservation du minimum, de la moyenne et du maximum de chaque minute ; l&apos;historique plus ancien est supprimé</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>&amp;Taille maximale :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>The most the history file may take on disk; the oldest figures go first</source>
        <translation>L&apos;espace disque maximal du fichier d&apos;historique ; les valeurs les plus anciennes partent en premier</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Replication &amp;history</source>
        <translation>&amp;Historique de réplication</translation>
    </message>
    <message>
        <source>E&amp;very refresh for:</source>
        <translation>&amp;Chaque actualisation pendant :</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ale&amp;rtes</translation>
    </message>
    <message>
        <source>Alert rules are kept per connection: connect to a cluster to edit its rules.</source>
        <translation>Les règles d&apos;alerte sont propres à chaque connexion : connectez-vous à un cluster pour modifier ses règles.</translation>
    </message>
</context>
<context>
    <name>PrivilegePreflightPanel</name>
    <message>
        <source>Send anyway, without these privileges</source>
        <translation>Envoyer quand même, sans ces privilèges</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>Rouvrir l&apos;index</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RemoteClusterDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>Ajouter un cluster distant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>Connection mode</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>&amp;Sniff: connect to seed nodes, then to the gateway nodes they report</source>
        <translation>&amp;Sniff : se connecter aux nœuds seed, puis aux nœuds passerelles qu&apos;ils indiquent</translation>
    </message>
    <message>
        <source>&amp;Proxy: connect through one address (a load balancer or proxy)</source>
        <translation>&amp;Proxy : se connecter via une seule adresse (répartiteur de charge ou proxy)</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>S&amp;eeds</translation>
    </message>
    <message>
        <source>One transport address per line, e.g. 10.0.0.5:9300</source>
        <translation>Une adresse de transport par ligne, p. ex. 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>No&amp;de connections</source>
        <translation>Connexions aux &amp;nœuds</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>&amp;Adresse du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com:9400</source>
        <translation>proxy.example.com:9400</translation>
    </message>
    <message>
        <source>Se&amp;rver name</source>
        <translation>Nom du se&amp;rveur</translation>
    </message>
    <message>
        <source>optional: the TLS server name (SNI) the proxy expects</source>
        <translation>facultatif : le nom de serveur TLS (SNI) attendu par le proxy</translation>
    </message>
    <message>
        <source>Soc&amp;ket connections</source>
        <translation>Connexions de soc&amp;ket</translation>
    </message>
    <message>
        <source>S&amp;kip this cluster in cross-cluster searches when it is unavailable</source>
        <translation>I&amp;gnorer ce cluster dans les recherches inter-clusters quand il est indisponible</translation>
    </message>
    <message>
        <source>Keep the setting</source>
        <translation>Conserver le paramètre</translation>
    </message>
    <message>
        <source>&amp;Persistent: survives a full cluster restart</source>
        <translation>&amp;Persistant : survit à un redémarrage complet du cluster</translation>
    </message>
    <message>
        <source>&amp;Transient: lost on a full cluster restart</source>
        <translation>&amp;Transitoire : perdu lors d&apos;un redémarrage complet du cluster</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
</context>
<context>
    <name>RemoteClusterTexts</name>
    <message>
        <source>“%1” is connected through %2 (%3 of %4 sockets open).</source>
        <translation>“%1” est connecté via %2 (%3 sockets ouverts sur %4).</translation>
    </message>
    <message>
        <source>“%1” is connected (%2 of %3 nodes).</source>
        <translation>“%1” est connecté (%2 nœuds sur %3).</translation>
    </message>
    <message>
        <source>“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.</source>
        <translation>“%1” est enregistré, mais Elasticsearch n&apos;indique pas encore de connexion vers lui. Actualisez dans un instant.</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.</source>
        <translation>“%1” est enregistré mais pas connecté : aucun cluster n&apos;a répondu à %2. Vérifiez que l&apos;adresse est le port de transport du cluster distant (généralement 9300, pas le port HTTP 9200) et que ce cluster peut la joindre.</translation>
    </message>
    <message>
        <source>Delete the remote cluster “%1”? This cluster forgets how to reach it.</source>
        <translation>Supprimer le cluster distant “%1” ? Ce cluster oubliera comment le joindre.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>1 follower index replicates through it and will stop replicating: %1.</source>
        <translation>1 index suiveur réplique par son intermédiaire et cessera de répliquer : %1.</translation>
    </message>
    <message>
        <source>%1 follower indices replicate through it and will stop replicating: %2.</source>
        <translation>%1 index suiveurs répliquent par son intermédiaire et cesseront de répliquer : %2.</translation>
    </message>
    <message>
        <source>Select a remote cluster to see its details.</source>
        <translation>Sélectionnez un cluster distant pour voir ses détails.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Sockets connected</source>
        <translation>Sockets connectés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Nodes connected</source>
        <translation>Nœuds connectés</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>Ignorer si indisponible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Initial connect timeout</source>
        <translation>Délai de connexion initiale</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected through its API key at %2. Likely causes: the keystore entry cluster.remote.%1.credentials is missing on a node, secure settings were not reloaded on every node after it was added, or the key was invalidated or expired on the remote cluster.</source>
        <translation>« %1 » est enregistré mais n&apos;est pas connecté via sa clé d&apos;API à %2. Causes probables : l&apos;entrée de keystore cluster.remote.%1.credentials manque sur un nœud, les paramètres sécurisés n&apos;ont pas été rechargés sur chaque nœud après son ajout, ou la clé a été invalidée ou a expiré sur le cluster distant.</translation>
    </message>
    <message>
        <source>“%1” points at a remote cluster server address (%2), but Elasticsearch reports no API key for it: add cluster.remote.%1.credentials to the keystore of every node, then reload secure settings.</source>
        <translation>« %1 » pointe vers une adresse de serveur de cluster distant (%2), mais Elasticsearch n&apos;indique aucune clé d&apos;API pour lui : ajoutez cluster.remote.%1.credentials au keystore de chaque nœud, puis rechargez les paramètres sécurisés.</translation>
    </message>
    <message>
        <source>Certificate: TLS on the transport port</source>
        <translation>Certificat : TLS sur le port de transport</translation>
    </message>
    <message>
        <source>API key, stored in this cluster&apos;s keystore (cluster.remote.%1.credentials)</source>
        <translation>Clé d&apos;API, stockée dans le keystore de ce cluster (cluster.remote.%1.credentials)</translation>
    </message>
    <message>
        <source>API key, but no credential is in force: cluster.remote.%1.credentials is missing from the keystore or secure settings were not reloaded</source>
        <translation>Clé d&apos;API, mais aucun identifiant en vigueur : cluster.remote.%1.credentials manque dans le keystore ou les paramètres sécurisés n&apos;ont pas été rechargés</translation>
    </message>
</context>
<context>
    <name>RemoteSecurityChoiceDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>Ajouter un cluster distant</translation>
    </message>
    <message>
        <source>How does this cluster authenticate to the remote (leader) cluster?</source>
        <translation>Comment ce cluster s&apos;authentifie-t-il auprès du cluster distant (leader) ?</translation>
    </message>
    <message>
        <source>Cross-cluster &amp;API key (recommended)</source>
        <translation>Clé d&apos;&amp;API inter-clusters (recommandée)</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s remote cluster server (port 9443) with a key that allows only the indices you choose. Elasticsearch 8.14 or later. Duper creates the key and guides you through the rest.</source>
        <translation>Se connecte au serveur de cluster distant du leader (port 9443) avec une clé qui n&apos;autorise que les index que vous choisissez. Elasticsearch 8.14 ou ultérieur. Duper crée la clé et vous guide pour le reste.</translation>
    </message>
    <message>
        <source>TLS &amp;certificate</source>
        <translation>&amp;Certificat TLS</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s transport port (9300) trusting both clusters&apos; certificates. Deprecated in Elasticsearch 9: choose it only for older clusters or an existing set-up.</source>
        <translation>Se connecte au port de transport du leader (9300) en faisant confiance aux certificats des deux clusters. Obsolète dans Elasticsearch 9 : à choisir uniquement pour des clusters plus anciens ou une configuration existante.</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>As Kibana&apos;s Dev Tools console reads it</source>
        <translation>Tel que la console Dev Tools de Kibana le lit</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>As a shell command; add your credentials</source>
        <translation>Sous forme de commande shell ; ajoutez vos identifiants</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>SwitchBackPage</name>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>Cluster distant de &amp;retour :</translation>
    </message>
    <message>
        <source>The remote cluster alias on the promoted cluster that points back to this one (as before the failover)</source>
        <translation>L&apos;alias de cluster distant sur le cluster promu qui pointe en retour vers celui-ci (comme avant le basculement)</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>Étape et index</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>duper</name>
    <message>
        <source>create the follower index</source>
        <translation>créer l&apos;index suiveur</translation>
    </message>
    <message>
        <source>create the follower indices</source>
        <translation>créer les index suiveurs</translation>
    </message>
    <message>
        <source>create the auto-follow pattern and the followers it makes</source>
        <translation>créer le modèle de suivi automatique et les index suiveurs qu&apos;il crée</translation>
    </message>
    <message>
        <source>fail over (pause, close, unfollow and open the followers)</source>
        <translation>basculer (suspendre, fermer, ne plus suivre et ouvrir les index suiveurs)</translation>
    </message>
    <message>
        <source>following, pausing, resuming and unfollowing indices, and managing auto-follow patterns</source>
        <translation>suivre, suspendre, reprendre et ne plus suivre des index, et gérer les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>reading follower statistics, CCR statistics and remote cluster information</source>
        <translation>lire les statistiques des index suiveurs, les statistiques CCR et les informations sur les clusters distants</translation>
    </message>
    <message>
        <source>changing cluster settings, such as adding or removing remote clusters</source>
        <translation>modifier les paramètres du cluster, par exemple ajouter ou supprimer des clusters distants</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>duper::AlertRules</name>
    <message>
        <source>%1 lag %2 ops &gt; %3</source>
        <translation>%1 retard %2 op. &gt; %3</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3) and has been above %4 for %5.</source>
        <translation>%1 a %2 opérations de retard sur son leader (limite %3) et dépasse %4 depuis %5.</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3).</source>
        <translation>%1 a %2 opérations de retard sur son leader (limite %3).</translation>
    </message>
    <message>
        <source>%1 last read %2 ago &gt; %3</source>
        <translation>%1 dernière lecture il y a %2 &gt; %3</translation>
    </message>
    <message>
        <source>%1 last read from its leader %2 ago (limit %3): check the remote cluster connection.</source>
        <translation>%1 a lu son leader pour la dernière fois il y a %2 (limite %3) : vérifiez la connexion au cluster distant.</translation>
    </message>
    <message>
        <source>%1 read exceptions: %2</source>
        <translation>%1 exceptions de lecture : %2</translation>
    </message>
    <message>
        <source>%1 fatal error</source>
        <translation>%1 erreur fatale</translation>
    </message>
    <message>
        <source>%1 stopped replicating on a fatal error: %2</source>
        <translation>%1 a cessé de répliquer sur une erreur fatale : %2</translation>
    </message>
    <message>
        <source>read from the leader index</source>
        <translation>lue sur l&apos;index leader</translation>
    </message>
    <message>
        <source>The period has passed: resuming will probably fail and the follower must be recreated.</source>
        <translation>La période est écoulée : la reprise échouera probablement et l&apos;index suiveur devra être recréé.</translation>
    </message>
    <message>
        <source>Resume it within %1, or it must be recreated.</source>
        <translation>Reprenez-le dans les %1, sinon il devra être recréé.</translation>
    </message>
    <message>
        <source>At most %1 remain before resuming fails and the follower must be recreated.</source>
        <translation>Il reste au plus %1 avant que la reprise échoue et que l&apos;index suiveur doive être recréé.</translation>
    </message>
    <message>
        <source>%1 paused %2 (%3% of %4)</source>
        <translation>%1 en pause %2 (%3 % de %4)</translation>
    </message>
    <message>
        <source>%1 has been paused for %2, %3% of its leader&apos;s retention lease period of %4 (%5). %6</source>
        <translation>%1 est en pause depuis %2, soit %3 % de la période de bail de rétention de son leader, %4 (%5). %6</translation>
    </message>
    <message>
        <source>%1 paused at least %2 of %3 (start unknown)</source>
        <translation>%1 en pause depuis au moins %2 sur %3 (début inconnu)</translation>
    </message>
    <message>
        <source>%1 paused (since when is unknown)</source>
        <translation>%1 en pause (depuis quand, inconnu)</translation>
    </message>
    <message>
        <source>%1 is paused, for at least %2: it was already paused when first seen, and Elasticsearch does not record since when. Its leader keeps the operations it needs for %3 (%4). %5</source>
        <translation>%1 est en pause depuis au moins %2 : il l&apos;était déjà la première fois qu&apos;il a été vu, et Elasticsearch n&apos;enregistre pas depuis quand. Son leader conserve les opérations nécessaires pendant %3 (%4). %5</translation>
    </message>
    <message>
        <source>%1 is paused; since when is not known (Elasticsearch does not record it). Its leader keeps the operations it needs for %2 (%3). %4</source>
        <translation>%1 est en pause ; depuis quand, on ne le sait pas (Elasticsearch ne l&apos;enregistre pas). Son leader conserve les opérations nécessaires pendant %2 (%3). %4</translation>
    </message>
    <message>
        <source>assumed %1 default: no leader connection given</source>
        <translation>valeur par défaut de %1 supposée : aucune connexion au leader indiquée</translation>
    </message>
    <message>
        <source>assumed %1 default: %2</source>
        <translation>valeur par défaut de %1 supposée : %2</translation>
    </message>
    <message>
        <source>%1 fails to read from its leader (%2, %3; Elasticsearch retries): %4</source>
        <translation>%1 n&apos;arrive pas à lire son leader (%2, %3 ; Elasticsearch réessaie) : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n read exceptions</source>
        <translation>
            <numerusform>%n exception de lecture</numerusform>
            <numerusform>%n exceptions de lecture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed reads</source>
        <translation>
            <numerusform>%1 lecture échouée</numerusform>
            <numerusform>%1 lectures échouées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::AlertStateFile</name>
    <message>
        <source>could not read the state file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;état %1 : %2</translation>
    </message>
    <message>
        <source>the state file %1 is not one duper wrote; starting afresh</source>
        <translation>le fichier d&apos;état %1 n&apos;a pas été écrit par duper ; on repart de zéro</translation>
    </message>
    <message>
        <source>could not write the state file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier d&apos;état %1 : %2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigration</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>il n&apos;y a pas de connexion au cluster suiveur</translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>le cluster distant %1 se connecte déjà avec un identifiant</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>utilisation de la clé déjà conservée pour le cluster distant %1</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>il n&apos;y a pas de connexion au cluster leader sur lequel créer la clé</translation>
    </message>
    <message>
        <source>give the leader index patterns the new key may replicate</source>
        <translation>indiquez les modèles d&apos;index leaders que la nouvelle clé peut répliquer</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>le cluster leader n&apos;a pas créé la clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>clé %1 créée (id %2)</translation>
    </message>
    <message>
        <source>paused by the earlier run</source>
        <translation>suspendu par l&apos;exécution précédente</translation>
    </message>
    <message>
        <source>no active follower or pattern uses %1</source>
        <translation>aucun index suiveur ni modèle actif n&apos;utilise %1</translation>
    </message>
    <message>
        <source>could not pause: %1</source>
        <translation>impossible de suspendre : %1</translation>
    </message>
    <message>
        <source>the switch was stopped</source>
        <translation>le changement a été interrompu</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2 with the key</source>
        <translation>le cluster distant %1 utilise maintenant %2 avec la clé</translation>
    </message>
    <message>
        <source>nothing was paused</source>
        <translation>rien n&apos;a été suspendu</translation>
    </message>
    <message>
        <source>could not resume: %1</source>
        <translation>impossible de reprendre : %1</translation>
    </message>
    <message>
        <source>could not read the follower cluster back</source>
        <translation>impossible de relire le cluster suiveur</translation>
    </message>
    <message>
        <source>remote cluster %1 is not connected with a credential</source>
        <translation>le cluster distant %1 n&apos;est pas connecté avec un identifiant</translation>
    </message>
    <message>
        <source>not active again: %1</source>
        <translation>toujours inactifs : %1</translation>
    </message>
    <message numerus="yes">
        <source>remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active</source>
        <translation>
            <numerusform>le cluster distant %1 est connecté avec une clé d&apos;API inter-clusters ; %n index suiveur actif</numerusform>
            <numerusform>le cluster distant %1 est connecté avec une clé d&apos;API inter-clusters ; %n index suiveurs actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>could not put back the settings of remote cluster %1 (%2); run the migration again, or set them by hand</source>
        <translation>impossible de rétablir les paramètres du cluster distant %1 (%2) ; relancez la migration ou définissez-les à la main</translation>
    </message>
    <message>
        <source>the settings are back, but could not resume: %1</source>
        <translation>les paramètres sont rétablis, mais impossible de reprendre : %1</translation>
    </message>
    <message>
        <source>If cluster.remote.%1.credentials went into the nodes&apos; keystores, remove it there (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) and reload the secure settings: an alias with a credential connects with the API-key model only</source>
        <translation>Si cluster.remote.%1.credentials a été ajouté aux keystores des nœuds, retirez-le (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) et rechargez les paramètres sécurisés : un alias doté d&apos;un identifiant ne se connecte qu&apos;avec le modèle à clé d&apos;API</translation>
    </message>
    <message>
        <source>Cannot write the migration state %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;état de la migration %1 : %2</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>Créer la clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>Pause the followers and auto-follow patterns</source>
        <translation>Suspendre les index suiveurs et les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Switch the remote cluster to the API key</source>
        <translation>Passer le cluster distant à la clé d&apos;API</translation>
    </message>
    <message>
        <source>Resume what was paused</source>
        <translation>Reprendre ce qui a été suspendu</translation>
    </message>
    <message>
        <source>Verify the connection and the followers</source>
        <translation>Vérifier la connexion et les index suiveurs</translation>
    </message>
    <message>
        <source>Roll back to the previous settings</source>
        <translation>Revenir aux paramètres précédents</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n index suiveur</numerusform>
            <numerusform>%n index suiveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s)</source>
        <translation>
            <numerusform>%n modèle de suivi automatique</numerusform>
            <numerusform>%n modèles de suivi automatique</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 paused</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1 et %2 suspendus</translation>
    </message>
    <message>
        <source>%1 and %2 resumed</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1 et %2 repris</translation>
    </message>
    <message>
        <source>remote cluster %1 is back on %2; %3 and %4 resumed</source>
        <extracomment>%3 is &quot;3 followers&quot;, %4 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>le cluster distant %1 est revenu à %2 ; %3 et %4 repris</translation>
    </message>
    <message>
        <source>remote cluster %1 stays on %2; %3 and %4 resumed</source>
        <translation>le cluster distant %1 reste sur %2 ; %3 et %4 repris</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlan</name>
    <message>
        <source>remote cluster %1 is set in the transient cluster settings: make it persistent first, the migration writes the persistent ones</source>
        <translation>le cluster distant %1 est défini dans les paramètres transitoires du cluster : rendez-le d&apos;abord persistant, la migration écrit les paramètres persistants</translation>
    </message>
    <message>
        <source>the follower cluster&apos;s settings have no remote cluster %1 (a remote set in elasticsearch.yml cannot be changed over the REST API)</source>
        <translation>les paramètres du cluster suiveur ne contiennent aucun cluster distant %1 (un cluster distant défini dans elasticsearch.yml ne peut pas être modifié via l&apos;API REST)</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>mode proxy sur %1</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>mode sniff sur %1</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlanner</name>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>impossible de lire les paramètres du cluster suiveur</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>impossible de lire les clusters distants du cluster suiveur</translation>
    </message>
    <message>
        <source>could not read the follower indices</source>
        <translation>impossible de lire les index suiveurs</translation>
    </message>
    <message>
        <source>could not read the auto-follow patterns</source>
        <translation>impossible de lire les modèles de suivi automatique</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetup</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>il n&apos;y a pas de connexion au cluster suiveur</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>utilisation de la clé déjà conservée pour le cluster distant %1</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>il n&apos;y a pas de connexion au cluster leader sur lequel créer la clé</translation>
    </message>
    <message>
        <source>The leader&apos;s user needs the manage_security cluster privilege.</source>
        <translation>L&apos;utilisateur du leader a besoin du privilège de cluster manage_security.</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>le cluster leader n&apos;a pas créé la clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>clé %1 créée (id %2)</translation>
    </message>
    <message>
        <source>give the leader&apos;s remote cluster server address, or a connection to the leader to read it</source>
        <translation>indiquez l&apos;adresse du serveur de cluster distant du leader, ou une connexion au leader pour la lire</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s nodes</source>
        <translation>impossible de lire les nœuds du cluster suiveur</translation>
    </message>
    <message>
        <source>could not read the leader cluster&apos;s nodes</source>
        <translation>impossible de lire les nœuds du cluster leader</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s identity</source>
        <translation>impossible de lire l&apos;identité du cluster suiveur</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>impossible de lire les paramètres du cluster suiveur</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>impossible de lire les clusters distants du cluster suiveur</translation>
    </message>
    <message>
        <source>the leader cluster runs no remote cluster server: enable it on its nodes (remote_cluster_server.enabled: true in elasticsearch.yml), or give its address</source>
        <translation>le cluster leader n&apos;exécute aucun serveur de cluster distant : activez-le sur ses nœuds (remote_cluster_server.enabled: true dans elasticsearch.yml) ou indiquez son adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n follower node(s); the remote will use %1</source>
        <translation>
            <numerusform>%n nœud suiveur ; le cluster distant utilisera %1</numerusform>
            <numerusform>%n nœuds suiveurs ; le cluster distant utilisera %1</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>le cluster distant %1 se connecte déjà avec un identifiant</translation>
    </message>
    <message>
        <source>run by the user on every node</source>
        <translation>exécuté par l&apos;utilisateur sur chaque nœud</translation>
    </message>
    <message numerus="yes">
        <source>run &quot;%1&quot; on each of the %n node(s) and paste the key at its prompt</source>
        <translation>
            <numerusform>exécutez « %1 » sur le nœud (%n) et collez la clé à son invite</numerusform>
            <numerusform>exécutez « %1 » sur chacun des %n nœuds et collez la clé à son invite</numerusform>
        </translation>
    </message>
    <message>
        <source>the sandbox did not store the credential</source>
        <translation>la sandbox n&apos;a pas stocké l&apos;identifiant</translation>
    </message>
    <message>
        <source>stored by the emulator</source>
        <translation>stocké par l&apos;émulateur</translation>
    </message>
    <message>
        <source>the follower cluster did not reload its secure settings</source>
        <translation>le cluster suiveur n&apos;a pas rechargé ses paramètres sécurisés</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nœud %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on that node, then run this again.</source>
        <translation>
            <numerusform>%1 nœud sur %2 n&apos;a pas pu recharger : %3. Vérifiez que la commande keystore a été exécutée sur ce nœud, puis relancez.</numerusform>
            <numerusform>%1 nœuds sur %2 n&apos;ont pas pu recharger : %3. Vérifiez que la commande keystore a été exécutée sur ce nœud, puis relancez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) reloaded</source>
        <translation>
            <numerusform>%n nœud rechargé</numerusform>
            <numerusform>%n nœuds rechargés</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already uses %2</source>
        <translation>le cluster distant %1 utilise déjà %2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected to %2 now, and its follower indices would switch to %3; confirm replacing it</source>
        <translation>le cluster distant %1 est actuellement connecté à %2, et ses index suiveurs basculeraient vers %3 ; confirmez le remplacement</translation>
    </message>
    <message>
        <source>the follower cluster did not save remote cluster %1</source>
        <translation>le cluster suiveur n&apos;a pas enregistré le cluster distant %1</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2</source>
        <translation>le cluster distant %1 utilise maintenant %2</translation>
    </message>
    <message>
        <source>could not read the follower&apos;s remote clusters</source>
        <translation>impossible de lire les clusters distants du suiveur</translation>
    </message>
    <message>
        <source>the follower cluster does not list remote cluster %1</source>
        <translation>le cluster suiveur ne liste pas le cluster distant %1</translation>
    </message>
    <message>
        <source>remote cluster %1 has no credential in force: a node&apos;s keystore lacks cluster.remote.%1.credentials, or its secure settings were not reloaded</source>
        <translation>le cluster distant %1 n&apos;a aucun identifiant en vigueur : le keystore d&apos;un nœud ne contient pas cluster.remote.%1.credentials, ou ses paramètres sécurisés n&apos;ont pas été rechargés</translation>
    </message>
    <message>
        <source>remote cluster %1 does not connect to %2: check that this is the leader&apos;s remote cluster server address (not its transport or HTTP address), that the follower&apos;s nodes reach it, and that the key is still valid (not invalidated or expired)</source>
        <translation>le cluster distant %1 ne se connecte pas à %2 : vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse du serveur de cluster distant du leader (et non de son adresse de transport ou HTTP), que les nœuds du suiveur l&apos;atteignent et que la clé est toujours valide (ni invalidée ni expirée)</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>mode proxy sur %1</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>mode sniff sur %1</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>Créer la clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>Read the nodes of both clusters</source>
        <translation>Lire les nœuds des deux clusters</translation>
    </message>
    <message>
        <source>Store the key in every node&apos;s keystore</source>
        <translation>Stocker la clé dans le keystore de chaque nœud</translation>
    </message>
    <message>
        <source>Reload the secure settings</source>
        <translation>Recharger les paramètres sécurisés</translation>
    </message>
    <message>
        <source>Add the remote cluster</source>
        <translation>Ajouter le cluster distant</translation>
    </message>
    <message>
        <source>Verify the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>remote cluster %1 connects, but %2</source>
        <translation>le cluster distant %1 se connecte, mais %2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected with a cross-cluster API key; %2</source>
        <translation>le cluster distant %1 est connecté avec une clé d&apos;API inter-clusters ; %2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetupSpec</name>
    <message>
        <source>give the remote cluster alias</source>
        <translation>indiquez l&apos;alias du cluster distant</translation>
    </message>
    <message>
        <source>give the leader index patterns the key may replicate</source>
        <translation>indiquez les modèles d&apos;index leader que la clé peut répliquer</translation>
    </message>
    <message>
        <source>give either a proxy address or seeds, not both</source>
        <translation>indiquez soit une adresse proxy, soit des seeds, pas les deux</translation>
    </message>
</context>
<context>
    <name>duper::AutoFollowPatternRules</name>
    <message>
        <source>Enter a name for the pattern.</source>
        <translation>Saisissez un nom pour le modèle.</translation>
    </message>
    <message>
        <source>The name must not contain a comma.</source>
        <translation>Le nom ne doit pas contenir de virgule.</translation>
    </message>
    <message>
        <source>The name must not start with “_”.</source>
        <translation>Le nom ne doit pas commencer par “_”.</translation>
    </message>
    <message>
        <source>The name is too long (%1 bytes; at most 255).</source>
        <translation>Le nom est trop long (%1 octets ; 255 au maximum).</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1” : %2</translation>
    </message>
    <message>
        <source>The follower index pattern must contain %1, or every leader index would get the same follower.</source>
        <translation>Le modèle d&apos;index suiveur doit contenir %1, sinon chaque index leader obtiendrait le même index suiveur.</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalPlan</name>
    <message>
        <source>it follows remote cluster %1</source>
        <translation>il suit le cluster distant %1</translation>
    </message>
    <message>
        <source>it follows %1</source>
        <translation>il suit %1</translation>
    </message>
    <message>
        <source>it excludes %1</source>
        <translation>il exclut %1</translation>
    </message>
    <message>
        <source>it names followers %1</source>
        <translation>il nomme les index suiveurs %1</translation>
    </message>
    <message>
        <source>Add the remote cluster aliases</source>
        <translation>Ajouter les alias de cluster distant</translation>
    </message>
    <message>
        <source>Create the auto-follow patterns</source>
        <translation>Créer les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Read both patterns back</source>
        <translation>Relire les deux modèles</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalReport</name>
    <message>
        <source>Bi-directional replication between %1 and %2</source>
        <translation>Réplication bidirectionnelle entre %1 et %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>- %1 follows %2 through `%3` (%4) with the auto-follow pattern `%5` (%6): `%7` → `%8`</source>
        <translation>- %1 suit %2 via `%3` (%4) avec le modèle de suivi automatique `%5` (%6) : `%7` → `%8`</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalRun</name>
    <message>
        <source>Auto-follow pattern %1 already exists on %2 and differs: %3.</source>
        <translation>Le modèle de suivi automatique %1 existe déjà sur %2 et diffère : %3.</translation>
    </message>
    <message>
        <source>%1 told no transport address to connect to.</source>
        <translation>%1 n&apos;a indiqué aucune adresse de transport à laquelle se connecter.</translation>
    </message>
    <message>
        <source>Not created: the remote alias %1 could not be added.</source>
        <translation>Non créé : l&apos;alias distant %1 n&apos;a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The pattern is missing.</source>
        <translation>Le modèle est absent.</translation>
    </message>
    <message>
        <source>Could not read the pattern back: %1</source>
        <translation>Impossible de relire le modèle : %1</translation>
    </message>
</context>
<context>
    <name>duper::BulkFollowerOperation</name>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Ne plus suivre</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflight</name>
    <message>
        <source>The follower cluster&apos;s privileges: no connection to it.</source>
        <translation>Privilèges du cluster suiveur : aucune connexion à ce cluster.</translation>
    </message>
    <message>
        <source>Privileges: security is off on the follower cluster, so none is missing there.</source>
        <translation>Privilèges : la sécurité est désactivée sur le cluster suiveur, aucun n&apos;y manque donc.</translation>
    </message>
    <message>
        <source>The follower cluster&apos;s privileges: %1</source>
        <translation>Privilèges du cluster suiveur : %1</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the remote clusters could not be read (%1).</source>
        <translation>Privilèges du cluster leader : impossible de lire les clusters distants (%1).</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the follower has no remote cluster %1.</source>
        <translation>Privilèges du cluster leader : le suiveur n&apos;a pas de cluster distant %1.</translation>
    </message>
    <message>
        <source>The follower user&apos;s remote index privilege cross_cluster_replication for %1 on remote cluster %2 (Elasticsearch does not report remote index privileges).</source>
        <translation>Le privilège d&apos;index distant cross_cluster_replication de l&apos;utilisateur du suiveur pour %1 sur le cluster distant %2 (Elasticsearch n&apos;indique pas les privilèges d&apos;index distants).</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges (read_ccr; monitor and read on the leader indices): no connection to the leader cluster.</source>
        <translation>Privilèges du cluster leader (read_ccr ; monitor et read sur les index leaders) : aucune connexion au cluster leader.</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: %1</source>
        <translation>Privilèges du cluster leader : %1</translation>
    </message>
    <message>
        <source>What the cross-cluster API key of remote cluster %1 allows to replicate</source>
        <translation>Ce que la clé d&apos;API inter-clusters du cluster distant %1 permet de répliquer</translation>
    </message>
    <message>
        <source>%1: no connection to the leader cluster.</source>
        <translation>%1 : aucune connexion au cluster leader.</translation>
    </message>
    <message>
        <source>%1: no keychain.</source>
        <translation>%1 : aucun trousseau.</translation>
    </message>
    <message>
        <source>%1: Duper does not keep the key in the keychain.</source>
        <translation>%1 : Duper ne conserve pas la clé dans le trousseau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the leader cluster does not know the key kept for remote cluster %1: it was deleted or belongs to another cluster</source>
        <translation>le cluster leader ne connaît pas la clé conservée pour le cluster distant %1 : elle a été supprimée ou appartient à un autre cluster</translation>
    </message>
    <message>
        <source>the key of remote cluster %1 is invalidated or expired: every request through it is refused</source>
        <translation>la clé du cluster distant %1 est invalidée ou expirée : toute requête qui passe par elle est refusée</translation>
    </message>
    <message>
        <source>the cross-cluster API key %1 of remote cluster %2 only allows replicating %3: Elasticsearch refuses to follow this index with a security error</source>
        <translation>la clé d&apos;API inter-clusters %1 du cluster distant %2 ne permet de répliquer que %3 : Elasticsearch refuse de suivre cet index avec une erreur de sécurité</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>Cluster suiveur</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>Cluster leader</translation>
    </message>
    <message>
        <source>%1: cluster privilege %2 is missing — %3</source>
        <translation>%1 : le privilège de cluster %2 manque — %3</translation>
    </message>
    <message>
        <source>%1: privilege %2 on %3 is missing — %4</source>
        <translation>%1 : le privilège %2 sur %3 manque — %4</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflightRules</name>
    <message>
        <source>the follower cluster reads the leader&apos;s cluster state through the remote connection with it</source>
        <translation>le cluster suiveur s&apos;en sert pour lire l&apos;état du cluster leader via la connexion distante</translation>
    </message>
    <message>
        <source>the follower cluster reads the leader index&apos;s settings and shard history with it</source>
        <translation>le cluster suiveur s&apos;en sert pour lire les paramètres et l&apos;historique des partitions de l&apos;index leader</translation>
    </message>
    <message>
        <source>the follower cluster copies the leader index&apos;s documents with it</source>
        <translation>le cluster suiveur s&apos;en sert pour copier les documents de l&apos;index leader</translation>
    </message>
    <message>
        <source>needed on the leader to %1</source>
        <translation>nécessaire sur le leader pour %1</translation>
    </message>
    <message>
        <source>needed to pause the followers and the auto-follow patterns</source>
        <translation>nécessaire pour suspendre les index suiveurs et les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>needed to %1</source>
        <translation>nécessaire pour %1</translation>
    </message>
    <message>
        <source>needed to close and unfollow the follower index</source>
        <translation>nécessaire pour fermer l&apos;index suiveur et arrêter le suivi</translation>
    </message>
    <message>
        <source>needed to turn the new index into a follower</source>
        <translation>nécessaire pour transformer le nouvel index en index suiveur</translation>
    </message>
    <message>
        <source>needed to open the index again after unfollowing it</source>
        <translation>nécessaire pour rouvrir l&apos;index une fois le suivi arrêté</translation>
    </message>
    <message>
        <source>needed to create the follower index and restore the leader&apos;s data into it</source>
        <translation>nécessaire pour créer l&apos;index suiveur et y restaurer les données du leader</translation>
    </message>
    <message>
        <source>needed to check that the follower index&apos;s shards are ready</source>
        <translation>nécessaire pour vérifier que les partitions de l&apos;index suiveur sont prêtes</translation>
    </message>
    <message>
        <source>needed to read the follower index once it is created</source>
        <translation>nécessaire pour lire l&apos;index suiveur une fois créé</translation>
    </message>
</context>
<context>
    <name>duper::CloudId</name>
    <message>
        <source>The Cloud ID is empty.</source>
        <translation>Le Cloud ID est vide.</translation>
    </message>
    <message>
        <source>A Cloud ID looks like “name:base64-text”; this one has no “:”.</source>
        <translation>Un Cloud ID a la forme “name:base64-text” ; celui-ci ne contient pas de “:”.</translation>
    </message>
    <message>
        <source>The Cloud ID has nothing after the “:”.</source>
        <translation>Le Cloud ID ne contient rien après le “:”.</translation>
    </message>
    <message>
        <source>The part of the Cloud ID after the “:” is not valid base64.</source>
        <translation>La partie du Cloud ID après le “:” n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”).</source>
        <translation>Le Cloud ID ne contient pas d&apos;hôte et d&apos;id Elasticsearch (“host$es-id$kibana-id”).</translation>
    </message>
    <message>
        <source>The host in the Cloud ID has an invalid port.</source>
        <translation>L&apos;hôte du Cloud ID a un port non valide.</translation>
    </message>
    <message>
        <source>The Elasticsearch id in the Cloud ID has an invalid port.</source>
        <translation>L&apos;id Elasticsearch du Cloud ID a un port non valide.</translation>
    </message>
    <message>
        <source>The Kibana id in the Cloud ID has an invalid port.</source>
        <translation>L&apos;id Kibana du Cloud ID a un port non valide.</translation>
    </message>
    <message>
        <source>The Cloud ID does not decode to a valid host name.</source>
        <translation>Le Cloud ID décodé ne donne pas de nom d&apos;hôte valide.</translation>
    </message>
</context>
<context>
    <name>duper::ClusterSessionOpener</name>
    <message>
        <source>No secret was given, so Duper did not connect.</source>
        <translation>Aucun secret n&apos;a été fourni, Duper ne s&apos;est donc pas connecté.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionProfile</name>
    <message>
        <source>The connection has no id; create it with ConnectionProfile::create().</source>
        <translation>La connexion n&apos;a pas d&apos;id ; créez-la avec ConnectionProfile::create().</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Add at least one node URL (http:// or https://) or an Elastic Cloud ID.</source>
        <translation>Ajoutez au moins une URL de nœud (http:// ou https://) ou un Cloud ID Elastic.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>“%1” n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Put the user name and password in their fields, not in the URL “%1”.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe dans leurs champs, pas dans l&apos;URL “%1”.</translation>
    </message>
    <message>
        <source>“%1” must not have a query or a fragment.</source>
        <translation>“%1” ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>The Elastic Cloud ID cannot be read: %1</source>
        <translation>Le Cloud ID Elastic ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>L&apos;authentification basique nécessite un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificat client nécessite à la fois le fichier du certificat et son fichier de clé.</translation>
    </message>
    <message>
        <source>The request timeout cannot be negative (0 means no limit).</source>
        <translation>Le délai d&apos;expiration des requêtes ne peut pas être négatif (0 signifie aucune limite).</translation>
    </message>
    <message>
        <source>The remote cluster alias “%1” must not contain “:” or spaces.</source>
        <translation>L&apos;alias de cluster distant “%1” ne doit contenir ni “:” ni espaces.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionStore</name>
    <message>
        <source>The connection id is not valid.</source>
        <translation>L&apos;id de la connexion n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Une autre connexion s&apos;appelle déjà “%1”.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée : impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>There is no saved connection with the id “%1”.</source>
        <translation>Il n&apos;y a aucune connexion enregistrée avec l&apos;id “%1”.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1 cannot be written.</source>
        <translation>La connexion n&apos;a pas pu être supprimée : impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTestReport</name>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTester</name>
    <message>
        <source>The connection has no URL to try.</source>
        <translation>La connexion n&apos;a aucune URL à essayer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n URLs answered. The last one: %1</source>
        <translation>
            <numerusform>Aucune des %n URL n&apos;a répondu. La dernière : %1</numerusform>
            <numerusform>Aucune des %n URL n&apos;a répondu. La dernière : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the cluster “%1” (%2 %3) at %4.</source>
        <translation>Connecté au cluster “%1” (%2 %3) à %4.</translation>
    </message>
    <message>
        <source>Not checked: the connection failed.</source>
        <translation>Non vérifié : la connexion a échoué.</translation>
    </message>
    <message>
        <source>The license could not be read: %1</source>
        <translation>La licence n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The %1 license (%2) allows cross-cluster replication.</source>
        <translation>La licence %1 (%2) permet la réplication inter-clusters.</translation>
    </message>
    <message>
        <source>The %1 license is %2: cross-cluster replication needs an active platinum, enterprise or trial license.</source>
        <translation>La licence %1 est %2 : la réplication inter-clusters nécessite une licence platinum, enterprise ou d&apos;essai active.</translation>
    </message>
    <message>
        <source>The license is “%1”: cross-cluster replication needs a platinum, enterprise or trial license, so CCR is not available on this cluster.</source>
        <translation>La licence est “%1” : la réplication inter-clusters nécessite une licence platinum, enterprise ou d&apos;essai, CCR n&apos;est donc pas disponible sur ce cluster.</translation>
    </message>
    <message>
        <source>The privileges could not be checked: %1</source>
        <translation>Les privilèges n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>without %1 Duper cannot do %2</source>
        <translation>sans %1, Duper ne peut pas %2</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Cet utilisateur</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>L&apos;utilisateur “%1”</translation>
    </message>
    <message>
        <source>%1 has the cluster privileges manage_ccr, monitor and manage.</source>
        <translation>%1 a les privilèges de cluster manage_ccr, monitor et manage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the cluster privilege(s) %2: %3.</source>
        <translation>
            <numerusform>%1 n&apos;a pas le privilège de cluster %2 : %3.</numerusform>
            <numerusform>%1 n&apos;a pas les privilèges de cluster %2 : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote clusters could not be listed: %1</source>
        <translation>Les clusters distants n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>No remote clusters are configured (a follower cluster needs one to replicate from).</source>
        <translation>Aucun cluster distant n&apos;est configuré (un cluster suiveur en a besoin d&apos;un comme source de réplication).</translation>
    </message>
    <message numerus="yes">
        <source>%n remote cluster(s), all connected: %1.</source>
        <translation>
            <numerusform>%n cluster distant, connecté : %1.</numerusform>
            <numerusform>%n clusters distants, tous connectés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n remote cluster(s) connected; not connected: %2.</source>
        <translation>
            <numerusform>%1 sur %n cluster distant connecté ; non connecté : %2.</numerusform>
            <numerusform>%1 sur %n clusters distants connecté(s) ; non connecté(s) : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default remote cluster “%1” is not configured here.</source>
        <translation>Le cluster distant par défaut “%1” n&apos;est pas configuré ici.</translation>
    </message>
</context>
<context>
    <name>duper::ConsistencyRules</name>
    <message>
        <source>Could not check: the follower index %1 does not exist.</source>
        <translation>Vérification impossible : l’index suiveur %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not check: %1 is not a follower index.</source>
        <translation>Vérification impossible : %1 n’est pas un index suiveur.</translation>
    </message>
    <message>
        <source>Could not check: %1 follows remote cluster %2, not %3.</source>
        <translation>Vérification impossible : %1 suit le cluster distant %2, pas %3.</translation>
    </message>
    <message>
        <source>Could not check: the leader index %1 does not exist on the leader cluster.</source>
        <translation>Vérification impossible : l’index leader %1 n’existe pas sur le cluster leader.</translation>
    </message>
    <message>
        <source>Could not check: the leader cluster could not be reached. %1</source>
        <translation>Vérification impossible : le cluster leader est injoignable. %1</translation>
    </message>
    <message>
        <source>Could not check: the follower cluster could not be reached. %1</source>
        <translation>Vérification impossible : le cluster suiveur est injoignable. %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>Could not check: replication into %1 is paused, so there are no checkpoints to compare; the figures may be stale.</source>
        <translation>Vérification impossible : la réplication vers %1 est en pause, il n’y a donc pas de points de contrôle à comparer ; les chiffres peuvent être périmés.</translation>
    </message>
    <message>
        <source>Documents: leader %1, follower %2.</source>
        <translation>Documents : leader %1, suiveur %2.</translation>
    </message>
    <message>
        <source>Could not check: Elasticsearch reports no running shard tasks for %1 yet.</source>
        <translation>Vérification impossible : Elasticsearch ne signale encore aucune tâche de shard en cours pour %1.</translation>
    </message>
    <message>
        <source>Could not check: the document counts could not be read.</source>
        <translation>Vérification impossible : les nombres de documents n’ont pas pu être lus.</translation>
    </message>
    <message numerus="yes">
        <source>Behind by %1 operation(s): the follower has not replicated everything the leader holds yet.</source>
        <translation>
            <numerusform>En retard de %1 opération : le suiveur n’a pas encore répliqué tout ce que contient le leader.</numerusform>
            <numerusform>En retard de %1 opérations : le suiveur n’a pas encore répliqué tout ce que contient le leader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The leader holds %1 more document(s).</source>
        <translation>
            <numerusform>Le leader contient %1 document de plus.</numerusform>
            <numerusform>Le leader contient %1 documents de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follower holds %1 more document(s) (deletes not replicated yet).</source>
        <translation>
            <numerusform>Le suiveur contient %1 document de plus (suppressions pas encore répliquées).</numerusform>
            <numerusform>Le suiveur contient %1 documents de plus (suppressions pas encore répliquées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication stopped on an error: resume the follower to catch up.</source>
        <translation>La réplication s’est arrêtée sur une erreur : reprenez le suiveur pour qu’il rattrape son retard.</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document(s).</source>
        <translation>
            <numerusform>Complète : chaque shard a répliqué jusqu’à la dernière opération du leader et les deux copies contiennent %1 document.</numerusform>
            <numerusform>Complète : chaque shard a répliqué jusqu’à la dernière opération du leader et les deux copies contiennent %1 documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: reads from the leader are failing, so the leader&apos;s last operation the follower knows of may be out of date; the leader holds %1 documents and the follower %2.</source>
        <translation>Vérification impossible : les lectures depuis le leader échouent, la dernière opération du leader connue du suiveur peut donc être périmée ; le leader contient %1 documents et le suiveur %2.</translation>
    </message>
    <message>
        <source>Could not check: the index changed while it was being checked; run the check again.</source>
        <translation>Vérification impossible : l’index a changé pendant la vérification ; relancez-la.</translation>
    </message>
    <message>
        <source>Differs: every shard&apos;s checkpoint has reached the leader&apos;s last operation, yet the leader holds %1 documents and the follower %2 (as in elastic/elasticsearch#89991).</source>
        <translation>Différente : le point de contrôle de chaque shard a atteint la dernière opération du leader, pourtant le leader contient %1 documents et le suiveur %2 (comme dans elastic/elasticsearch#89991).</translation>
    </message>
</context>
<context>
    <name>duper::ConsoleRequest</name>
    <message>
        <source>Add your credentials, e.g. -u USER or -H &apos;Authorization: ApiKey …&apos;</source>
        <translation>Ajoutez vos identifiants, p. ex. -u USER ou -H &apos;Authorization: ApiKey …&apos;</translation>
    </message>
</context>
<context>
    <name>duper::CreatedApiKey</name>
    <message>
        <source>create cross-cluster API key: the answer has no id or key</source>
        <translation>créer la clé d&apos;API inter-clusters : la réponse ne contient ni id ni clé</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterApiKeyRequest</name>
    <message>
        <source>the key needs a name</source>
        <translation>la clé doit avoir un nom</translation>
    </message>
    <message>
        <source>give the index patterns the key may replicate (or search); a key without access is refused</source>
        <translation>indiquez les modèles d&apos;index que la clé peut répliquer (ou rechercher) ; une clé sans accès est refusée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index pattern of the leader cluster</source>
        <translation>« %1 » n&apos;est pas un modèle d&apos;index du cluster leader</translation>
    </message>
    <message>
        <source>expiration: give a positive time such as 30d</source>
        <translation>expiration : indiquez une durée positive, par exemple 30d</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterKeyAccess</name>
    <message>
        <source>the leader cluster does not know this key: it was deleted or belongs to another cluster. Create a new key (run the setup again without the kept key).</source>
        <translation>le cluster leader ne connaît pas cette clé : elle a été supprimée ou appartient à un autre cluster. Créez une nouvelle clé (relancez la configuration sans la clé conservée).</translation>
    </message>
    <message>
        <source>the key %1 is invalidated: the leader refuses every request through it. Create a new key.</source>
        <translation>la clé %1 est invalidée : le leader refuse toute requête qui passe par elle. Créez une nouvelle clé.</translation>
    </message>
    <message>
        <source>the key %1 has expired: the leader refuses every request through it. Create a new key.</source>
        <translation>la clé %1 a expiré : le leader refuse toute requête qui passe par elle. Créez une nouvelle clé.</translation>
    </message>
    <message>
        <source>the key %1 is a REST API key, not a cross-cluster API key: a remote cluster server does not accept it. Create a cross-cluster API key.</source>
        <translation>la clé %1 est une clé d&apos;API REST, pas une clé d&apos;API inter-clusters : un serveur de cluster distant ne l&apos;accepte pas. Créez une clé d&apos;API inter-clusters.</translation>
    </message>
    <message>
        <source>the key %1 only allows replicating %2, not %3: following those is refused with a security error. Update the key&apos;s access on the leader or create a new key.</source>
        <translation>la clé %1 ne permet de répliquer que %2, pas %3 : leur suivi est refusé avec une erreur de sécurité. Modifiez l&apos;accès de la clé sur le leader ou créez une nouvelle clé.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the key %1 allows replicating %2</source>
        <translation>la clé %1 permet de répliquer %2</translation>
    </message>
    <message>
        <source>it allows searching %1</source>
        <translation>elle permet de rechercher dans %1</translation>
    </message>
    <message>
        <source>it is valid until %1</source>
        <translation>elle est valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>elle n&apos;expire jamais</translation>
    </message>
    <message>
        <source>what the key allows was not checked: it is not an encoded cross-cluster API key</source>
        <translation>ce que la clé permet n&apos;a pas été vérifié : ce n&apos;est pas une clé d&apos;API inter-clusters encodée</translation>
    </message>
    <message>
        <source>what the key allows was not checked: there is no connection to the leader cluster</source>
        <translation>ce que la clé permet n&apos;a pas été vérifié : il n&apos;y a pas de connexion au cluster leader</translation>
    </message>
    <message>
        <source>what the key allows was not checked: %1</source>
        <translation>ce que la clé permet n&apos;a pas été vérifié : %1</translation>
    </message>
</context>
<context>
    <name>duper::EditFollowerProcedure</name>
    <message>
        <source>Replication of &quot;%1&quot; is now paused: resume it with the previous settings, or correct the settings and save again.</source>
        <translation>La réplication de &quot;%1&quot; est maintenant suspendue : reprenez-la avec les paramètres précédents, ou corrigez les paramètres et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>duper::EsClient</name>
    <message>
        <source>“%1” is not an http:// or https:// URL with a host.</source>
        <translation>“%1” n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
</context>
<context>
    <name>duper::EsError</name>
    <message>
        <source>None of the %1 URLs of the cluster could be reached. %2</source>
        <translation>Aucune des %1 URL du cluster n&apos;a pu être atteinte. %2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is Elasticsearch running there, and are the host and port right?</source>
        <translation>Rien n&apos;écoute sur %1. Elasticsearch y est-il en cours d&apos;exécution, et l&apos;hôte et le port sont-ils corrects ?</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the cluster URL.</source>
        <translation>Le nom d&apos;hôte “%1” n&apos;a pas pu être résolu. Vérifiez l&apos;URL du cluster.</translation>
    </message>
    <message>
        <source>The cluster did not answer within %1. It may be overloaded or unreachable; try again or raise the timeout.</source>
        <translation>Le cluster n&apos;a pas répondu en %1. Il est peut-être surchargé ou injoignable ; réessayez ou augmentez le délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not issued for that host name. Connect with the name the certificate was made for, or fix the certificate.</source>
        <translation>Le certificat présenté par %1 n&apos;est pas émis pour ce nom d&apos;hôte. Connectez-vous avec le nom pour lequel le certificat a été créé, ou corrigez le certificat.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not trusted. Pass the CA certificate that signed it with --ca-cert (or add it to the connection&apos;s CA files).</source>
        <translation>Le certificat présenté par %1 n&apos;est pas approuvé. Passez le certificat de la CA qui l&apos;a signé avec --ca-cert (ou ajoutez-le aux fichiers CA de la connexion).</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has expired or is not valid yet.</source>
        <translation>Le certificat présenté par %1 a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>La connexion TLS à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Does the server speak https, and does the URL&apos;s scheme match it?</source>
        <translation>La négociation TLS avec %1 a échoué (%2). Le serveur parle-t-il https, et le schéma de l&apos;URL correspond-il ?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>La réponse du cluster n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>La requête n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1 : %2</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>The remote cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>La licence du cluster distant ne permet pas la réplication inter-clusters : CCR nécessite une licence platinum, enterprise ou d&apos;essai sur les deux clusters.</translation>
    </message>
    <message>
        <source>This cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>La licence de ce cluster ne permet pas la réplication inter-clusters : CCR nécessite une licence platinum, enterprise ou d&apos;essai sur les deux clusters.</translation>
    </message>
    <message>
        <source>The cluster refused %1 as invalid.</source>
        <translation>Le cluster a refusé %1 comme non valide.</translation>
    </message>
    <message>
        <source>The cluster needs credentials: set a user and password, an API key or a token for this connection.</source>
        <translation>Le cluster demande des identifiants : définissez un utilisateur et un mot de passe, une clé d&apos;API ou un jeton pour cette connexion.</translation>
    </message>
    <message>
        <source>The cluster rejected the credentials (wrong user name or password, or an invalid or expired API key or token).</source>
        <translation>Le cluster a rejeté les identifiants (nom d&apos;utilisateur ou mot de passe erroné, ou clé d&apos;API ou jeton non valide ou expiré).</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the cluster privileges %3.</source>
        <translation>%1 ne peut pas exécuter “%2” : cela nécessite l&apos;un des privilèges de cluster %3.</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the index privileges %3.</source>
        <translation>%1 ne peut pas exécuter “%2” : cela nécessite l&apos;un des privilèges d&apos;index %3.</translation>
    </message>
    <message>
        <source>%1 lacks the privilege to run “%2”.</source>
        <translation>%1 n&apos;a pas le privilège d&apos;exécuter “%2”.</translation>
    </message>
    <message>
        <source>The cluster refused %1: a privilege is missing.</source>
        <translation>Le cluster a refusé %1 : un privilège manque.</translation>
    </message>
    <message>
        <source>The cluster has no endpoint for %1 (HTTP 404). Is the URL right, including any path prefix, and is this Elasticsearch?</source>
        <translation>Le cluster n&apos;a pas de point de terminaison pour %1 (HTTP 404). L&apos;URL est-elle correcte, y compris un éventuel préfixe de chemin, et s&apos;agit-il bien d&apos;Elasticsearch ?</translation>
    </message>
    <message>
        <source>The index “%1” does not exist.</source>
        <translation>L&apos;index “%1” n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No such remote cluster is configured on this cluster.</source>
        <translation>Aucun cluster distant de ce nom n&apos;est configuré sur ce cluster.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The cluster timed out handling %1.</source>
        <translation>Le cluster a dépassé le délai en traitant %1.</translation>
    </message>
    <message>
        <source>Conflict: the cluster state changed while handling %1. Reload and try again.</source>
        <translation>Conflit : l&apos;état du cluster a changé pendant le traitement de %1. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The cluster is busy (too many requests); try again in a moment.</source>
        <translation>Le cluster est occupé (trop de requêtes) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The cluster is unavailable right now (HTTP %1); try again later.</source>
        <translation>Le cluster est indisponible pour le moment (HTTP %1) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The cluster failed with an internal error (HTTP %1).</source>
        <translation>Le cluster a échoué sur une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The cluster answered %1 with a redirect (HTTP %2); point the connection at the final URL.</source>
        <translation>Le cluster a répondu à %1 par une redirection (HTTP %2) ; faites pointer la connexion vers l&apos;URL finale.</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2.</source>
        <translation>Le cluster a répondu à %1 par HTTP %2.</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2: %3</source>
        <translation>Le cluster a répondu à %1 par HTTP %2 : %3</translation>
    </message>
    <message>
        <source>Elasticsearch said: “%1”</source>
        <translation>Elasticsearch a répondu : “%1”</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
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
        <translation>aucun gestionnaire d&apos;accès réseau n&apos;est défini</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the body (%2)</source>
        <translation>la connexion a été fermée après %1 octets du corps (%2)</translation>
    </message>
    <message>
        <source>the body is truncated: %1 of %2 bytes arrived before the connection closed</source>
        <translation>le corps est tronqué : %1 octets sur %2 sont arrivés avant la fermeture de la connexion</translation>
    </message>
</context>
<context>
    <name>duper::EsResultJob</name>
    <message>
        <source>no parser for this response</source>
        <translation>aucun analyseur pour cette réponse</translation>
    </message>
    <message>
        <source>the response has an unexpected shape</source>
        <translation>la réponse a une forme inattendue</translation>
    </message>
</context>
<context>
    <name>duper::EsTlsConfig</name>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER attendu).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificat client nécessite à la fois le fichier du certificat et son fichier de clé.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The client key could not be read: wrong passphrase or not a PEM key (%1).</source>
        <translation>La clé client n&apos;a pas pu être lue : phrase secrète erronée ou clé non PEM (%1).</translation>
    </message>
</context>
<context>
    <name>duper::FailbackPlan</name>
    <message>
        <source>A follows it from %1</source>
        <translation>A le suit depuis %1</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>flux de données %1</translation>
    </message>
    <message>
        <source>Make sure the remote cluster is there and connected</source>
        <translation>S&apos;assurer que le cluster distant existe et est connecté</translation>
    </message>
    <message>
        <source>Delete the old copies of the indices</source>
        <translation>Supprimer les anciennes copies des index</translation>
    </message>
    <message>
        <source>Follow each index from the promoted cluster</source>
        <translation>Suivre chaque index depuis le cluster promu</translation>
    </message>
    <message>
        <source>Wait until every follower has caught up</source>
        <translation>Attendre que chaque index suiveur soit à jour</translation>
    </message>
    <message>
        <source>Check that each index follows with the same documents</source>
        <translation>Vérifier que chaque index suit avec les mêmes documents</translation>
    </message>
</context>
<context>
    <name>duper::FailbackReport</name>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Failback of %1 to follow %2 (%3)</source>
        <translation>Retour arrière de %1 pour suivre %2 (%3)</translation>
    </message>
    <message>
        <source>Switch back: %1 leads again, %2 follows it</source>
        <translation>Rétablissement du sens d&apos;origine : %1 redevient leader, %2 le suit</translation>
    </message>
    <message>
        <source>- Error: %1</source>
        <translation>- Erreur : %1</translation>
    </message>
    <message>
        <source>1. Failover of %1 from %2</source>
        <translation>1. Basculement de %1 depuis %2</translation>
    </message>
    <message>
        <source>2. Failback of %1 to follow %2 (%3)</source>
        <translation>2. Retour arrière de %1 pour suivre %2 (%3)</translation>
    </message>
    <message>
        <source>3. Auto-follow patterns resumed on %1</source>
        <translation>3. Modèles de suivi automatique repris sur %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>duper::FailbackRun</name>
    <message>
        <source>Could not add the remote cluster: %1</source>
        <translation>Impossible d&apos;ajouter le cluster distant : %1</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: is the promoted cluster reachable from this one at %2?</source>
        <translation>Le cluster distant %1 n&apos;est pas connecté : le cluster promu est-il joignable depuis celui-ci à l&apos;adresse %2 ?</translation>
    </message>
    <message>
        <source>Not deleted: deleting the old copies needs an explicit confirmation.</source>
        <translation>Non supprimé : la suppression des anciennes copies nécessite une confirmation explicite.</translation>
    </message>
    <message>
        <source>Not caught up after %1 s: no follow stats (is it following?).</source>
        <translation>Pas à jour après %1 s : aucune statistique de suivi (suit-il bien ?).</translation>
    </message>
    <message numerus="yes">
        <source>Not caught up after %1 s: still %2 operation(s) behind; run again to keep waiting.</source>
        <translation>
            <numerusform>Pas à jour après %1 s : encore %2 opération de retard ; relancez pour continuer à attendre.</numerusform>
            <numerusform>Pas à jour après %1 s : encore %2 opérations de retard ; relancez pour continuer à attendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the indices back: %1</source>
        <translation>Impossible de relire les index : %1</translation>
    </message>
    <message>
        <source>Does not follow %1.</source>
        <translation>Ne suit pas %1.</translation>
    </message>
    <message>
        <source>Missing on one of the clusters.</source>
        <translation>Absent de l&apos;un des clusters.</translation>
    </message>
    <message numerus="yes">
        <source>Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).</source>
        <translation>
            <numerusform>Diffère : %1 document ici, %2 sur le cluster promu (écritures encore en cours ?).</numerusform>
            <numerusform>Diffère : %1 documents ici, %2 sur le cluster promu (écritures encore en cours ?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FailoverPlan</name>
    <message>
        <source>Pause the auto-follow patterns of the remote</source>
        <translation>Suspendre les modèles de suivi automatique du cluster distant</translation>
    </message>
    <message>
        <source>Turn each follower into a regular index (pause, close, unfollow, open)</source>
        <translation>Transformer chaque index suiveur en index normal (suspendre, fermer, ne plus suivre, ouvrir)</translation>
    </message>
    <message>
        <source>Promote the replicated data streams</source>
        <translation>Promouvoir les flux de données répliqués</translation>
    </message>
    <message>
        <source>Check that nothing follows the remote any more</source>
        <translation>Vérifier que plus rien ne suit le cluster distant</translation>
    </message>
</context>
<context>
    <name>duper::FailoverReport</name>
    <message>
        <source>Failover of %1 from %2</source>
        <translation>Basculement de %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>duper::FailoverRun</name>
    <message>
        <source>Not promoted: its backing index %1 still follows the remote.</source>
        <translation>Non promu : son index de support %1 suit encore le cluster distant.</translation>
    </message>
    <message>
        <source>Could not read the follow info back: %1</source>
        <translation>Impossible de relire les informations de suivi : %1</translation>
    </message>
    <message>
        <source>Still a follower of %1.</source>
        <translation>Encore un index suiveur de %1.</translation>
    </message>
</context>
<context>
    <name>duper::FleetMember</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 s.</translation>
    </message>
</context>
<context>
    <name>duper::FleetNodesResponse</name>
    <message>
        <source>nodes info: not a JSON object</source>
        <translation>nodes info : pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>duper::FleetRowRules</name>
    <message>
        <source>No secret was given for this connection.</source>
        <translation>Aucun secret n&apos;a été fourni pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>duper::FleetSecretPrompter</name>
    <message>
        <source>The secret of connection %1 is not in the keychain.</source>
        <translation>Le secret de la connexion %1 n&apos;est pas dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>duper::FollowManyPlan</name>
    <message>
        <source>Will follow</source>
        <translation>Sera suivi</translation>
    </message>
    <message>
        <source>Already followed</source>
        <translation>Déjà suivi</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Nom déjà pris</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>Nom non valide</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Matches the exclusion pattern %1.</source>
        <translation>Correspond au modèle d&apos;exclusion %1.</translation>
    </message>
    <message>
        <source>Already followed by %1.</source>
        <translation>Déjà suivi par %1.</translation>
    </message>
    <message>
        <source>An index named %1 already exists on this cluster.</source>
        <translation>Un index nommé %1 existe déjà sur ce cluster.</translation>
    </message>
    <message>
        <source>Another leader index would get the name %1.</source>
        <translation>Un autre index leader obtiendrait le nom %1.</translation>
    </message>
</context>
<context>
    <name>duper::FollowerActions</name>
    <message>
        <source>already paused</source>
        <translation>déjà en pause</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>déjà actif</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>could not read the follower cluster</source>
        <translation>impossible de lire le cluster suiveur</translation>
    </message>
    <message>
        <source>the follower cluster did not report index.uuid of %1</source>
        <translation>le cluster suiveur n&apos;a pas indiqué l&apos;index.uuid de %1</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>impossible de lister les clusters distants</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster(s))</source>
        <translation>
            <numerusform>impossible de savoir quel cluster distant du cluster suiveur est le leader : indiquez-le (le cluster suiveur a %n cluster distant)</numerusform>
            <numerusform>impossible de savoir quel cluster distant du cluster suiveur est le leader : indiquez-le (le cluster suiveur a %n clusters distants)</numerusform>
        </translation>
    </message>
    <message>
        <source>the leader cluster refused</source>
        <translation>le cluster leader a refusé</translation>
    </message>
    <message>
        <source>%1 of %2 shards of the leader index did not forget the follower</source>
        <translation>%1 des %2 shards de l’index leader n’ont pas oublié le suiveur</translation>
    </message>
</context>
<context>
    <name>duper::FollowerIndexState</name>
    <message>
        <source>is an active follower index</source>
        <translation>est un index suiveur actif</translation>
    </message>
    <message>
        <source>is a paused follower index</source>
        <translation>est un index suiveur suspendu</translation>
    </message>
    <message>
        <source>is a regular index (not a follower)</source>
        <translation>est un index normal (pas un index suiveur)</translation>
    </message>
    <message>
        <source>is in an unknown replication state</source>
        <translation>est dans un état de réplication inconnu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>open or closed (unknown)</source>
        <translation>ouvert ou fermé (inconnu)</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; %2 and is %3.</source>
        <translation>L&apos;index &quot;%1&quot; %2 et est %3.</translation>
    </message>
</context>
<context>
    <name>duper::FollowerProcedure</name>
    <message>
        <source>Step &quot;%1&quot; failed: %2 %3</source>
        <translation>L&apos;étape &quot;%1&quot; a échoué : %2 %3</translation>
    </message>
</context>
<context>
    <name>duper::FollowerSnapshot</name>
    <message>
        <source>shard %1: %2</source>
        <translation>partition %1 : %2</translation>
    </message>
</context>
<context>
    <name>duper::HistoryError</name>
    <message>
        <source>Duper keeps no replication history: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication : le pilote SQLite de Qt n&apos;est pas installé (sous Debian, le paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: it cannot write the history file %1. Check that the folder exists and that you may write to it.</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication pendant cette session : impossible d&apos;écrire le fichier d&apos;historique %1. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: another program is holding the history file %1.</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication pendant cette session : un autre programme bloque le fichier d&apos;historique %1.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 is damaged. Move it away or delete it, and Duper starts a new one next time.</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication pendant cette session : le fichier d&apos;historique %1 est endommagé. Déplacez-le ou supprimez-le, et Duper en créera un nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the disk holding %1 is full.</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication pendant cette session : le disque contenant %1 est plein.</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 could not be used (%2).</source>
        <translation>Duper ne conserve pas d&apos;historique de réplication pendant cette session : le fichier d&apos;historique %1 n&apos;a pas pu être utilisé (%2).</translation>
    </message>
</context>
<context>
    <name>duper::InMemorySecretStore</name>
    <message>
        <source>The system keychain is not available (simulated); Duper can ask for the password each time instead.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (simulé) ; Duper peut plutôt demander le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>No %1 is stored.</source>
        <translation>Aucun %1 n&apos;est stocké.</translation>
    </message>
</context>
<context>
    <name>duper::IndexStatsResponse</name>
    <message>
        <source>index stats: no &quot;indices&quot; object</source>
        <translation>statistiques d&apos;index : pas d&apos;objet &quot;indices&quot;</translation>
    </message>
</context>
<context>
    <name>duper::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Duper can ask for the password each time instead; it is then kept in memory for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Duper peut plutôt demander le mot de passe à chaque fois ; il est alors gardé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Duper can ask for the password each time instead.</source>
        <translation>L&apos;accès au trousseau du système a été refusé (%1). Duper peut plutôt demander le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>duper::LeaderRetentionTracker</name>
    <message>
        <source>leader not read yet</source>
        <translation>leader pas encore lu</translation>
    </message>
    <message>
        <source>leader not found: the remote clusters of %1 could not be read (%2)</source>
        <translation>leader introuvable : les clusters distants de %1 n&apos;ont pas pu être lus (%2)</translation>
    </message>
    <message>
        <source>leader not saved or not reachable: remote cluster %1 is none of the saved connections that answered</source>
        <translation>leader non enregistré ou injoignable : le cluster distant %1 n&apos;est aucune des connexions enregistrées qui ont répondu</translation>
    </message>
    <message>
        <source>leader not saved: remote cluster %1 is none of the saved connections</source>
        <translation>leader non enregistré : le cluster distant %1 n&apos;est aucune des connexions enregistrées</translation>
    </message>
    <message>
        <source>leader not reachable: %1 (%2)</source>
        <translation>leader injoignable : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>duper::NodesInfoResponse</name>
    <message>
        <source>nodes info: no transport address</source>
        <translation>nodes info : aucune adresse de transport</translation>
    </message>
</context>
<context>
    <name>duper::Parsers</name>
    <message>
        <source>is not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;sniff&quot; or &quot;proxy&quot;</source>
        <translation>vaut &quot;%1&quot;, pas &quot;sniff&quot; ou &quot;proxy&quot;</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>is not a number or a string</source>
        <translation>n&apos;est ni un nombre ni une chaîne</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;active&quot; or &quot;paused&quot;</source>
        <translation>vaut &quot;%1&quot;, pas &quot;active&quot; ou &quot;paused&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>has content after the JSON object</source>
        <translation>a du contenu après l&apos;objet JSON</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>n&apos;est pas %1</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>is empty, not JSON</source>
        <translation>est vide, pas du JSON</translation>
    </message>
    <message>
        <source>is malformed JSON (%1)</source>
        <translation>est du JSON mal formé (%1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation>n&apos;est pas un booléen</translation>
    </message>
    <message>
        <source>is not an object or a string</source>
        <translation>n&apos;est ni un objet ni une chaîne</translation>
    </message>
    <message>
        <source>the body is empty, not JSON</source>
        <translation>le corps est vide, pas du JSON</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1 (%2)</source>
        <translation>JSON mal formé à la position %1 (%2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>un tableau JSON</translation>
    </message>
</context>
<context>
    <name>duper::Procedure</name>
    <message>
        <source>Read the follower index&apos;s state</source>
        <translation>Lire l&apos;état de l&apos;index suiveur</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>Suspendre la réplication</translation>
    </message>
    <message>
        <source>Close the follower index</source>
        <translation>Fermer l&apos;index suiveur</translation>
    </message>
    <message>
        <source>Convert it to a regular index (unfollow)</source>
        <translation>Le convertir en index normal (ne plus suivre)</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>Rouvrir l&apos;index</translation>
    </message>
    <message>
        <source>Follow the leader index again</source>
        <translation>Suivre à nouveau l&apos;index leader</translation>
    </message>
    <message>
        <source>Resume replication with the new settings</source>
        <translation>Reprendre la réplication avec les nouveaux paramètres</translation>
    </message>
</context>
<context>
    <name>duper::RemoteAddress</name>
    <message>
        <source>The address is empty; write it as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>L&apos;adresse est vide ; écrivez-la sous la forme hôte:port, p. ex. 10.0.0.5:9300.</translation>
    </message>
    <message>
        <source>“%1” contains spaces; write it as host:port without spaces.</source>
        <translation>“%1” contient des espaces ; écrivez-la sous la forme hôte:port sans espaces.</translation>
    </message>
    <message>
        <source>“%1” opens a [ for an IPv6 address but never closes it.</source>
        <translation>“%1” ouvre un [ pour une adresse IPv6 mais ne le ferme jamais.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>“%1” n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after the address, e.g. [%2]:9300.</source>
        <translation>“%1” n&apos;a pas de port ; ajoutez-le après l&apos;adresse, p. ex. [%2]:9300.</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after a colon, e.g. %2:9300.</source>
        <translation>“%1” n&apos;a pas de port ; ajoutez-le après un deux-points, p. ex. %2:9300.</translation>
    </message>
    <message>
        <source>“%1”: put an IPv6 address in brackets, e.g. [::1]:9300.</source>
        <translation>“%1” : mettez une adresse IPv6 entre crochets, p. ex. [::1]:9300.</translation>
    </message>
    <message>
        <source>“%1” has no host before the port.</source>
        <translation>“%1” n&apos;a pas d&apos;hôte avant le port.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1” n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name (letters, digits, hyphens and dots).</source>
        <translation>“%1” n&apos;est pas un nom d&apos;hôte valide (lettres, chiffres, tirets et points).</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>Le port “%1” n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The port %1 is out of range; it must be between 1 and 65535.</source>
        <translation>Le port %1 est hors limites ; il doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>duper::RemoteClusterAlias</name>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>Donnez un nom au cluster distant.</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, underscores and hyphens.</source>
        <translation>Le nom ne peut contenir que des lettres, chiffres, traits de soulignement et tirets.</translation>
    </message>
</context>
<context>
    <name>duper::ReportStore</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>Impossible de créer le dossier des rapports %1.</translation>
    </message>
</context>
<context>
    <name>duper::RetentionPeriodLookup</name>
    <message>
        <source>could not read it from the leader (%1)</source>
        <translation>impossible de la lire sur le leader (%1)</translation>
    </message>
</context>
<context>
    <name>duper::RunReportWriter</name>
    <message>
        <source>- Started: %1</source>
        <translation>- Démarré : %1</translation>
    </message>
    <message>
        <source>- Finished: %1</source>
        <translation>- Terminé : %1</translation>
    </message>
    <message numerus="yes">
        <source>- Result: %1 (%n failed)</source>
        <translation>
            <numerusform>- Résultat : %1 (%n en échec)</numerusform>
            <numerusform>- Résultat : %1 (%n en échec)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Non exécuté.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
</context>
<context>
    <name>duper::SavedReport</name>
    <message>
        <source>Failover</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>Rétablir le sens d&apos;origine</translation>
    </message>
    <message>
        <source>Bi-directional setup</source>
        <translation>Configuration bidirectionnelle</translation>
    </message>
</context>
<context>
    <name>duper::SecretKind</name>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d&apos;API</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>jeton bearer</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>phrase secrète de la clé client</translation>
    </message>
</context>
<context>
    <name>duper::StaticCredentialProvider</name>
    <message>
        <source>no credentials</source>
        <translation>aucun identifiant</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>une clé d&apos;API</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>clé d&apos;API %1</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>un jeton bearer</translation>
    </message>
</context>
<context>
    <name>duper::cli</name>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern_name : &quot;%1&quot; ne doit pas contenir de &apos;,&apos;</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern_name : &quot;%1&quot; ne doit pas commencer par &apos;_&apos;</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern_name : le nom est trop long (%1 &gt; 255 octets)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 paused.</source>
        <translation>Modèle de suivi automatique %1 suspendu.</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 resumed.</source>
        <translation>Modèle de suivi automatique %1 repris.</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 deleted.</source>
        <translation>Modèle de suivi automatique %1 supprimé.</translation>
    </message>
    <message>
        <source>create or update an auto-follow pattern</source>
        <translation>créer ou mettre à jour un modèle de suivi automatique</translation>
    </message>
    <message>
        <source>the remote cluster whose new indices are followed</source>
        <translation>le cluster distant dont les nouveaux index sont suivis</translation>
    </message>
    <message>
        <source>leader index names or wildcards to follow</source>
        <translation>noms ou caractères génériques des index leaders à suivre</translation>
    </message>
    <message>
        <source>leader indices not to follow even if they match</source>
        <translation>index leaders à ne pas suivre même s&apos;ils correspondent</translation>
    </message>
    <message>
        <source>name of the follower indices</source>
        <translation>nom des index suiveurs</translation>
    </message>
    <message>
        <source>list auto-follow patterns</source>
        <translation>lister les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>stop an auto-follow pattern from following new indices</source>
        <translation>empêcher un modèle de suivi automatique de suivre de nouveaux index</translation>
    </message>
    <message>
        <source>let a paused auto-follow pattern follow new indices again</source>
        <translation>laisser un modèle de suivi automatique suspendu suivre à nouveau de nouveaux index</translation>
    </message>
    <message>
        <source>delete an auto-follow pattern (its followers stay)</source>
        <translation>supprimer un modèle de suivi automatique (ses index suiveurs restent)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 saved: new indices matching %2 on remote cluster %3 are followed.</source>
        <translation>Modèle de suivi automatique %1 enregistré : les nouveaux index correspondant à %2 sur le cluster distant %3 sont suivis.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>REMOTE CLUSTER</source>
        <translation>CLUSTER DISTANT</translation>
    </message>
    <message>
        <source>LEADER PATTERNS</source>
        <translation>MODÈLES LEADERS</translation>
    </message>
    <message>
        <source>FOLLOW PATTERN</source>
        <translation>MODÈLE DE SUIVI</translation>
    </message>
    <message>
        <source>use this saved connection (the leader&apos;s for forget and open/close -l)</source>
        <translation>utiliser cette connexion enregistrée (celle du leader pour forget et open/close -l)</translation>
    </message>
    <message>
        <source>the default follower connection</source>
        <translation>la connexion suiveuse par défaut</translation>
    </message>
    <message>
        <source>REST URL of the follower cluster</source>
        <translation>URL REST du cluster suiveur</translation>
    </message>
    <message>
        <source>the default follower connection, else http://localhost:9200</source>
        <translation>la connexion suiveuse par défaut, sinon http://localhost:9200</translation>
    </message>
    <message>
        <source>log in as this user; the password comes from DUPER_PASSWORD or a hidden prompt</source>
        <translation>se connecter en tant que cet utilisateur ; le mot de passe vient de DUPER_PASSWORD ou d&apos;une invite masquée</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this PEM or DER file</source>
        <translation>approuver aussi le ou les certificats CA de ce fichier PEM ou DER</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (testing only)</source>
        <translation>ne pas vérifier le certificat TLS du serveur (tests uniquement)</translation>
    </message>
    <message>
        <source>print JSON instead of tables and sentences</source>
        <translation>afficher du JSON au lieu de tableaux et de phrases</translation>
    </message>
    <message>
        <source>show help</source>
        <translation>afficher l&apos;aide</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (par défaut : %1)</translation>
    </message>
    <message>
        <source>Usage: duper [options] &lt;command&gt; [command options]
Manage Elasticsearch cross-cluster replication from scripts.

Commands:
</source>
        <translation>Utilisation : duper [options] &lt;command&gt; [options de la commande]
Gérer la réplication inter-clusters d&apos;Elasticsearch depuis des scripts.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation>
Options (avant ou après la commande) :
</translation>
    </message>
    <message>
        <source>duper sandbox: %1

</source>
        <translation>duper sandbox : %1

</translation>
    </message>
    <message>
        <source>Usage: duper %1 [options]
%2.
</source>
        <translation>Utilisation : duper %1 [options]
%2.
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options :
</translation>
    </message>
    <message>
        <source>
Connection and output options:
</source>
        <translation>
Options de connexion et de sortie :
</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 --help&quot; for its options.</source>
        <translation>Exécutez &quot;duper %1 --help&quot; pour ses options.</translation>
    </message>
    <message>
        <source>Run &quot;duper --help&quot; for the commands.</source>
        <translation>Exécutez &quot;duper --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--%1 needs a non-empty value</source>
        <translation>--%1 nécessite une valeur non vide</translation>
    </message>
    <message>
        <source>--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be asked for it (there is no password option, so it never shows in the process list)</source>
        <translation>--username nécessite un mot de passe : définissez DUPER_PASSWORD, ou exécutez duper dans un terminal pour qu&apos;il vous soit demandé (il n&apos;y a pas d&apos;option de mot de passe, il n&apos;apparaît donc jamais dans la liste des processus)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>aucun mot de passe n&apos;a été saisi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>connection %1 has no URL</source>
        <translation>la connexion %1 n&apos;a pas d&apos;URL</translation>
    </message>
    <message>
        <source>give either -c/--connection or --leader_url</source>
        <translation>indiquez soit -c/--connection, soit --leader_url</translation>
    </message>
    <message>
        <source>give either -c/--connection or --url</source>
        <translation>indiquez soit -c/--connection, soit --url</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>impossible de lister les clusters distants</translation>
    </message>
    <message>
        <source>the follower cluster has no remote cluster; add one with duper connect --remote_cluster NAME --seeds HOST:PORT</source>
        <translation>le cluster suiveur n&apos;a aucun cluster distant ; ajoutez-en un avec duper connect --remote_cluster NAME --seeds HOST:PORT</translation>
    </message>
    <message>
        <source>the follower cluster has several remote clusters (%1); choose one with --remote_cluster</source>
        <translation>le cluster suiveur a plusieurs clusters distants (%1) ; choisissez-en un avec --remote_cluster</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 for command %2</source>
        <translation>option %1 inconnue pour la commande %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>the follower index</source>
        <translation>l&apos;index suiveur</translation>
    </message>
    <message>
        <source>the leader index (on the remote cluster)</source>
        <translation>l&apos;index leader (sur le cluster distant)</translation>
    </message>
    <message>
        <source>the follower&apos;s only remote cluster</source>
        <translation>le seul cluster distant du suiveur</translation>
    </message>
    <message>
        <source>REST URL of the leader cluster (same credentials and TLS options as --url)</source>
        <translation>URL REST du cluster leader (mêmes identifiants et options TLS que --url)</translation>
    </message>
    <message>
        <source>the auto-follow pattern</source>
        <translation>le modèle de suivi automatique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d&apos;API</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>jeton bearer</translation>
    </message>
    <message>
        <source> (asked each time)</source>
        <translation> (demandé à chaque fois)</translation>
    </message>
    <message>
        <source>list the saved connections (never their secrets)</source>
        <translation>lister les connexions enregistrées (jamais leurs secrets)</translation>
    </message>
    <message>
        <source>&quot;duper config list&quot; is the same. Manage connections with add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (also as &quot;duper config &lt;command&gt;&quot;) and &quot;duper config import&quot;. Pick one for any command with -c NAME; without it commands use the default follower connection, and forget / open -l / close -l the default leader.</source>
        <translation>&quot;duper config list&quot; est équivalent. Gérez les connexions avec add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (aussi sous la forme &quot;duper config &lt;command&gt;&quot;) et &quot;duper config import&quot;. Choisissez-en une pour n&apos;importe quelle commande avec -c NAME ; sans cela, les commandes utilisent la connexion suiveuse par défaut, et forget / open -l / close -l la connexion leader par défaut.</translation>
    </message>
    <message>
        <source>save a connection; its secret goes to the keychain</source>
        <translation>enregistrer une connexion ; son secret va dans le trousseau</translation>
    </message>
    <message>
        <source>With --username the password, with --apiKey the API key, is asked at a hidden prompt, or read as one line from stdin when it is piped (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). It is stored in the system keychain only; there is no option that takes a secret. An encrypted --sslKey&apos;s passphrase is asked (or read as the next line) the same way.</source>
        <translation>Avec --username le mot de passe, avec --apiKey la clé d&apos;API, est demandé dans une invite masquée, ou lu comme une ligne sur stdin quand il est redirigé (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). Il est stocké uniquement dans le trousseau du système ; aucune option n&apos;accepte de secret. La phrase secrète d&apos;une --sslKey chiffrée est demandée (ou lue comme ligne suivante) de la même façon.</translation>
    </message>
    <message>
        <source>the connection&apos;s name</source>
        <translation>le nom de la connexion</translation>
    </message>
    <message>
        <source>REST URL of the cluster (or give --cloudId)</source>
        <translation>URL REST du cluster (ou indiquez --cloudId)</translation>
    </message>
    <message>
        <source>also make it the default leader or follower cluster</source>
        <translation>en faire aussi le cluster leader ou suiveur par défaut</translation>
    </message>
    <message>
        <source>log in as this user (password asked, stored in the keychain)</source>
        <translation>se connecter en tant que cet utilisateur (mot de passe demandé, stocké dans le trousseau)</translation>
    </message>
    <message>
        <source>log in with an API key (asked, stored in the keychain)</source>
        <translation>se connecter avec une clé d&apos;API (demandée, stockée dans le trousseau)</translation>
    </message>
    <message>
        <source>Elastic Cloud ID of the deployment</source>
        <translation>Cloud ID Elastic du déploiement</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this file</source>
        <translation>approuver aussi le ou les certificats CA de ce fichier</translation>
    </message>
    <message>
        <source>client certificate (PEM) for PKI login</source>
        <translation>certificat client (PEM) pour la connexion PKI</translation>
    </message>
    <message>
        <source>client key (PEM) for PKI login</source>
        <translation>clé client (PEM) pour la connexion PKI</translation>
    </message>
    <message>
        <source>replace a connection of the same name</source>
        <translation>remplacer une connexion du même nom</translation>
    </message>
    <message>
        <source>delete a saved connection and its keychain entries</source>
        <translation>supprimer une connexion enregistrée et ses entrées du trousseau</translation>
    </message>
    <message>
        <source>the connection to delete</source>
        <translation>la connexion à supprimer</translation>
    </message>
    <message>
        <source>make a connection the default leader cluster</source>
        <translation>faire d&apos;une connexion le cluster leader par défaut</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>make a connection the default follower cluster</source>
        <translation>faire d&apos;une connexion le cluster suiveur par défaut</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: duper add-cluster -n NAME -u URL [-r follower]</source>
        <translation>Aucune connexion enregistrée. Ajoutez-en une avec : duper add-cluster -n NAME -u URL [-r follower]</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>, CA %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>, certificat client</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>DÉFAUT</translation>
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
        <translation>indiquez l&apos;--url du cluster (ou son --cloudId)</translation>
    </message>
    <message>
        <source>give either --username or --apiKey, not both</source>
        <translation>indiquez soit --username, soit --apiKey, pas les deux</translation>
    </message>
    <message>
        <source>--role must be leader or follower</source>
        <translation>--role doit valoir leader ou follower</translation>
    </message>
    <message>
        <source>--%1: there is no file %2</source>
        <translation>--%1 : le fichier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>a connection named &quot;%1&quot; already exists (--overwrite replaces it)</source>
        <translation>une connexion nommée &quot;%1&quot; existe déjà (--overwrite la remplace)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d&apos;API pour %1 : </translation>
    </message>
    <message>
        <source>Connection %1 saved (%2).</source>
        <translation>Connexion %1 enregistrée (%2).</translation>
    </message>
    <message>
        <source>Its %1 is in the keychain.</source>
        <translation>Son secret (%1) est dans le trousseau.</translation>
    </message>
    <message>
        <source>It is now the default %1 cluster.</source>
        <translation>Elle est maintenant le cluster %1 par défaut.</translation>
    </message>
    <message>
        <source>could not remove the secrets of %1 from the keychain: %2</source>
        <translation>impossible de retirer les secrets de %1 du trousseau : %2</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Connexion %1 supprimée.</translation>
    </message>
    <message>
        <source>%1 is now the default leader cluster (forget, open -l, close -l).</source>
        <translation>%1 est maintenant le cluster leader par défaut (forget, open -l, close -l).</translation>
    </message>
    <message>
        <source>%1 is now the default follower cluster.</source>
        <translation>%1 est maintenant le cluster suiveur par défaut.</translation>
    </message>
    <message>
        <source>import the earlier duper&apos;s ~/.duperrc.yml</source>
        <translation>importer le fichier ~/.duperrc.yml de l&apos;ancien duper</translation>
    </message>
    <message>
        <source>Its clusters become connections and its leader/follower choices the defaults; its plain-text passwords and API keys move into the keychain. The file itself is left alone: delete it afterwards.</source>
        <translation>Ses clusters deviennent des connexions et ses choix leader/follower les valeurs par défaut ; ses mots de passe et clés d&apos;API en clair sont déplacés dans le trousseau. Le fichier lui-même n&apos;est pas modifié : supprimez-le ensuite.</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>le fichier à importer</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is</source>
        <translation>%1 existe déjà et n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>%1: only the first CA file (%2) was kept</source>
        <translation>%1 : seul le premier fichier CA (%2) a été conservé</translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 a été ignorée : %2</translation>
    </message>
    <message>
        <source>Delete %1 now: duper no longer reads it, and it keeps passwords and API keys in plain text (rm %1).</source>
        <translation>Supprimez %1 maintenant : duper ne le lit plus, et il conserve des mots de passe et clés d&apos;API en clair (rm %1).</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot; (&quot;duper config&quot; lists them)</source>
        <translation>aucune connexion nommée &quot;%1&quot; (&quot;duper config&quot; les liste)</translation>
    </message>
    <message>
        <source>The keychain has no %1 for connection %2.</source>
        <translation>Le trousseau ne contient pas de %1 pour la connexion %2.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Duper asks for the %2 of connection %3 for this run only.</source>
        <translation>Le trousseau n&apos;est pas disponible (%1). Duper demande le secret (%2) de la connexion %3 pour cette exécution uniquement.</translation>
    </message>
    <message>
        <source>connection %1 needs its %2: save it in the keychain with &quot;duper add-cluster --overwrite&quot;, set %3, or run duper in a terminal to be asked</source>
        <translation>la connexion %1 a besoin de son secret (%2) : enregistrez-le dans le trousseau avec &quot;duper add-cluster --overwrite&quot;, définissez %3, ou exécutez duper dans un terminal pour qu&apos;il vous soit demandé</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe pour %1 sur %2 : </translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%1 pour %2 : </translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>rien n&apos;a été saisi</translation>
    </message>
    <message>
        <source>no secret was given: type it at the prompt, or pipe it on stdin (one line)</source>
        <translation>aucun secret n&apos;a été fourni : saisissez-le à l&apos;invite, ou redirigez-le sur stdin (une ligne)</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>expected &quot;clusters:&quot; at the top of the file</source>
        <translation>&quot;clusters:&quot; attendu en haut du fichier</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; is not a list</source>
        <translation>&quot;clusters&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>cluster #%1 has no name and was skipped</source>
        <translation>le cluster n°%1 n&apos;a pas de nom et a été ignoré</translation>
    </message>
    <message>
        <source>cluster %1 has no URL and was skipped</source>
        <translation>le cluster %1 n&apos;a pas d&apos;URL et a été ignoré</translation>
    </message>
    <message>
        <source>create a follower index that replicates a leader index</source>
        <translation>créer un index suiveur qui réplique un index leader</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader index</source>
        <translation>le cluster distant (alias sur le suiveur) qui contient l&apos;index leader</translation>
    </message>
    <message>
        <source>pause replication into a follower index</source>
        <translation>suspendre la réplication vers un index suiveur</translation>
    </message>
    <message>
        <source>resume replication into a paused follower index</source>
        <translation>reprendre la réplication vers un index suiveur suspendu</translation>
    </message>
    <message>
        <source>Tuning options not given fall back to Elasticsearch&apos;s defaults, not to the earlier values.</source>
        <translation>Les options de réglage non indiquées reprennent les valeurs par défaut d&apos;Elasticsearch, pas les valeurs précédentes.</translation>
    </message>
    <message>
        <source>remove a follower&apos;s retention leases from its leader index</source>
        <translation>retirer les baux de rétention d&apos;un index suiveur de son index leader</translation>
    </message>
    <message>
        <source>Runs forget_follower on the LEADER cluster (--leader_url). The follower&apos;s cluster name and index UUID are read from the follower cluster (--url); the leader&apos;s remote cluster alias from --remote_cluster, else from the follower&apos;s follow info, else the follower&apos;s only remote cluster.</source>
        <translation>Exécute forget_follower sur le cluster LEADER (--leader_url). Le nom du cluster suiveur et l&apos;UUID de l&apos;index sont lus sur le cluster suiveur (--url) ; l&apos;alias du cluster distant du leader depuis --remote_cluster, sinon depuis les informations de suivi de l&apos;index suiveur, sinon le seul cluster distant du suiveur.</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster alias as seen from the follower</source>
        <translation>l&apos;alias de cluster distant du leader vu depuis le suiveur</translation>
    </message>
    <message>
        <source>Follower index %1 created: it follows %2 on remote cluster %3.</source>
        <translation>Index suiveur %1 créé : il suit %2 sur le cluster distant %3.</translation>
    </message>
    <message>
        <source>Replication into %1 paused.</source>
        <translation>Réplication vers %1 suspendue.</translation>
    </message>
    <message>
        <source>Replication into %1 resumed.</source>
        <translation>Réplication vers %1 reprise.</translation>
    </message>
    <message>
        <source>Leader index %1 forgot follower %2 (%3 of %4 shards).</source>
        <translation>L&apos;index leader %1 a oublié l&apos;index suiveur %2 (%3 partitions sur %4).</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name must not be empty</source>
        <translation>auto_follow_pattern : le nom ne doit pas être vide</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern : &quot;%1&quot; ne doit pas contenir de &apos;,&apos;</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern : &quot;%1&quot; ne doit pas commencer par &apos;_&apos;</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern : le nom est trop long (%1 &gt; 255 octets)</translation>
    </message>
    <message>
        <source>open a follower or leader index</source>
        <translation>ouvrir un index suiveur ou leader</translation>
    </message>
    <message>
        <source>close a follower or leader index</source>
        <translation>fermer un index suiveur ou leader</translation>
    </message>
    <message>
        <source>Give exactly one of -f (an index on the follower cluster, --url) or -l (an index on the leader cluster, --leader_url).</source>
        <translation>Indiquez exactement l&apos;un de -f (un index du cluster suiveur, --url) ou -l (un index du cluster leader, --leader_url).</translation>
    </message>
    <message>
        <source>give exactly one of -f/--follower_index or -l/--leader_index</source>
        <translation>indiquez exactement l&apos;un de -f/--follower_index ou -l/--leader_index</translation>
    </message>
    <message>
        <source>-l/--leader_index acts on the leader cluster: give its REST URL with --leader_url, or a saved connection with -c NAME or set-leader-cluster</source>
        <translation>-l/--leader_index agit sur le cluster leader : indiquez son URL REST avec --leader_url, ou une connexion enregistrée avec -c NAME ou set-leader-cluster</translation>
    </message>
    <message>
        <source>Index %1 opened.</source>
        <translation>Index %1 ouvert.</translation>
    </message>
    <message>
        <source>Index %1 closed.</source>
        <translation>Index %1 fermé.</translation>
    </message>
    <message>
        <source>Passphrase of the client key %1: </source>
        <translation>Phrase secrète de la clé client %1 : </translation>
    </message>
    <message>
        <source>turn a follower index into a regular index</source>
        <translation>transformer un index suiveur en index normal</translation>
    </message>
    <message>
        <source>Runs pause, close, unfollow and open, one step at a time. If a step fails, running the same command again continues from where the index is.</source>
        <translation>Exécute pause, close, unfollow et open, une étape à la fois. Si une étape échoue, relancer la même commande reprend là où en est l&apos;index.</translation>
    </message>
    <message>
        <source>recreate a follower index from its leader (after a fatal error)</source>
        <translation>recréer un index suiveur depuis son leader (après une erreur fatale)</translation>
    </message>
    <message>
        <source>Runs pause, close and follow again with the same leader, remote cluster and parameters (tuning options given here replace them). Running it again after a failure continues.</source>
        <translation>Exécute pause, close puis follow à nouveau avec le même leader, le même cluster distant et les mêmes paramètres (les options de réglage indiquées ici les remplacent). Le relancer après un échec reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>%1 is now a regular index; replication has stopped.</source>
        <translation>%1 est maintenant un index normal ; la réplication s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>%1 was recreated from its leader and follows it again.</source>
        <translation>%1 a été recréé depuis son leader et le suit à nouveau.</translation>
    </message>
    <message>
        <source>      already done</source>
        <translation>      déjà fait</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      fait</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 -f %2&quot; again to continue.</source>
        <translation>Exécutez à nouveau &quot;duper %1 -f %2&quot; pour continuer.</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere; duper will ask for it each time it uses %3</source>
        <translation>le trousseau n&apos;est pas disponible (%1) : le secret (%2) de %3 n&apos;a été enregistré NULLE PART ; duper le demandera chaque fois qu&apos;il utilisera %3</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere, so its client key cannot be read</source>
        <translation>le trousseau n&apos;est pas disponible (%1) : le secret (%2) de %3 n&apos;a été enregistré NULLE PART, sa clé client ne peut donc pas être lue</translation>
    </message>
    <message>
        <source>run emulated leader and follower clusters on 127.0.0.1 to try duper</source>
        <translation>exécuter des clusters leader et suiveur émulés sur 127.0.0.1 pour essayer duper</translation>
    </message>
    <message>
        <source>Run &quot;duper sandbox --help&quot; for its options.</source>
        <translation>Exécutez &quot;duper sandbox --help&quot; pour ses options.</translation>
    </message>
    <message>
        <source>duper sandbox: an EMULATOR of Elasticsearch cross-cluster replication, for trying Duper. This is not Elasticsearch.</source>
        <translation>duper sandbox : un ÉMULATEUR de la réplication inter-clusters d&apos;Elasticsearch, pour essayer Duper. Ce n&apos;est pas Elasticsearch.</translation>
    </message>
    <message>
        <source>  follower cluster: %1  (cluster_name %2, remote cluster alias [%3])</source>
        <translation>  cluster suiveur : %1  (cluster_name %2, alias de cluster distant [%3])</translation>
    </message>
    <message>
        <source>  leader cluster:   %1  (cluster_name %2, transport %3)</source>
        <translation>  cluster leader :  %1  (cluster_name %2, transport %3)</translation>
    </message>
    <message>
        <source>  %1 leader indices with followers created in %2 ms</source>
        <translation>  %1 index leaders avec index suiveurs créés en %2 ms</translation>
    </message>
    <message>
        <source>  workload: %1 documents per tick into the leader indices</source>
        <translation>  charge : %1 documents par tick dans les index leaders</translation>
    </message>
    <message>
        <source>  authentication required</source>
        <translation>  authentification requise</translation>
    </message>
    <message>
        <source>Try: duper --url %1 info   (and --leader_url %2 for forget, open -l, close -l)</source>
        <translation>Essayez : duper --url %1 info   (et --leader_url %2 pour forget, open -l, close -l)</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>duper sandbox: stopped.</source>
        <translation>duper sandbox : arrêté.</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>indentation inattendue</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>&quot;clé: valeur&quot; attendu</translation>
    </message>
    <message>
        <source>unterminated or malformed quoted text</source>
        <translation>texte entre guillemets non terminé ou mal formé</translation>
    </message>
    <message>
        <source>YAML anchors, tags and block text are not supported</source>
        <translation>les ancres, tags et blocs de texte YAML ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>unterminated [ ] or { }</source>
        <translation>[ ] ou { } non terminé</translation>
    </message>
    <message>
        <source>nested [ ] or { } are not supported</source>
        <translation>les [ ] ou { } imbriqués ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>line %1: tabs cannot indent YAML</source>
        <translation>ligne %1 : les tabulations ne peuvent pas indenter du YAML</translation>
    </message>
    <message>
        <source>follower indices or patterns to show</source>
        <translation>index suiveurs ou modèles à afficher</translation>
    </message>
    <message>
        <source>Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests</source>
        <translation>Suivi automatique : %1 index suivis, %2 en échec, %3 requêtes distantes en échec</translation>
    </message>
    <message>
        <source>FOLLOWER</source>
        <translation>SUIVEUR</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>PARTITIONS</translation>
    </message>
    <message>
        <source>OPERATIONS WRITTEN</source>
        <translation>OPÉRATIONS ÉCRITES</translation>
    </message>
    <message>
        <source>GLOBAL CHECKPOINT LAG</source>
        <translation>RETARD DU POINT DE CONTRÔLE GLOBAL</translation>
    </message>
    <message>
        <source>FAILED READS</source>
        <translation>LECTURES EN ÉCHEC</translation>
    </message>
    <message>
        <source>FATAL ERROR</source>
        <translation>ERREUR FATALE</translation>
    </message>
    <message>
        <source>list follower indices: status, remote cluster, leader</source>
        <translation>lister les index suiveurs : statut, cluster distant, leader</translation>
    </message>
    <message>
        <source>show replication progress of follower indices</source>
        <translation>afficher la progression de la réplication des index suiveurs</translation>
    </message>
    <message>
        <source>--level shard reads the follower indices&apos; stats (JSON includes each shard); --level cluster reads the cluster-wide CCR stats, including auto-follow counters. Paused followers have no stats.</source>
        <translation>--level shard lit les statistiques des index suiveurs (le JSON inclut chaque partition) ; --level cluster lit les statistiques CCR de tout le cluster, y compris les compteurs de suivi automatique. Les index suiveurs suspendus n&apos;ont pas de statistiques.</translation>
    </message>
    <message>
        <source>which statistics to read</source>
        <translation>quelles statistiques lire</translation>
    </message>
    <message>
        <source>LEADER</source>
        <translation>LEADER</translation>
    </message>
    <message>
        <source>--level must be shard or cluster, not &quot;%1&quot;</source>
        <translation>--level doit valoir shard ou cluster, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connection %1 (%2)</source>
        <translation>Connexion %1 (%2)</translation>
    </message>
    <message>
        <source>check a connection: reachable, license, privileges, remote clusters</source>
        <translation>vérifier une connexion : accessibilité, licence, privilèges, clusters distants</translation>
    </message>
    <message>
        <source>Tests -c NAME, else --url, else the default follower connection: GET / (cluster name and version), whether the license allows cross-cluster replication, whether the user has manage_ccr, monitor and manage (and what a missing one prevents), and how many remote clusters there are and are connected. Exit code 3 when the cluster cannot be reached, 4 when it refuses the credentials, 1 when a check failed, 0 otherwise (also with warnings).</source>
        <translation>Teste -c NAME, sinon --url, sinon la connexion suiveuse par défaut : GET / (nom et version du cluster), si la licence permet la réplication inter-clusters, si l&apos;utilisateur a manage_ccr, monitor et manage (et ce qu&apos;empêche un privilège manquant), et combien de clusters distants existent et sont connectés. Code de sortie 3 quand le cluster est injoignable, 4 quand il refuse les identifiants, 1 quand une vérification a échoué, 0 sinon (y compris avec des avertissements).</translation>
    </message>
    <message>
        <source>most operations to pull per read from the leader</source>
        <translation>nombre maximal d&apos;opérations à extraire par lecture sur le leader</translation>
    </message>
    <message>
        <source>most operations per bulk write on the follower</source>
        <translation>nombre maximal d&apos;opérations par écriture bulk sur le suiveur</translation>
    </message>
    <message>
        <source>most read requests in flight to the leader</source>
        <translation>nombre maximal de requêtes de lecture en cours vers le leader</translation>
    </message>
    <message>
        <source>most write requests in flight on the follower</source>
        <translation>nombre maximal de requêtes d&apos;écriture en cours sur le suiveur</translation>
    </message>
    <message>
        <source>most bytes per read from the leader (e.g. 32mb)</source>
        <translation>nombre maximal d&apos;octets par lecture sur le leader (p. ex. 32mb)</translation>
    </message>
    <message>
        <source>most bytes per bulk write on the follower</source>
        <translation>nombre maximal d&apos;octets par écriture bulk sur le suiveur</translation>
    </message>
    <message>
        <source>queued operations at which reads are deferred</source>
        <translation>opérations en file à partir desquelles les lectures sont différées</translation>
    </message>
    <message>
        <source>queued bytes at which reads are deferred</source>
        <translation>octets en file à partir desquels les lectures sont différées</translation>
    </message>
    <message>
        <source>longest wait before retrying a failed operation (&lt;= 5m)</source>
        <translation>attente maximale avant de réessayer une opération ayant échoué (&lt;= 5m)</translation>
    </message>
    <message>
        <source>how long a read waits for new operations on the leader</source>
        <translation>durée pendant laquelle une lecture attend de nouvelles opérations sur le leader</translation>
    </message>
    <message>
        <source>shard copies that must be active before the command returns</source>
        <translation>copies de partition qui doivent être actives avant que la commande ne se termine</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1 : une valeur est requise</translation>
    </message>
    <message>
        <source>wait_for_active_shards: a value is required</source>
        <translation>wait_for_active_shards : une valeur est requise</translation>
    </message>
    <message>
        <source>follow the existing leader indices that match patterns</source>
        <translation>suivre les index leaders existants qui correspondent à des modèles</translation>
    </message>
    <message>
        <source>Auto-follow patterns only follow leader indices created after the pattern; follow-many follows the ones that exist now. Leader indices already followed, excluded, or whose follower name is taken or invalid are not followed; a taken or invalid name makes the exit code 1. --dry-run prints the plan and follows nothing. With --auto_follow_pattern the matching auto-follow pattern is created at the end, so new leader indices follow too.</source>
        <translation>Les modèles de suivi automatique ne suivent que les index leaders créés après le modèle ; follow-many suit ceux qui existent maintenant. Les index leaders déjà suivis, exclus, ou dont le nom d&apos;index suiveur est pris ou non valide ne sont pas suivis ; un nom pris ou non valide donne le code de sortie 1. --dry-run affiche le plan et ne suit rien. Avec --auto_follow_pattern, le modèle de suivi automatique correspondant est créé à la fin, pour que les nouveaux index leaders soient aussi suivis.</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader indices</source>
        <translation>le cluster distant (alias sur le suiveur) qui contient les index leaders</translation>
    </message>
    <message>
        <source>name of the follower indices; {{leader_index}} is the leader&apos;s name</source>
        <translation>nom des index suiveurs ; {{leader_index}} est le nom du leader</translation>
    </message>
    <message>
        <source>print the plan, follow nothing</source>
        <translation>afficher le plan, ne rien suivre</translation>
    </message>
    <message>
        <source>also create this auto-follow pattern with the same settings</source>
        <translation>créer aussi ce modèle de suivi automatique avec les mêmes paramètres</translation>
    </message>
    <message>
        <source>how many follow requests run at once</source>
        <translation>nombre de requêtes de suivi exécutées en même temps</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; gives invalid follower names: %2</source>
        <translation>follow_index_pattern : &quot;%1&quot; donne des noms d&apos;index suiveurs non valides : %2</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; must contain {{leader_index}}, or every leader index gets the same follower</source>
        <translation>follow_index_pattern : &quot;%1&quot; doit contenir {{leader_index}}, sinon chaque index leader obtient le même index suiveur</translation>
    </message>
    <message>
        <source>leader_index_patterns: &quot;%1&quot; must not contain &apos;:&apos; or spaces</source>
        <translation>leader_index_patterns : &quot;%1&quot; ne doit pas contenir de &apos;:&apos; ni d&apos;espaces</translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; must be a number from 1 to 64</source>
        <translation>concurrency : &quot;%1&quot; doit être un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>could not list the leader indices</source>
        <translation>impossible de lister les index leaders</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es) of remote cluster %1…</source>
        <translation>
            <numerusform>Suivi de %n index leader du cluster distant %1…</numerusform>
            <numerusform>Suivi de %n index leaders du cluster distant %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>followed</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (flux de données %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 created: new leader indices follow too.</source>
        <translation>Modèle de suivi automatique %1 créé : les nouveaux index leaders sont aussi suivis.</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 not created: %2</source>
        <translation>Modèle de suivi automatique %1 non créé : %2</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>Aucun index leader ne correspond à ces modèles.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n leader index(es) would be followed, nothing was changed.</source>
        <translation>
            <numerusform>Simulation : %n index leader serait suivi, rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation : %n index leaders seraient suivis, rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n index suiveur créé.</numerusform>
            <numerusform>%n index suiveurs créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already paused: nothing to do.</source>
        <translation>%1 est déjà en pause : rien à faire.</translation>
    </message>
    <message>
        <source>%1 is already active: nothing to do.</source>
        <translation>%1 est déjà actif : rien à faire.</translation>
    </message>
    <message>
        <source>resume with the parameters remembered when it was paused (saved connections only)</source>
        <translation>reprendre avec les paramètres mémorisés lors de la mise en pause (connexions enregistrées uniquement)</translation>
    </message>
    <message>
        <source>give either --remembered or tuning options, not both</source>
        <translation>indiquez soit --remembered, soit des options de réglage, pas les deux</translation>
    </message>
    <message>
        <source>--remembered needs a saved connection (-c NAME or the default follower): a --url connection remembers nothing</source>
        <translation>--remembered nécessite une connexion enregistrée (-c NOM ou le suiveur par défaut) : une connexion --url ne mémorise rien</translation>
    </message>
    <message>
        <source>No parameters are remembered for %1: Elasticsearch&apos;s defaults apply.</source>
        <translation>Aucun paramètre n’est mémorisé pour %1 : les valeurs par défaut d’Elasticsearch s’appliquent.</translation>
    </message>
    <message>
        <source>set up bi-directional replication between two clusters</source>
        <translation>configurer la réplication bidirectionnelle entre deux clusters</translation>
    </message>
    <message>
        <source>the remote cluster on this cluster that points at the other one</source>
        <translation>le cluster distant sur ce cluster qui pointe vers l&apos;autre</translation>
    </message>
    <message>
        <source>the remote cluster on the other cluster that points back at this one</source>
        <translation>le cluster distant sur l&apos;autre cluster qui pointe en retour vers celui-ci</translation>
    </message>
    <message>
        <source>leader index names or wildcards to replicate both ways</source>
        <translation>noms d&apos;index leaders ou caractères génériques à répliquer dans les deux sens</translation>
    </message>
    <message>
        <source>print the plan, change nothing</source>
        <translation>afficher le plan, ne rien modifier</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>remote_cluster_back: give each cluster its own alias for the other</source>
        <translation>remote_cluster_back : donnez à chaque cluster son propre alias pour l&apos;autre</translation>
    </message>
    <message>
        <source>could not read the setup of %1</source>
        <translation>impossible de lire la configuration de %1</translation>
    </message>
    <message>
        <source>bidirectional changes both clusters: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>bidirectional modifie les deux clusters : ajoutez --yes pour l&apos;exécuter sans terminal (ou --dry-run pour voir le plan)</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>Configurer la réplication bidirectionnelle entre %1 et %2 ?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2: set to %3)</source>
        <translation>%1 (%2 : défini sur %3)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>LEADER INDICES</source>
        <translation>INDEX LEADERS</translation>
    </message>
    <message>
        <source>FOLLOWER NAMES</source>
        <translation>NOMS DES SUIVEURS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>auto-follow pattern %1 already exists on %2 and differs: %3</source>
        <translation>le modèle de suivi automatique %1 existe déjà sur %2 et diffère : %3</translation>
    </message>
    <message>
        <source>Both patterns exist already: there is nothing to set up.</source>
        <translation>Les deux modèles existent déjà : il n&apos;y a rien à configurer.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Bi-directional replication between %1 and %2 is set up.</source>
        <translation>La réplication bidirectionnelle entre %1 et %2 est configurée.</translation>
    </message>
    <message numerus="yes">
        <source>Bi-directional setup did not finish: %n item(s) failed.</source>
        <translation>
            <numerusform>La configuration bidirectionnelle n&apos;a pas abouti : %n élément en échec.</numerusform>
            <numerusform>La configuration bidirectionnelle n&apos;a pas abouti : %n éléments en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>make the old leader cluster follow the promoted cluster after a failover</source>
        <translation>faire suivre le cluster promu par l&apos;ancien cluster leader après un basculement</translation>
    </message>
    <message>
        <source>Run against the old leader cluster (--url) once it is back; --leader_url is the promoted cluster and --remote_cluster the alias on the old leader that points to it (added, seeded with the promoted cluster&apos;s transport address, when missing). Every regular index of the promoted cluster is followed under the same name; the old leader&apos;s copies of them are deleted first, which needs --yes-delete-stale-copies or a confirmation on a terminal that names them (without either it stops before deleting, exit 1). Then it waits until every follower has caught up and checks the document counts. --dry-run prints the plan and changes nothing. If a step fails, run the same command again: it continues. A report is saved after every run. Exit code 0 when every index follows and has caught up, 1 otherwise.</source>
        <translation>S&apos;exécute sur l&apos;ancien cluster leader (--url) une fois qu&apos;il est de retour ; --leader_url est le cluster promu et --remote_cluster l&apos;alias sur l&apos;ancien leader qui pointe vers lui (ajouté, avec l&apos;adresse de transport du cluster promu comme seed, s&apos;il est absent). Chaque index normal du cluster promu est suivi sous le même nom ; les copies de ces index sur l&apos;ancien leader sont d&apos;abord supprimées, ce qui nécessite --yes-delete-stale-copies ou une confirmation dans un terminal qui les nomme (sans l&apos;un ni l&apos;autre, la commande s&apos;arrête avant de supprimer, code de sortie 1). Elle attend ensuite que chaque index suiveur soit à jour et vérifie le nombre de documents. --dry-run affiche le plan et ne modifie rien. Si une étape échoue, relancez la même commande : elle reprend. Un rapport est enregistré après chaque exécution. Code de sortie 0 quand chaque index suit et est à jour, 1 sinon.</translation>
    </message>
    <message>
        <source>the alias on this cluster that points to the promoted cluster</source>
        <translation>l&apos;alias sur ce cluster qui pointe vers le cluster promu</translation>
    </message>
    <message>
        <source>agree to deleting this cluster&apos;s old copies of the indices</source>
        <translation>accepter la suppression des anciennes copies des index sur ce cluster</translation>
    </message>
    <message>
        <source>where to save the report</source>
        <translation>où enregistrer le rapport</translation>
    </message>
    <message>
        <source>after failing back, promote this cluster and make the other one follow it again (a separate confirmation)</source>
        <translation>après le retour arrière, promouvoir ce cluster et faire en sorte que l&apos;autre le suive à nouveau (confirmation distincte)</translation>
    </message>
    <message>
        <source>with --switch-back: the alias on the promoted cluster that points to this one</source>
        <translation>avec --switch-back : l&apos;alias sur le cluster promu qui pointe vers celui-ci</translation>
    </message>
    <message>
        <source>--switch-back needs --remote_cluster_back: the alias on the promoted cluster that points to this one</source>
        <translation>--switch-back nécessite --remote_cluster_back : l&apos;alias sur le cluster promu qui pointe vers celui-ci</translation>
    </message>
    <message>
        <source>could not read the promoted cluster</source>
        <translation>impossible de lire le cluster promu</translation>
    </message>
    <message>
        <source>could not read this cluster</source>
        <translation>impossible de lire ce cluster</translation>
    </message>
    <message>
        <source>failback changes this cluster: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failback modifie ce cluster : ajoutez --yes pour l&apos;exécuter sans terminal (ou --dry-run pour voir le plan)</translation>
    </message>
    <message numerus="yes">
        <source>Make this cluster follow %n index(es) from %1?</source>
        <translation>
            <numerusform>Faire suivre à ce cluster %n index depuis %1 ?</numerusform>
            <numerusform>Faire suivre à ce cluster %n index depuis %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these old copies on this cluster for good: %1?</source>
        <translation>Supprimer définitivement ces anciennes copies sur ce cluster : %1 ?</translation>
    </message>
    <message>
        <source>Stopped before deleting: this cluster&apos;s copies %1 must be deleted before it can follow them. Run again with --yes-delete-stale-copies (or on a terminal) to agree. Nothing was changed.</source>
        <translation>Arrêt avant suppression : les copies %1 de ce cluster doivent être supprimées avant qu&apos;il puisse les suivre. Relancez avec --yes-delete-stale-copies (ou dans un terminal) pour donner votre accord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>Le cluster promu n&apos;a aucun index à suivre : il n&apos;y a rien à rebasculer.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>ICI</translation>
    </message>
    <message>
        <source>DOCS HERE</source>
        <translation>DOCS ICI</translation>
    </message>
    <message>
        <source>DOCS PROMOTED</source>
        <translation>DOCS PROMU</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFFÈRE</translation>
    </message>
    <message>
        <source>DATA STREAM</source>
        <translation>FLUX DE DONNÉES</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>Plan for failing back to %1:</source>
        <translation>Plan du retour arrière vers %1 :</translation>
    </message>
    <message>
        <source>exists, connected</source>
        <translation>existe, connecté</translation>
    </message>
    <message>
        <source>exists, not connected</source>
        <translation>existe, non connecté</translation>
    </message>
    <message>
        <source>add it with seeds %1</source>
        <translation>l&apos;ajouter avec les seeds %1</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n index</numerusform>
            <numerusform>%n index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 complete: this cluster follows %n index(es) and has caught up.</source>
        <translation>
            <numerusform>Retour arrière vers %1 terminé : ce cluster suit %n index et est à jour.</numerusform>
            <numerusform>Retour arrière vers %1 terminé : ce cluster suit %n index et est à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Le retour arrière vers %1 n&apos;a pas abouti : %n élément en échec. Relancez la même commande pour continuer.</numerusform>
            <numerusform>Le retour arrière vers %1 n&apos;a pas abouti : %n éléments en échec. Relancez la même commande pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message numerus="yes">
        <source>Switch back now: promote this cluster&apos;s %n follower(s) and make the other cluster follow it again through %1?</source>
        <translation>
            <numerusform>Rétablir le sens d&apos;origine maintenant : promouvoir %n index suiveur de ce cluster et faire en sorte que l&apos;autre cluster le suive à nouveau via %1 ?</numerusform>
            <numerusform>Rétablir le sens d&apos;origine maintenant : promouvoir les %n index suiveurs de ce cluster et faire en sorte que l&apos;autre cluster le suive à nouveau via %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not switched back.</source>
        <translation>Sens d&apos;origine non rétabli.</translation>
    </message>
    <message>
        <source>Delete the other cluster&apos;s copies for good: %1?</source>
        <translation>Supprimer définitivement les copies de l&apos;autre cluster : %1 ?</translation>
    </message>
    <message>
        <source>Not switched back: the other cluster&apos;s copies must be deleted before it can follow this one; add --yes-delete-stale-copies (or run on a terminal) to agree.</source>
        <translation>Sens d&apos;origine non rétabli : les copies de l&apos;autre cluster doivent être supprimées avant qu&apos;il puisse suivre celui-ci ; ajoutez --yes-delete-stale-copies (ou exécutez dans un terminal) pour donner votre accord.</translation>
    </message>
    <message>
        <source>Switching back: %1</source>
        <translation>Rétablissement du sens d&apos;origine : %1</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>Rebasculé : le sens de réplication d&apos;origine est rétabli.</translation>
    </message>
    <message>
        <source>Switching back did not finish: run the same command again to continue.</source>
        <translation>Le rétablissement du sens d&apos;origine n&apos;a pas abouti : relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <source>promote this cluster&apos;s followers of a lost leader cluster</source>
        <translation>promouvoir les index suiveurs de ce cluster qui suivent un cluster leader perdu</translation>
    </message>
    <message>
        <source>Run against the follower cluster when the leader cluster behind --remote_cluster is lost. In Elastic&apos;s order: pause that remote&apos;s auto-follow patterns, turn every follower index of it into a regular index (pause, close, unfollow, open), promote its replicated data streams, then check that nothing follows it any more. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. If a step fails, run the same command again: it continues from where each index is. A report (JSON and Markdown) is saved after every run. Exit code 0 when every index was promoted, 1 when any failed.</source>
        <translation>S&apos;exécute sur le cluster suiveur lorsque le cluster leader derrière --remote_cluster est perdu. Dans l&apos;ordre préconisé par Elastic : suspendre les modèles de suivi automatique de ce cluster distant, transformer chacun de ses index suiveurs en index normal (suspendre, fermer, ne plus suivre, ouvrir), promouvoir ses flux de données répliqués, puis vérifier que plus rien ne le suit. --dry-run affiche le plan et ne modifie rien. Dans un terminal, la commande demande confirmation avant toute modification, sauf avec --yes ; sans terminal, --yes est obligatoire. Si une étape échoue, relancez la même commande : elle reprend là où en est chaque index. Un rapport (JSON et Markdown) est enregistré après chaque exécution. Code de sortie 0 quand chaque index a été promu, 1 en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>the remote cluster (alias on this cluster) that was lost</source>
        <translation>le cluster distant (alias sur ce cluster) qui a été perdu</translation>
    </message>
    <message>
        <source>could not read what follows %1</source>
        <translation>impossible de lire ce qui suit %1</translation>
    </message>
    <message>
        <source>remote_cluster: this cluster has no remote cluster &quot;%1&quot;</source>
        <translation>remote_cluster : ce cluster n&apos;a aucun cluster distant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>failover changes the cluster and cannot be undone: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failover modifie le cluster et ne peut pas être annulé : ajoutez --yes pour l&apos;exécuter sans terminal (ou --dry-run pour voir le plan)</translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Basculer %n index suiveur depuis %1 ?</numerusform>
            <numerusform>Basculer %n index suiveurs depuis %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>Plus rien sur ce cluster ne suit %1 : il n&apos;y a rien à basculer.</translation>
    </message>
    <message>
        <source>FOLLOWER INDEX</source>
        <translation>INDEX SUIVEUR</translation>
    </message>
    <message>
        <source>LEADER INDEX</source>
        <translation>INDEX LEADER</translation>
    </message>
    <message>
        <source>Plan for failing over from %1:</source>
        <translation>Plan du basculement depuis %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es)</source>
        <translation>
            <numerusform>%n index suiveur</numerusform>
            <numerusform>%n index suiveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 complete: %n index(es) are regular, writable indices now.</source>
        <translation>
            <numerusform>Basculement depuis %1 terminé : %n index est désormais un index normal, accessible en écriture.</numerusform>
            <numerusform>Basculement depuis %1 terminé : %n index sont désormais des index normaux, accessibles en écriture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>Le basculement depuis %1 n&apos;a pas abouti : %n élément en échec. Relancez la même commande pour continuer.</numerusform>
            <numerusform>Le basculement depuis %1 n&apos;a pas abouti : %n éléments en échec. Relancez la même commande pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>  scenario dr: %1 followed under the same names, auto-follow pattern [%2] for logs-*, data stream %3 (two backing indices, replicated)</source>
        <translation>  scénario dr : %1 suivis sous les mêmes noms, modèle de suivi automatique [%2] pour logs-*, flux de données %3 (deux index de support, répliqué)</translation>
    </message>
    <message>
        <source>Emulator control: type &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; or &quot;help&quot;.</source>
        <translation>Contrôle de l&apos;émulateur : tapez &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; ou &quot;help&quot;.</translation>
    </message>
    <message>
        <source>Emulator control (not an Elasticsearch API):
  down leader | down follower   simulate an outage: the cluster refuses connections and the other cluster loses it as a remote
  up leader | up follower       bring it back on the same ports, data intact
  status                        show which clusters are up
  help                          show this help</source>
        <translation>Contrôle de l&apos;émulateur (pas une API Elasticsearch) :
  down leader | down follower   simuler une panne : le cluster refuse les connexions et l&apos;autre cluster le perd comme cluster distant
  up leader | up follower       le relancer sur les mêmes ports, données intactes
  status                        afficher les clusters en marche
  help                          afficher cette aide</translation>
    </message>
    <message>
        <source>Could not bring the %1 cluster back: %2</source>
        <translation>Impossible de relancer le cluster %1 : %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Type &quot;help&quot; for the commands.</source>
        <translation>Commande inconnue &quot;%1&quot;. Tapez &quot;help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>ARRÊTÉ</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>leader cluster: %1, follower cluster: %2</source>
        <translation>cluster leader : %1, cluster suiveur : %2</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short form of yes</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long form of yes</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>Run against one cluster (--url) with the other at --leader_url. Each cluster gets an auto-follow pattern bidirectional-&lt;alias&gt; following the other&apos;s --leader_index_patterns through its remote alias (--remote_cluster on this cluster, --remote_cluster_back on the other); followers are named &lt;index&gt;-replicated_from_&lt;alias&gt; and both patterns exclude *-replicated_from_*, so nothing replicates back in a loop. A missing or disconnected alias is set to the other cluster&apos;s transport address. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. Running it again changes nothing; a different pattern of the same name is an error. A report (JSON and Markdown) is saved after every run. Exit code 0 when both patterns read back as planned, 1 otherwise.</source>
        <translation>S&apos;exécute sur un cluster (--url), l&apos;autre étant à --leader_url. Chaque cluster reçoit un modèle de suivi automatique bidirectional-&lt;alias&gt; qui suit les --leader_index_patterns de l&apos;autre via son alias distant (--remote_cluster sur ce cluster, --remote_cluster_back sur l&apos;autre) ; les index suiveurs se nomment &lt;index&gt;-replicated_from_&lt;alias&gt; et les deux modèles excluent *-replicated_from_*, si bien que rien n&apos;est répliqué en boucle. Un alias manquant ou déconnecté reçoit l&apos;adresse de transport de l&apos;autre cluster. --dry-run affiche le plan sans rien modifier. Sur un terminal, la commande demande confirmation avant toute modification, sauf avec --yes ; sans terminal, --yes est obligatoire. Une nouvelle exécution ne modifie rien ; un modèle différent de même nom est une erreur. Un rapport (JSON et Markdown) est enregistré après chaque exécution. Code de sortie 0 si les deux modèles sont relus comme prévu, 1 sinon.</translation>
    </message>
    <message>
        <source>give the leader cluster with --leader_url, -c NAME or a saved leader connection</source>
        <translation>indiquez le cluster leader avec --leader_url, -c NOM ou une connexion leader enregistrée</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>invalidée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Created cross-cluster API key %1 (id %2).</source>
        <translation>Clé d&apos;API inter-clusters %1 créée (id %2).</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Elle expire le %1.</translation>
    </message>
    <message>
        <source>The encoded key is in the keychain for remote cluster %1 (cluster.remote.%1.credentials).</source>
        <translation>La clé encodée est dans le trousseau pour le cluster distant %1 (cluster.remote.%1.credentials).</translation>
    </message>
    <message>
        <source>cross-cluster API keys on the leader: create, list, invalidate</source>
        <translation>clés d&apos;API inter-clusters sur le leader : créer, lister, invalider</translation>
    </message>
    <message>
        <source>Run &quot;duper cross-cluster-key create|list|invalidate --help&quot;.</source>
        <translation>Exécutez « duper cross-cluster-key create|list|invalidate --help ».</translation>
    </message>
    <message>
        <source>create a cross-cluster API key on the leader cluster</source>
        <translation>créer une clé d&apos;API inter-clusters sur le cluster leader</translation>
    </message>
    <message>
        <source>the key&apos;s name</source>
        <translation>le nom de la clé</translation>
    </message>
    <message>
        <source>leader index patterns the key may replicate</source>
        <translation>modèles d&apos;index leader que la clé peut répliquer</translation>
    </message>
    <message>
        <source>index patterns the key may search</source>
        <translation>modèles d&apos;index que la clé peut rechercher</translation>
    </message>
    <message>
        <source>the key expires after this time, e.g. 30d</source>
        <translation>la clé expire après cette durée, p. ex. 30d</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>keep the encoded key in the keychain for this remote cluster alias</source>
        <translation>conserver la clé encodée dans le trousseau pour cet alias de cluster distant</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) on stdout</source>
        <translation>afficher la clé encodée (un secret) sur stdout</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s id. The encoded key, the credential a follower cluster stores as cluster.remote.&lt;alias&gt;.credentials, is a secret: it is printed only with --show-key, and with --remote_cluster it is kept in the system keychain only. Give at least one of them, or the key cannot be used.</source>
        <translation>Affiche l&apos;id de la nouvelle clé. La clé encodée, l&apos;identifiant qu&apos;un cluster suiveur stocke sous cluster.remote.&lt;alias&gt;.credentials, est un secret : elle n&apos;est affichée qu&apos;avec --show-key et, avec --remote_cluster, elle est conservée uniquement dans le trousseau du système. Indiquez au moins l&apos;une des deux options, sinon la clé est inutilisable.</translation>
    </message>
    <message>
        <source>list the cross-cluster API keys of the leader cluster</source>
        <translation>lister les clés d&apos;API inter-clusters du cluster leader</translation>
    </message>
    <message>
        <source>invalidate cross-cluster API keys on the leader cluster</source>
        <translation>invalider des clés d&apos;API inter-clusters sur le cluster leader</translation>
    </message>
    <message>
        <source>the key(s) to invalidate</source>
        <translation>la ou les clés à invalider</translation>
    </message>
    <message>
        <source>Remote clusters that connect with an invalidated key disconnect, and their follower indices stop replicating (their reads fail).</source>
        <translation>Les clusters distants qui se connectent avec une clé invalidée sont déconnectés, et leurs index suiveurs cessent de répliquer (leurs lectures échouent).</translation>
    </message>
    <message>
        <source>give a subcommand: create, list or invalidate</source>
        <translation>indiquez une sous-commande : create, list ou invalidate</translation>
    </message>
    <message>
        <source>give --remote_cluster ALIAS to keep the encoded key in the keychain, or --show-key to print it</source>
        <translation>indiquez --remote_cluster ALIAS pour conserver la clé encodée dans le trousseau, ou --show-key pour l&apos;afficher</translation>
    </message>
    <message>
        <source>could not create the cross-cluster API key</source>
        <translation>impossible de créer la clé d&apos;API inter-clusters</translation>
    </message>
    <message>
        <source>the key was created (id %1) but the keychain could not keep it: %2. Invalidate it with &quot;duper cross-cluster-key invalidate --id %1&quot;, or create one with --show-key.</source>
        <translation>la clé a été créée (id %1) mais le trousseau n&apos;a pas pu la conserver : %2. Invalidez-la avec « duper cross-cluster-key invalidate --id %1 » ou créez-en une avec --show-key.</translation>
    </message>
    <message>
        <source>could not list the API keys</source>
        <translation>impossible de lister les clés d&apos;API</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>REPLICATION</source>
        <translation>RÉPLICATION</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>RECHERCHE</translation>
    </message>
    <message>
        <source>could not invalidate the API keys</source>
        <translation>impossible d&apos;invalider les clés d&apos;API</translation>
    </message>
    <message>
        <source>Invalidated %1.</source>
        <translation>%1 invalidée.</translation>
    </message>
    <message>
        <source>%1 was already invalidated.</source>
        <translation>%1 était déjà invalidée.</translation>
    </message>
    <message>
        <source>no API key with id %1 on the leader cluster</source>
        <translation>aucune clé d&apos;API d&apos;id %1 sur le cluster leader</translation>
    </message>
    <message>
        <source>  leader remote cluster server (cross-cluster API keys): %1</source>
        <translation>  serveur de cluster distant du leader (clés d&apos;API inter-clusters) : %1</translation>
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
Connexions enregistrées : &quot;duper config&quot; les liste, add-cluster en enregistre une (son secret dans le trousseau).
Sans --url ni -c, les commandes utilisent la connexion suiveuse par défaut, sinon http://localhost:9200.
Environnement : DUPER_PASSWORD (mot de passe pour --username), DUPER_API_KEY (clé d&apos;API encodée),
DUPER_CROSS_CLUSTER_KEY (la clé d&apos;API inter-clusters qu&apos;utilise &quot;duper connect --api-key-from&quot;).
Codes de sortie : 0 succès ; 1 Elasticsearch a refusé la requête ; 2 mauvaise utilisation ou entrée ; 3 cluster injoignable
(connexion, TLS, délai dépassé) ; 4 échec d&apos;authentification ou d&apos;autorisation.
Exécutez &quot;duper &lt;command&gt; --help&quot; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>--replication est obligatoire pour créer une clé (le trousseau ne conserve aucune clé pour le cluster distant %1)</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key; invalidate this one with &quot;duper cross-cluster-key invalidate --id %2&quot; when it is not used</source>
        <translation>le trousseau n&apos;a pas pu la conserver (%1) : une nouvelle exécution créera une autre clé ; invalidez celle-ci avec « duper cross-cluster-key invalidate --id %2 » si elle n&apos;est pas utilisée</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>API key (no credential)</source>
        <translation>clé d&apos;API (sans identifiant)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>ADRESSES</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>SUIVEURS</translation>
    </message>
    <message>
        <source>list remote clusters: status, mode, security model, addresses</source>
        <translation>lister les clusters distants : état, mode, modèle de sécurité, adresses</translation>
    </message>
    <message>
        <source>SECURITY is &quot;API key&quot; for a remote secured with a cross-cluster API key (&quot;API key (no credential)&quot; when the keystore entry is not in force yet) and &quot;certificate&quot; for the TLS certificate model. --json gives security as api_key or certificate and, for API-key remotes, credentials_present.</source>
        <translation>SÉCURITÉ vaut « clé d&apos;API » pour un cluster distant sécurisé par une clé d&apos;API inter-clusters (« clé d&apos;API (sans identifiant) » tant que l&apos;entrée de keystore n&apos;est pas en vigueur) et « certificat » pour le modèle à certificats TLS. --json donne security sous la forme api_key ou certificate et, pour les clusters distants à clé d&apos;API, credentials_present.</translation>
    </message>
    <message>
        <source>send the requests even when the privilege check finds missing privileges</source>
        <translation>envoyer les requêtes même si la vérification des privilèges trouve des privilèges manquants</translation>
    </message>
    <message>
        <source>warning: could not check before sending: %1</source>
        <translation>avertissement : vérification impossible avant l&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the privilege check found missing privileges.</source>
        <translation>Rien n&apos;a été envoyé : la vérification des privilèges a trouvé des privilèges manquants.</translation>
    </message>
    <message>
        <source>Ask an administrator for them, or give --skip-preflight to send the requests anyway.</source>
        <translation>Demandez-les à un administrateur, ou indiquez --skip-preflight pour envoyer les requêtes quand même.</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB, too large for a configuration file</source>
        <translation>le fichier dépasse %1 Ko, trop volumineux pour un fichier de configuration</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>différente</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>check that follower indices hold what their leaders hold</source>
        <translation>vérifier que les index suiveurs contiennent ce que contiennent leurs leaders</translation>
    </message>
    <message>
        <source>check every follower index</source>
        <translation>vérifier chaque index suiveur</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster (instead of --leader_url)</source>
        <translation>la connexion enregistrée du cluster leader (au lieu de --leader_url)</translation>
    </message>
    <message>
        <source>the default leader connection</source>
        <translation>la connexion leader par défaut</translation>
    </message>
    <message>
        <source>check only followers of this remote cluster (the one the leader stands for)</source>
        <translation>ne vérifier que les suiveurs de ce cluster distant (celui que représente le leader)</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and each shard&apos;s follower checkpoint with the leader&apos;s max sequence number. &quot;complete&quot;: every operation replicated and the counts agree; &quot;behind&quot;: operations still to replicate (by how many); &quot;differs&quot;: the checkpoints match but the counts do not (elastic/elasticsearch#89991); &quot;not checked&quot;: a paused follower, a missing index or an unreachable cluster. Counts are what searches see, i.e. as of the last refresh.
Exit codes: 0 every copy complete or behind; 1 a copy differs or could not be checked; 2 bad usage; 3 a cluster could not be reached; 4 credentials refused.</source>
        <translation>Compare les nombres de documents du leader et du suiveur, et le point de contrôle suiveur de chaque shard avec le numéro de séquence maximal du leader. « complète » : chaque opération répliquée et les nombres concordent ; « en retard » : des opérations restent à répliquer (combien) ; « différente » : les points de contrôle concordent mais pas les nombres (elastic/elasticsearch#89991) ; « non vérifiée » : un suiveur en pause, un index manquant ou un cluster injoignable. Les nombres sont ceux que voient les recherches, c’est-à-dire au dernier rafraîchissement.
Codes de sortie : 0 chaque copie complète ou en retard ; 1 une copie est différente ou n’a pas pu être vérifiée ; 2 mauvaise utilisation ; 3 un cluster est injoignable ; 4 identifiants refusés.</translation>
    </message>
    <message>
        <source>give either -f/--follower_index or --all</source>
        <translation>indiquez soit -f/--follower_index, soit --all</translation>
    </message>
    <message>
        <source>give either --leader or --leader_url</source>
        <translation>indiquez soit --leader, soit --leader_url</translation>
    </message>
    <message>
        <source>the leader cluster is needed: give --leader_url URL or --leader NAME, or save a default leader connection</source>
        <translation>le cluster leader est nécessaire : indiquez --leader_url URL ou --leader NOM, ou enregistrez une connexion leader par défaut</translation>
    </message>
    <message>
        <source>No follower indices to check.</source>
        <translation>Aucun index suiveur à vérifier.</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>OPERATIONS BEHIND</source>
        <translation>OPÉRATIONS EN RETARD</translation>
    </message>
    <message>
        <source>LEADER DOCUMENTS</source>
        <translation>DOCUMENTS LEADER</translation>
    </message>
    <message>
        <source>FOLLOWER DOCUMENTS</source>
        <translation>DOCUMENTS SUIVEUR</translation>
    </message>
    <message>
        <source>every saved connection at once, one table</source>
        <translation>toutes les connexions enregistrées à la fois, dans un seul tableau</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>secret missing</source>
        <translation>secret manquant</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>--all-connections reads every saved connection: leave out -c/--connection and --url</source>
        <translation>--all-connections lit toutes les connexions enregistrées : omettez -c/--connection et --url</translation>
    </message>
    <message>
        <source>there is no saved connection yet; add one with &quot;duper add-cluster&quot;</source>
        <translation>aucune connexion enregistrée pour l&apos;instant ; ajoutez-en une avec &quot;duper add-cluster&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LICENSE</source>
        <translation>LICENCE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIFS</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>SUSPENDUS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>PATTERNS</source>
        <translation>MODÈLES</translation>
    </message>
    <message>
        <source>WORST LAG</source>
        <translation>RETARD MAX</translation>
    </message>
    <message>
        <source>SINCE LAST READ</source>
        <translation>DEPUIS LA DERNIÈRE LECTURE</translation>
    </message>
    <message>
        <source>REMOTES</source>
        <translation>DISTANTS</translation>
    </message>
    <message>
        <source>--all-connections lists the follower indices of every saved connection in one table with a CONNECTION column; clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>--all-connections liste les index suiveurs de toutes les connexions enregistrées dans un seul tableau avec une colonne CONNEXION ; les clusters qui n&apos;ont pas pu être lus sont nommés sur stderr (code de sortie 1, ou 3 quand aucun n&apos;a pu être lu).</translation>
    </message>
    <message>
        <source>--all-connections shows one row per saved connection: reachable or why not, cluster, version, license, followers by status, auto-follow patterns, worst lag, longest time since a read and the remotes it follows (exit code 1 when some clusters could not be read, 3 when none could).</source>
        <translation>--all-connections affiche une ligne par connexion enregistrée : joignable ou pourquoi pas, cluster, version, licence, suiveurs par statut, modèles de suivi automatique, retard maximal, plus long délai depuis une lecture et les clusters distants suivis (code de sortie 1 quand certains clusters n&apos;ont pas pu être lus, 3 quand aucun n&apos;a pu l&apos;être).</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>show who replicates from whom across every saved connection</source>
        <translation>montrer qui réplique depuis qui, sur toutes les connexions enregistrées</translation>
    </message>
    <message>
        <source>One line per follower cluster and remote cluster alias it replicates from: the leader&apos;s saved connection (found by the addresses its nodes publish, else by its cluster name) or &quot;unknown&quot; with the remote&apos;s addresses, the number of follower indices and their worst status. Clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>Une ligne par cluster suiveur et alias de cluster distant depuis lequel il réplique : la connexion enregistrée du leader (trouvée par les adresses que publient ses nœuds, sinon par son nom de cluster) ou &quot;unknown&quot; avec les adresses du cluster distant, le nombre d&apos;index suiveurs et leur pire statut. Les clusters qui n&apos;ont pas pu être lus sont nommés sur stderr (code de sortie 1, ou 3 quand aucun n&apos;a pu être lu).</translation>
    </message>
    <message>
        <source>FOLLOWER CLUSTER</source>
        <translation>CLUSTER SUIVEUR</translation>
    </message>
    <message>
        <source>LEADER CLUSTER</source>
        <translation>CLUSTER LEADER</translation>
    </message>
    <message>
        <source>WORST STATUS</source>
        <translation>PIRE STATUT</translation>
    </message>
    <message>
        <source>--%1 needs a number of operations (0 or more), not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre d&apos;opérations (0 ou plus), pas « %2 »</translation>
    </message>
    <message>
        <source>--%1 cannot be negative</source>
        <translation>--%1 ne peut pas être négatif</translation>
    </message>
    <message>
        <source>--%1 needs a share of the retention lease period such as 50% or a time such as 6h, not &quot;%2&quot;</source>
        <translation>--%1 attend une part de la période de bail de rétention comme 50% ou une durée comme 6h, pas « %2 »</translation>
    </message>
    <message>
        <source>check replication for a monitoring system (Nagios/Icinga plugin)</source>
        <translation>vérifier la réplication pour un système de supervision (plugin Nagios/Icinga)</translation>
    </message>
    <message>
        <source>follower indices or patterns to check</source>
        <translation>index suiveurs ou motifs à vérifier</translation>
    </message>
    <message>
        <source>warn when a follower is more operations behind than this</source>
        <translation>avertir quand un index suiveur a plus d&apos;opérations de retard</translation>
    </message>
    <message>
        <source>critical when a follower is more operations behind than this</source>
        <translation>critique quand un index suiveur a plus d&apos;opérations de retard</translation>
    </message>
    <message>
        <source>count lag only once it has lasted this long (needs --state-file)</source>
        <translation>ne compter le retard qu&apos;après cette durée (nécessite --state-file)</translation>
    </message>
    <message>
        <source>warn when a shard last read from the leader longer ago</source>
        <translation>avertir quand un shard a lu le leader pour la dernière fois il y a plus longtemps</translation>
    </message>
    <message>
        <source>critical when a shard last read from the leader longer ago</source>
        <translation>critique quand un shard a lu le leader pour la dernière fois il y a plus longtemps</translation>
    </message>
    <message>
        <source>warn when a follower has been paused this share of its leader&apos;s retention lease period (or this long)</source>
        <translation>avertir quand un index suiveur est en pause depuis cette part de la période de bail de rétention de son leader (ou cette durée)</translation>
    </message>
    <message>
        <source>critical when a follower has been paused this share of the period (or this long)</source>
        <translation>critique quand un index suiveur est en pause depuis cette part de la période (ou cette durée)</translation>
    </message>
    <message>
        <source>remember between runs since when followers are paused or lagging (one file per check)</source>
        <translation>mémoriser entre deux exécutions depuis quand les index suiveurs sont en pause ou en retard (un fichier par vérification)</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster, to read the retention lease period (instead of --leader_url)</source>
        <translation>la connexion enregistrée du cluster leader, pour lire la période de bail de rétention (au lieu de --leader_url)</translation>
    </message>
    <message>
        <source>the remote cluster the leader connection stands for</source>
        <translation>le cluster distant que représente la connexion leader</translation>
    </message>
    <message>
        <source>every one</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Rules: lag above --lag-warning/--lag-critical operations; a shard&apos;s last read from the leader longer ago than --last-read-warning/--last-read-critical; read exceptions (warning; critical when they keep repeating); a fatal error (critical); paused: the leader keeps the operations a paused follower needs only for its index.soft_deletes.retention_lease.period (12h by default, read from the leader when --leader_url or --leader is given), after which resuming fails. Elasticsearch does not record when a follower was paused: without --state-file a paused follower is a warning; with it, the check measures the pause from the first run that saw the follower replicating and then paused.
Output: a summary line with performance data after &apos;|&apos;, then one line per problem.
Exit codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (cluster unreachable, credentials refused, bad usage).</source>
        <translation>Règles : retard supérieur à --lag-warning/--lag-critical opérations ; dernière lecture du leader par un shard plus ancienne que --last-read-warning/--last-read-critical ; exceptions de lecture (avertissement ; critique quand elles se répètent) ; une erreur fatale (critique) ; en pause : le leader ne conserve les opérations dont un index suiveur en pause a besoin que pendant son index.soft_deletes.retention_lease.period (12h par défaut, lue sur le leader si --leader_url ou --leader est indiqué), après quoi la reprise échoue. Elasticsearch n&apos;enregistre pas quand un index suiveur a été mis en pause : sans --state-file un index suiveur en pause est un avertissement ; avec, la vérification mesure la pause à partir de la première exécution qui l&apos;a vu répliquer puis en pause.
Sortie : une ligne de synthèse avec les données de performance après &apos;|&apos;, puis une ligne par problème.
Codes de sortie : 0 OK ; 1 WARNING ; 2 CRITICAL ; 3 UNKNOWN (cluster injoignable, identifiants refusés, mauvaise utilisation).</translation>
    </message>
    <message>
        <source>--lag-warning cannot be above --lag-critical</source>
        <translation>--lag-warning ne peut pas dépasser --lag-critical</translation>
    </message>
    <message>
        <source>--last-read-warning cannot be above --last-read-critical</source>
        <translation>--last-read-warning ne peut pas dépasser --last-read-critical</translation>
    </message>
    <message>
        <source>--paused-warning cannot be above --paused-critical</source>
        <translation>--paused-warning ne peut pas dépasser --paused-critical</translation>
    </message>
    <message>
        <source>--lag-for needs --state-file: a single check cannot tell how long lag has lasted</source>
        <translation>--lag-for nécessite --state-file : une vérification isolée ne peut pas savoir depuis combien de temps dure le retard</translation>
    </message>
    <message>
        <source>no follower indices to check</source>
        <translation>aucun index suiveur à vérifier</translation>
    </message>
    <message>
        <source>%1 followers, lag max %2 ops</source>
        <translation>%1 index suiveurs, retard max. %2 op.</translation>
    </message>
    <message>
        <source>%1 of %2 followers critical</source>
        <translation>%1 index suiveurs sur %2 critiques</translation>
    </message>
    <message>
        <source>%1 of %2 followers warning</source>
        <translation>%1 index suiveurs sur %2 en avertissement</translation>
    </message>
    <message>
        <source>, %1 warning</source>
        <translation>, %1 avertissement</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>no follower index matches %1</source>
        <translation>aucun index suiveur ne correspond à %1</translation>
    </message>
    <message>
        <source>the leader connection stands for remote cluster %1, this follower follows %2</source>
        <translation>la connexion leader représente le cluster distant %1, cet index suiveur suit %2</translation>
    </message>
    <message>
        <source>No leader connection: the retention lease period is assumed to be Elasticsearch&apos;s default, %1 (give --leader_url or --leader to read it).</source>
        <translation>Pas de connexion leader : la période de bail de rétention est supposée être la valeur par défaut d&apos;Elasticsearch, %1 (indiquez --leader_url ou --leader pour la lire).</translation>
    </message>
    <message>
        <source>Elasticsearch does not record when a follower was paused: give --state-file so that repeated checks measure it.</source>
        <translation>Elasticsearch n&apos;enregistre pas quand un index suiveur a été mis en pause : indiquez --state-file pour que des vérifications répétées le mesurent.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1: %2</source>
        <translation>
            <numerusform>%n connexion importée depuis %1 : %2</numerusform>
            <numerusform>%n connexions importées depuis %1 : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n secret déplacé dans le trousseau.</numerusform>
            <numerusform>%n secrets déplacés dans le trousseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectCommand</name>
    <message>
        <source>add or change a remote cluster on the follower</source>
        <translation>ajouter ou modifier un cluster distant sur le suiveur</translation>
    </message>
    <message>
        <source>the alias the follower will know the leader cluster by</source>
        <translation>l&apos;alias sous lequel le suiveur connaîtra le cluster leader</translation>
    </message>
    <message>
        <source>addresses of the leader cluster&apos;s nodes (sniff mode)</source>
        <translation>adresses des nœuds du cluster leader (mode sniff)</translation>
    </message>
    <message>
        <source>secure the remote with a cross-cluster API key of this leader cluster (its REST URL or saved connection): runs the whole set-up</source>
        <translation>sécuriser le cluster distant avec une clé d&apos;API inter-clusters de ce cluster leader (son URL REST ou sa connexion enregistrée) : effectue toute la configuration</translation>
    </message>
    <message>
        <source>leader index patterns a new key may replicate</source>
        <translation>modèles d&apos;index leader qu&apos;une nouvelle clé peut répliquer</translation>
    </message>
    <message>
        <source>index patterns a new key may search</source>
        <translation>modèles d&apos;index qu&apos;une nouvelle clé peut rechercher</translation>
    </message>
    <message>
        <source>proxy mode on this address of the leader&apos;s remote cluster server</source>
        <translation>mode proxy sur cette adresse du serveur de cluster distant du leader</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>l&apos;adresse du serveur de cluster distant du leader</translation>
    </message>
    <message>
        <source>who stores the key in the follower nodes&apos; keystores: the sandbox&apos;s emulator, or you (auto: the emulator on a Duper sandbox)</source>
        <translation>qui stocke la clé dans les keystores des nœuds suiveurs : l&apos;émulateur de la sandbox, ou vous (auto : l&apos;émulateur sur une sandbox Duper)</translation>
    </message>
    <message>
        <source>the keystore command already ran on every node: do not wait</source>
        <translation>la commande keystore a déjà été exécutée sur chaque nœud : ne pas attendre</translation>
    </message>
    <message>
        <source>read the encoded key to use from stdin</source>
        <translation>lire sur stdin la clé encodée à utiliser</translation>
    </message>
    <message>
        <source>create a new key even when the keychain keeps one for the alias</source>
        <translation>créer une nouvelle clé même si le trousseau en conserve une pour l&apos;alias</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) with the keystore commands</source>
        <translation>afficher la clé encodée (un secret) avec les commandes keystore</translation>
    </message>
    <message>
        <source>--%1 needs --api-key-from</source>
        <translation>--%1 nécessite --api-key-from</translation>
    </message>
    <message>
        <source>--seeds is required (or --api-key-from for a remote secured by an API key)</source>
        <translation>--seeds est obligatoire (ou --api-key-from pour un cluster distant sécurisé par une clé d&apos;API)</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects to %2.</source>
        <translation>Le cluster distant %1 se connecte maintenant à %2.</translation>
    </message>
    <message>
        <source>--remote_cluster is required with --api-key-from</source>
        <translation>--remote_cluster est obligatoire avec --api-key-from</translation>
    </message>
    <message>
        <source>--keystore takes auto, emulator or manual, not &quot;%1&quot;</source>
        <translation>--keystore accepte auto, emulator ou manual, pas « %1 »</translation>
    </message>
    <message>
        <source>give either --key-stdin or --new-key</source>
        <translation>indiquez soit --key-stdin, soit --new-key</translation>
    </message>
    <message>
        <source>--key-stdin: no key arrived on stdin</source>
        <translation>--key-stdin : aucune clé n&apos;est arrivée sur stdin</translation>
    </message>
    <message>
        <source>--api-key-from: %1</source>
        <translation>--api-key-from : %1</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1) : une nouvelle clé est créée.</translation>
    </message>
    <message>
        <source>migrate the certificate-based remote of that alias to the API key in place</source>
        <translation>migrer sur place le cluster distant à certificats de cet alias vers la clé d&apos;API</translation>
    </message>
    <message>
        <source>replace a remote cluster of that alias that is connected elsewhere, or migrate without asking</source>
        <translation>remplacer un cluster distant de cet alias connecté ailleurs, ou migrer sans demander</translation>
    </message>
    <message>
        <source>With --seeds alone: writes the persistent cluster.remote.&lt;alias&gt;.seeds setting (sniff mode, the certificate model); seeds are the leader&apos;s TRANSPORT addresses, not its REST URL.
With --api-key-from: sets up a remote secured by a cross-cluster API key in six steps: create the key on the leader (or use the one the keychain keeps for the alias, DUPER_CROSS_CLUSTER_KEY or --key-stdin; a new key is kept in the keychain only), read the nodes, store the key in every follower node&apos;s keystore (the sandbox does it itself; on a real cluster Duper prints the elasticsearch-keystore command per node and waits for Enter, or goes on with --keystore-done), reload the secure settings, add the remote on the leader&apos;s remote cluster server address (or --proxy_address / --seeds) and verify it connects. Run it again after a failure: steps already done are skipped.
With --api-key-from and --migrate-to-api-key: migrates an existing certificate-based remote (transport address) to the API key in place, in Elastic&apos;s order: create (or reuse) the key, pause the active follower indices and auto-follow patterns of the alias, switch the alias to the leader&apos;s remote cluster server with the key (the six steps above), resume exactly what it paused and verify the connection and the followers. When the switch or the check fails it puts the previous settings back and resumes what it paused (exit code 1). --dry-run prints the plan and changes nothing; on a terminal it asks first unless --yes is given. Run it again after an interruption: it knows what it paused.</source>
        <translation>Avec --seeds seul : écrit le paramètre persistant cluster.remote.&lt;alias&gt;.seeds (mode sniff, le modèle à certificats) ; les seeds sont les adresses de TRANSPORT du leader, pas son URL REST.
Avec --api-key-from : configure en six étapes un cluster distant sécurisé par une clé d&apos;API inter-clusters : créer la clé sur le leader (ou utiliser celle que le trousseau conserve pour l&apos;alias, DUPER_CROSS_CLUSTER_KEY ou --key-stdin ; une nouvelle clé n&apos;est conservée que dans le trousseau), lire les nœuds, stocker la clé dans le keystore de chaque nœud suiveur (la sandbox le fait elle-même ; sur un vrai cluster, Duper affiche la commande elasticsearch-keystore par nœud et attend Entrée, ou continue avec --keystore-done), recharger les paramètres sécurisés, ajouter le cluster distant sur l&apos;adresse du serveur de cluster distant du leader (ou --proxy_address / --seeds) et vérifier qu&apos;il se connecte. Relancez-la après un échec : les étapes déjà faites sont ignorées.
Avec --api-key-from et --migrate-to-api-key : migre sur place un cluster distant existant à certificats (adresse de transport) vers la clé d&apos;API, dans l&apos;ordre préconisé par Elastic : créer (ou réutiliser) la clé, suspendre les index suiveurs et les modèles de suivi automatique actifs de l&apos;alias, basculer l&apos;alias vers le serveur de cluster distant du leader avec la clé (les six étapes ci-dessus), reprendre exactement ce qui a été suspendu et vérifier la connexion et les index suiveurs. Si le changement ou la vérification échoue, la commande rétablit les paramètres précédents et reprend ce qu&apos;elle a suspendu (code de sortie 1). --dry-run affiche le plan et ne modifie rien ; dans un terminal, la commande demande d&apos;abord confirmation, sauf avec --yes. Relancez-la après une interruption : elle sait ce qu&apos;elle a suspendu.</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectMigration</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>--replication est obligatoire pour créer une clé (le trousseau ne conserve aucune clé pour le cluster distant %1)</translation>
    </message>
    <message>
        <source>the migration pauses followers and switches remote cluster %1: give --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>la migration suspend des index suiveurs et bascule le cluster distant %1 : indiquez --yes pour l&apos;exécuter sans terminal (ou --dry-run pour voir le plan)</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 to a cross-cluster API key?</source>
        <translation>Migrer le cluster distant %1 vers une clé d&apos;API inter-clusters ?</translation>
    </message>
    <message>
        <source>Remote cluster %1 already connects with a cross-cluster API key.</source>
        <translation>Le cluster distant %1 se connecte déjà avec une clé d&apos;API inter-clusters.</translation>
    </message>
    <message>
        <source>a new key on the leader for %1</source>
        <translation>une nouvelle clé sur le leader pour %1</translation>
    </message>
    <message>
        <source>the key kept for the alias</source>
        <translation>la clé conservée pour l&apos;alias</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>index suiveurs : %1 ; modèles de suivi automatique : %2</translation>
    </message>
    <message>
        <source>to the leader&apos;s remote cluster server, with the key in every node&apos;s keystore</source>
        <translation>vers le serveur de cluster distant du leader, avec la clé dans le keystore de chaque nœud</translation>
    </message>
    <message>
        <source>to %1, with the key in every node&apos;s keystore</source>
        <translation>vers %1, avec la clé dans le keystore de chaque nœud</translation>
    </message>
    <message>
        <source>connected with cluster_credentials, the followers active</source>
        <translation>connecté avec cluster_credentials, les index suiveurs actifs</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 (now %2) to a cross-cluster API key:</source>
        <translation>Migrer le cluster distant %1 (actuellement %2) vers une clé d&apos;API inter-clusters :</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this one goes on from where it is.</source>
        <translation>Une exécution précédente s&apos;est arrêtée à mi-chemin : celle-ci reprend là où elle en est.</translation>
    </message>
    <message>
        <source>Left paused (they were paused before): %1</source>
        <translation>Laissés en pause (ils l&apos;étaient déjà avant) : %1</translation>
    </message>
    <message>
        <source>If the switch or the check fails, the settings above are put back and what was paused is resumed.</source>
        <translation>Si le changement ou la vérification échoue, les paramètres ci-dessus sont rétablis et ce qui a été suspendu est repris.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key</source>
        <translation>le trousseau n&apos;a pas pu la conserver (%1) : une nouvelle exécution créera une autre clé</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects with a cross-cluster API key.</source>
        <translation>Le cluster distant %1 se connecte maintenant avec une clé d&apos;API inter-clusters.</translation>
    </message>
    <message>
        <source>Rolled back: fix the failure above, then run the same command again.</source>
        <translation>Paramètres précédents rétablis : corrigez l&apos;échec ci-dessus, puis relancez la même commande.</translation>
    </message>
    <message>
        <source>The rollback failed: run the same command again to go on.</source>
        <translation>Le retour aux paramètres précédents a échoué : relancez la même commande pour continuer.</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectProgress</name>
    <message>
        <source>[3/6] On every node of the follower cluster, in its Elasticsearch folder, run the command below and paste the key at its prompt:</source>
        <translation>[3/6] Sur chaque nœud du cluster suiveur, dans son dossier Elasticsearch, exécutez la commande ci-dessous et collez la clé à son invite :</translation>
    </message>
    <message>
        <source>The key to paste: %1</source>
        <translation>La clé à coller : %1</translation>
    </message>
    <message>
        <source>The key is kept in the keychain for remote cluster %1; run again with --show-key to see it.</source>
        <translation>La clé est conservée dans le trousseau pour le cluster distant %1 ; relancez avec --show-key pour la voir.</translation>
    </message>
    <message>
        <source>Press Enter once the command ran on every node (Ctrl+C stops here).</source>
        <translation>Appuyez sur Entrée une fois la commande exécutée sur chaque nœud (Ctrl+C arrête ici).</translation>
    </message>
    <message>
        <source>waiting for the keystore of every node: run the command shown on each, then run duper connect again with --keystore-done</source>
        <translation>en attente du keystore de chaque nœud : exécutez sur chacun la commande affichée, puis relancez duper connect avec --keystore-done</translation>
    </message>
    <message>
        <source>Give --yes to replace it.</source>
        <translation>Indiquez --yes pour le remplacer.</translation>
    </message>
    <message>
        <source>Fix this, then run the same command again: it goes on where it stopped.</source>
        <translation>Corrigez ceci, puis relancez la même commande : elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>Le cluster distant %1 est connecté avec une clé d&apos;API inter-clusters.</translation>
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
        <translation>Compilé avec Qt %1, exécuté avec Qt %2</translation>
    </message>
    <message>
        <source>MIT licence (MIT); the full text is below</source>
        <translation>Licence MIT (MIT) ; le texte complet figure ci-dessous</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPL-3.0)</source>
        <translation>GNU Lesser General Public License v3 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence (BSD-3-Clause)</source>
        <translation>Licence BSD à 3 clauses (BSD-3-Clause)</translation>
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
        <translation>Désormais critique : %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Critique : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertListModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Read exceptions</source>
        <translation>Exceptions de lecture</translation>
    </message>
    <message>
        <source>Fatal error</source>
        <translation>Erreur fatale</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>En pause trop longtemps</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>Résolue %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>Index suiveur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertRulesWidget</name>
    <message>
        <source>Alerts for %1</source>
        <translation>Alertes pour %1</translation>
    </message>
    <message>
        <source>Lag &amp;warning above (operations):</source>
        <translation>A&amp;vertissement si le retard dépasse (opérations) :</translation>
    </message>
    <message>
        <source>Lag &amp;critical above (operations):</source>
        <translation>Retard &amp;critique au-delà de (opérations) :</translation>
    </message>
    <message>
        <source>Lag must last (minut&amp;es, 0 = at once):</source>
        <translation>Durée minimale du r&amp;etard (minutes, 0 = immédiat) :</translation>
    </message>
    <message>
        <source>Last rea&amp;d warning after (minutes):</source>
        <translation>Avertissement si dernière lecture il y a plus &amp;de (minutes) :</translation>
    </message>
    <message>
        <source>Last read critical af&amp;ter (minutes):</source>
        <translation>Critique si dernière lecture il y a plus de (minu&amp;tes) :</translation>
    </message>
    <message>
        <source>Pa&amp;used warning at (% of retention):</source>
        <translation>Avertissement de pa&amp;use à (% de la rétention) :</translation>
    </message>
    <message>
        <source>Paused crit&amp;ical at (% of retention):</source>
        <translation>Pause cr&amp;itique à (% de la rétention) :</translation>
    </message>
    <message>
        <source>Announce new alerts in the system tray while Duper is in the &amp;background</source>
        <translation>Annoncer les nouvelles alertes dans la zone de notification quand Duper est en arrière-plan (&amp;b)</translation>
    </message>
    <message>
        <source>These limits apply to this connection only; the alert list shows every alert whatever the tray setting.</source>
        <translation>Ces limites ne valent que pour cette connexion ; la liste des alertes montre chaque alerte, quel que soit le réglage de la zone de notification.</translation>
    </message>
    <message>
        <source>A share of the leader index&apos;s index.soft_deletes.retention_lease.period: after it, resuming fails and the follower must be recreated. Read from the leader when it is a saved connection Duper can reach; otherwise the alert says it assumed the 12h default: leader not saved or not reachable.</source>
        <translation>Une part de index.soft_deletes.retention_lease.period de l&apos;index leader : au-delà, la reprise échoue et le suiveur doit être recréé. Lue sur le leader quand c&apos;est une connexion enregistrée que Duper peut joindre ; sinon l&apos;alerte indique que la valeur par défaut de 12h a été supposée : leader non enregistré ou injoignable.</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertsPage</name>
    <message numerus="yes">
        <source>Ale&amp;rts (%n)</source>
        <translation>
            <numerusform>Ale&amp;rtes (%n)</numerusform>
            <numerusform>Ale&amp;rtes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ale&amp;rtes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Clear cleared</source>
        <translation>Retirer les résolues</translation>
    </message>
    <message>
        <source>Remove the alerts that are over from the list; the active ones stay</source>
        <translation>Retirer de la liste les alertes terminées ; les alertes actives restent</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Active: %1 · Cleared: %2</source>
        <translation>Actives : %1 · Résolues : %2</translation>
    </message>
    <message>
        <source>Alerts appear here when a follower index lags, stops reading from its leader, fails to read, stops on a fatal error or stays paused too long. The Alerts tab of Edit → Preferences… sets the limits for this connection.</source>
        <translation>Les alertes apparaissent ici quand un index suiveur prend du retard, cesse de lire son leader, échoue à lire, s&apos;arrête sur une erreur fatale ou reste trop longtemps en pause. L&apos;onglet Alertes de Édition → Préférences… fixe les limites de cette connexion.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster %1 of %2 to an API key</source>
        <translation>Migrer le cluster distant %1 de %2 vers une clé d&apos;API</translation>
    </message>
    <message>
        <source>Remote cluster %1 connects with TLS certificates on the transport port, deprecated since Elasticsearch 9.0. Duper switches it in place to a cross-cluster API key: it creates the key on the leader cluster, pauses what uses the remote cluster, points it at the leader&apos;s remote cluster server with the key, resumes and checks. First a dry run shows exactly what it will do.</source>
        <translation>Le cluster distant %1 se connecte avec des certificats TLS sur le port de transport, ce qui est obsolète depuis Elasticsearch 9.0. Duper le bascule sur place vers une clé d&apos;API inter-clusters : il crée la clé sur le cluster leader, suspend ce qui utilise le cluster distant, le fait pointer vers le serveur de cluster distant du leader avec la clé, reprend et vérifie. Une simulation montre d&apos;abord exactement ce qu&apos;il va faire.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>Enregistrez d&apos;abord une connexion vers le cluster leader (Fichier → Connexions).</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The key&lt;/b&gt; — the leader cluster and what the key allows</source>
        <translation>&lt;b&gt;1. La clé&lt;/b&gt; — le cluster leader et ce que la clé autorise</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Dry run&lt;/b&gt; — what the migration will do; nothing changed yet</source>
        <translation>&lt;b&gt;2. Simulation&lt;/b&gt; — ce que fera la migration ; rien n&apos;est encore modifié</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Migration&lt;/b&gt; — key, pause, switch, resume, check</source>
        <translation>&lt;b&gt;3. Migration&lt;/b&gt; — clé, suspension, bascule, reprise, vérification</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;La clé dans le keystore de chaque nœud&lt;/b&gt; — à vous de jouer</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>&amp;Lancer la migration</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>&amp;Simulation &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>Choisissez le cluster leader.</translation>
    </message>
    <message>
        <source>Reading what uses remote cluster %1…</source>
        <translation>Lecture de ce qui utilise le cluster distant %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No follower or auto-follow pattern uses %1 yet: give the patterns the key may replicate.</source>
        <translation>Aucun index suiveur ni modèle de suivi automatique n&apos;utilise encore %1 : indiquez les modèles que la clé peut répliquer.</translation>
    </message>
    <message>
        <source>Prefilled with the leader indices of the followers and the patterns of the auto-follow patterns that use %1.</source>
        <translation>Prérempli avec les index leaders des index suiveurs et les modèles d&apos;index des modèles de suivi automatique qui utilisent %1.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Give the leader index patterns the new key may replicate: no key is kept in the keychain for %1.</source>
        <translation>Indiquez les modèles d&apos;index leaders que la nouvelle clé peut répliquer : aucune clé n&apos;est conservée dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>Start the migration when the plan is right, or go back and change the key.</source>
        <translation>Lancez la migration si le plan convient, ou revenez en arrière pour modifier la clé.</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this run goes on from where it is.</source>
        <translation>Une exécution précédente s&apos;est arrêtée en cours de route : celle-ci reprend là où elle en est.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>Ce cluster suiveur est la sandbox de Duper : son émulateur de keystore a stocké la clé, il n&apos;y a donc aucune commande à exécuter sur ses nœuds. Un vrai cluster nécessite « %1 » sur chaque nœud.</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</source>
        <translation>
            <numerusform>La clé va dans le keystore de %1 (%n nœud) : sur ce nœud, dans son dossier Elasticsearch, exécutez la commande ci-dessous et collez la clé (copiée depuis la page précédente ou vos archives) à son invite. Duper recharge ensuite les paramètres sécurisés du nœud et bascule %2. Ses index suiveurs restent suspendus jusque-là.</numerusform>
            <numerusform>La clé va dans le keystore de chacun des %n nœuds de %1 : sur chaque nœud, dans son dossier Elasticsearch, exécutez la commande ci-dessous et collez la clé (copiée depuis la page précédente ou vos archives) à son invite. Duper recharge ensuite les paramètres sécurisés de tous les nœuds et bascule %2. Ses index suiveurs restent suspendus jusque-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>En attente de la commande keystore sur chaque nœud.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape « %1 » : %2</translation>
    </message>
    <message>
        <source>Close the window: the Remote clusters tab shows the remote cluster again.</source>
        <translation>Fermez la fenêtre : l&apos;onglet Clusters distants affiche à nouveau le cluster distant.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Étapes de la migration</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>nom de serveur %1</translation>
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
            <numerusform>%n connexion de nœud</numerusform>
            <numerusform>%n connexions de nœud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy socket connection(s)</source>
        <translation>
            <numerusform>%n connexion de socket proxy</numerusform>
            <numerusform>%n connexions de socket proxy</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; cannot be migrated:</source>
        <translation>Le cluster distant &lt;b&gt;%1&lt;/b&gt; ne peut pas être migré :</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 already connects with a cross-cluster API key: there is nothing to migrate. Start only checks that it is connected and its followers are active.</source>
        <translation>Le cluster distant &lt;b&gt;%1&lt;/b&gt; de %2 se connecte déjà avec une clé d&apos;API inter-clusters : il n&apos;y a rien à migrer. « Lancer la migration » vérifie seulement qu&apos;il est connecté et que ses index suiveurs sont actifs.</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 uses certificates now (%3). The migration switches it in place, in this order:</source>
        <translation>Le cluster distant &lt;b&gt;%1&lt;/b&gt; de %2 utilise actuellement des certificats (%3). La migration le bascule sur place, dans cet ordre :</translation>
    </message>
    <message>
        <source>the key your keychain keeps for %1 (no new key)</source>
        <translation>la clé que votre trousseau conserve pour %1 (pas de nouvelle clé)</translation>
    </message>
    <message>
        <source>a new key on %1 that may replicate %2</source>
        <translation>une nouvelle clé sur %1 qui peut répliquer %2</translation>
    </message>
    <message>
        <source> and search %1</source>
        <translation> et rechercher dans %1</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server (its address read from the leader&apos;s nodes, port 9443 by default), proxy mode</source>
        <translation>le serveur de cluster distant du leader (son adresse lue depuis les nœuds du leader, port 9443 par défaut), mode proxy</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>mode proxy sur %1</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>index suiveurs : %1 ; modèles de suivi automatique : %2</translation>
    </message>
    <message>
        <source>nothing active uses %1</source>
        <translation>rien d&apos;actif n&apos;utilise %1</translation>
    </message>
    <message>
        <source>%1 moves to %2, with the key in the keystore of every node of %3</source>
        <translation>%1 passe à %2, avec la clé dans le keystore de chaque nœud de %3</translation>
    </message>
    <message>
        <source>%1 connected with cluster_credentials, the resumed followers active</source>
        <translation>%1 connecté avec cluster_credentials, les index suiveurs repris actifs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved for a rollback&lt;/b&gt;: %1. If the switch or the check fails, these settings are put back and what was paused is resumed.</source>
        <translation>&lt;b&gt;Conservé pour le retour aux paramètres précédents&lt;/b&gt; : %1. Si la bascule ou la vérification échoue, ces paramètres sont rétablis et ce qui a été suspendu est repris.</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way (it paused %1 and %2): this run goes on from where it is.</source>
        <translation>Une exécution précédente s&apos;est arrêtée en cours de route (elle a suspendu %1 et %2) : celle-ci reprend là où elle en est.</translation>
    </message>
    <message>
        <source>Left paused, as someone paused them before: %1.</source>
        <translation>Laissés suspendus, car quelqu&apos;un les avait suspendus auparavant : %1.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dry run: nothing was changed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Simulation : rien n&apos;a été modifié.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 now connects with a cross-cluster API key; what was paused runs again.</source>
        <translation>Terminé : le cluster distant %1 se connecte désormais avec une clé d&apos;API inter-clusters ; ce qui était suspendu a repris.</translation>
    </message>
    <message>
        <source>Rolled back: %1. Fix the failure above, then Run again.</source>
        <translation>Paramètres précédents rétablis : %1. Corrigez l&apos;échec ci-dessus, puis cliquez sur « Relancer ».</translation>
    </message>
    <message>
        <source>The rollback failed too: Run again to go on from the kept state, or put the settings back by hand.</source>
        <translation>Le retour aux paramètres précédents a échoué lui aussi : cliquez sur « Relancer » pour reprendre à partir de l&apos;état conservé, ou rétablissez les paramètres à la main.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was rolled back: what was paused stays paused until Run again goes on from where this run stopped.</source>
        <translation>Arrêté. Aucun retour aux paramètres précédents : ce qui a été suspendu reste suspendu jusqu&apos;à ce que « Relancer » reprenne là où cette exécution s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Nothing was changed: remote cluster %1 still uses certificates.</source>
        <translation>Rien n&apos;a été modifié : le cluster distant %1 utilise toujours des certificats.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster to %1 with an API key</source>
        <translation>Ajouter un cluster distant à %1 avec une clé d&apos;API</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>Enregistrez d&apos;abord une connexion vers le cluster leader (Fichier → Connexions).</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The leader cluster&lt;/b&gt; — the cluster to replicate from</source>
        <translation>&lt;b&gt;1. Le cluster leader&lt;/b&gt; — le cluster à partir duquel répliquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. What the key allows&lt;/b&gt; — and where this cluster connects</source>
        <translation>&lt;b&gt;2. Ce que la clé autorise&lt;/b&gt; — et où ce cluster se connecte</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Set up&lt;/b&gt; — key, keystores, reload, remote cluster, check</source>
        <translation>&lt;b&gt;3. Configuration&lt;/b&gt; — clé, keystores, rechargement, cluster distant, vérification</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;4. La clé dans le keystore de chaque nœud&lt;/b&gt; — à vous de jouer</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>Choisissez le cluster leader.</translation>
    </message>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>Donnez un nom au cluster distant.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>Ce cluster suiveur est la sandbox de Duper : son émulateur de keystore a stocké la clé, il n&apos;y a donc aucune commande à exécuter sur ses nœuds. Un vrai cluster nécessite « %1 » sur chaque nœud.</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</source>
        <translation>
            <numerusform>La clé va dans le keystore de %1 (%n nœud) : sur ce nœud, dans son dossier Elasticsearch, exécutez la commande ci-dessous et collez la clé (copiée depuis la page précédente ou vos archives) à son invite. Duper recharge ensuite les paramètres sécurisés du nœud.</numerusform>
            <numerusform>La clé va dans le keystore de chacun des %n nœuds de %1 : sur chaque nœud, dans son dossier Elasticsearch, exécutez la commande ci-dessous et collez la clé (copiée depuis la page précédente ou vos archives) à son invite. Duper recharge ensuite les paramètres sécurisés de tous les nœuds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>En attente de la commande keystore sur chaque nœud.</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>Terminé : le cluster distant %1 est connecté avec une clé d&apos;API inter-clusters.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;étape « %1 » : %2</translation>
    </message>
    <message>
        <source>&amp;Replace and try again</source>
        <translation>&amp;Remplacer et réessayer</translation>
    </message>
    <message>
        <source>Replace the remote cluster, or go back and give another name.</source>
        <translation>Remplacez le cluster distant, ou revenez en arrière et indiquez un autre nom.</translation>
    </message>
    <message>
        <source>Fix it, then Try again: what is done is not done twice.</source>
        <translation>Corrigez le problème, puis cliquez sur « Réessayer » : ce qui est fait n&apos;est pas refait.</translation>
    </message>
    <message>
        <source>not reloaded</source>
        <translation>non rechargé</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>rechargé</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keystore command per node</source>
        <translation>Commande keystore par nœud</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command for node %1</source>
        <translation>Copier la commande du nœud %1</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1) : une nouvelle clé est créée.</translation>
    </message>
    <message>
        <source>There is no keychain: copy the key now, it is kept only while this window is open. It is a secret.</source>
        <translation>Il n&apos;y a pas de trousseau : copiez la clé maintenant, elle n&apos;est conservée que tant que cette fenêtre est ouverte. C&apos;est un secret.</translation>
    </message>
    <message>
        <source>The keychain could not keep it (%1): copy it now, it is shown only here. It is a secret.</source>
        <translation>Le trousseau n&apos;a pas pu la conserver (%1) : copiez-la maintenant, elle n&apos;est affichée qu&apos;ici. C&apos;est un secret.</translation>
    </message>
    <message>
        <source>not kept in the keychain: %1</source>
        <translation>non conservée dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Créer un modèle de suivi automatique</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating the auto-follow pattern…</source>
        <translation>Création du modèle de suivi automatique…</translation>
    </message>
    <message>
        <source>Edit auto-follow pattern “%1”</source>
        <translation>Modifier le modèle de suivi automatique “%1”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>Enregistrement du modèle de suivi automatique…</translation>
    </message>
    <message>
        <source>Duplicate auto-follow pattern “%1”</source>
        <translation>Dupliquer le modèle de suivi automatique “%1”</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>The name of an existing pattern cannot change; duplicate it instead.</source>
        <translation>Le nom d&apos;un modèle existant ne peut pas changer ; dupliquez-le plutôt.</translation>
    </message>
    <message numerus="yes">
        <source>The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.</source>
        <translation>
            <numerusform>Le modèle définit aussi %n paramètre d&apos;index sur ses index suiveurs (%1) ; il est conservé tel quel.</numerusform>
            <numerusform>Le modèle définit aussi %n paramètres d&apos;index sur ses index suiveurs (%1) ; ils sont conservés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a remote it cannot reach, and an existing pattern follows nothing until it is back.</source>
        <translation>Ce cluster ne peut pas joindre “%1” pour le moment. Elasticsearch refuse de créer un modèle pour un cluster distant injoignable, et un modèle existant ne suit rien tant qu&apos;il n&apos;est pas de retour.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Add a leader index pattern to see the follower index names it creates.</source>
        <translation>Ajoutez un modèle d&apos;index leader pour voir les noms d&apos;index suiveurs qu&apos;il crée.</translation>
    </message>
    <message>
        <source>New leader indices get followers named like this:</source>
        <translation>Les nouveaux index leaders reçoivent des index suiveurs nommés ainsi :</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message numerus="yes">
        <source>%n existing index(es) on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</source>
        <translation>
            <numerusform>%n index existant sur “%1” correspond. Le modèle ne suit pas les index qui existent avant lui ; utilisez “Suivre plusieurs…” pour ceux-ci :</numerusform>
            <numerusform>%n index existants sur “%1” correspondent. Le modèle ne suit pas les index qui existent avant lui ; utilisez “Suivre plusieurs…” pour ceux-ci :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one in the Remote clusters tab first.</source>
        <translation>Ce cluster n&apos;a encore aucun cluster distant. Ajoutez-en un d&apos;abord dans l&apos;onglet Clusters distants.</translation>
    </message>
    <message>
        <source>Add at least one leader index pattern.</source>
        <translation>Ajoutez au moins un modèle d&apos;index leader.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have saved the pattern; refresh the list to check.</source>
        <translation>Annulé. Elasticsearch a peut-être quand même enregistré le modèle ; actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Cesser d&apos;attendre Elasticsearch</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n erreur : %1</numerusform>
            <numerusform>%n erreurs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>Modèles leaders</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Modèle d&apos;index suiveur</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Erreurs récentes</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternsPage</name>
    <message>
        <source>Create pattern…</source>
        <translation>Créer un modèle…</translation>
    </message>
    <message>
        <source>Create an auto-follow pattern</source>
        <translation>Créer un modèle de suivi automatique</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected pattern</source>
        <translation>Modifier le modèle sélectionné</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Create a new pattern from the selected one</source>
        <translation>Créer un nouveau modèle à partir du modèle sélectionné</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Stop following new leader indices (existing followers keep replicating)</source>
        <translation>Ne plus suivre les nouveaux index leaders (les index suiveurs existants continuent de répliquer)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Follow new leader indices again</source>
        <translation>Suivre à nouveau les nouveaux index leaders</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected patterns (existing followers keep replicating)</source>
        <translation>Supprimer les modèles sélectionnés (les index suiveurs existants continuent de répliquer)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the patterns</source>
        <translation>Recharger les modèles</translation>
    </message>
    <message>
        <source>Auto-follow pattern actions</source>
        <translation>Actions sur les modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Search by name, remote cluster or pattern</source>
        <translation>Rechercher par nom, cluster distant ou modèle</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Follow existing indices with “Follow many…”</source>
        <translation>Suivre les index existants avec “Suivre plusieurs…”</translation>
    </message>
    <message>
        <source>Refreshing the auto-follow patterns failed: %1</source>
        <translation>L&apos;actualisation des modèles de suivi automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose a connection to see its auto-follow patterns.</source>
        <translation>Choisissez une connexion pour voir ses modèles de suivi automatique.</translation>
    </message>
    <message>
        <source>The auto-follow patterns could not be loaded</source>
        <translation>Les modèles de suivi automatique n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading auto-follow patterns…</source>
        <translation>Chargement des modèles de suivi automatique…</translation>
    </message>
    <message>
        <source>Create your first auto-follow pattern</source>
        <translation>Créez votre premier modèle de suivi automatique</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name matches, as soon as it is created. Indices that already exist when the pattern is created are not followed: use “Follow many…” for those.</source>
        <translation>Un modèle de suivi automatique fait suivre par ce cluster chaque nouvel index d&apos;un cluster distant dont le nom correspond, dès sa création. Les index qui existent déjà lors de la création du modèle ne sont pas suivis : utilisez “Suivre plusieurs…” pour ceux-ci.</translation>
    </message>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>Créer un modèle de suivi automatique</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pattern(s)</source>
        <translation>
            <numerusform>%1 sur %n modèle</numerusform>
            <numerusform>%1 sur %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pattern to see its details.</source>
        <translation>Sélectionnez un modèle pour voir ses détails.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>Modèles leaders</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Modèles d&apos;exclusion</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>Modèle d&apos;index suiveur</translation>
    </message>
    <message>
        <source>Follow settings</source>
        <translation>Paramètres de suivi</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s defaults</source>
        <translation>Valeurs par défaut d&apos;Elasticsearch</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Erreurs récentes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Auto-follow pattern “%1” saved.</source>
        <translation>Modèle de suivi automatique “%1” enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers keep replicating.</source>
        <translation>
            <numerusform>Suspendre %n modèle de suivi automatique ? Il cesse de suivre les nouveaux index leaders ; les index suiveurs existants continuent de répliquer.</numerusform>
            <numerusform>Suspendre %n modèles de suivi automatique ? Ils cessent de suivre les nouveaux index leaders ; les index suiveurs existants continuent de répliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n auto-follow pattern(s)?</source>
        <translation>
            <numerusform>Reprendre %n modèle de suivi automatique ?</numerusform>
            <numerusform>Reprendre %n modèles de suivi automatique ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing follower indices keep replicating.</source>
        <translation>
            <numerusform>Supprimer %n modèle de suivi automatique ? Les nouveaux index leaders ne seront plus suivis ; les index suiveurs existants continuent de répliquer.</numerusform>
            <numerusform>Supprimer %n modèles de suivi automatique ? Les nouveaux index leaders ne seront plus suivis ; les index suiveurs existants continuent de répliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu(s)</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s) %1.</source>
        <translation>
            <numerusform>%n modèle de suivi automatique %1.</numerusform>
            <numerusform>%n modèles de suivi automatique %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 auto-follow patterns %3.</source>
        <translation>%1 modèles de suivi automatique sur %2 %3.</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1 : %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Some patterns could not be changed.</source>
        <translation>Certains modèles n&apos;ont pas pu être modifiés.</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoRefreshControl</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Actualiser maintenant (F5)</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervalle d&apos;actualisation automatique</translation>
    </message>
    <message>
        <source>How often the list refreshes by itself</source>
        <translation>Fréquence à laquelle la liste s&apos;actualise d&apos;elle-même</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication with %1</source>
        <translation>Réplication bidirectionnelle avec %1</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other: each gets an auto-follow pattern that follows the other one. Follower indices are named &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, and replicated copies are never followed back, so nothing loops. Pick the other cluster, then &lt;b&gt;Plan&lt;/b&gt;: nothing changes before you confirm.</source>
        <translation>Les deux clusters se répliquent mutuellement : chacun reçoit un modèle de suivi automatique qui suit l&apos;autre. Les index suiveurs sont nommés &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, et les copies répliquées ne sont jamais suivies en retour, si bien que rien ne boucle. Choisissez l&apos;autre cluster, puis &lt;b&gt;Planifier&lt;/b&gt; : rien n&apos;est modifié avant votre confirmation.</translation>
    </message>
    <message>
        <source>Save a connection to the other cluster first (File → Connections).</source>
        <translation>Enregistrez d&apos;abord une connexion vers l&apos;autre cluster (Fichier → Connexions).</translation>
    </message>
    <message>
        <source>Pick the other cluster.</source>
        <translation>Choisissez l&apos;autre cluster.</translation>
    </message>
    <message>
        <source>Give both remote cluster aliases.</source>
        <translation>Indiquez les deux alias de cluster distant.</translation>
    </message>
    <message>
        <source>Give each cluster its own alias for the other.</source>
        <translation>Donnez à chaque cluster son propre alias pour l&apos;autre.</translation>
    </message>
    <message>
        <source>Give the leader indices to replicate.</source>
        <translation>Indiquez les index leaders à répliquer.</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>Lecture des deux clusters…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected; will point at %1</source>
        <translation>Non connecté ; pointera vers %1</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Sera ajouté</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>Cluster distant %1</translation>
    </message>
    <message>
        <source>Seeds: %1</source>
        <translation>Seeds : %1</translation>
    </message>
    <message>
        <source>Points at %1</source>
        <translation>Pointe vers %1</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Sera créé</translation>
    </message>
    <message>
        <source>Exists already</source>
        <translation>Existe déjà</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1</source>
        <translation>Modèle de suivi automatique %1</translation>
    </message>
    <message>
        <source>%1 → %2, except %3</source>
        <translation>%1 → %2, sauf %3</translation>
    </message>
    <message>
        <source>A different auto-follow pattern has the same name: delete or rename it, then Try again.</source>
        <translation>Un autre modèle de suivi automatique porte le même nom : supprimez-le ou renommez-le, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other already: there is nothing to set up.</source>
        <translation>Les deux clusters se répliquent déjà mutuellement : il n&apos;y a rien à configurer.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Set up… asks before changing both clusters.</source>
        <translation>Rien n&apos;a encore été modifié. Configurer… demande confirmation avant de modifier les deux clusters.</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>Configurer la réplication bidirectionnelle entre %1 et %2 ?</translation>
    </message>
    <message>
        <source>Both clusters get an auto-follow pattern, and missing remote clusters are added. New matching indices then replicate to the other cluster.</source>
        <translation>Chaque cluster reçoit un modèle de suivi automatique, et les clusters distants manquants sont ajoutés. Les nouveaux index correspondants sont ensuite répliqués vers l&apos;autre cluster.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Read back as planned</source>
        <translation>Relu comme prévu</translation>
    </message>
    <message>
        <source>Done: %1 and %2 replicate to each other.</source>
        <translation>Terminé : %1 et %2 se répliquent mutuellement.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed. Try again continues with what is left.</source>
        <translation>
            <numerusform>%n étape en échec. Réessayer reprend avec ce qui reste.</numerusform>
            <numerusform>%n étapes en échec. Réessayer reprend avec ce qui reste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>, %n déjà fait</numerusform>
            <numerusform>, %n déjà faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not run (cancelled)</source>
        <translation>
            <numerusform>, %n non exécuté (annulé)</numerusform>
            <numerusform>, %n non exécutés (annulés)</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Succeeded</source>
        <translation>✔ Réussi</translation>
    </message>
    <message>
        <source>✔ Already done</source>
        <translation>✔ Déjà fait</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Échec</translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation>– Non exécuté</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n items…</source>
        <translation>
            <numerusform>Nouvel essai pour %n élément…</numerusform>
            <numerusform>Nouvel essai pour %n éléments…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::CcrPage</name>
    <message>
        <source>&amp;Follower indices</source>
        <translation>Index &amp;suiveurs</translation>
    </message>
    <message>
        <source>&amp;Auto-follow patterns</source>
        <translation>&amp;Modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Re&amp;mote clusters</source>
        <translation>Clusters &amp;distants</translation>
    </message>
    <message>
        <source>&amp;Disaster recovery</source>
        <translation>Reprise après &amp;sinistre</translation>
    </message>
</context>
<context>
    <name>duper::ui::ClusterStatusLabel</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1 : non connecté — %2</translation>
    </message>
    <message>
        <source>license unknown</source>
        <translation>licence inconnue</translation>
    </message>
    <message>
        <source>%1 license (%2)</source>
        <translation>licence %1 (%2)</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Connected to %1 · cluster %2 · %3 %4 · %5</source>
        <translation>Connecté à %1 · cluster %2 · %3 %4 · %5</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionFieldValidator</name>
    <message>
        <source>Enter the cluster&apos;s URL, such as https://localhost:9200, or a Cloud ID.</source>
        <translation>Saisissez l&apos;URL du cluster, par exemple https://localhost:9200, ou un Cloud ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>This is not a Cloud ID.</source>
        <translation>Ce n&apos;est pas un Cloud ID.</translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation>%1 : %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1 : %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionListModel</name>
    <message>
        <source>%1 (temporary, not saved)</source>
        <translation>%1 (temporaire, non enregistrée)</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionManagerDialog</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>Cluster leader</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>Cluster suiveur</translation>
    </message>
    <message>
        <source>Which side of replication this cluster is; the command line uses it as the default --leader / --follower</source>
        <translation>De quel côté de la réplication se trouve ce cluster ; la ligne de commande l&apos;utilise comme --leader / --follower par défaut</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stocké dans le trousseau du système</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>Uniquement pour une clé chiffrée ; stockée dans le trousseau du système</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>Supprimer la connexion &quot;%1&quot; et ses secrets dans le trousseau ?</translation>
    </message>
    <message>
        <source>The connection is saved, but its secret is not: %1</source>
        <translation>La connexion est enregistrée, mais pas son secret : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The connection is saved, but its key passphrase is not: %1</source>
        <translation>La connexion est enregistrée, mais pas la phrase secrète de sa clé : %1</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Lecture du secret dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionSelector</name>
    <message>
        <source>The cluster Duper works on</source>
        <translation>Le cluster sur lequel Duper travaille</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConsistencyCheckView</name>
    <message>
        <source>Leader cluster:</source>
        <translation>Cluster leader :</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>Vérifier la cohérence</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and checkpoints</source>
        <translation>Compare les nombres de documents et les points de contrôle du leader et du suiveur</translation>
    </message>
    <message>
        <source>Could not open the leader cluster&apos;s connection: %1</source>
        <translation>Impossible d’ouvrir la connexion du cluster leader : %1</translation>
    </message>
    <message>
        <source>To check consistency, save a connection to the leader cluster (Connections…).</source>
        <translation>Pour vérifier la cohérence, enregistrez une connexion au cluster leader (Connexions…).</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Vérification de %1 par rapport à %2…</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::CreateFollowerDialog</name>
    <message>
        <source>Do not wait for shard copies (Elasticsearch&apos;s default)</source>
        <translation>Ne pas attendre les copies de partition (valeur par défaut d&apos;Elasticsearch)</translation>
    </message>
    <message>
        <source>Wait until the primary shards are active</source>
        <translation>Attendre que les partitions primaires soient actives</translation>
    </message>
    <message>
        <source>Wait until all shard copies are active</source>
        <translation>Attendre que toutes les copies de partition soient actives</translation>
    </message>
    <message>
        <source>This cluster cannot reach &quot;%1&quot; right now, so it cannot follow an index there. Check the remote&apos;s seeds or proxy address and that the remote cluster is up.</source>
        <translation>Ce cluster ne peut pas joindre &quot;%1&quot; pour le moment, il ne peut donc pas y suivre d&apos;index. Vérifiez les seeds ou l&apos;adresse du proxy du cluster distant et que celui-ci est en marche.</translation>
    </message>
    <message>
        <source>%1 (data stream)</source>
        <translation>%1 (flux de données)</translation>
    </message>
    <message>
        <source>This cluster has no remote clusters. Add one (Remote clusters) before following an index.</source>
        <translation>Ce cluster n&apos;a aucun cluster distant. Ajoutez-en un (Clusters distants) avant de suivre un index.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not connected: this cluster cannot reach it right now, so it cannot follow an index there. Check the remote&apos;s addresses and that it is up.</source>
        <translation>&quot;%1&quot; n&apos;est pas connecté : ce cluster ne peut pas le joindre pour le moment, il ne peut donc pas y suivre d&apos;index. Vérifiez les adresses du cluster distant et qu&apos;il est en marche.</translation>
    </message>
    <message>
        <source>An index, alias or data stream named &quot;%1&quot; already exists on this cluster. Choose another name.</source>
        <translation>Un index, un alias ou un flux de données nommé &quot;%1&quot; existe déjà sur ce cluster. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no setting name.</source>
        <translation>La ligne %1 a une valeur mais pas de nom de paramètre.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is listed twice.</source>
        <translation>Le paramètre &quot;%1&quot; apparaît deux fois.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still create the follower index; refresh the list to check.</source>
        <translation>Annulé. Elasticsearch peut quand même créer l&apos;index suiveur ; actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Cesser d&apos;attendre Elasticsearch</translation>
    </message>
</context>
<context>
    <name>duper::ui::DisasterRecoveryPage</name>
    <message>
        <source>Failover</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <source>The follower statistics could not be read: followers with errors are counted as active.</source>
        <translation>Les statistiques des index suiveurs n&apos;ont pas pu être lues : les index suiveurs en erreur sont comptés comme actifs.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The table shows earlier data.</source>
        <translation>La dernière actualisation a échoué : %1 Le tableau affiche des données antérieures.</translation>
    </message>
    <message>
        <source>Could not read the replication topology: %1</source>
        <translation>Impossible de lire la topologie de réplication : %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect to a cluster to see what it replicates.</source>
        <translation>Connectez-vous à un cluster pour voir ce qu&apos;il réplique.</translation>
    </message>
    <message>
        <source>Cannot read the replication topology</source>
        <translation>Impossible de lire la topologie de réplication</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reading the remote clusters, follower indices, auto-follow patterns and data streams of this cluster.</source>
        <translation>Lecture des clusters distants, index suiveurs, modèles de suivi automatique et flux de données de ce cluster.</translation>
    </message>
    <message>
        <source>This cluster replicates nothing yet</source>
        <translation>Ce cluster ne réplique encore rien</translation>
    </message>
    <message>
        <source>It has no remote clusters, follower indices or auto-follow patterns. To protect data against the loss of a cluster, add that cluster on the Remote clusters tab and follow its indices; failing over from it then starts here.</source>
        <translation>Il n&apos;a ni cluster distant, ni index suiveur, ni modèle de suivi automatique. Pour protéger les données contre la perte d&apos;un cluster, ajoutez ce cluster dans l&apos;onglet Clusters distants et suivez ses index ; le basculement depuis ce cluster se lance ensuite ici.</translation>
    </message>
    <message>
        <source>Go to &amp;Remote clusters</source>
        <translation>Aller aux &amp;clusters distants</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>&amp;Basculer…</translation>
    </message>
    <message>
        <source>Fail o&amp;ver from %1…</source>
        <translation>&amp;Basculer depuis %1…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n items)</source>
        <translation>
            <numerusform>Échec (%n élément)</numerusform>
            <numerusform>Échec (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No reports yet. Every failover saves one in %1.</source>
        <translation>Aucun rapport pour l&apos;instant. Chaque basculement en enregistre un dans %1.</translation>
    </message>
    <message>
        <source>Reports of earlier runs, newest first, from %1.</source>
        <translation>Rapports des exécutions précédentes, les plus récents en premier, depuis %1.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application n&apos;ouvre %1.</translation>
    </message>
    <message>
        <source>Cannot show the folder %1.</source>
        <translation>Impossible d&apos;afficher le dossier %1.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
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
        <translation>Rapport exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1.</source>
        <translation>Impossible d&apos;exporter le rapport vers %1.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the replication topology again</source>
        <translation>Relire la topologie de réplication</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>Rétablir le sens d&apos;origine</translation>
    </message>
</context>
<context>
    <name>duper::ui::EditFollowerDialog</name>
    <message>
        <source>Edit follower index %1</source>
        <translation>Modifier l&apos;index suiveur %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Replication of &quot;%1&quot; resumed with the previous settings.</source>
        <translation>Réplication de &quot;%1&quot; reprise avec les paramètres précédents.</translation>
    </message>
    <message>
        <source>Resuming with the previous settings failed too: %1</source>
        <translation>La reprise avec les paramètres précédents a aussi échoué : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>duper::ui::ErrorNotifier</name>
    <message>
        <source>Follower index %1 stopped replicating.</source>
        <translation>L&apos;index suiveur %1 a cessé de répliquer.</translation>
    </message>
    <message>
        <source>Follower index %1 stopped replicating: %2</source>
        <translation>L&apos;index suiveur %1 a cessé de répliquer : %2</translation>
    </message>
    <message>
        <source>Follower indices %1 stopped replicating.</source>
        <translation>Les index suiveurs %1 ont cessé de répliquer.</translation>
    </message>
    <message numerus="yes">
        <source>Follower indices %1 and %n more stopped replicating.</source>
        <translation>
            <numerusform>Les index suiveurs %1 et %n autre ont cessé de répliquer.</numerusform>
            <numerusform>Les index suiveurs %1 et %n autres ont cessé de répliquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackDialog</name>
    <message>
        <source>Fail back %1</source>
        <translation>Retour arrière de %1</translation>
    </message>
    <message>
        <source>Save a connection to the promoted cluster first (File → Connections).</source>
        <translation>Enregistrez d&apos;abord une connexion vers le cluster promu (Fichier → Connexions).</translation>
    </message>
    <message>
        <source>Pick the promoted cluster.</source>
        <translation>Choisissez le cluster promu.</translation>
    </message>
    <message>
        <source>Give the remote cluster alias on this cluster that points to the promoted cluster.</source>
        <translation>Indiquez l&apos;alias de cluster distant sur ce cluster qui pointe vers le cluster promu.</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>Lecture des deux clusters…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n copy(ies) on %1 for good</source>
        <translation>
            <numerusform>Supprimer définitivement cette copie (%n) sur %1</numerusform>
            <numerusform>Supprimer définitivement ces %n copies sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index(es) from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Rien n&apos;est à supprimer sur &lt;b&gt;%1&lt;/b&gt;. Le retour arrière lui fait suivre %n index depuis &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Rien n&apos;est à supprimer sur &lt;b&gt;%1&lt;/b&gt;. Le retour arrière lui fait suivre %n index depuis &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot follow an index it already has. These old copies on %1 are deleted for good before it follows the promoted cluster&apos;s indices of the same names; their documents are replaced by those of &lt;b&gt;%2&lt;/b&gt;. Nothing is deleted unless you tick the box.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne peut pas suivre un index qu&apos;il possède déjà. Ces anciennes copies sur %1 sont supprimées définitivement avant qu&apos;il suive les index de même nom du cluster promu ; leurs documents sont remplacés par ceux de &lt;b&gt;%2&lt;/b&gt;. Rien n&apos;est supprimé tant que vous ne cochez pas la case.</translation>
    </message>
    <message numerus="yes">
        <source>Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</source>
        <translation>
            <numerusform>Retour arrière terminé : %1 suit %n index depuis %2 et est à jour. « Rétablir le sens d&apos;origine… » refait de %1 le leader quand vous êtes prêt.</numerusform>
            <numerusform>Retour arrière terminé : %1 suit %n index depuis %2 et est à jour. « Rétablir le sens d&apos;origine… » refait de %1 le leader quand vous êtes prêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Arrêté. « Réessayer » reprend avec ce qui reste.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n élément a échoué. « Réessayer » reprend là où en est chaque index.</numerusform>
            <numerusform>%n éléments ont échoué. « Réessayer » reprend là où en est chaque index.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 4: Plan (nothing changes yet)</source>
        <translation>Étape 1 sur 4 : plan (rien n&apos;est encore modifié)</translation>
    </message>
    <message>
        <source>Use this when &lt;b&gt;%1&lt;/b&gt;, the old leader, is back after a failover. It then follows the promoted cluster: a remote cluster pointing to it is added when missing, the old copies here are deleted (only after you confirm them by name), each index is followed under the same name, and the run waits until every follower has caught up. Pick the promoted cluster, then &lt;b&gt;Plan&lt;/b&gt;.</source>
        <translation>À utiliser quand &lt;b&gt;%1&lt;/b&gt;, l&apos;ancien leader, est de retour après un basculement. Il suit alors le cluster promu : un cluster distant pointant vers celui-ci est ajouté s&apos;il manque, les anciennes copies d&apos;ici sont supprimées (seulement après que vous les avez confirmées par leur nom), chaque index est suivi sous le même nom, et l&apos;exécution attend que chaque index suiveur soit à jour. Choisissez le cluster promu, puis &lt;b&gt;Planifier&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Step 2 of 4: Confirm</source>
        <translation>Étape 2 sur 4 : confirmer</translation>
    </message>
    <message>
        <source>Fail back starts when you click &lt;b&gt;Fail back&lt;/b&gt;.</source>
        <translation>Le retour arrière commence quand vous cliquez sur &lt;b&gt;Retour arrière&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Step 3 of 4: Failing back</source>
        <translation>Étape 3 sur 4 : retour arrière en cours</translation>
    </message>
    <message>
        <source>Step 4 of 4: Result</source>
        <translation>Étape 4 sur 4 : résultat</translation>
    </message>
    <message>
        <source>Failing back &lt;b&gt;%1&lt;/b&gt; to %2. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>Retour arrière de &lt;b&gt;%1&lt;/b&gt; vers %2. Chaque index affiche son état au fur et à mesure ; la fermeture de cette fenêtre attend l&apos;arrêt de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Optional: Switch back</source>
        <translation>Facultatif : rétablir le sens d&apos;origine</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; the leader again, as before the failover.</source>
        <translation>Refaire de &lt;b&gt;%1&lt;/b&gt; le leader, comme avant le basculement.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>Re&amp;tour arrière</translation>
    </message>
    <message>
        <source>S&amp;witch back… &gt;</source>
        <translation>Ré&amp;tablir le sens d&apos;origine… &gt;</translation>
    </message>
    <message>
        <source>S&amp;witch back</source>
        <translation>Ré&amp;tablir le sens d&apos;origine</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackPlanView</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The copy here differs from the promoted cluster&apos;s</source>
        <translation>La copie d&apos;ici diffère de celle du cluster promu</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>Cluster distant %1</translation>
    </message>
    <message>
        <source>Missing: will be added with the seeds %1</source>
        <translation>Manquant : sera ajouté avec les seeds %1</translation>
    </message>
    <message>
        <source>Exists and is connected</source>
        <translation>Existe et est connecté</translation>
    </message>
    <message>
        <source>Exists but is not connected: the promoted cluster must be reachable from this one</source>
        <translation>Existe mais n&apos;est pas connecté : le cluster promu doit être joignable depuis celui-ci</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>flux de données %1</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>Sera supprimé</translation>
    </message>
    <message>
        <source>Differs; will be deleted</source>
        <translation>Diffère ; sera supprimé</translation>
    </message>
    <message>
        <source>Will follow the promoted cluster</source>
        <translation>Suivra le cluster promu</translation>
    </message>
    <message>
        <source>Will be waited for</source>
        <translation>Sera attendu</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>Sera vérifié</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>Le cluster promu n&apos;a aucun index à suivre : il n&apos;y a rien à rebasculer.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) will follow %1.</source>
        <translation>
            <numerusform>%n index suivra %1.</numerusform>
            <numerusform>%n index suivront %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) here differ from the promoted cluster&apos;s (flagged).</source>
        <translation>
            <numerusform>%n copie d&apos;ici diffère de celle du cluster promu (signalée).</numerusform>
            <numerusform>%n copies d&apos;ici diffèrent de celles du cluster promu (signalées).</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster %1 yet: it will be added.</source>
        <translation>Ce cluster n&apos;a pas encore de cluster distant %1 : il sera ajouté.</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: check that %2 is up and reachable from this cluster.</source>
        <translation>Le cluster distant %1 n&apos;est pas connecté : vérifiez que %2 est en service et joignable depuis ce cluster.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailoverDialog</name>
    <message>
        <source>Fail over from %1</source>
        <translation>Basculer depuis %1</translation>
    </message>
    <message>
        <source>Use this when the leader cluster behind the remote cluster &lt;b&gt;%1&lt;/b&gt; is lost. On &lt;b&gt;%2&lt;/b&gt;, Duper pauses the auto-follow patterns of %1, turns every follower index of %1 into a regular index that accepts writes (pause, close, unfollow, open), promotes the replicated data streams, and checks the result. Below is the plan, read from the cluster: nothing has changed yet.</source>
        <translation>À utiliser lorsque le cluster leader derrière le cluster distant &lt;b&gt;%1&lt;/b&gt; est perdu. Sur &lt;b&gt;%2&lt;/b&gt;, Duper suspend les modèles de suivi automatique de %1, transforme chaque index suiveur de %1 en index normal qui accepte les écritures (suspendre, fermer, ne plus suivre, ouvrir), promeut les flux de données répliqués et vérifie le résultat. Voici le plan, lu depuis le cluster : rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Reading what follows %1…</source>
        <translation>Lecture de ce qui suit %1…</translation>
    </message>
    <message>
        <source>Could not read what follows %1: %2</source>
        <translation>Impossible de lire ce qui suit %1 : %2</translation>
    </message>
    <message>
        <source>Will be paused</source>
        <translation>Sera suspendu</translation>
    </message>
    <message>
        <source>Paused; will become a regular index</source>
        <translation>Suspendu ; deviendra un index normal</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>Deviendra un index normal</translation>
    </message>
    <message>
        <source>Will be promoted</source>
        <translation>Sera promu</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>Sera vérifié</translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>Plus rien sur ce cluster ne suit %1 : il n&apos;y a rien à basculer.</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) of %1 will become regular indices.</source>
        <translation>
            <numerusform>%n index suiveur de %1 deviendra un index normal.</numerusform>
            <numerusform>%n index suiveurs de %1 deviendront des index normaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>Basculer %n index suiveur depuis %1 ?</numerusform>
            <numerusform>Basculer %n index suiveurs depuis %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop replicating from %1 for good and start accepting writes; its auto-follow patterns are paused. To replicate from %1 again later, use Fail back.</source>
        <translation>Ils cessent définitivement de répliquer depuis %1 et commencent à accepter les écritures ; ses modèles de suivi automatique sont suspendus. Pour répliquer à nouveau depuis %1 plus tard, utilisez le retour arrière.</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Failing over from &lt;b&gt;%1&lt;/b&gt;. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>Basculement depuis &lt;b&gt;%1&lt;/b&gt;. Chaque index affiche son état au fur et à mesure ; fermer cette fenêtre attend que l&apos;exécution soit arrêtée.</translation>
    </message>
    <message>
        <source>Failover from %1 complete: every index is a regular, writable index now.</source>
        <translation>Basculement depuis %1 terminé : chaque index est désormais un index normal, accessible en écriture.</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Arrêté. Réessayer reprend avec ce qui reste.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n élément en échec. Réessayer reprend là où en est chaque index.</numerusform>
            <numerusform>%n éléments en échec. Réessayer reprend là où en est chaque index.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetHealth</name>
    <message>
        <source>no followers</source>
        <translation>aucun suiveur</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
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
        <translation>Tous les clusters enregistrés à la fois : état, suiveurs et qui réplique depuis qui</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetModel</name>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Reachable (stale)</source>
        <translation>Joignable (périmé)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Secret manquant</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouverte</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Licence</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Worst lag</source>
        <translation>Retard maximal</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>Depuis la dernière lecture</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Clusters distants</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetPage</name>
    <message>
        <source>Search by connection, cluster, status or remote</source>
        <translation>Rechercher par connexion, cluster, état ou cluster distant</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>Clusters enregistrés</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>Topologie de réplication</translation>
    </message>
    <message>
        <source>Double-click a cluster to open it; right-click an arrow for its followers</source>
        <translation>Double-cliquez sur un cluster pour l&apos;ouvrir ; clic droit sur une flèche pour ses suiveurs</translation>
    </message>
    <message>
        <source>Open this cluster</source>
        <translation>Ouvrir ce cluster</translation>
    </message>
    <message>
        <source>Followers of a remote</source>
        <translation>Suiveurs d&apos;un cluster distant</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Open the connection again, asking for a missing secret</source>
        <translation>Rouvrir la connexion en demandant un secret manquant</translation>
    </message>
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
            <numerusform>%1 sur %n cluster</numerusform>
            <numerusform>%1 sur %n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster follows no remote</source>
        <translation>Ce cluster ne suit aucun cluster distant</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetTopologyView</name>
    <message numerus="yes">
        <source>%n followers · %1</source>
        <translation>
            <numerusform>%n suiveur · %1</numerusform>
            <numerusform>%n suiveurs · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow patterns</source>
        <translation>
            <numerusform>%n modèle de suivi automatique</numerusform>
            <numerusform>%n modèles de suivi automatique</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>%1 follows %2 as “%3”</source>
        <translation>%1 suit %2 sous le nom « %3 »</translation>
    </message>
    <message>
        <source>Not a saved connection</source>
        <translation>Pas une connexion enregistrée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show followers of %1</source>
        <translation>Afficher les suiveurs de %1</translation>
    </message>
    <message>
        <source>Open the leader cluster</source>
        <translation>Ouvrir le cluster leader</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowManyDialog</name>
    <message>
        <source>Choose a connected remote cluster.</source>
        <translation>Choisissez un cluster distant connecté.</translation>
    </message>
    <message>
        <source>Enter at least one leader index pattern.</source>
        <translation>Saisissez au moins un modèle d&apos;index leader.</translation>
    </message>
    <message>
        <source>The follower index name must contain {{leader_index}}, or every leader gets the same follower.</source>
        <translation>Le nom de l&apos;index suiveur doit contenir {{leader_index}}, sinon chaque leader obtient le même index suiveur.</translation>
    </message>
    <message>
        <source>Looking for leader indices…</source>
        <translation>Recherche des index leaders…</translation>
    </message>
    <message>
        <source>Could not list the leader indices: %1</source>
        <translation>Impossible de lister les index leaders : %1</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>Aucun index leader ne correspond à ces modèles.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be followed</source>
        <translation>
            <numerusform>%n sera suivi</numerusform>
            <numerusform>%n seront suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n déjà suivi</numerusform>
            <numerusform>%n déjà suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a name already taken</source>
        <translation>
            <numerusform>%n avec un nom déjà pris</numerusform>
            <numerusform>%n avec un nom déjà pris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid name</source>
        <translation>
            <numerusform>%n avec un nom non valide</numerusform>
            <numerusform>%n avec un nom non valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n exclu</numerusform>
            <numerusform>%n exclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader indices found: %1.</source>
        <translation>
            <numerusform>%n index leader trouvé : %1.</numerusform>
            <numerusform>%n index leaders trouvés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (flux de données %2)</translation>
    </message>
    <message numerus="yes">
        <source>Follow %n index(es)</source>
        <translation>
            <numerusform>Suivre %n index</numerusform>
            <numerusform>Suivre %n index</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es)…</source>
        <translation>
            <numerusform>Suivi de %n index leader…</numerusform>
            <numerusform>Suivi de %n index leaders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed (leader %1)</source>
        <translation>Suivi (leader %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>Non démarré (annulé)</translation>
    </message>
    <message>
        <source>Auto-follow pattern created: new leader indices follow too</source>
        <translation>Modèle de suivi automatique créé : les nouveaux index leaders sont aussi suivis</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created: %1</source>
        <translation>Modèle de suivi automatique non créé : %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created (cancelled)</source>
        <translation>Modèle de suivi automatique non créé (annulé)</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n index suiveur créé.</numerusform>
            <numerusform>%n index suiveurs créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created, %1 not.</source>
        <translation>
            <numerusform>%n index suiveur créé, %1 non.</numerusform>
            <numerusform>%n index suiveurs créés, %1 non.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowParametersEditor</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>This value is sent with the request</source>
        <translation>Cette valeur est envoyée avec la requête</translation>
    </message>
    <message>
        <source>Not sent: Elasticsearch applies its default, %1</source>
        <translation>Non envoyée : Elasticsearch applique sa valeur par défaut, %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to pause: the selected follower indices are already paused.</source>
        <translation>Rien à suspendre : les index suiveurs sélectionnés sont déjà suspendus.</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>Suspendre la réplication</translation>
    </message>
    <message>
        <source>Pause replication to follower index &quot;%1&quot;?</source>
        <translation>Suspendre la réplication vers l&apos;index suiveur &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>It stops copying changes from its leader index until you resume it. Its data stays and it can still be searched.</source>
        <translation>Il cesse de copier les modifications de son index leader jusqu&apos;à ce que vous le repreniez. Ses données restent et il peut toujours faire l&apos;objet de recherches.</translation>
    </message>
    <message numerus="yes">
        <source>Pause replication to %n follower indices?</source>
        <translation>
            <numerusform>Suspendre la réplication vers %n index suiveur ?</numerusform>
            <numerusform>Suspendre la réplication vers %n index suiveurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop copying changes from their leader indices until you resume them. Their data stays and they can still be searched.</source>
        <translation>Ils cessent de copier les modifications de leurs index leaders jusqu&apos;à ce que vous les repreniez. Leurs données restent et ils peuvent toujours faire l&apos;objet de recherches.</translation>
    </message>
    <message>
        <source>It has custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>Il a des paramètres avancés personnalisés. Elasticsearch les oublie quand un index suiveur est suspendu ; Duper les mémorise et vous les propose à nouveau à la reprise.</translation>
    </message>
    <message>
        <source>%1 have custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>%1 ont des paramètres avancés personnalisés. Elasticsearch les oublie quand un index suiveur est suspendu ; Duper les mémorise et vous les propose à nouveau à la reprise.</translation>
    </message>
    <message>
        <source>Already paused, skipped: %1</source>
        <translation>Déjà suspendus, ignorés : %1</translation>
    </message>
    <message>
        <source>Nothing to resume: none of the selected follower indices is paused.</source>
        <translation>Rien à reprendre : aucun des index suiveurs sélectionnés n&apos;est suspendu.</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>Reprendre la réplication</translation>
    </message>
    <message>
        <source>Resume replication to follower index &quot;%1&quot;?</source>
        <translation>Reprendre la réplication vers l&apos;index suiveur &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings. To use other settings, edit the follower index instead.</source>
        <translation>Les paramètres avancés par défaut d&apos;Elasticsearch seront utilisés : il ne conserve pas les paramètres d&apos;un index suiveur suspendu. Pour utiliser d&apos;autres paramètres, modifiez plutôt l&apos;index suiveur.</translation>
    </message>
    <message>
        <source>Duper remembers the advanced settings it had before the pause:
%1</source>
        <translation>Duper a mémorisé les paramètres avancés en vigueur avant la suspension :
%1</translation>
    </message>
    <message>
        <source>Resume with the settings it had</source>
        <translation>Reprendre avec ses paramètres précédents</translation>
    </message>
    <message numerus="yes">
        <source>Resume replication to %n follower indices?</source>
        <translation>
            <numerusform>Reprendre la réplication vers %n index suiveur ?</numerusform>
            <numerusform>Reprendre la réplication vers %n index suiveurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings.</source>
        <translation>Les paramètres avancés par défaut d&apos;Elasticsearch seront utilisés : il ne conserve pas les paramètres d&apos;un index suiveur suspendu.</translation>
    </message>
    <message>
        <source>Duper remembers custom advanced settings for %1; the others resume with Elasticsearch&apos;s defaults.</source>
        <translation>Duper a mémorisé des paramètres avancés personnalisés pour %1 ; les autres reprennent avec les valeurs par défaut d&apos;Elasticsearch.</translation>
    </message>
    <message>
        <source>Resume each with the settings it had</source>
        <translation>Reprendre chacun avec ses paramètres précédents</translation>
    </message>
    <message>
        <source>Not paused, skipped: %1</source>
        <translation>Non suspendus, ignorés : %1</translation>
    </message>
    <message>
        <source>Could not pause &quot;%1&quot;</source>
        <translation>Impossible de suspendre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;</source>
        <translation>Impossible de reprendre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Paused follower index %1</source>
        <translation>Index suiveur %1 suspendu</translation>
    </message>
    <message>
        <source>Resumed follower index %1</source>
        <translation>Index suiveur %1 repris</translation>
    </message>
    <message numerus="yes">
        <source>Pausing replication to %n follower indices…</source>
        <translation>
            <numerusform>Suspension de la réplication vers %n index suiveur…</numerusform>
            <numerusform>Suspension de la réplication vers %n index suiveurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming replication to %n follower indices…</source>
        <translation>
            <numerusform>Reprise de la réplication vers %n index suiveur…</numerusform>
            <numerusform>Reprise de la réplication vers %n index suiveurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n follower indices into regular indices…</source>
        <translation>
            <numerusform>Conversion de %n index suiveur en index normal…</numerusform>
            <numerusform>Conversion de %n index suiveurs en index normaux…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n follower indices</source>
        <translation>
            <numerusform>%n index suiveur suspendu</numerusform>
            <numerusform>%n index suiveurs suspendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n follower indices</source>
        <translation>
            <numerusform>%n index suiveur repris</numerusform>
            <numerusform>%n index suiveurs repris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfollowed %n follower indices</source>
        <translation>
            <numerusform>%n index suiveur n&apos;est plus suivi</numerusform>
            <numerusform>%n index suiveurs ne sont plus suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n en échec</numerusform>
            <numerusform>; %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; annulé</translation>
    </message>
    <message>
        <source>Updated follower index %1</source>
        <translation>Index suiveur %1 mis à jour</translation>
    </message>
    <message>
        <source>Unfollow leader index</source>
        <translation>Ne plus suivre l&apos;index leader</translation>
    </message>
    <message>
        <source>Unfollow leader indices</source>
        <translation>Ne plus suivre les index leaders</translation>
    </message>
    <message>
        <source>Convert follower index &quot;%1&quot; into a regular index?</source>
        <translation>Convertir l&apos;index suiveur &quot;%1&quot; en index normal ?</translation>
    </message>
    <message numerus="yes">
        <source>Convert %n follower indices into regular indices?</source>
        <translation>
            <numerusform>Convertir %n index suiveur en index normal ?</numerusform>
            <numerusform>Convertir %n index suiveurs en index normaux ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Duper pauses replication, closes the index, unfollows the leader and opens the index again. The index keeps its data but no longer follows its leader and leaves this list.</source>
        <translation>Duper suspend la réplication, ferme l&apos;index, cesse de suivre le leader et rouvre l&apos;index. L&apos;index conserve ses données mais ne suit plus son leader et quitte cette liste.</translation>
    </message>
    <message>
        <source>This cannot be undone: following again means copying the whole leader index anew.</source>
        <translation>Cette action est irréversible : suivre à nouveau signifie recopier entièrement l&apos;index leader.</translation>
    </message>
    <message>
        <source>Converting follower index %1 into a regular index: pause, close, unfollow, open.</source>
        <translation>Conversion de l&apos;index suiveur %1 en index normal : suspendre, fermer, ne plus suivre, ouvrir.</translation>
    </message>
    <message>
        <source>Follower index %1 is now a regular index</source>
        <translation>L&apos;index suiveur %1 est maintenant un index normal</translation>
    </message>
    <message>
        <source>Recreate follower index</source>
        <translation>Recréer l&apos;index suiveur</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Recreate follower index &quot;%1&quot; from its leader?</source>
        <translation>Recréer l&apos;index suiveur &quot;%1&quot; depuis son leader ?</translation>
    </message>
    <message>
        <source>Duper pauses and closes the follower, then follows leader index %1 on %2 again. Elasticsearch deletes the follower&apos;s data and copies the leader index anew; until the copy is done the index is incomplete. Use this when replication stopped with an error it cannot recover from.</source>
        <translation>Duper suspend et ferme l&apos;index suiveur, puis suit à nouveau l&apos;index leader %1 sur %2. Elasticsearch supprime les données de l&apos;index suiveur et recopie l&apos;index leader ; tant que la copie n&apos;est pas terminée, l&apos;index est incomplet. Utilisez cette action quand la réplication s&apos;est arrêtée sur une erreur irrécupérable.</translation>
    </message>
    <message>
        <source>Recreating follower index %1: pause, close, then follow %2 again.</source>
        <translation>Recréation de l&apos;index suiveur %1 : suspendre, fermer, puis suivre à nouveau %2.</translation>
    </message>
    <message>
        <source>Recreated follower index %1</source>
        <translation>Index suiveur %1 recréé</translation>
    </message>
    <message>
        <source>Copied the follow request for %1</source>
        <translation>Requête de suivi de %1 copiée</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 index suiveurs</translation>
    </message>
    <message>
        <source>Follower index %1 is already paused</source>
        <translation>L’index suiveur %1 est déjà en pause</translation>
    </message>
    <message>
        <source>Follower index %1 is already active</source>
        <translation>L’index suiveur %1 est déjà actif</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionSet</name>
    <message>
        <source>&amp;Create follower index…</source>
        <translation>&amp;Créer un index suiveur…</translation>
    </message>
    <message>
        <source>Replicate a leader index of a remote cluster into a new follower index</source>
        <translation>Répliquer un index leader d&apos;un cluster distant dans un nouvel index suiveur</translation>
    </message>
    <message>
        <source>Follow &amp;many…</source>
        <translation>Suivre &amp;plusieurs…</translation>
    </message>
    <message>
        <source>Follow existing leader indices that match patterns, in one go</source>
        <translation>Suivre en une fois les index leaders existants qui correspondent à des modèles</translation>
    </message>
    <message>
        <source>&amp;Pause replication</source>
        <translation>&amp;Suspendre la réplication</translation>
    </message>
    <message>
        <source>Stop replicating into the selected follower indices</source>
        <translation>Arrêter la réplication vers les index suiveurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Resume replication</source>
        <translation>&amp;Reprendre la réplication</translation>
    </message>
    <message>
        <source>Start replicating again into the selected paused follower indices</source>
        <translation>Relancer la réplication vers les index suiveurs suspendus sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Modifier les paramètres…</translation>
    </message>
    <message>
        <source>Change the advanced settings of the selected follower index</source>
        <translation>Modifier les paramètres avancés de l&apos;index suiveur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Unfollow leader index…</source>
        <translation>&amp;Ne plus suivre l&apos;index leader…</translation>
    </message>
    <message>
        <source>Turn the selected follower indices into regular indices</source>
        <translation>Transformer les index suiveurs sélectionnés en index normaux</translation>
    </message>
    <message>
        <source>Re&amp;create follower index…</source>
        <translation>Recré&amp;er l&apos;index suiveur…</translation>
    </message>
    <message>
        <source>Delete the follower&apos;s data and copy it again from the leader index</source>
        <translation>Supprimer les données de l&apos;index suiveur et les recopier depuis l&apos;index leader</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Show the shard statistics and errors of the selected follower index (Enter)</source>
        <translation>Afficher les statistiques de partition et les erreurs de l&apos;index suiveur sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Copy &amp;REST request</source>
        <translation>Copier la re&amp;quête REST</translation>
    </message>
    <message>
        <source>Copy the follow request that creates this follower index, for Kibana&apos;s Dev Tools</source>
        <translation>Copier la requête de suivi qui crée cet index suiveur, pour les Dev Tools de Kibana</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load the follower indices again</source>
        <translation>Recharger les index suiveurs</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerDetailsPanel</name>
    <message>
        <source>Select a follower index to see its details</source>
        <translation>Sélectionnez un index suiveur pour voir ses détails</translation>
    </message>
    <message>
        <source>Remote cluster:</source>
        <translation>Cluster distant :</translation>
    </message>
    <message>
        <source>Leader index:</source>
        <translation>Index leader :</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>Modifier les paramètres…</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>Reprendre la réplication</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>Paramètres en vigueur</translation>
    </message>
    <message>
        <source>A paused follower has no running shard-follow tasks, so there are no shard statistics.</source>
        <translation>Un index suiveur suspendu n&apos;a pas de tâche de suivi de partition en cours, il n&apos;y a donc pas de statistiques de partition.</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Erreurs de lecture</translation>
    </message>
    <message>
        <source>Replication has stopped</source>
        <translation>La réplication s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The shard-follow task hit an error it cannot recover from and will not retry, so this index no longer receives changes from the leader. The usual fix is to recreate the follower index: that deletes its data and copies it again from the leader index.</source>
        <translation>La tâche de suivi de partition a rencontré une erreur irrécupérable et ne réessaiera pas : cet index ne reçoit donc plus les modifications du leader. La solution habituelle est de recréer l&apos;index suiveur : cela supprime ses données et les recopie depuis l&apos;index leader.</translation>
    </message>
    <message>
        <source>Recreate follower index…</source>
        <translation>Recréer l&apos;index suiveur…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Shard %1: %2</source>
        <translation>Partition %1 : %2</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>Causé par : %1</translation>
    </message>
    <message>
        <source>Consistency with the leader</source>
        <translation>Cohérence avec le leader</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerFilterBar</name>
    <message>
        <source>Search follower, leader or remote cluster</source>
        <translation>Rechercher un suiveur, un leader ou un cluster distant</translation>
    </message>
    <message>
        <source>Search follower indices</source>
        <translation>Rechercher des index suiveurs</translation>
    </message>
    <message>
        <source>Show follower indices with status</source>
        <translation>Afficher les index suiveurs ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 index suiveur</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 index suiveurs</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerHistoryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 opérations</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 ops/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Lag (operations)</source>
        <translation>Retard (opérations)</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>Opérations par seconde</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time since last read (seconds)</source>
        <translation>Temps depuis la dernière lecture (secondes)</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>Depuis la dernière lecture</translation>
    </message>
    <message>
        <source>Replication history is off.</source>
        <translation>L’historique de réplication est désactivé.</translation>
    </message>
    <message>
        <source>Replication history is off: %1</source>
        <translation>L’historique de réplication est désactivé : %1</translation>
    </message>
    <message>
        <source>No figures stored for this period yet. Duper records them at every refresh while the window is open.</source>
        <translation>Aucune valeur enregistrée pour cette période. Duper les enregistre à chaque actualisation tant que la fenêtre est ouverte.</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerSettingsView</name>
    <message>
        <source>Elasticsearch does not report settings for a paused follower. Resume it to see the settings in force.</source>
        <translation>Elasticsearch n&apos;indique pas les paramètres d&apos;un index suiveur suspendu. Reprenez-le pour voir les paramètres en vigueur.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Set for this follower; Elasticsearch&apos;s default is %1.</source>
        <translation>Défini pour cet index suiveur ; la valeur par défaut d&apos;Elasticsearch est %1.</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default.</source>
        <translation>Valeur par défaut d&apos;Elasticsearch.</translation>
    </message>
    <message>
        <source>Max read request operation count</source>
        <translation>Nombre max. d&apos;opérations par requête de lecture</translation>
    </message>
    <message>
        <source>Max write request operation count</source>
        <translation>Nombre max. d&apos;opérations par requête d&apos;écriture</translation>
    </message>
    <message>
        <source>Max outstanding read requests</source>
        <translation>Requêtes de lecture en cours max.</translation>
    </message>
    <message>
        <source>Max outstanding write requests</source>
        <translation>Requêtes d&apos;écriture en cours max.</translation>
    </message>
    <message>
        <source>Max read request size</source>
        <translation>Taille max. d&apos;une requête de lecture</translation>
    </message>
    <message>
        <source>Max write request size</source>
        <translation>Taille max. d&apos;une requête d&apos;écriture</translation>
    </message>
    <message>
        <source>Max write buffer count</source>
        <translation>Nombre max. d&apos;opérations en tampon d&apos;écriture</translation>
    </message>
    <message>
        <source>Max write buffer size</source>
        <translation>Taille max. du tampon d&apos;écriture</translation>
    </message>
    <message>
        <source>Max retry delay</source>
        <translation>Délai max. avant nouvel essai</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>Délai d&apos;attente de lecture (poll)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>No limit: Elasticsearch&apos;s %1</source>
        <translation>Aucune limite : valeur %1 d&apos;Elasticsearch</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Select %1 for a bulk action</source>
        <translation>Sélectionner %1 pour une action groupée</translation>
    </message>
    <message>
        <source>Select followers for a bulk action</source>
        <translation>Sélectionner des index suiveurs pour une action groupée</translation>
    </message>
    <message>
        <source>Operations the follower is behind: the sum over its shards of the leader&apos;s global checkpoint minus the follower&apos;s</source>
        <translation>Opérations de retard de l&apos;index suiveur : la somme, sur ses partitions, du point de contrôle global du leader moins celui du suiveur</translation>
    </message>
    <message>
        <source>Operations written per second since the previous refresh</source>
        <translation>Opérations écrites par seconde depuis l&apos;actualisation précédente</translation>
    </message>
    <message>
        <source>The longest time since a shard last read from the leader</source>
        <translation>Le plus long délai depuis la dernière lecture d&apos;une partition sur le leader</translation>
    </message>
    <message>
        <source>Failed read requests, summed over the shards</source>
        <translation>Requêtes de lecture en échec, cumulées sur les partitions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>Index leader</translation>
    </message>
    <message>
        <source>Lag (ops)</source>
        <translation>Retard (ops)</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>Lectures en échec</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>When the follower will have caught up with its leader, at the pace its lag changed over the last refreshes; “Falling behind” when the lag keeps growing</source>
        <translation>Quand l&apos;index suiveur aura rattrapé son index leader, au rythme auquel son retard a évolué lors des dernières actualisations ; « Prend du retard » quand le retard continue de croître</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Prend du retard</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 min</translation>
    </message>
    <message>
        <source>≈ %1 h</source>
        <translation>≈ %1 h</translation>
    </message>
    <message>
        <source>≈ %1 d</source>
        <translation>≈ %1 j</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Lag trend</source>
        <translation>Tendance du retard</translation>
    </message>
    <message>
        <source>The lag over the last hour, from Duper&apos;s replication history (the highest lag of each minute)</source>
        <translation>Le retard sur la dernière heure, d’après l’historique de réplication de Duper (le retard le plus élevé de chaque minute)</translation>
    </message>
    <message>
        <source>No lag history: %1</source>
        <translation>Pas d’historique du retard : %1</translation>
    </message>
    <message>
        <source>No lag recorded in the last hour yet (a paused follower has none)</source>
        <translation>Aucun retard enregistré dans la dernière heure (un suiveur suspendu n’en a pas)</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Lag over the last hour: %1 to %2 operations, %3</source>
        <translation>Retard sur la dernière heure : de %1 à %2 opérations, %3</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowersPage</name>
    <message>
        <source>Follower index actions</source>
        <translation>Actions sur les index suiveurs</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>Index suiveurs</translation>
    </message>
    <message>
        <source>Follower index “%1” created; waiting for it to become active…</source>
        <translation>Index suiveur “%1” créé ; en attente de son activation…</translation>
    </message>
    <message>
        <source>Now following 1 more leader index</source>
        <translation>Suivi d&apos;un index leader supplémentaire</translation>
    </message>
    <message>
        <source>Now following %1 more leader indices</source>
        <translation>Suivi de %1 index leaders supplémentaires</translation>
    </message>
    <message>
        <source>Refreshing the follower indices failed: %1</source>
        <translation>L&apos;actualisation des index suiveurs a échoué : %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the data of %2.</source>
        <translation>La dernière actualisation a échoué : %1 La liste affiche les données de %2.</translation>
    </message>
    <message>
        <source>You can look but not change: the user lacks the cluster privilege “manage_ccr”, which creating, pausing, resuming and unfollowing follower indices need.</source>
        <translation>Vous pouvez consulter mais pas modifier : l&apos;utilisateur n&apos;a pas le privilège de cluster “manage_ccr”, nécessaire pour créer, suspendre, reprendre et ne plus suivre des index suiveurs.</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryChartView</name>
    <message numerus="yes">
        <source>%1 (%n refreshes)</source>
        <translation>
            <numerusform>%1 (%n actualisation)</numerusform>
            <numerusform>%1 (%n actualisations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on average, from %3 to %4</source>
        <translation>%1 : %2 en moyenne, de %3 à %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryMarkerStyle</name>
    <message>
        <source>Stopped by a fatal error</source>
        <translation>Arrêté par une erreur fatale</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Erreurs de lecture</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>De nouveau actif</translation>
    </message>
    <message>
        <source>Read errors cleared</source>
        <translation>Erreurs de lecture résolues</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryNotice</name>
    <message>
        <source>No history</source>
        <translation>Pas d&apos;historique</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>Historique de réplication</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>Connexion : </translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>Lecture du secret de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Add, edit, test or remove saved connections</source>
        <translation>Ajouter, modifier, tester ou supprimer des connexions enregistrées</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s status and follower indices again</source>
        <translation>Relire le statut du cluster et les index suiveurs</translation>
    </message>
    <message>
        <source>Close Duper</source>
        <translation>Fermer Duper</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Duper</source>
        <translation>À &amp;propos de Duper</translation>
    </message>
    <message>
        <source>Version, Qt version and licences</source>
        <translation>Version, version de Qt et licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Duper is built with</source>
        <translation>La boîte à outils Qt avec laquelle Duper est construit</translation>
    </message>
    <message>
        <source>Language, auto-refresh, confirmations, network proxy and the connection&apos;s alert rules</source>
        <translation>Langue, actualisation automatique, confirmations, proxy réseau et règles d&apos;alerte de la connexion</translation>
    </message>
</context>
<context>
    <name>duper::ui::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du proxy.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address (no scheme, path or port here).</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IP (sans schéma, chemin ni port ici).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Saisissez le port du proxy.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>duper::ui::PrivilegePreflightPanel</name>
    <message>
        <source>Checking the privileges this needs…</source>
        <translation>Vérification des privilèges nécessaires…</translation>
    </message>
    <message>
        <source>Privileges are missing: see the list, or tick &quot;Send anyway&quot;.</source>
        <translation>Des privilèges manquent : consultez la liste, ou cochez « Envoyer quand même ».</translation>
    </message>
    <message>
        <source>Elasticsearch would refuse this: the user lacks these privileges.</source>
        <translation>Elasticsearch refuserait cette opération : l&apos;utilisateur n&apos;a pas ces privilèges.</translation>
    </message>
    <message>
        <source>Could not check:</source>
        <translation>Vérification impossible :</translation>
    </message>
</context>
<context>
    <name>duper::ui::ProcedureDialog</name>
    <message>
        <source>Follower index %1</source>
        <translation>Index suiveur %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Finished: every step is done.</source>
        <translation>Terminé : toutes les étapes sont faites.</translation>
    </message>
    <message>
        <source>Reopening failed: %1</source>
        <translation>La réouverture a échoué : %1</translation>
    </message>
    <message>
        <source>The index %1 is open again. %2</source>
        <translation>L&apos;index %1 est de nouveau ouvert. %2</translation>
    </message>
    <message>
        <source>&quot;Try again&quot; continues the procedure.</source>
        <translation>&quot;Réessayer&quot; poursuit la procédure.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop after the request in flight is aborted</source>
        <translation>Arrêter après l&apos;abandon de la requête en cours</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReadExceptionsView</name>
    <message>
        <source>No read errors</source>
        <translation>Aucune erreur de lecture</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>From sequence number</source>
        <translation>À partir du numéro de séquence</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouveaux essais</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>Causé par : %1</translation>
    </message>
    <message>
        <source>Elasticsearch does not report when a read failed; this is when it was first seen here.</source>
        <translation>Elasticsearch n&apos;indique pas quand une lecture a échoué ; il s&apos;agit du moment où l&apos;erreur a été vue ici pour la première fois.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterDialog</name>
    <message>
        <source>Edit remote cluster “%1”</source>
        <translation>Modifier le cluster distant “%1”</translation>
    </message>
    <message>
        <source>A remote cluster named “%1” already exists; edit it instead.</source>
        <translation>Un cluster distant nommé “%1” existe déjà ; modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>Add at least one seed: a node&apos;s transport address as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>Ajoutez au moins un seed : l&apos;adresse de transport d&apos;un nœud sous la forme hôte:port, p. ex. 10.0.0.5:9300.</translation>
    </message>
    <message>
        <source>Enter the proxy address as host:port, e.g. proxy.example.com:9400.</source>
        <translation>Saisissez l&apos;adresse du proxy sous la forme hôte:port, p. ex. proxy.example.com:9400.</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have applied the change; the list shows what is in force after the next refresh.</source>
        <translation>Annulé. Elasticsearch a peut-être quand même appliqué la modification ; la liste affichera ce qui est en vigueur après la prochaine actualisation.</translation>
    </message>
    <message>
        <source>Elasticsearch did not save the remote cluster: %1</source>
        <translation>Elasticsearch n&apos;a pas enregistré le cluster distant : %1</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed. Connect again to save the remote cluster.</source>
        <translation>La connexion au cluster a été fermée. Reconnectez-vous pour enregistrer le cluster distant.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterEditFlow</name>
    <message>
        <source>Delete remote cluster</source>
        <translation>Supprimer le cluster distant</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting remote cluster “%1”…</source>
        <translation>Suppression du cluster distant “%1”…</translation>
    </message>
    <message>
        <source>Elasticsearch did not delete the remote cluster “%1”: %2</source>
        <translation>Elasticsearch n&apos;a pas supprimé le cluster distant “%1” : %2</translation>
    </message>
    <message>
        <source>Remote cluster “%1” deleted.</source>
        <translation>Cluster distant “%1” supprimé.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterModel</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected (not reported yet)</source>
        <translation>Non connecté (pas encore signalé)</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistant</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Transitoire</translation>
    </message>
    <message>
        <source>elasticsearch.yml</source>
        <translation>elasticsearch.yml</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 index suiveur</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 index suiveurs</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there, not here.</source>
        <translation>Défini dans elasticsearch.yml : modifiez-le là-bas, pas ici.</translation>
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
        <translation>%1 sockets sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 nœuds sur %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>Ignorer si indisponible</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Authenticated with a cross-cluster API key, kept in this cluster&apos;s keystore, on the remote cluster server port (usually 9443).</source>
        <translation>Authentifié par une clé d&apos;API inter-clusters, conservée dans le keystore de ce cluster, sur le port du serveur de cluster distant (généralement 9443).</translation>
    </message>
    <message>
        <source>Authenticated with TLS certificates trusted by both clusters, on the transport port (usually 9300); deprecated since Elasticsearch 9.0.</source>
        <translation>Authentifié par des certificats TLS approuvés par les deux clusters, sur le port de transport (généralement 9300) ; obsolète depuis Elasticsearch 9.0.</translation>
    </message>
    <message>
        <source>How this cluster authenticates to the remote cluster: API key or certificate.</source>
        <translation>Comment ce cluster s&apos;authentifie auprès du cluster distant : clé d&apos;API ou certificat.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterPicker</name>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (connecté)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (non configuré)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>Chargement des clusters distants…</translation>
    </message>
    <message>
        <source>Could not list the remote clusters: %1</source>
        <translation>Impossible de lister les clusters distants : %1</translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one first.</source>
        <translation>Ce cluster n&apos;a encore aucun cluster distant. Ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>No remote cluster is connected right now.</source>
        <translation>Aucun cluster distant n&apos;est connecté pour le moment.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClustersPage</name>
    <message>
        <source>&amp;Add remote cluster…</source>
        <translation>&amp;Ajouter un cluster distant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Remote cluster actions</source>
        <translation>Actions sur les clusters distants</translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation>Rechercher par nom ou adresse</translation>
    </message>
    <message>
        <source>Remote clusters</source>
        <translation>Clusters distants</translation>
    </message>
    <message>
        <source>Refreshing the remote clusters failed: %1</source>
        <translation>L&apos;actualisation des clusters distants a échoué : %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows earlier data.</source>
        <translation>La dernière actualisation a échoué : %1 La liste affiche des données antérieures.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its remote clusters.</source>
        <translation>Connectez-vous à un cluster pour voir ses clusters distants.</translation>
    </message>
    <message>
        <source>Could not load the remote clusters</source>
        <translation>Impossible de charger les clusters distants</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>Chargement des clusters distants…</translation>
    </message>
    <message>
        <source>No remote clusters</source>
        <translation>Aucun cluster distant</translation>
    </message>
    <message>
        <source>No remote clusters: add the leader cluster as a remote cluster of this cluster, by the transport address of one or more of its nodes (sniff) or of a proxy in front of it. Follower indices replicate from leader indices through it.</source>
        <translation>Aucun cluster distant : ajoutez le cluster leader comme cluster distant de ce cluster, via l&apos;adresse de transport d&apos;un ou plusieurs de ses nœuds (sniff) ou d&apos;un proxy placé devant lui. Les index suiveurs répliquent les index leaders par son intermédiaire.</translation>
    </message>
    <message>
        <source>Add remote cluster…</source>
        <translation>Ajouter un cluster distant…</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there.</source>
        <translation>Défini dans elasticsearch.yml : modifiez-le là-bas.</translation>
    </message>
    <message>
        <source>Edit the selected remote cluster</source>
        <translation>Modifier le cluster distant sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected remote cluster</source>
        <translation>Supprimer le cluster distant sélectionné</translation>
    </message>
    <message>
        <source>Remote cluster “%1” saved; checking its connection…</source>
        <translation>Cluster distant “%1” enregistré ; vérification de sa connexion…</translation>
    </message>
    <message>
        <source>Add a remote cluster to this cluster</source>
        <translation>Ajouter un cluster distant à ce cluster</translation>
    </message>
    <message>
        <source>Load the remote clusters again</source>
        <translation>Recharger les clusters distants</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>&amp;Basculer…</translation>
    </message>
    <message>
        <source>The leader cluster behind the selected remote is lost: make this cluster&apos;s followers of it regular, writable indices</source>
        <translation>Le cluster leader derrière le cluster distant sélectionné est perdu : transformer les index suiveurs de ce cluster qui le suivent en index normaux, accessibles en écriture</translation>
    </message>
    <message>
        <source>&amp;Migrate to API key…</source>
        <translation>Mi&amp;grer vers une clé d&apos;API…</translation>
    </message>
    <message>
        <source>Switch the selected certificate-based remote cluster to a cross-cluster API key in place: its followers are paused and resumed</source>
        <translation>Basculer sur place le cluster distant à certificats sélectionné vers une clé d&apos;API inter-clusters : ses index suiveurs sont suspendus puis repris</translation>
    </message>
    <message>
        <source>Already uses a cross-cluster API key.</source>
        <translation>Utilise déjà une clé d&apos;API inter-clusters.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteSecurityChoiceDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReplicationTopologyModel</name>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
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
        <translation>Connecté (%1)</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Non connecté (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n suspendu</numerusform>
            <numerusform>%n suspendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
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
        <translation>Des index suiveurs ou des modèles de suivi automatique désignent ce cluster distant, mais ce cluster n&apos;a aucun cluster distant de ce nom.</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (suspendu)</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>Cluster distant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>Index suiveurs</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>Modèles de suivi automatique</translation>
    </message>
    <message>
        <source>Replicated data streams</source>
        <translation>Flux de données répliqués</translation>
    </message>
</context>
<context>
    <name>duper::ui::RequestPreviewDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunItemState</name>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunReportFile</name>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
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
        <translation>Le bac à sable n&apos;a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::SandboxMenu</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The emulated cluster could not be brought back: %1</source>
        <translation>Le cluster émulé n&apos;a pas pu être relancé : %1</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>Simulate leader outage</source>
        <translation>Simuler une panne du leader</translation>
    </message>
    <message>
        <source>Emulator only: the leader cluster stops answering and the follower cluster loses it as a remote</source>
        <translation>Émulateur uniquement : le cluster leader cesse de répondre et le cluster suiveur le perd comme cluster distant</translation>
    </message>
    <message>
        <source>Bring leader back</source>
        <translation>Relancer le leader</translation>
    </message>
    <message>
        <source>Simulate follower outage</source>
        <translation>Simuler une panne du suiveur</translation>
    </message>
    <message>
        <source>Emulator only: the follower cluster stops answering</source>
        <translation>Émulateur uniquement : le cluster suiveur cesse de répondre</translation>
    </message>
    <message>
        <source>Bring follower back</source>
        <translation>Relancer le suiveur</translation>
    </message>
</context>
<context>
    <name>duper::ui::SecretPromptDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>The %1 for %2:</source>
        <translation>Secret (%1) pour %2 :</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShardStatsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Leader checkpoint</source>
        <translation>Point de contrôle leader</translation>
    </message>
    <message>
        <source>Follower checkpoint</source>
        <translation>Point de contrôle suiveur</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Outstanding reads</source>
        <translation>Lectures en cours</translation>
    </message>
    <message>
        <source>Outstanding writes</source>
        <translation>Écritures en cours</translation>
    </message>
    <message>
        <source>Buffered operations</source>
        <translation>Opérations en tampon</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Taille du tampon</translation>
    </message>
    <message>
        <source>Successful reads</source>
        <translation>Lectures réussies</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>Lectures en échec</translation>
    </message>
    <message>
        <source>Successful writes</source>
        <translation>Écritures réussies</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Écritures en échec</translation>
    </message>
    <message>
        <source>Operations read</source>
        <translation>Opérations lues</translation>
    </message>
    <message>
        <source>Operations written</source>
        <translation>Opérations écrites</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>Octets lus</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Mapping version</source>
        <translation>Version du mapping</translation>
    </message>
    <message>
        <source>Settings version</source>
        <translation>Version des paramètres</translation>
    </message>
    <message>
        <source>The leader shard&apos;s global checkpoint: operations up to this sequence number are safe on the leader.</source>
        <translation>Le point de contrôle global de la partition leader : les opérations jusqu&apos;à ce numéro de séquence sont sûres sur le leader.</translation>
    </message>
    <message>
        <source>The follower shard&apos;s global checkpoint: operations up to this sequence number have been replicated.</source>
        <translation>Le point de contrôle global de la partition suiveuse : les opérations jusqu&apos;à ce numéro de séquence ont été répliquées.</translation>
    </message>
    <message>
        <source>Leader checkpoint minus follower checkpoint: operations not yet replicated.</source>
        <translation>Point de contrôle leader moins point de contrôle suiveur : opérations pas encore répliquées.</translation>
    </message>
    <message>
        <source>Operations read from the leader and waiting to be written to the follower.</source>
        <translation>Opérations lues sur le leader et en attente d&apos;écriture dans l&apos;index suiveur.</translation>
    </message>
    <message>
        <source>Time since the last read request to the leader returned.</source>
        <translation>Temps écoulé depuis le retour de la dernière requête de lecture au leader.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>Rétablir le sens d&apos;origine restaure la direction d&apos;avant le basculement, une fois &lt;b&gt;%1&lt;/b&gt; à jour : ses index suiveurs deviennent des index ordinaires qui acceptent les écritures, les copies de &lt;b&gt;%2&lt;/b&gt; sont supprimées et %2 suit de nouveau %1 via le cluster distant ci-dessous, et les modèles de suivi automatique en pause de %2 reprennent. Arrêtez d&apos;abord d&apos;écrire dans %2. Si une étape échoue, « Réessayer » reprend.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n copy(ies) on %1 listed above for good</source>
        <translation>
            <numerusform>Supprimer définitivement la copie (%n) sur %1 listée ci-dessus</numerusform>
            <numerusform>Supprimer définitivement les %n copies sur %1 listées ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over on %1: its followers of %2 become regular indices</source>
        <translation>Basculement sur %1 : ses index suiveurs de %2 deviennent des index ordinaires</translation>
    </message>
    <message>
        <source>%1 follows %2 again (its copies are deleted first)</source>
        <translation>%1 suit de nouveau %2 (ses copies sont d&apos;abord supprimées)</translation>
    </message>
    <message>
        <source>Resume %1&apos;s paused auto-follow patterns</source>
        <translation>Reprendre les modèles de suivi automatique en pause de %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>Deviendra un index ordinaire</translation>
    </message>
    <message>
        <source>Will be deleted on %1, then follow %2</source>
        <translation>Sera supprimé sur %1, puis suivra %2</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>voir ci-dessous</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>Sens d&apos;origine rétabli : la direction initiale est restaurée.</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>Arrêté. « Réessayer » reprend avec ce qui reste.</translation>
    </message>
    <message>
        <source>Switching back did not finish. Try again continues.</source>
        <translation>Le rétablissement du sens d&apos;origine n&apos;a pas abouti. « Réessayer » reprend.</translation>
    </message>
</context>
<context>
    <name>duper::ui::TwoClusterDialog</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>duper::ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duper&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Duper&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters.&lt;br&gt;Connect to your follower cluster, or try everything on a sandbox: two emulated clusters running inside Duper.</source>
        <translation>Duper gère la réplication inter-clusters d&apos;Elasticsearch : index suiveurs, modèles de suivi automatique et clusters distants.&lt;br&gt;Connectez-vous à votre cluster suiveur, ou essayez tout dans un bac à sable : deux clusters émulés exécutés dans Duper.</translation>
    </message>
    <message>
        <source>Starts an emulated leader and follower cluster on free local ports and adds a temporary &quot;Sandbox&quot; connection</source>
        <translation>Démarre un cluster leader et un cluster suiveur émulés sur des ports locaux libres et ajoute une connexion temporaire &quot;Sandbox&quot;</translation>
    </message>
</context>
<context>
    <name>duper::values</name>
    <message>
        <source>%1 &quot;%2&quot; has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb.</source>
        <translation>%1 &quot;%2&quot; n&apos;a pas d&apos;unité de taille. Utilisez b, kb, mb, gb, tb ou pb, p. ex. 32mb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Sizes must be 0 or more; only -1 (on its own or as -1b) is accepted as a special value.</source>
        <translation>%1 &quot;%2&quot; est négatif. Les tailles doivent être 0 ou plus ; seul -1 (seul ou sous la forme -1b) est accepté comme valeur spéciale.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more than two decimals. Use at most two, e.g. 1.25mb, or a smaller unit.</source>
        <translation>%1 &quot;%2&quot; a plus de deux décimales. Utilisez-en au plus deux, p. ex. 1.25mb, ou une unité plus petite.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch allows at most %3 bytes (just under 8192pb).</source>
        <translation>%1 &quot;%2&quot; est trop grand : Elasticsearch autorise au plus %3 octets (juste en dessous de 8192pb).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a size. Write a number and a unit, e.g. 512mb or 1.5gb.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une taille. Écrivez un nombre et une unité, p. ex. 512mb ou 1.5gb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of bytes. Bytes take whole numbers only; use a larger unit for fractions, e.g. 1.5kb.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un nombre entier d&apos;octets. Les octets n&apos;acceptent que des nombres entiers ; utilisez une unité plus grande pour les fractions, p. ex. 1.5kb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has spaces around it, which Elasticsearch does not accept here. Remove them.</source>
        <translation>%1 &quot;%2&quot; est entouré d&apos;espaces, ce qu&apos;Elasticsearch n&apos;accepte pas ici. Retirez-les.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 &quot;%2&quot; est trop grand : Elasticsearch le stocke comme un entier 32 bits, au plus 2147483647.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number, e.g. 5120.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un nombre entier, p. ex. 5120.</translation>
    </message>
    <message>
        <source>text with a unit, such as &quot;32mb&quot; or &quot;30s&quot;</source>
        <translation>du texte avec une unité, comme &quot;32mb&quot; ou &quot;30s&quot;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 vaut %2, mais doit être %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas valide. Utilisez &quot;all&quot; ou un nombre de copies de partition, 0 ou plus.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1 &quot;%2&quot; est négatif. Utilisez &quot;all&quot; ou un nombre de copies de partition, 0 ou plus.</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be at least 1.</source>
        <translation>%1 vaut %2, mais doit être au moins 1.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but it must be larger than 0 bytes, e.g. 32mb.</source>
        <translation>%1 vaut &quot;%2&quot;, mais doit être supérieur à 0 octet, p. ex. 32mb.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too short: Elasticsearch needs at least 1ms.</source>
        <translation>%1 &quot;%2&quot; est trop court : Elasticsearch demande au moins 1ms.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: Elasticsearch allows at most %3.</source>
        <translation>%1 &quot;%2&quot; est trop long : Elasticsearch autorise au plus %3.</translation>
    </message>
    <message>
        <source>%1 %2 is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 %2 est trop grand : Elasticsearch le stocke comme un entier 32 bits, au plus 2147483647.</translation>
    </message>
    <message>
        <source>Index names are lowercase and may not contain \ / * ? &quot; &lt; &gt; | , # : or spaces, nor start with _, - or +.</source>
        <translation>Les noms d&apos;index sont en minuscules et ne peuvent contenir ni \ / * ? &quot; &lt; &gt; | , # : ni espaces, ni commencer par _, - ou +.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 is empty. Enter an index name.</source>
        <translation>%1 est vide. Saisissez un nom d&apos;index.</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>des espaces</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain %3. %4</source>
        <translation>%1 &quot;%2&quot; ne doit pas contenir %3. %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;#&apos;. %3</source>
        <translation>%1 &quot;%2&quot; ne doit pas contenir &apos;#&apos;. %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;:&apos; (it separates a remote cluster from an index name). %3</source>
        <translation>%1 &quot;%2&quot; ne doit pas contenir &apos;:&apos; (il sépare un cluster distant d&apos;un nom d&apos;index). %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not start with &apos;%3&apos;. %4</source>
        <translation>%1 &quot;%2&quot; ne doit pas commencer par &apos;%3&apos;. %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: it takes %3 bytes in UTF-8, and Elasticsearch allows at most %4.</source>
        <translation>%1 &quot;%2&quot; est trop long : il occupe %3 octets en UTF-8, et Elasticsearch autorise au plus %4.</translation>
    </message>
    <message>
        <source>%1 must not be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>%1 ne doit pas être &quot;.&quot; ni &quot;..&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be lowercase, e.g. &quot;%3&quot;. %4</source>
        <translation>%1 &quot;%2&quot; doit être en minuscules, p. ex. &quot;%3&quot;. %4</translation>
    </message>
    <message>
        <source>Use d, h, m, s, ms, micros or nanos, e.g. 30s.</source>
        <translation>Utilisez d, h, m, s, ms, micros ou nanos, p. ex. 30s.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Durations must be 0 or more (-1 stands for &quot;no limit&quot; where Elasticsearch allows it).</source>
        <translation>%1 &quot;%2&quot; est négatif. Les durées doivent être 0 ou plus (-1 signifie &quot;pas de limite&quot; là où Elasticsearch l&apos;autorise).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range: the number must fit in a 64-bit integer.</source>
        <translation>%1 &quot;%2&quot; est hors limites : le nombre doit tenir dans un entier 64 bits.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a fraction, but Elasticsearch takes whole numbers only. Use a smaller unit, e.g. 1500ms instead of 1.5s.</source>
        <translation>%1 &quot;%2&quot; a une partie fractionnaire, mais Elasticsearch n&apos;accepte que des nombres entiers. Utilisez une unité plus petite, p. ex. 1500ms au lieu de 1.5s.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a duration. Write a whole number and a unit. %3</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une durée. Écrivez un nombre entier et une unité. %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time unit. %3</source>
        <translation>%1 &quot;%2&quot; n&apos;a pas d&apos;unité de temps. %3</translation>
    </message>
    <message>
        <source>Remove the spaces around the value.</source>
        <translation>Retirez les espaces autour de la valeur.</translation>
    </message>
    <message>
        <source>Minutes are a lowercase m; a capital M is not a unit.</source>
        <translation>Les minutes s&apos;écrivent avec un m minuscule ; un M majuscule n&apos;est pas une unité.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Elasticsearch Cross-Cluster Replication</source>
        <translation>Console de bureau pour la réplication inter-clusters d&apos;Elasticsearch</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Enregistrer une image de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Start the emulated clusters in this process and connect to them.</source>
        <translation>Démarrer les clusters émulés dans ce processus et s&apos;y connecter.</translation>
    </message>
</context>
</TS>
