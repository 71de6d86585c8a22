<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Duper</source>
        <translation>Duper について</translation>
    </message>
    <message>
        <source>A fast native console and command-line tool for Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters, with credentials kept in the system keychain.</source>
        <translation>Elasticsearch のクロスクラスターレプリケーションのための高速なネイティブコンソールとコマンドラインツールです。フォロワーインデックス、自動フォローパターン、リモートクラスターを扱い、認証情報はシステムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster to an API key</source>
        <translation>リモートクラスターを API キーに移行</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>リーダークラスター(&amp;L):</translation>
    </message>
    <message>
        <source>The saved connection of the cluster this remote cluster points at: the key is created there</source>
        <translation>このリモートクラスターが指すクラスターの保存済み接続。キーはそこで作成されます</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>レプリケート対象(&amp;R):</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas: at least the leader indices of the followers that use this remote cluster</source>
        <translation>このキーでレプリケートできるリーダーインデックスパターン (カンマ区切り)。少なくとも、このリモートクラスターを使用するフォロワーのリーダーインデックスを含めてください</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>検索 (任意)(&amp;S):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>このキーでクロスクラスター検索もできるインデックスパターン (カンマ区切り)</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this remote cluster</source>
        <translation>キーチェーンにこのリモートクラスターのキーがあっても新しいキーを作成する(&amp;W)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>新しいクロスクラスター API キー</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>キーチェーンに保存されました。ご自身の記録用に、今回だけ表示されます。これはシークレットです。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Done, I ran it on every node</source>
        <translation>完了: すべてのノードで実行しました(&amp;D)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the request in flight, without rolling back: Run again goes on from there</source>
        <translation>実行中のリクエストが終わったら、ロールバックせずに停止します。「再実行」でそこから続行します</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>ドライラン(&amp;D) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster with an API key</source>
        <translation>API キーでリモートクラスターを追加</translation>
    </message>
    <message>
        <source>Duper creates a cross-cluster API key on the leader cluster, keeps it in your keychain and connects this cluster to the leader&apos;s remote cluster server with it. Pick the saved connection of the leader cluster and the name this cluster will know it by.</source>
        <translation>Duper はリーダークラスター上にクロスクラスター API キーを作成してキーチェーンに保存し、そのキーでこのクラスターをリーダーのリモートクラスターサーバーに接続します。リーダークラスターの保存済み接続と、このクラスターがリーダーを呼ぶ名前を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>リーダークラスター(&amp;L):</translation>
    </message>
    <message>
        <source>Remote cluster &amp;name:</source>
        <translation>リモートクラスター名(&amp;N):</translation>
    </message>
    <message>
        <source>The alias this cluster knows the leader cluster by, as follower indices name it</source>
        <translation>このクラスターがリーダークラスターを呼ぶエイリアス (フォロワーインデックスもこの名前でリーダーを指定します)</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>レプリケート対象(&amp;R):</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas</source>
        <translation>このキーでレプリケートできるリーダーインデックスパターン (カンマ区切り)</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>検索 (任意)(&amp;S):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>このキーでクロスクラスター検索もできるインデックスパターン (カンマ区切り)</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>never (or e.g. 90d)</source>
        <translation>無期限 (または 90d など)</translation>
    </message>
    <message>
        <source>When the key expires replication stops: leave empty for a key that never expires</source>
        <translation>キーの有効期限が切れるとレプリケーションは停止します。期限のないキーにするには空欄のままにしてください</translation>
    </message>
    <message>
        <source>Connection mode:</source>
        <translation>接続モード:</translation>
    </message>
    <message>
        <source>&amp;Proxy (one address)</source>
        <translation>Proxy(&amp;P) (1 つのアドレス)</translation>
    </message>
    <message>
        <source>S&amp;niff (seed nodes)</source>
        <translation>Sniff(&amp;N) (シードノード)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>リーダーのリモートクラスターサーバーのアドレス</translation>
    </message>
    <message>
        <source>Leave empty to use the leader&apos;s remote cluster server (port 9443 by default), read from its nodes. Not its transport (9300) or HTTP (9200) address. Several seeds: separate them with commas.</source>
        <translation>空欄の場合は、リーダーのノードから読み取ったリモートクラスターサーバー (デフォルトはポート 9443) を使用します。トランスポート (9300) や HTTP (9200) のアドレスではありません。シードが複数ある場合はカンマで区切ってください。</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this name</source>
        <translation>キーチェーンにこの名前のキーがあっても新しいキーを作成する(&amp;W)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>新しいクロスクラスター API キー</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>キーチェーンに保存されました。ご自身の記録用に、今回だけ表示されます。これはシークレットです。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>I have run it on &amp;every node</source>
        <translation>すべてのノードで実行しました(&amp;E)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on the remote cluster whose name matches. Indices that exist before the pattern is created are not followed.</source>
        <translation>自動フォローパターンを使うと、このクラスターは、名前が一致するリモートクラスター上の新しいインデックスをすべてフォローします。パターンの作成前から存在するインデックスはフォローされません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>A unique name for the pattern: no commas, not starting with _</source>
        <translation>パターンの一意な名前: カンマを含まず、_ で始まらないこと</translation>
    </message>
    <message>
        <source>e.g. logs-from-dc1</source>
        <translation>例: logs-from-dc1</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) whose new indices the pattern follows</source>
        <translation>パターンが新しいインデックスをフォローするリモートクラスター (このクラスターで設定済みのもの)</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>リーダーインデックスパターン</translation>
    </message>
    <message>
        <source>leader_index_patterns: new indices on the remote cluster whose names match one of these are followed; * matches anything</source>
        <translation>leader_index_patterns: リモートクラスター上の新しいインデックスのうち、名前がいずれかに一致するものがフォローされます。* は任意の文字列に一致します</translation>
    </message>
    <message>
        <source>Type a pattern such as logs-* and press Enter</source>
        <translation>logs-* などのパターンを入力して Enter を押します</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>除外パターン</translation>
    </message>
    <message>
        <source>leader_index_exclusion_patterns: leader indices matching one of these are never followed, even when a leader pattern matches</source>
        <translation>leader_index_exclusion_patterns: いずれかに一致するリーダーインデックスは、リーダーパターンに一致してもフォローされません</translation>
    </message>
    <message>
        <source>Optional, e.g. logs-debug-*</source>
        <translation>任意。例: logs-debug-*</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>フォロワーインデックスパターン</translation>
    </message>
    <message>
        <source>follow_index_pattern: the name of each follower index; {{leader_index}} stands for the leader index name</source>
        <translation>follow_index_pattern: 各フォロワーインデックスの名前。{{leader_index}} はリーダーインデックス名を表します</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>プレフィックスなし</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>No suffix</source>
        <translation>サフィックスなし</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Follower index names the pattern would create</source>
        <translation>このパターンで作成されるフォロワーインデックス名</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>自動フォローパターンを保存しています…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>リクエストを表示…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>AutoRefreshChoiceText</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>自動更新オフ</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>%1 秒ごと</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>%1 分ごと</translation>
    </message>
</context>
<context>
    <name>BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication</source>
        <translation>双方向レプリケーション</translation>
    </message>
    <message>
        <source>&amp;Other cluster:</source>
        <translation>相手のクラスター(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>このクラスター上のリモートクラスター(&amp;R):</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points at the other cluster</source>
        <translation>このクラスター上で相手のクラスターを指すリモートクラスターエイリアス</translation>
    </message>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>戻り方向のリモートクラスター(&amp;B):</translation>
    </message>
    <message>
        <source>The remote cluster alias on the other cluster that points back at this one</source>
        <translation>相手のクラスター上でこのクラスターを指し返すリモートクラスターエイリアス</translation>
    </message>
    <message>
        <source>&amp;Leader indices:</source>
        <translation>リーダーインデックス(&amp;L):</translation>
    </message>
    <message>
        <source>Index names or wildcards to replicate both ways, separated by commas</source>
        <translation>双方向にレプリケートするインデックス名またはワイルドカード (カンマ区切り)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Follower indices</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://es.example.com:9200, https://es2.example.com:9200</source>
        <translation>https://es.example.com:9200, https://es2.example.com:9200</translation>
    </message>
    <message>
        <source>&amp;Cloud ID:</source>
        <translation>Cloud ID(&amp;C):</translation>
    </message>
    <message>
        <source>Instead of URLs: deployment:base64…</source>
        <translation>URL の代わりに: deployment:base64…</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>ユーザー名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Ask for the secret every time (do not store it)</source>
        <translation>毎回シークレットを尋ねる (保存しない)</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS 証明書を検証(&amp;V)</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone between you and the cluster can read and change the traffic, including your credentials.</source>
        <translation>証明書が検証されません。あなたとクラスターの間にいる誰もが、認証情報を含む通信を読み取り、改ざんできます。</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Optional PEM file, trusted on top of the system&apos;s CAs</source>
        <translation>任意の PEM ファイル。システムの CA に加えて信頼されます</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>クライアント証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアントキー(&amp;K):</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>キーのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>暗号化されたキーの場合のみ。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default &amp;remote:</source>
        <translation>デフォルトのリモート(&amp;R):</translation>
    </message>
    <message>
        <source>Remote cluster alias used when following</source>
        <translation>フォロー時に使うリモートクラスターのエイリアス</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ロール(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CreateFollowerDialog</name>
    <message>
        <source>Create follower index</source>
        <translation>フォロワーインデックスを作成</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) that holds the leader index</source>
        <translation>リーダーインデックスを保持するリモートクラスター (このクラスターで設定済みのもの)</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>The index on the remote cluster to replicate</source>
        <translation>レプリケートするリモートクラスター上のインデックス</translation>
    </message>
    <message>
        <source>Index or data stream on the remote cluster</source>
        <translation>リモートクラスター上のインデックスまたはデータストリーム</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>The new index on this cluster that receives the copy; lowercase, no spaces or \ / * ? &quot; &lt; &gt; | , # :</source>
        <translation>コピーを受け取るこのクラスター上の新しいインデックス。小文字で、空白や \ / * ? &quot; &lt; &gt; | , # : は使えません</translation>
    </message>
    <message>
        <source>Data stream name</source>
        <translation>データストリーム名</translation>
    </message>
    <message>
        <source>data_stream_name: the local data stream the follower index becomes part of (optional)</source>
        <translation>data_stream_name: フォロワーインデックスが属するローカルのデータストリーム (任意)</translation>
    </message>
    <message>
        <source>Optional: only when following a data stream backing index</source>
        <translation>任意: データストリームのバッキングインデックスをフォローする場合のみ</translation>
    </message>
    <message>
        <source>Wait for active shards</source>
        <translation>アクティブなシャードを待機</translation>
    </message>
    <message>
        <source>How many shard copies must be active before the request returns: 0 (do not wait), a number, or all</source>
        <translation>リクエストが戻る前にアクティブになっている必要があるシャードコピーの数: 0 (待機しない)、数値、または all</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Index settings override (settings)</source>
        <translation>インデックス設定の上書き (settings)</translation>
    </message>
    <message>
        <source>Settings of the follower index that differ from the leader, e.g. index.number_of_replicas = 0</source>
        <translation>リーダーと異なるフォロワーインデックスの設定。例: index.number_of_replicas = 0</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>設定を追加</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>設定を削除</translation>
    </message>
    <message>
        <source>Creating follower index…</source>
        <translation>フォロワーインデックスを作成しています…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>リクエストを表示…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DisasterRecoveryPage</name>
    <message>
        <source>What this cluster replicates from each remote cluster. Select a remote to fail over from it when its leader cluster is lost.</source>
        <translation>このクラスターが各リモートクラスターから複製しているもの。リーダークラスターが失われたときは、リモートクラスターを選択してフェイルオーバーします。</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>フェイルオーバー(&amp;V)…</translation>
    </message>
    <message>
        <source>Make this cluster and another saved connection replicate each other&apos;s new indices, without loops</source>
        <translation>このクラスターと別の保存済み接続のクラスターが、ループすることなく互いの新しいインデックスをレプリケートするようにします</translation>
    </message>
    <message>
        <source>Set up &amp;bi-directional replication…</source>
        <translation>双方向レプリケーションを設定(&amp;B)…</translation>
    </message>
    <message>
        <source>Replication by remote cluster</source>
        <translation>リモートクラスター別のレプリケーション</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>フォルダーを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Markdown としてエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>After a failover, once this cluster is back: make it follow the promoted cluster, then optionally switch back</source>
        <translation>フェイルオーバー後、このクラスターが復旧したら: 昇格したクラスターをフォローするようにし、必要に応じてスイッチバックします</translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation>フェイルバック(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>EditFollowerDialog</name>
    <message>
        <source>Edit follower index</source>
        <translation>フォロワーインデックスを編集</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Elasticsearch only takes new settings when replication resumes: saving pauses replication of this follower and resumes it with the settings below. Nothing is lost; the follower catches up after the resume.</source>
        <translation>Elasticsearch は、レプリケーションの再開時にのみ新しい設定を受け付けます。保存すると、このフォロワーのレプリケーションを一時停止し、以下の設定で再開します。データは失われず、再開後にフォロワーが追いつきます。</translation>
    </message>
    <message>
        <source>Resume with previous settings</source>
        <translation>以前の設定で再開</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FailbackDialog</name>
    <message>
        <source>Fail back</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>&amp;Promoted cluster:</source>
        <translation>昇格したクラスター(&amp;P):</translation>
    </message>
    <message>
        <source>The saved connection to the cluster that was promoted when this one was lost</source>
        <translation>このクラスターが失われたときに昇格したクラスターへの保存済み接続</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>このクラスター上のリモートクラスター(&amp;R):</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points to the promoted cluster (added when missing)</source>
        <translation>このクラスター上で昇格したクラスターを指すリモートクラスターエイリアス (ない場合は追加されます)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>ステップとインデックス</translation>
    </message>
    <message>
        <source>Docs here</source>
        <translation>こちらのドキュメント数</translation>
    </message>
    <message>
        <source>Documents in the index on this cluster</source>
        <translation>このクラスター上のインデックスのドキュメント数</translation>
    </message>
    <message>
        <source>Docs promoted</source>
        <translation>昇格側のドキュメント数</translation>
    </message>
    <message>
        <source>Documents in the index on the promoted cluster</source>
        <translation>昇格したクラスター上のインデックスのドキュメント数</translation>
    </message>
    <message>
        <source>Seq. no. here</source>
        <translation>こちらのシーケンス番号</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on this cluster</source>
        <translation>このクラスター上のインデックスの最大シーケンス番号</translation>
    </message>
    <message>
        <source>Seq. no. promoted</source>
        <translation>昇格側のシーケンス番号</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on the promoted cluster</source>
        <translation>昇格したクラスター上のインデックスの最大シーケンス番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Fail over</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>ステップとインデックス</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>フェイルオーバー(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FollowManyDialog</name>
    <message>
        <source>Follow existing leader indices</source>
        <translation>既存のリーダーインデックスをフォロー</translation>
    </message>
    <message>
        <source>Follows leader indices that already exist on a remote cluster. Auto-follow patterns only pick up indices created after the pattern; this follows the ones that are there now.</source>
        <translation>リモートクラスター上に既に存在するリーダーインデックスをフォローします。自動フォローパターンはパターン作成後に作られたインデックスしか対象にしないため、ここで現在あるインデックスをフォローします。</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>リーダーインデックスパターン</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logs-*, metrics-*</source>
        <translation>カンマ区切り。例: logs-*, metrics-*</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>除外パターン</translation>
    </message>
    <message>
        <source>Optional, comma-separated, e.g. logs-old-*</source>
        <translation>任意、カンマ区切り。例: logs-old-*</translation>
    </message>
    <message>
        <source>Follower index name</source>
        <translation>フォロワーインデックス名</translation>
    </message>
    <message>
        <source>{{leader_index}} is replaced with each leader index&apos;s name, e.g. {{leader_index}}-copy</source>
        <translation>{{leader_index}} は各リーダーインデックスの名前に置き換えられます。例: {{leader_index}}-copy</translation>
    </message>
    <message>
        <source>Find leader indices</source>
        <translation>リーダーインデックスを検索</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>This table is the dry run: nothing is followed until you press Follow.</source>
        <translation>この表はドライランです。「フォロー」を押すまで何もフォローされません。</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Also create an auto-follow pattern named</source>
        <translation>次の名前で自動フォローパターンも作成:</translation>
    </message>
    <message>
        <source>so new indices follow too</source>
        <translation>(新しいインデックスもフォローされます)</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FollowParametersEditor</name>
    <message>
        <source>Leave a field empty to use Elasticsearch&apos;s default, shown in grey.</source>
        <translation>Elasticsearch のデフォルト (灰色で表示) を使うには、フィールドを空のままにします。</translation>
    </message>
    <message>
        <source>Read batch (operations)</source>
        <translation>読み取りバッチ (操作数)</translation>
    </message>
    <message>
        <source>max_read_request_operation_count: The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>max_read_request_operation_count: 1 回の読み取りリクエストでリーダーから取得する最大操作数。1 以上の整数。</translation>
    </message>
    <message>
        <source>The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>1 回の読み取りリクエストでリーダーから取得する最大操作数。1 以上の整数。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>デフォルトを使用</translation>
    </message>
    <message>
        <source>Clear the value so Elasticsearch applies its default</source>
        <translation>値をクリアして Elasticsearch のデフォルトを適用します</translation>
    </message>
    <message>
        <source>Read batch (size)</source>
        <translation>読み取りバッチ (サイズ)</translation>
    </message>
    <message>
        <source>max_read_request_size: The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>max_read_request_size: 1 回の読み取りリクエストでリーダーから取得する最大バイト数。例: 32mb。単位: b、kb、mb、gb、tb、pb。</translation>
    </message>
    <message>
        <source>The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>1 回の読み取りリクエストでリーダーから取得する最大バイト数。例: 32mb。単位: b、kb、mb、gb、tb、pb。</translation>
    </message>
    <message>
        <source>Parallel reads</source>
        <translation>並列読み取り</translation>
    </message>
    <message>
        <source>max_outstanding_read_requests: The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>max_outstanding_read_requests: 同時にリーダーの応答を待てる読み取りリクエストの最大数。1 以上の整数。</translation>
    </message>
    <message>
        <source>The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>同時にリーダーの応答を待てる読み取りリクエストの最大数。1 以上の整数。</translation>
    </message>
    <message>
        <source>Write batch (operations)</source>
        <translation>書き込みバッチ (操作数)</translation>
    </message>
    <message>
        <source>max_write_request_operation_count: The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>max_write_request_operation_count: 1 回のバルクリクエストでフォロワーに書き込む最大操作数。1 以上の整数。</translation>
    </message>
    <message>
        <source>The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>1 回のバルクリクエストでフォロワーに書き込む最大操作数。1 以上の整数。</translation>
    </message>
    <message>
        <source>Write batch (size)</source>
        <translation>書き込みバッチ (サイズ)</translation>
    </message>
    <message>
        <source>max_write_request_size: The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>max_write_request_size: 1 回のバルクリクエストでフォロワーに書き込む最大バイト数。例: 16mb。</translation>
    </message>
    <message>
        <source>The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>1 回のバルクリクエストでフォロワーに書き込む最大バイト数。例: 16mb。</translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation>並列書き込み</translation>
    </message>
    <message>
        <source>max_outstanding_write_requests: The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>max_outstanding_write_requests: フォロワーで同時に実行されるバルク書き込みリクエストの最大数。1 以上の整数。</translation>
    </message>
    <message>
        <source>The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>フォロワーで同時に実行されるバルク書き込みリクエストの最大数。1 以上の整数。</translation>
    </message>
    <message>
        <source>Write buffer (operations)</source>
        <translation>書き込みバッファー (操作数)</translation>
    </message>
    <message>
        <source>max_write_buffer_count: The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>max_write_buffer_count: 書き込み待ちの最大操作数。バッファーがこれを超えると、リーダーからの読み取りが待機します。</translation>
    </message>
    <message>
        <source>The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>書き込み待ちの最大操作数。バッファーがこれを超えると、リーダーからの読み取りが待機します。</translation>
    </message>
    <message>
        <source>Write buffer (size)</source>
        <translation>書き込みバッファー (サイズ)</translation>
    </message>
    <message>
        <source>max_write_buffer_size: The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>max_write_buffer_size: 書き込み待ちの最大バイト数。バッファーがこれを超えると、リーダーからの読み取りが待機します。例: 512mb。</translation>
    </message>
    <message>
        <source>The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>書き込み待ちの最大バイト数。バッファーがこれを超えると、リーダーからの読み取りが待機します。例: 512mb。</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>最大再試行間隔</translation>
    </message>
    <message>
        <source>max_retry_delay: The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>max_retry_delay: 失敗した操作を再試行するまでの最長の待機時間。例: 500ms、10s。最大 5m。</translation>
    </message>
    <message>
        <source>The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>失敗した操作を再試行するまでの最長の待機時間。例: 500ms、10s。最大 5m。</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>読み取りポーリングタイムアウト</translation>
    </message>
    <message>
        <source>read_poll_timeout: How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>read_poll_timeout: フォロワーが追いついているときに、読み取りがリーダーの新しい操作を待つ時間。例: 1m。</translation>
    </message>
    <message>
        <source>How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>フォロワーが追いついているときに、読み取りがリーダーの新しい操作を待つ時間。例: 1m。</translation>
    </message>
</context>
<context>
    <name>FollowerListStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Choose a connection in the toolbar to see its follower indices.</source>
        <translation>フォロワーインデックスを表示するには、ツールバーで接続を選択してください。</translation>
    </message>
    <message>
        <source>Cross-cluster replication is not licensed</source>
        <translation>クロスクラスターレプリケーションのライセンスがありません</translation>
    </message>
    <message>
        <source>This cluster runs with a “%1” license. Cross-cluster replication needs an active platinum, enterprise or trial license: start a trial or install a license, then check again.</source>
        <translation>このクラスターは「%1」ライセンスで実行されています。クロスクラスターレプリケーションには、有効な platinum、enterprise、または trial ライセンスが必要です。トライアルを開始するかライセンスをインストールしてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>The follower indices could not be loaded</source>
        <translation>フォロワーインデックスを読み込めませんでした</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message numerus="yes">
        <source>The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</source>
        <translation>
            <numerusform>ユーザーにクラスター権限 %1 がありません。フォロワーインデックスの読み取りには「monitor」(または「manage_ccr」)、作成・一時停止・再開には「manage_ccr」が必要です。管理者にロールへの追加を依頼してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not have permission to view follower indices</source>
        <translation>フォロワーインデックスを表示する権限がありません</translation>
    </message>
    <message>
        <source>Loading follower indices…</source>
        <translation>フォロワーインデックスを読み込んでいます…</translation>
    </message>
    <message>
        <source>No remote clusters yet</source>
        <translation>リモートクラスターがまだありません</translation>
    </message>
    <message>
        <source>A follower index copies a leader index from a remote cluster, and this cluster knows no remote cluster yet. Add the leader cluster as a remote cluster first (the cluster setting cluster.remote.&lt;alias&gt;.seeds), then create a follower index.</source>
        <translation>フォロワーインデックスはリモートクラスターのリーダーインデックスをコピーしますが、このクラスターにはまだリモートクラスターがありません。まずリーダークラスターをリモートクラスターとして追加し (クラスター設定 cluster.remote.&lt;alias&gt;.seeds)、その後フォロワーインデックスを作成してください。</translation>
    </message>
    <message>
        <source>Set up a remote cluster…</source>
        <translation>リモートクラスターを設定…</translation>
    </message>
    <message>
        <source>Create your first follower index</source>
        <translation>最初のフォロワーインデックスを作成</translation>
    </message>
    <message>
        <source>A follower index replicates a leader index of a remote cluster. Create one to start replicating.</source>
        <translation>フォロワーインデックスは、リモートクラスターのリーダーインデックスをレプリケートします。作成してレプリケーションを開始しましょう。</translation>
    </message>
    <message>
        <source>Create a follower index…</source>
        <translation>フォロワーインデックスを作成…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of Duper&apos;s window; applies at once</source>
        <translation>Duper のウィンドウの言語です。すぐに反映されます</translation>
    </message>
    <message>
        <source>Default &amp;auto-refresh:</source>
        <translation>既定の自動更新(&amp;A):</translation>
    </message>
    <message>
        <source>How often lists refresh by themselves, until you pick another interval on a list</source>
        <translation>一覧が自動で更新される間隔です。一覧で別の間隔を選ぶまで使われます</translation>
    </message>
    <message>
        <source>Ask before &amp;pausing or resuming</source>
        <translation>一時停止・再開の前に確認する(&amp;P)</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>ネットワークプロキシ</translation>
    </message>
    <message>
        <source>Proxies that need a password are not supported: a password would belong in the system keychain, not in the settings file.</source>
        <translation>パスワードが必要なプロキシには対応していません。パスワードは設定ファイルではなく、システムのキーチェーンに保管すべきものだからです。</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>システムのプロキシ設定を使う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシを使わない(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手動プロキシ(&amp;M):</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>プロキシの種類</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>レプリケーション履歴</translation>
    </message>
    <message>
        <source>Duper keeps each follower&apos;s lag, rate and status from every refresh in a file in its data folder.</source>
        <translation>Duper は各フォロワーの遅延、レート、状態を更新ごとにデータフォルダー内のファイルに保存します。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>How long the figures of every refresh are kept</source>
        <translation>各更新の値を保持する期間</translation>
    </message>
    <message>
        <source>Per-minute &amp;figures for:</source>
        <translation>分単位の値を保持する期間(&amp;F):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>How long each minute&apos;s minimum, average and maximum are kept; older history is dropped</source>
        <translation>各分の最小・平均・最大を保持する期間。これより古い履歴は削除されます</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>サイズ上限(&amp;Z):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The most the history file may take on disk; the oldest figures go first</source>
        <translation>履歴ファイルがディスク上で使用できる最大サイズ。古い値から削除されます</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Replication &amp;history</source>
        <translation>レプリケーション履歴(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;very refresh for:</source>
        <translation>すべての更新を保持する期間(&amp;V):</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>アラート(&amp;R)</translation>
    </message>
    <message>
        <source>Alert rules are kept per connection: connect to a cluster to edit its rules.</source>
        <translation>アラートルールは接続ごとに保存されます: ルールを編集するにはクラスターに接続してください。</translation>
    </message>
</context>
<context>
    <name>PrivilegePreflightPanel</name>
    <message>
        <source>Send anyway, without these privileges</source>
        <translation>それでも送信する (これらの権限なし)</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>インデックスを再オープン</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>RemoteClusterDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>リモートクラスターを追加</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>Connection mode</source>
        <translation>接続モード</translation>
    </message>
    <message>
        <source>&amp;Sniff: connect to seed nodes, then to the gateway nodes they report</source>
        <translation>Sniff(&amp;S): シードノードに接続し、そこから報告されたゲートウェイノードに接続</translation>
    </message>
    <message>
        <source>&amp;Proxy: connect through one address (a load balancer or proxy)</source>
        <translation>Proxy(&amp;P): 1 つのアドレス (ロードバランサーまたはプロキシ) を経由して接続</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>シード(&amp;E)</translation>
    </message>
    <message>
        <source>One transport address per line, e.g. 10.0.0.5:9300</source>
        <translation>1 行に 1 つのトランスポートアドレス。例: 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>No&amp;de connections</source>
        <translation>ノード接続数(&amp;D)</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>プロキシアドレス(&amp;A)</translation>
    </message>
    <message>
        <source>proxy.example.com:9400</source>
        <translation>proxy.example.com:9400</translation>
    </message>
    <message>
        <source>Se&amp;rver name</source>
        <translation>サーバー名(&amp;R)</translation>
    </message>
    <message>
        <source>optional: the TLS server name (SNI) the proxy expects</source>
        <translation>任意: プロキシが期待する TLS サーバー名 (SNI)</translation>
    </message>
    <message>
        <source>Soc&amp;ket connections</source>
        <translation>ソケット接続数(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;kip this cluster in cross-cluster searches when it is unavailable</source>
        <translation>利用できないときはクロスクラスター検索でこのクラスターをスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the setting</source>
        <translation>設定の保持</translation>
    </message>
    <message>
        <source>&amp;Persistent: survives a full cluster restart</source>
        <translation>永続(&amp;P): クラスターの完全再起動後も保持</translation>
    </message>
    <message>
        <source>&amp;Transient: lost on a full cluster restart</source>
        <translation>一時(&amp;T): クラスターの完全再起動で消失</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
</context>
<context>
    <name>RemoteClusterTexts</name>
    <message>
        <source>“%1” is connected through %2 (%3 of %4 sockets open).</source>
        <translation>「%1」は %2 経由で接続されています (%4 ソケット中 %3 がオープン)。</translation>
    </message>
    <message>
        <source>“%1” is connected (%2 of %3 nodes).</source>
        <translation>「%1」は接続されています (%3 ノード中 %2)。</translation>
    </message>
    <message>
        <source>“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.</source>
        <translation>「%1」は保存されましたが、Elasticsearch はまだ接続を報告していません。少し待ってから更新してください。</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.</source>
        <translation>「%1」は保存されましたが、接続されていません: %2 で応答したクラスターはありません。アドレスがリモートクラスターのトランスポートポート (通常は 9300 で、HTTP ポートの 9200 ではありません) であること、およびこのクラスターから到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Delete the remote cluster “%1”? This cluster forgets how to reach it.</source>
        <translation>リモートクラスター「%1」を削除しますか? このクラスターはそこへの接続方法を忘れます。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 個</translation>
    </message>
    <message>
        <source>1 follower index replicates through it and will stop replicating: %1.</source>
        <translation>1 個のフォロワーインデックスがこれを経由してレプリケートしており、レプリケーションが停止します: %1。</translation>
    </message>
    <message>
        <source>%1 follower indices replicate through it and will stop replicating: %2.</source>
        <translation>%1 個のフォロワーインデックスがこれを経由してレプリケートしており、レプリケーションが停止します: %2。</translation>
    </message>
    <message>
        <source>Select a remote cluster to see its details.</source>
        <translation>詳細を表示するリモートクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
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
        <translation>プロキシアドレス</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Sockets connected</source>
        <translation>接続中のソケット</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Nodes connected</source>
        <translation>接続中のノード</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>利用不可時スキップ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Initial connect timeout</source>
        <translation>初回接続タイムアウト</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected through its API key at %2. Likely causes: the keystore entry cluster.remote.%1.credentials is missing on a node, secure settings were not reloaded on every node after it was added, or the key was invalidated or expired on the remote cluster.</source>
        <translation>「%1」は保存されましたが、%2 で API キーによって接続されていません。考えられる原因: あるノードでキーストアのエントリ cluster.remote.%1.credentials がない、エントリを追加した後にすべてのノードでセキュア設定が再読み込みされていない、またはリモートクラスターでキーが無効化されたか期限切れになった。</translation>
    </message>
    <message>
        <source>“%1” points at a remote cluster server address (%2), but Elasticsearch reports no API key for it: add cluster.remote.%1.credentials to the keystore of every node, then reload secure settings.</source>
        <translation>「%1」はリモートクラスターサーバーのアドレス (%2) を指していますが、Elasticsearch はそれに対する API キーを報告していません: すべてのノードのキーストアに cluster.remote.%1.credentials を追加してから、セキュア設定を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Certificate: TLS on the transport port</source>
        <translation>証明書: トランスポートポート上の TLS</translation>
    </message>
    <message>
        <source>API key, stored in this cluster&apos;s keystore (cluster.remote.%1.credentials)</source>
        <translation>API キー、このクラスターのキーストアに保存 (cluster.remote.%1.credentials)</translation>
    </message>
    <message>
        <source>API key, but no credential is in force: cluster.remote.%1.credentials is missing from the keystore or secure settings were not reloaded</source>
        <translation>API キーですが、有効な認証情報がありません: キーストアに cluster.remote.%1.credentials がないか、セキュア設定が再読み込みされていません</translation>
    </message>
</context>
<context>
    <name>RemoteSecurityChoiceDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>リモートクラスターを追加</translation>
    </message>
    <message>
        <source>How does this cluster authenticate to the remote (leader) cluster?</source>
        <translation>このクラスターはリモート (リーダー) クラスターに対してどのように認証しますか?</translation>
    </message>
    <message>
        <source>Cross-cluster &amp;API key (recommended)</source>
        <translation>クロスクラスター API キー(&amp;A) (推奨)</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s remote cluster server (port 9443) with a key that allows only the indices you choose. Elasticsearch 8.14 or later. Duper creates the key and guides you through the rest.</source>
        <translation>選択したインデックスだけを許可するキーで、リーダーのリモートクラスターサーバー (ポート 9443) に接続します。Elasticsearch 8.14 以降が必要です。Duper がキーを作成し、残りの手順を案内します。</translation>
    </message>
    <message>
        <source>TLS &amp;certificate</source>
        <translation>TLS 証明書(&amp;C)</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s transport port (9300) trusting both clusters&apos; certificates. Deprecated in Elasticsearch 9: choose it only for older clusters or an existing set-up.</source>
        <translation>両方のクラスターの証明書を信頼して、リーダーのトランスポートポート (9300) に接続します。Elasticsearch 9 では非推奨です。古いクラスターや既存の構成の場合にのみ選択してください。</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>As Kibana&apos;s Dev Tools console reads it</source>
        <translation>Kibana の Dev Tools コンソールで読み込める形式</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>As a shell command; add your credentials</source>
        <translation>シェルコマンドとして (認証情報を追加してください)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>SwitchBackPage</name>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>戻り方向のリモートクラスター(&amp;B):</translation>
    </message>
    <message>
        <source>The remote cluster alias on the promoted cluster that points back to this one (as before the failover)</source>
        <translation>昇格したクラスター上でこのクラスターを指し返すリモートクラスターエイリアス (フェイルオーバー前と同じ)</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>ステップとインデックス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>duper</name>
    <message>
        <source>create the follower index</source>
        <translation>フォロワーインデックスを作成する</translation>
    </message>
    <message>
        <source>create the follower indices</source>
        <translation>フォロワーインデックスを作成する</translation>
    </message>
    <message>
        <source>create the auto-follow pattern and the followers it makes</source>
        <translation>自動フォローパターンと、それが作成するフォロワーを作成する</translation>
    </message>
    <message>
        <source>fail over (pause, close, unfollow and open the followers)</source>
        <translation>フォロワーを一時停止、クローズ、フォロー解除、オープンしてフェイルオーバーする</translation>
    </message>
    <message>
        <source>following, pausing, resuming and unfollowing indices, and managing auto-follow patterns</source>
        <translation>インデックスのフォロー、一時停止、再開、フォロー解除、および自動フォローパターンの管理</translation>
    </message>
    <message>
        <source>reading follower statistics, CCR statistics and remote cluster information</source>
        <translation>フォロワーの統計、CCR の統計、リモートクラスター情報の読み取り</translation>
    </message>
    <message>
        <source>changing cluster settings, such as adding or removing remote clusters</source>
        <translation>リモートクラスターの追加や削除など、クラスター設定の変更</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>duper::AlertRules</name>
    <message>
        <source>%1 lag %2 ops &gt; %3</source>
        <translation>%1 遅延 %2 操作 &gt; %3</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3) and has been above %4 for %5.</source>
        <translation>%1 はリーダーより %2 操作遅れており (上限 %3)、%5 前から %4 を超えています。</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3).</source>
        <translation>%1 はリーダーより %2 操作遅れています (上限 %3)。</translation>
    </message>
    <message>
        <source>%1 last read %2 ago &gt; %3</source>
        <translation>%1 最終読み取り %2 前 &gt; %3</translation>
    </message>
    <message>
        <source>%1 last read from its leader %2 ago (limit %3): check the remote cluster connection.</source>
        <translation>%1 がリーダーから最後に読み取ったのは %2 前です (上限 %3): リモートクラスターへの接続を確認してください。</translation>
    </message>
    <message>
        <source>%1 read exceptions: %2</source>
        <translation>%1 読み取り例外: %2</translation>
    </message>
    <message>
        <source>%1 fatal error</source>
        <translation>%1 致命的なエラー</translation>
    </message>
    <message>
        <source>%1 stopped replicating on a fatal error: %2</source>
        <translation>%1 は致命的なエラーでレプリケーションを停止しました: %2</translation>
    </message>
    <message>
        <source>read from the leader index</source>
        <translation>リーダーインデックスから読み取り</translation>
    </message>
    <message>
        <source>The period has passed: resuming will probably fail and the follower must be recreated.</source>
        <translation>期間を過ぎています: 再開はおそらく失敗し、フォロワーを再作成する必要があります。</translation>
    </message>
    <message>
        <source>Resume it within %1, or it must be recreated.</source>
        <translation>%1 以内に再開してください。さもないと再作成が必要になります。</translation>
    </message>
    <message>
        <source>At most %1 remain before resuming fails and the follower must be recreated.</source>
        <translation>再開が失敗しフォロワーの再作成が必要になるまで、残りは最大 %1 です。</translation>
    </message>
    <message>
        <source>%1 paused %2 (%3% of %4)</source>
        <translation>%1 一時停止 %2 (%4 の %3%)</translation>
    </message>
    <message>
        <source>%1 has been paused for %2, %3% of its leader&apos;s retention lease period of %4 (%5). %6</source>
        <translation>%1 は %2 前から一時停止中で、リーダーのリテンションリース期間 %4 の %3% です (%5)。%6</translation>
    </message>
    <message>
        <source>%1 paused at least %2 of %3 (start unknown)</source>
        <translation>%1 一時停止 %3 のうち少なくとも %2 (開始時刻不明)</translation>
    </message>
    <message>
        <source>%1 paused (since when is unknown)</source>
        <translation>%1 一時停止 (開始時刻不明)</translation>
    </message>
    <message>
        <source>%1 is paused, for at least %2: it was already paused when first seen, and Elasticsearch does not record since when. Its leader keeps the operations it needs for %3 (%4). %5</source>
        <translation>%1 は少なくとも %2 前から一時停止中です: 最初に確認した時点で既に一時停止しており、Elasticsearch は開始時刻を記録しません。リーダーは必要な操作を %3 の間保持します (%4)。%5</translation>
    </message>
    <message>
        <source>%1 is paused; since when is not known (Elasticsearch does not record it). Its leader keeps the operations it needs for %2 (%3). %4</source>
        <translation>%1 は一時停止中です。開始時刻は不明です (Elasticsearch は記録しません)。リーダーは必要な操作を %2 の間保持します (%3)。%4</translation>
    </message>
    <message>
        <source>assumed %1 default: no leader connection given</source>
        <translation>既定値 %1 を仮定: リーダー接続の指定なし</translation>
    </message>
    <message>
        <source>assumed %1 default: %2</source>
        <translation>既定値 %1 を仮定: %2</translation>
    </message>
    <message>
        <source>%1 fails to read from its leader (%2, %3; Elasticsearch retries): %4</source>
        <translation>%1 はリーダーから読み取れません (%2、%3。Elasticsearch が再試行します): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n read exceptions</source>
        <translation>
            <numerusform>読み取り例外 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed reads</source>
        <translation>
            <numerusform>失敗した読み取り %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::AlertStateFile</name>
    <message>
        <source>could not read the state file %1: %2</source>
        <translation>状態ファイル %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>the state file %1 is not one duper wrote; starting afresh</source>
        <translation>状態ファイル %1 は duper が書いたものではありません。最初からやり直します</translation>
    </message>
    <message>
        <source>could not write the state file %1: %2</source>
        <translation>状態ファイル %1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigration</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>フォロワークラスターへの接続がありません</translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>リモートクラスター %1 はすでに認証情報で接続しています</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>リモートクラスター %1 用に保存済みのキーを使用</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>キーを作成するリーダークラスターへの接続がありません</translation>
    </message>
    <message>
        <source>give the leader index patterns the new key may replicate</source>
        <translation>新しいキーでレプリケートできるリーダーインデックスパターンを指定してください</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>リーダークラスターがクロスクラスター API キーを作成しませんでした</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>キー %1 (id %2) を作成しました</translation>
    </message>
    <message>
        <source>paused by the earlier run</source>
        <translation>前回の実行で一時停止済み</translation>
    </message>
    <message>
        <source>no active follower or pattern uses %1</source>
        <translation>%1 を使用しているアクティブなフォロワーやパターンはありません</translation>
    </message>
    <message>
        <source>could not pause: %1</source>
        <translation>一時停止できませんでした: %1</translation>
    </message>
    <message>
        <source>the switch was stopped</source>
        <translation>切り替えは中止されました</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2 with the key</source>
        <translation>リモートクラスター %1 はキーを使って %2 を使用するようになりました</translation>
    </message>
    <message>
        <source>nothing was paused</source>
        <translation>何も一時停止されていません</translation>
    </message>
    <message>
        <source>could not resume: %1</source>
        <translation>再開できませんでした: %1</translation>
    </message>
    <message>
        <source>could not read the follower cluster back</source>
        <translation>フォロワークラスターを読み戻せませんでした</translation>
    </message>
    <message>
        <source>remote cluster %1 is not connected with a credential</source>
        <translation>リモートクラスター %1 は認証情報で接続されていません</translation>
    </message>
    <message>
        <source>not active again: %1</source>
        <translation>再びアクティブになっていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active</source>
        <translation>
            <numerusform>リモートクラスター %1 はクロスクラスター API キーで接続されています。アクティブなフォロワーは %n 個です</numerusform>
        </translation>
    </message>
    <message>
        <source>could not put back the settings of remote cluster %1 (%2); run the migration again, or set them by hand</source>
        <translation>リモートクラスター %1 の設定 (%2) を元に戻せませんでした。移行を再実行するか、手動で設定してください</translation>
    </message>
    <message>
        <source>the settings are back, but could not resume: %1</source>
        <translation>設定は元に戻りましたが、再開できませんでした: %1</translation>
    </message>
    <message>
        <source>If cluster.remote.%1.credentials went into the nodes&apos; keystores, remove it there (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) and reload the secure settings: an alias with a credential connects with the API-key model only</source>
        <translation>cluster.remote.%1.credentials をすでにノードのキーストアに追加した場合は、そこから削除し (bin/elasticsearch-keystore remove cluster.remote.%1.credentials)、セキュア設定を再読み込みしてください。認証情報を持つエイリアスは API キーモデルでしか接続しません</translation>
    </message>
    <message>
        <source>Cannot write the migration state %1: %2</source>
        <translation>移行の状態 %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>クロスクラスター API キーを作成</translation>
    </message>
    <message>
        <source>Pause the followers and auto-follow patterns</source>
        <translation>フォロワーと自動フォローパターンを一時停止</translation>
    </message>
    <message>
        <source>Switch the remote cluster to the API key</source>
        <translation>リモートクラスターを API キーに切り替え</translation>
    </message>
    <message>
        <source>Resume what was paused</source>
        <translation>一時停止したものを再開</translation>
    </message>
    <message>
        <source>Verify the connection and the followers</source>
        <translation>接続とフォロワーを確認</translation>
    </message>
    <message>
        <source>Roll back to the previous settings</source>
        <translation>以前の設定にロールバック</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>フォロワー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s)</source>
        <translation>
            <numerusform>自動フォローパターン %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 paused</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1と%2を一時停止しました</translation>
    </message>
    <message>
        <source>%1 and %2 resumed</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>%1と%2を再開しました</translation>
    </message>
    <message>
        <source>remote cluster %1 is back on %2; %3 and %4 resumed</source>
        <extracomment>%3 is &quot;3 followers&quot;, %4 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>リモートクラスター %1 は %2 に戻りました。%3と%4を再開しました</translation>
    </message>
    <message>
        <source>remote cluster %1 stays on %2; %3 and %4 resumed</source>
        <translation>リモートクラスター %1 は %2 のままです。%3と%4を再開しました</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlan</name>
    <message>
        <source>remote cluster %1 is set in the transient cluster settings: make it persistent first, the migration writes the persistent ones</source>
        <translation>リモートクラスター %1 は一時的なクラスター設定で定義されています。移行は永続設定に書き込むため、先に永続設定にしてください</translation>
    </message>
    <message>
        <source>the follower cluster&apos;s settings have no remote cluster %1 (a remote set in elasticsearch.yml cannot be changed over the REST API)</source>
        <translation>フォロワークラスターの設定にリモートクラスター %1 がありません (elasticsearch.yml で設定されたリモートは REST API では変更できません)</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 で proxy モード</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>%1 で sniff モード</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlanner</name>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>フォロワークラスターの設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>フォロワークラスターのリモートクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the follower indices</source>
        <translation>フォロワーインデックスを読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the auto-follow patterns</source>
        <translation>自動フォローパターンを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetup</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>フォロワークラスターへの接続がありません</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>リモートクラスター %1 用に保存済みのキーを使用</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>キーを作成するリーダークラスターへの接続がありません</translation>
    </message>
    <message>
        <source>The leader&apos;s user needs the manage_security cluster privilege.</source>
        <translation>リーダーのユーザーには manage_security クラスター権限が必要です。</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>リーダークラスターがクロスクラスター API キーを作成しませんでした</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>キー %1 (id %2) を作成しました</translation>
    </message>
    <message>
        <source>give the leader&apos;s remote cluster server address, or a connection to the leader to read it</source>
        <translation>リーダーのリモートクラスターサーバーのアドレス、またはそれを読み取るためのリーダーへの接続を指定してください</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s nodes</source>
        <translation>フォロワークラスターのノードを読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the leader cluster&apos;s nodes</source>
        <translation>リーダークラスターのノードを読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s identity</source>
        <translation>フォロワークラスターの識別情報を読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>フォロワークラスターの設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>フォロワークラスターのリモートクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>the leader cluster runs no remote cluster server: enable it on its nodes (remote_cluster_server.enabled: true in elasticsearch.yml), or give its address</source>
        <translation>リーダークラスターでリモートクラスターサーバーが動作していません: そのノードで有効にする (elasticsearch.yml に remote_cluster_server.enabled: true) か、そのアドレスを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%n follower node(s); the remote will use %1</source>
        <translation>
            <numerusform>フォロワーノード %n 個。リモートは %1 を使用します</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>リモートクラスター %1 はすでに認証情報で接続しています</translation>
    </message>
    <message>
        <source>run by the user on every node</source>
        <translation>各ノードでユーザーが実行</translation>
    </message>
    <message numerus="yes">
        <source>run &quot;%1&quot; on each of the %n node(s) and paste the key at its prompt</source>
        <translation>
            <numerusform>%n 個の各ノードで &quot;%1&quot; を実行し、プロンプトでキーを貼り付けてください</numerusform>
        </translation>
    </message>
    <message>
        <source>the sandbox did not store the credential</source>
        <translation>サンドボックスが認証情報を保存しませんでした</translation>
    </message>
    <message>
        <source>stored by the emulator</source>
        <translation>エミュレーターが保存</translation>
    </message>
    <message>
        <source>the follower cluster did not reload its secure settings</source>
        <translation>フォロワークラスターがセキュア設定を再読み込みしませんでした</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>ノード %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on that node, then run this again.</source>
        <translation>
            <numerusform>%2 個中 %1 個のノードが再読み込みできませんでした: %3。そのノードでキーストアのコマンドが実行されたことを確認してから、もう一度実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) reloaded</source>
        <translation>
            <numerusform>%n 個のノードを再読み込みしました</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already uses %2</source>
        <translation>リモートクラスター %1 はすでに %2 を使用しています</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected to %2 now, and its follower indices would switch to %3; confirm replacing it</source>
        <translation>リモートクラスター %1 は現在 %2 に接続されており、そのフォロワーインデックスは %3 に切り替わります。置き換えることを確認してください</translation>
    </message>
    <message>
        <source>the follower cluster did not save remote cluster %1</source>
        <translation>フォロワークラスターがリモートクラスター %1 を保存しませんでした</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2</source>
        <translation>リモートクラスター %1 は %2 を使用するようになりました</translation>
    </message>
    <message>
        <source>could not read the follower&apos;s remote clusters</source>
        <translation>フォロワーのリモートクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>the follower cluster does not list remote cluster %1</source>
        <translation>フォロワークラスターにリモートクラスター %1 がありません</translation>
    </message>
    <message>
        <source>remote cluster %1 has no credential in force: a node&apos;s keystore lacks cluster.remote.%1.credentials, or its secure settings were not reloaded</source>
        <translation>リモートクラスター %1 には有効な認証情報がありません: あるノードのキーストアに cluster.remote.%1.credentials がないか、そのセキュア設定が再読み込みされていません</translation>
    </message>
    <message>
        <source>remote cluster %1 does not connect to %2: check that this is the leader&apos;s remote cluster server address (not its transport or HTTP address), that the follower&apos;s nodes reach it, and that the key is still valid (not invalidated or expired)</source>
        <translation>リモートクラスター %1 が %2 に接続しません: これがリーダーのリモートクラスターサーバーのアドレス (トランスポートや HTTP のアドレスではない) であること、フォロワーのノードがそこに到達できること、キーがまだ有効 (無効化や期限切れでない) であることを確認してください</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 で proxy モード</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>%1 で sniff モード</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>クロスクラスター API キーを作成</translation>
    </message>
    <message>
        <source>Read the nodes of both clusters</source>
        <translation>両方のクラスターのノードを読み取る</translation>
    </message>
    <message>
        <source>Store the key in every node&apos;s keystore</source>
        <translation>各ノードのキーストアにキーを保存</translation>
    </message>
    <message>
        <source>Reload the secure settings</source>
        <translation>セキュア設定を再読み込み</translation>
    </message>
    <message>
        <source>Add the remote cluster</source>
        <translation>リモートクラスターを追加</translation>
    </message>
    <message>
        <source>Verify the connection</source>
        <translation>接続を確認</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>remote cluster %1 connects, but %2</source>
        <translation>リモートクラスター %1 は接続されますが、%2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected with a cross-cluster API key; %2</source>
        <translation>リモートクラスター %1 はクロスクラスター API キーで接続されています。%2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetupSpec</name>
    <message>
        <source>give the remote cluster alias</source>
        <translation>リモートクラスターエイリアスを指定してください</translation>
    </message>
    <message>
        <source>give the leader index patterns the key may replicate</source>
        <translation>キーがレプリケートできるリーダーのインデックスパターンを指定してください</translation>
    </message>
    <message>
        <source>give either a proxy address or seeds, not both</source>
        <translation>プロキシアドレスかシードのどちらか一方を指定してください (両方は不可)</translation>
    </message>
</context>
<context>
    <name>duper::AutoFollowPatternRules</name>
    <message>
        <source>Enter a name for the pattern.</source>
        <translation>パターンの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name must not contain a comma.</source>
        <translation>名前にカンマは使えません。</translation>
    </message>
    <message>
        <source>The name must not start with “_”.</source>
        <translation>名前を「_」で始めることはできません。</translation>
    </message>
    <message>
        <source>The name is too long (%1 bytes; at most 255).</source>
        <translation>名前が長すぎます (%1 バイト、最大 255)。</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>パターンが空です。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>The follower index pattern must contain %1, or every leader index would get the same follower.</source>
        <translation>フォロワーインデックスパターンには %1 を含める必要があります。含めないと、すべてのリーダーインデックスが同じフォロワーになります。</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalPlan</name>
    <message>
        <source>it follows remote cluster %1</source>
        <translation>リモートクラスター %1 をフォローしています</translation>
    </message>
    <message>
        <source>it follows %1</source>
        <translation>%1 をフォローしています</translation>
    </message>
    <message>
        <source>it excludes %1</source>
        <translation>%1 を除外しています</translation>
    </message>
    <message>
        <source>it names followers %1</source>
        <translation>フォロワー名が %1 です</translation>
    </message>
    <message>
        <source>Add the remote cluster aliases</source>
        <translation>リモートクラスターエイリアスを追加</translation>
    </message>
    <message>
        <source>Create the auto-follow patterns</source>
        <translation>自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>Read both patterns back</source>
        <translation>両方のパターンを読み戻す</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalReport</name>
    <message>
        <source>Bi-directional replication between %1 and %2</source>
        <translation>%1 と %2 の間の双方向レプリケーション</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画内容</translation>
    </message>
    <message>
        <source>- %1 follows %2 through `%3` (%4) with the auto-follow pattern `%5` (%6): `%7` → `%8`</source>
        <translation>- %1 は `%3` (%4) を通じて、自動フォローパターン `%5` (%6) で %2 をフォローします: `%7` → `%8`</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalRun</name>
    <message>
        <source>Auto-follow pattern %1 already exists on %2 and differs: %3.</source>
        <translation>自動フォローパターン %1 は %2 に既に存在し、内容が異なります: %3。</translation>
    </message>
    <message>
        <source>%1 told no transport address to connect to.</source>
        <translation>%1 から接続先のトランスポートアドレスが返されませんでした。</translation>
    </message>
    <message>
        <source>Not created: the remote alias %1 could not be added.</source>
        <translation>作成されていません: リモートエイリアス %1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>The pattern is missing.</source>
        <translation>パターンがありません。</translation>
    </message>
    <message>
        <source>Could not read the pattern back: %1</source>
        <translation>パターンを読み戻せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>duper::BulkFollowerOperation</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>フォロー解除</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflight</name>
    <message>
        <source>The follower cluster&apos;s privileges: no connection to it.</source>
        <translation>フォロワークラスターの権限: このクラスターへの接続がありません。</translation>
    </message>
    <message>
        <source>Privileges: security is off on the follower cluster, so none is missing there.</source>
        <translation>権限: フォロワークラスターではセキュリティが無効なため、不足している権限はありません。</translation>
    </message>
    <message>
        <source>The follower cluster&apos;s privileges: %1</source>
        <translation>フォロワークラスターの権限: %1</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the remote clusters could not be read (%1).</source>
        <translation>リーダークラスターの権限: リモートクラスターを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the follower has no remote cluster %1.</source>
        <translation>リーダークラスターの権限: フォロワーにリモートクラスター %1 がありません。</translation>
    </message>
    <message>
        <source>The follower user&apos;s remote index privilege cross_cluster_replication for %1 on remote cluster %2 (Elasticsearch does not report remote index privileges).</source>
        <translation>リモートクラスター %2 上の %1 に対するフォロワーのユーザーのリモートインデックス権限 cross_cluster_replication (Elasticsearch はリモートインデックス権限を報告しません)。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges (read_ccr; monitor and read on the leader indices): no connection to the leader cluster.</source>
        <translation>リーダークラスターの権限 (read_ccr、リーダーインデックスに対する monitor と read): リーダークラスターへの接続がありません。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: %1</source>
        <translation>リーダークラスターの権限: %1</translation>
    </message>
    <message>
        <source>What the cross-cluster API key of remote cluster %1 allows to replicate</source>
        <translation>リモートクラスター %1 のクロスクラスター API キーでレプリケートできる対象</translation>
    </message>
    <message>
        <source>%1: no connection to the leader cluster.</source>
        <translation>%1: リーダークラスターへの接続がありません。</translation>
    </message>
    <message>
        <source>%1: no keychain.</source>
        <translation>%1: キーチェーンがありません。</translation>
    </message>
    <message>
        <source>%1: Duper does not keep the key in the keychain.</source>
        <translation>%1: Duper はこのキーをキーチェーンに保存していません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the leader cluster does not know the key kept for remote cluster %1: it was deleted or belongs to another cluster</source>
        <translation>リーダークラスターは、リモートクラスター %1 用に保存されたキーを認識していません。キーが削除されたか、別のクラスターのものです</translation>
    </message>
    <message>
        <source>the key of remote cluster %1 is invalidated or expired: every request through it is refused</source>
        <translation>リモートクラスター %1 のキーは無効化されたか期限切れです。このキーを経由するリクエストはすべて拒否されます</translation>
    </message>
    <message>
        <source>the cross-cluster API key %1 of remote cluster %2 only allows replicating %3: Elasticsearch refuses to follow this index with a security error</source>
        <translation>リモートクラスター %2 のクロスクラスター API キー %1 でレプリケートできるのは %3 だけです。Elasticsearch はセキュリティエラーでこのインデックスのフォローを拒否します</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>フォロワークラスター</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>リーダークラスター</translation>
    </message>
    <message>
        <source>%1: cluster privilege %2 is missing — %3</source>
        <translation>%1: クラスター権限 %2 がありません — %3</translation>
    </message>
    <message>
        <source>%1: privilege %2 on %3 is missing — %4</source>
        <translation>%1: %3 に対する権限 %2 がありません — %4</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflightRules</name>
    <message>
        <source>the follower cluster reads the leader&apos;s cluster state through the remote connection with it</source>
        <translation>フォロワークラスターはこの権限で、リモート接続を通じてリーダーのクラスター状態を読み取ります</translation>
    </message>
    <message>
        <source>the follower cluster reads the leader index&apos;s settings and shard history with it</source>
        <translation>フォロワークラスターはこの権限で、リーダーインデックスの設定とシャード履歴を読み取ります</translation>
    </message>
    <message>
        <source>the follower cluster copies the leader index&apos;s documents with it</source>
        <translation>フォロワークラスターはこの権限で、リーダーインデックスのドキュメントをコピーします</translation>
    </message>
    <message>
        <source>needed on the leader to %1</source>
        <translation>%1ためにリーダー上で必要</translation>
    </message>
    <message>
        <source>needed to pause the followers and the auto-follow patterns</source>
        <translation>フォロワーと自動フォローパターンを一時停止するために必要</translation>
    </message>
    <message>
        <source>needed to %1</source>
        <translation>%1ために必要</translation>
    </message>
    <message>
        <source>needed to close and unfollow the follower index</source>
        <translation>フォロワーインデックスをクローズしてフォローを解除するために必要</translation>
    </message>
    <message>
        <source>needed to turn the new index into a follower</source>
        <translation>新しいインデックスをフォロワーにするために必要</translation>
    </message>
    <message>
        <source>needed to open the index again after unfollowing it</source>
        <translation>フォロー解除後にインデックスを再オープンするために必要</translation>
    </message>
    <message>
        <source>needed to create the follower index and restore the leader&apos;s data into it</source>
        <translation>フォロワーインデックスを作成し、そこにリーダーのデータを復元するために必要</translation>
    </message>
    <message>
        <source>needed to check that the follower index&apos;s shards are ready</source>
        <translation>フォロワーインデックスのシャードの準備ができているか確認するために必要</translation>
    </message>
    <message>
        <source>needed to read the follower index once it is created</source>
        <translation>作成後にフォロワーインデックスを読み取るために必要</translation>
    </message>
</context>
<context>
    <name>duper::CloudId</name>
    <message>
        <source>The Cloud ID is empty.</source>
        <translation>Cloud ID が空です。</translation>
    </message>
    <message>
        <source>A Cloud ID looks like “name:base64-text”; this one has no “:”.</source>
        <translation>Cloud ID は「name:base64-text」の形式ですが、これには「:」がありません。</translation>
    </message>
    <message>
        <source>The Cloud ID has nothing after the “:”.</source>
        <translation>Cloud ID の「:」の後に何もありません。</translation>
    </message>
    <message>
        <source>The part of the Cloud ID after the “:” is not valid base64.</source>
        <translation>Cloud ID の「:」より後の部分が有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”).</source>
        <translation>Cloud ID にホストと Elasticsearch の id が含まれていません (「host$es-id$kibana-id」)。</translation>
    </message>
    <message>
        <source>The host in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID のホストのポートが無効です。</translation>
    </message>
    <message>
        <source>The Elasticsearch id in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID の Elasticsearch id のポートが無効です。</translation>
    </message>
    <message>
        <source>The Kibana id in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID の Kibana id のポートが無効です。</translation>
    </message>
    <message>
        <source>The Cloud ID does not decode to a valid host name.</source>
        <translation>Cloud ID をデコードしても有効なホスト名になりません。</translation>
    </message>
</context>
<context>
    <name>duper::ClusterSessionOpener</name>
    <message>
        <source>No secret was given, so Duper did not connect.</source>
        <translation>シークレットが指定されなかったため、Duper は接続しませんでした。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionProfile</name>
    <message>
        <source>The connection has no id; create it with ConnectionProfile::create().</source>
        <translation>接続に id がありません。ConnectionProfile::create() で作成してください。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>Add at least one node URL (http:// or https://) or an Elastic Cloud ID.</source>
        <translation>ノードの URL (http:// または https://) か Elastic Cloud ID を少なくとも 1 つ追加してください。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>「%1」は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>「%1」にホスト名がありません。</translation>
    </message>
    <message>
        <source>Put the user name and password in their fields, not in the URL “%1”.</source>
        <translation>ユーザー名とパスワードは URL「%1」ではなく、それぞれの欄に入力してください。</translation>
    </message>
    <message>
        <source>“%1” must not have a query or a fragment.</source>
        <translation>「%1」にクエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>The Elastic Cloud ID cannot be read: %1</source>
        <translation>Elastic Cloud ID を読み取れません: %1</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic 認証にはユーザー名が必要です。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>クライアント証明書には、証明書ファイルとそのキーファイルの両方が必要です。</translation>
    </message>
    <message>
        <source>The request timeout cannot be negative (0 means no limit).</source>
        <translation>リクエストのタイムアウトに負の値は指定できません (0 は無制限)。</translation>
    </message>
    <message>
        <source>The remote cluster alias “%1” must not contain “:” or spaces.</source>
        <translation>リモートクラスターのエイリアス「%1」に「:」や空白を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionStore</name>
    <message>
        <source>The connection id is not valid.</source>
        <translation>接続の id が無効です。</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>「%1」という名前の接続がすでにあります。</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>接続を保存できませんでした: %1 に書き込めません。</translation>
    </message>
    <message>
        <source>There is no saved connection with the id “%1”.</source>
        <translation>id が「%1」の保存済み接続はありません。</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1 cannot be written.</source>
        <translation>接続を削除できませんでした: %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTestReport</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTester</name>
    <message>
        <source>The connection has no URL to try.</source>
        <translation>接続に試行できる URL がありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n URLs answered. The last one: %1</source>
        <translation>
            <numerusform>%n 個の URL のいずれも応答しませんでした。最後の URL: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the cluster “%1” (%2 %3) at %4.</source>
        <translation>%4 でクラスター「%1」(%2 %3) に接続しました。</translation>
    </message>
    <message>
        <source>Not checked: the connection failed.</source>
        <translation>確認されていません: 接続に失敗しました。</translation>
    </message>
    <message>
        <source>The license could not be read: %1</source>
        <translation>ライセンスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The %1 license (%2) allows cross-cluster replication.</source>
        <translation>%1 ライセンス (%2) ではクロスクラスターレプリケーションを使用できます。</translation>
    </message>
    <message>
        <source>The %1 license is %2: cross-cluster replication needs an active platinum, enterprise or trial license.</source>
        <translation>%1 ライセンスの状態は %2 です。クロスクラスターレプリケーションには、有効な platinum、enterprise、または trial ライセンスが必要です。</translation>
    </message>
    <message>
        <source>The license is “%1”: cross-cluster replication needs a platinum, enterprise or trial license, so CCR is not available on this cluster.</source>
        <translation>ライセンスは「%1」です。クロスクラスターレプリケーションには platinum、enterprise、または trial ライセンスが必要なため、このクラスターでは CCR を使用できません。</translation>
    </message>
    <message>
        <source>The privileges could not be checked: %1</source>
        <translation>権限を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>without %1 Duper cannot do %2</source>
        <translation>%1 がないと Duper は%2ができません</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>このユーザー</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>ユーザー「%1」</translation>
    </message>
    <message>
        <source>%1 has the cluster privileges manage_ccr, monitor and manage.</source>
        <translation>%1 にはクラスター権限 manage_ccr、monitor、manage があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the cluster privilege(s) %2: %3.</source>
        <translation>
            <numerusform>%1 にはクラスター権限 %2 がありません: %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote clusters could not be listed: %1</source>
        <translation>リモートクラスターを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>No remote clusters are configured (a follower cluster needs one to replicate from).</source>
        <translation>リモートクラスターが構成されていません (フォロワークラスターにはレプリケート元となるリモートクラスターが必要です)。</translation>
    </message>
    <message numerus="yes">
        <source>%n remote cluster(s), all connected: %1.</source>
        <translation>
            <numerusform>リモートクラスター %n 個、すべて接続済み: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n remote cluster(s) connected; not connected: %2.</source>
        <translation>
            <numerusform>リモートクラスター %n 個中 %1 個が接続済み。未接続: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The default remote cluster “%1” is not configured here.</source>
        <translation>デフォルトのリモートクラスター「%1」はここでは構成されていません。</translation>
    </message>
</context>
<context>
    <name>duper::ConsistencyRules</name>
    <message>
        <source>Could not check: the follower index %1 does not exist.</source>
        <translation>確認できません: フォロワーインデックス %1 は存在しません。</translation>
    </message>
    <message>
        <source>Could not check: %1 is not a follower index.</source>
        <translation>確認できません: %1 はフォロワーインデックスではありません。</translation>
    </message>
    <message>
        <source>Could not check: %1 follows remote cluster %2, not %3.</source>
        <translation>確認できません: %1 はリモートクラスター %3 ではなく %2 をフォローしています。</translation>
    </message>
    <message>
        <source>Could not check: the leader index %1 does not exist on the leader cluster.</source>
        <translation>確認できません: リーダーインデックス %1 はリーダークラスターに存在しません。</translation>
    </message>
    <message>
        <source>Could not check: the leader cluster could not be reached. %1</source>
        <translation>確認できません: リーダークラスターに接続できませんでした。%1</translation>
    </message>
    <message>
        <source>Could not check: the follower cluster could not be reached. %1</source>
        <translation>確認できません: フォロワークラスターに接続できませんでした。%1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>確認できません: %1</translation>
    </message>
    <message>
        <source>Could not check: replication into %1 is paused, so there are no checkpoints to compare; the figures may be stale.</source>
        <translation>確認できません: %1 へのレプリケーションは一時停止中のため、比較するチェックポイントがありません。数値が古い可能性があります。</translation>
    </message>
    <message>
        <source>Documents: leader %1, follower %2.</source>
        <translation>ドキュメント数: リーダー %1、フォロワー %2。</translation>
    </message>
    <message>
        <source>Could not check: Elasticsearch reports no running shard tasks for %1 yet.</source>
        <translation>確認できません: Elasticsearch は %1 の実行中のシャードタスクをまだ報告していません。</translation>
    </message>
    <message>
        <source>Could not check: the document counts could not be read.</source>
        <translation>確認できません: ドキュメント数を読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Behind by %1 operation(s): the follower has not replicated everything the leader holds yet.</source>
        <translation>
            <numerusform>%1 操作遅れています: フォロワーはリーダーの内容をまだすべて複製していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The leader holds %1 more document(s).</source>
        <translation>
            <numerusform>リーダーのドキュメントが %1 件多くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follower holds %1 more document(s) (deletes not replicated yet).</source>
        <translation>
            <numerusform>フォロワーのドキュメントが %1 件多くなっています (削除がまだ複製されていません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication stopped on an error: resume the follower to catch up.</source>
        <translation>レプリケーションはエラーで停止しました: 追いつくにはフォロワーを再開してください。</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document(s).</source>
        <translation>
            <numerusform>完全: すべてのシャードがリーダーの最後の操作まで複製され、両方のコピーに %1 件のドキュメントがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: reads from the leader are failing, so the leader&apos;s last operation the follower knows of may be out of date; the leader holds %1 documents and the follower %2.</source>
        <translation>確認できません: リーダーからの読み取りが失敗しているため、フォロワーが把握しているリーダーの最後の操作は古い可能性があります。リーダーのドキュメントは %1 件、フォロワーは %2 件です。</translation>
    </message>
    <message>
        <source>Could not check: the index changed while it was being checked; run the check again.</source>
        <translation>確認できません: 確認中にインデックスが変化しました。もう一度確認してください。</translation>
    </message>
    <message>
        <source>Differs: every shard&apos;s checkpoint has reached the leader&apos;s last operation, yet the leader holds %1 documents and the follower %2 (as in elastic/elasticsearch#89991).</source>
        <translation>不一致: すべてのシャードのチェックポイントがリーダーの最後の操作に達していますが、リーダーのドキュメントは %1 件、フォロワーは %2 件です (elastic/elasticsearch#89991 と同様)。</translation>
    </message>
</context>
<context>
    <name>duper::ConsoleRequest</name>
    <message>
        <source>Add your credentials, e.g. -u USER or -H &apos;Authorization: ApiKey …&apos;</source>
        <translation>認証情報を追加してください。例: -u USER または -H &apos;Authorization: ApiKey …&apos;</translation>
    </message>
</context>
<context>
    <name>duper::CreatedApiKey</name>
    <message>
        <source>create cross-cluster API key: the answer has no id or key</source>
        <translation>クロスクラスター API キーの作成: 応答に id または key がありません</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterApiKeyRequest</name>
    <message>
        <source>the key needs a name</source>
        <translation>キーには名前が必要です</translation>
    </message>
    <message>
        <source>give the index patterns the key may replicate (or search); a key without access is refused</source>
        <translation>キーがレプリケート (または検索) できるインデックスパターンを指定してください。アクセス権のないキーは拒否されます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index pattern of the leader cluster</source>
        <translation>&quot;%1&quot; はリーダークラスターのインデックスパターンではありません</translation>
    </message>
    <message>
        <source>expiration: give a positive time such as 30d</source>
        <translation>expiration: 30d のような正の時間を指定してください</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterKeyAccess</name>
    <message>
        <source>the leader cluster does not know this key: it was deleted or belongs to another cluster. Create a new key (run the setup again without the kept key).</source>
        <translation>リーダークラスターはこのキーを認識していません。削除されたか、別のクラスターのキーです。新しいキーを作成してください (保存済みのキーを使わずにセットアップを再実行)。</translation>
    </message>
    <message>
        <source>the key %1 is invalidated: the leader refuses every request through it. Create a new key.</source>
        <translation>キー %1 は無効化されています。リーダーはこのキーによるすべてのリクエストを拒否します。新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>the key %1 has expired: the leader refuses every request through it. Create a new key.</source>
        <translation>キー %1 は期限切れです。リーダーはこのキーによるすべてのリクエストを拒否します。新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>the key %1 is a REST API key, not a cross-cluster API key: a remote cluster server does not accept it. Create a cross-cluster API key.</source>
        <translation>キー %1 はクロスクラスター API キーではなく REST API キーです。リモートクラスターサーバーはこのキーを受け付けません。クロスクラスター API キーを作成してください。</translation>
    </message>
    <message>
        <source>the key %1 only allows replicating %2, not %3: following those is refused with a security error. Update the key&apos;s access on the leader or create a new key.</source>
        <translation>キー %1 でレプリケートできるのは %2 だけで、%3 はできません。それらのフォローはセキュリティエラーで拒否されます。リーダー上でキーのアクセス権を更新するか、新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the key %1 allows replicating %2</source>
        <translation>キー %1 では %2 をレプリケートできます</translation>
    </message>
    <message>
        <source>it allows searching %1</source>
        <translation>%1 を検索できます</translation>
    </message>
    <message>
        <source>it is valid until %1</source>
        <translation>有効期限は %1 です</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>有効期限はありません</translation>
    </message>
    <message>
        <source>what the key allows was not checked: it is not an encoded cross-cluster API key</source>
        <translation>キーで許可されている内容は確認されていません: エンコード済みのクロスクラスター API キーではありません</translation>
    </message>
    <message>
        <source>what the key allows was not checked: there is no connection to the leader cluster</source>
        <translation>キーで許可されている内容は確認されていません: リーダークラスターへの接続がありません</translation>
    </message>
    <message>
        <source>what the key allows was not checked: %1</source>
        <translation>キーで許可されている内容は確認されていません: %1</translation>
    </message>
</context>
<context>
    <name>duper::EditFollowerProcedure</name>
    <message>
        <source>Replication of &quot;%1&quot; is now paused: resume it with the previous settings, or correct the settings and save again.</source>
        <translation>「%1」のレプリケーションは一時停止中です。以前の設定で再開するか、設定を修正して再度保存してください。</translation>
    </message>
</context>
<context>
    <name>duper::EsClient</name>
    <message>
        <source>“%1” is not an http:// or https:// URL with a host.</source>
        <translation>「%1」はホストを含む http:// または https:// の URL ではありません。</translation>
    </message>
</context>
<context>
    <name>duper::EsError</name>
    <message>
        <source>None of the %1 URLs of the cluster could be reached. %2</source>
        <translation>クラスターの %1 個の URL のいずれにも到達できませんでした。%2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is Elasticsearch running there, and are the host and port right?</source>
        <translation>%1 で待ち受けているものがありません。Elasticsearch はそこで実行されていますか? ホストとポートは正しいですか?</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the cluster URL.</source>
        <translation>ホスト名「%1」を解決できませんでした。クラスターの URL を確認してください。</translation>
    </message>
    <message>
        <source>The cluster did not answer within %1. It may be overloaded or unreachable; try again or raise the timeout.</source>
        <translation>クラスターが %1 以内に応答しませんでした。過負荷か到達不能の可能性があります。再試行するか、タイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not issued for that host name. Connect with the name the certificate was made for, or fix the certificate.</source>
        <translation>%1 が提示した証明書は、そのホスト名に対して発行されたものではありません。証明書が作られた名前で接続するか、証明書を修正してください。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not trusted. Pass the CA certificate that signed it with --ca-cert (or add it to the connection&apos;s CA files).</source>
        <translation>%1 が提示した証明書は信頼されていません。署名した CA 証明書を --ca-cert で指定してください (または接続の CA ファイルに追加してください)。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has expired or is not valid yet.</source>
        <translation>%1 が提示した証明書は期限切れか、まだ有効ではありません。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>%1 への TLS 接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Does the server speak https, and does the URL&apos;s scheme match it?</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました (%2)。サーバーは https に対応していますか? URL のスキームは合っていますか?</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>クラスターの応答を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>リクエストを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>%1 との通信でネットワークエラーが発生しました: %2</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>The remote cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>リモートクラスターのライセンスではクロスクラスターレプリケーションを使用できません。CCR には、両方のクラスターに platinum、enterprise、または trial ライセンスが必要です。</translation>
    </message>
    <message>
        <source>This cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>このクラスターのライセンスではクロスクラスターレプリケーションを使用できません。CCR には、両方のクラスターに platinum、enterprise、または trial ライセンスが必要です。</translation>
    </message>
    <message>
        <source>The cluster refused %1 as invalid.</source>
        <translation>クラスターは %1 を無効として拒否しました。</translation>
    </message>
    <message>
        <source>The cluster needs credentials: set a user and password, an API key or a token for this connection.</source>
        <translation>クラスターには認証情報が必要です。この接続にユーザーとパスワード、API キー、またはトークンを設定してください。</translation>
    </message>
    <message>
        <source>The cluster rejected the credentials (wrong user name or password, or an invalid or expired API key or token).</source>
        <translation>クラスターが認証情報を拒否しました (ユーザー名またはパスワードの誤り、または無効か期限切れの API キーかトークン)。</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the cluster privileges %3.</source>
        <translation>%1 は「%2」を実行できません。クラスター権限 %3 のいずれかが必要です。</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the index privileges %3.</source>
        <translation>%1 は「%2」を実行できません。インデックス権限 %3 のいずれかが必要です。</translation>
    </message>
    <message>
        <source>%1 lacks the privilege to run “%2”.</source>
        <translation>%1 には「%2」を実行する権限がありません。</translation>
    </message>
    <message>
        <source>The cluster refused %1: a privilege is missing.</source>
        <translation>クラスターが %1 を拒否しました: 権限が不足しています。</translation>
    </message>
    <message>
        <source>The cluster has no endpoint for %1 (HTTP 404). Is the URL right, including any path prefix, and is this Elasticsearch?</source>
        <translation>クラスターに %1 のエンドポイントがありません (HTTP 404)。パスのプレフィックスを含めて URL は正しいですか? これは Elasticsearch ですか?</translation>
    </message>
    <message>
        <source>The index “%1” does not exist.</source>
        <translation>インデックス「%1」は存在しません。</translation>
    </message>
    <message>
        <source>No such remote cluster is configured on this cluster.</source>
        <translation>そのようなリモートクラスターはこのクラスターに設定されていません。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>The cluster timed out handling %1.</source>
        <translation>クラスターで %1 の処理がタイムアウトしました。</translation>
    </message>
    <message>
        <source>Conflict: the cluster state changed while handling %1. Reload and try again.</source>
        <translation>競合: %1 の処理中にクラスターの状態が変わりました。再読み込みしてもう一度お試しください。</translation>
    </message>
    <message>
        <source>The cluster is busy (too many requests); try again in a moment.</source>
        <translation>クラスターがビジー状態です (リクエストが多すぎます)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The cluster is unavailable right now (HTTP %1); try again later.</source>
        <translation>クラスターは現在利用できません (HTTP %1)。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The cluster failed with an internal error (HTTP %1).</source>
        <translation>クラスターで内部エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with a redirect (HTTP %2); point the connection at the final URL.</source>
        <translation>クラスターは %1 にリダイレクトで応答しました (HTTP %2)。接続先を最終的な URL にしてください。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2.</source>
        <translation>クラスターは %1 に HTTP %2 で応答しました。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2: %3</source>
        <translation>クラスターは %1 に HTTP %2 で応答しました: %3</translation>
    </message>
    <message>
        <source>Elasticsearch said: “%1”</source>
        <translation>Elasticsearch の応答:「%1」</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
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
        <translation>ネットワークアクセスマネージャーが設定されていません</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the body (%2)</source>
        <translation>本文の %1 バイト目で接続が閉じられました (%2)</translation>
    </message>
    <message>
        <source>the body is truncated: %1 of %2 bytes arrived before the connection closed</source>
        <translation>本文が途中で切れています: 接続が閉じる前に %2 バイト中 %1 バイトしか届きませんでした</translation>
    </message>
</context>
<context>
    <name>duper::EsResultJob</name>
    <message>
        <source>no parser for this response</source>
        <translation>この応答のパーサーがありません</translation>
    </message>
    <message>
        <source>the response has an unexpected shape</source>
        <translation>応答の形式が想定外です</translation>
    </message>
</context>
<context>
    <name>duper::EsTlsConfig</name>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 に証明書が含まれていません (PEM または DER が必要です)。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>クライアント証明書には、証明書ファイルとそのキーファイルの両方が必要です。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The client key could not be read: wrong passphrase or not a PEM key (%1).</source>
        <translation>クライアントキーを読み取れませんでした: パスフレーズが間違っているか、PEM キーではありません (%1)。</translation>
    </message>
</context>
<context>
    <name>duper::FailbackPlan</name>
    <message>
        <source>A follows it from %1</source>
        <translation>A が %1 からフォローします</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>データストリーム %1</translation>
    </message>
    <message>
        <source>Make sure the remote cluster is there and connected</source>
        <translation>リモートクラスターが存在し、接続されていることを確認</translation>
    </message>
    <message>
        <source>Delete the old copies of the indices</source>
        <translation>インデックスの古いコピーを削除</translation>
    </message>
    <message>
        <source>Follow each index from the promoted cluster</source>
        <translation>昇格したクラスターから各インデックスをフォロー</translation>
    </message>
    <message>
        <source>Wait until every follower has caught up</source>
        <translation>すべてのフォロワーが追いつくまで待機</translation>
    </message>
    <message>
        <source>Check that each index follows with the same documents</source>
        <translation>各インデックスが同じドキュメントでフォローしていることを確認</translation>
    </message>
</context>
<context>
    <name>duper::FailbackReport</name>
    <message>
        <source>Not started.</source>
        <translation>開始されていません。</translation>
    </message>
    <message>
        <source>Failback of %1 to follow %2 (%3)</source>
        <translation>%1 が %2 (%3) をフォローするフェイルバック</translation>
    </message>
    <message>
        <source>Switch back: %1 leads again, %2 follows it</source>
        <translation>スイッチバック: %1 が再びリーダーになり、%2 がそれをフォロー</translation>
    </message>
    <message>
        <source>- Error: %1</source>
        <translation>- エラー: %1</translation>
    </message>
    <message>
        <source>1. Failover of %1 from %2</source>
        <translation>1. %2 からの %1 のフェイルオーバー</translation>
    </message>
    <message>
        <source>2. Failback of %1 to follow %2 (%3)</source>
        <translation>2. %1 が %2 (%3) をフォローするフェイルバック</translation>
    </message>
    <message>
        <source>3. Auto-follow patterns resumed on %1</source>
        <translation>3. %1 で自動フォローパターンを再開</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
</context>
<context>
    <name>duper::FailbackRun</name>
    <message>
        <source>Could not add the remote cluster: %1</source>
        <translation>リモートクラスターを追加できませんでした: %1</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: is the promoted cluster reachable from this one at %2?</source>
        <translation>リモートクラスター %1 が接続されていません: 昇格したクラスターにこのクラスターから %2 で到達できますか?</translation>
    </message>
    <message>
        <source>Not deleted: deleting the old copies needs an explicit confirmation.</source>
        <translation>削除されていません: 古いコピーの削除には明示的な確認が必要です。</translation>
    </message>
    <message>
        <source>Not caught up after %1 s: no follow stats (is it following?).</source>
        <translation>%1 秒経っても追いついていません: フォロー統計がありません (フォローしていますか?)。</translation>
    </message>
    <message numerus="yes">
        <source>Not caught up after %1 s: still %2 operation(s) behind; run again to keep waiting.</source>
        <translation>
            <numerusform>%1 秒経っても追いついていません: まだ %2 件の操作が遅れています。待機を続けるには再度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the indices back: %1</source>
        <translation>インデックスを読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Does not follow %1.</source>
        <translation>%1 をフォローしていません。</translation>
    </message>
    <message>
        <source>Missing on one of the clusters.</source>
        <translation>いずれかのクラスターに存在しません。</translation>
    </message>
    <message numerus="yes">
        <source>Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).</source>
        <translation>
            <numerusform>不一致: こちらは %1 ドキュメント、昇格したクラスターは %2 ドキュメントです (まだ書き込み中ですか?)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FailoverPlan</name>
    <message>
        <source>Pause the auto-follow patterns of the remote</source>
        <translation>リモートの自動フォローパターンを一時停止</translation>
    </message>
    <message>
        <source>Turn each follower into a regular index (pause, close, unfollow, open)</source>
        <translation>各フォロワーを通常のインデックスに変換 (一時停止、クローズ、フォロー解除、オープン)</translation>
    </message>
    <message>
        <source>Promote the replicated data streams</source>
        <translation>レプリケートされたデータストリームを昇格</translation>
    </message>
    <message>
        <source>Check that nothing follows the remote any more</source>
        <translation>リモートをフォローしているものが残っていないことを確認</translation>
    </message>
</context>
<context>
    <name>duper::FailoverReport</name>
    <message>
        <source>Failover of %1 from %2</source>
        <translation>%2 からの %1 のフェイルオーバー</translation>
    </message>
</context>
<context>
    <name>duper::FailoverRun</name>
    <message>
        <source>Not promoted: its backing index %1 still follows the remote.</source>
        <translation>昇格されていません: バッキングインデックス %1 がまだリモートをフォローしています。</translation>
    </message>
    <message>
        <source>Could not read the follow info back: %1</source>
        <translation>フォロー情報を読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Still a follower of %1.</source>
        <translation>まだ %1 のフォロワーです。</translation>
    </message>
</context>
<context>
    <name>duper::FleetMember</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>duper::FleetNodesResponse</name>
    <message>
        <source>nodes info: not a JSON object</source>
        <translation>nodes info: JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>duper::FleetRowRules</name>
    <message>
        <source>No secret was given for this connection.</source>
        <translation>この接続のシークレットが指定されていません。</translation>
    </message>
</context>
<context>
    <name>duper::FleetSecretPrompter</name>
    <message>
        <source>The secret of connection %1 is not in the keychain.</source>
        <translation>接続 %1 のシークレットはキーチェーンにありません。</translation>
    </message>
</context>
<context>
    <name>duper::FollowManyPlan</name>
    <message>
        <source>Will follow</source>
        <translation>フォロー予定</translation>
    </message>
    <message>
        <source>Already followed</source>
        <translation>フォロー済み</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>名前が使用済み</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>無効な名前</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Matches the exclusion pattern %1.</source>
        <translation>除外パターン %1 に一致します。</translation>
    </message>
    <message>
        <source>Already followed by %1.</source>
        <translation>既に %1 がフォローしています。</translation>
    </message>
    <message>
        <source>An index named %1 already exists on this cluster.</source>
        <translation>%1 という名前のインデックスが既にこのクラスターに存在します。</translation>
    </message>
    <message>
        <source>Another leader index would get the name %1.</source>
        <translation>別のリーダーインデックスが %1 という名前になります。</translation>
    </message>
</context>
<context>
    <name>duper::FollowerActions</name>
    <message>
        <source>already paused</source>
        <translation>一時停止済み</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>既にアクティブ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>再作成</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>could not read the follower cluster</source>
        <translation>フォロワークラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>the follower cluster did not report index.uuid of %1</source>
        <translation>フォロワークラスターが %1 の index.uuid を返しませんでした</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>リモートクラスターを一覧表示できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster(s))</source>
        <translation>
            <numerusform>フォロワークラスターのどのリモートクラスターがリーダーか判断できません。指定してください（フォロワークラスターのリモートクラスターは %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>the leader cluster refused</source>
        <translation>リーダークラスターが拒否しました</translation>
    </message>
    <message>
        <source>%1 of %2 shards of the leader index did not forget the follower</source>
        <translation>リーダーインデックスの %2 個のシャードのうち %1 個がフォロワーを忘れませんでした</translation>
    </message>
</context>
<context>
    <name>duper::FollowerIndexState</name>
    <message>
        <source>is an active follower index</source>
        <translation>アクティブなフォロワーインデックス</translation>
    </message>
    <message>
        <source>is a paused follower index</source>
        <translation>一時停止中のフォロワーインデックス</translation>
    </message>
    <message>
        <source>is a regular index (not a follower)</source>
        <translation>通常のインデックス (フォロワーではない)</translation>
    </message>
    <message>
        <source>is in an unknown replication state</source>
        <translation>レプリケーション状態が不明なインデックス</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>open or closed (unknown)</source>
        <translation>オープンかクローズか不明</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; %2 and is %3.</source>
        <translation>インデックス「%1」は%2で、状態は%3です。</translation>
    </message>
</context>
<context>
    <name>duper::FollowerProcedure</name>
    <message>
        <source>Step &quot;%1&quot; failed: %2 %3</source>
        <translation>ステップ「%1」が失敗しました: %2 %3</translation>
    </message>
</context>
<context>
    <name>duper::FollowerSnapshot</name>
    <message>
        <source>shard %1: %2</source>
        <translation>シャード %1: %2</translation>
    </message>
</context>
<context>
    <name>duper::HistoryError</name>
    <message>
        <source>Duper keeps no replication history: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation>レプリケーション履歴は保存されません: Qt の SQLite ドライバーがインストールされていません (Debian ではパッケージ libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: it cannot write the history file %1. Check that the folder exists and that you may write to it.</source>
        <translation>このセッションではレプリケーション履歴を保存しません: 履歴ファイル %1 に書き込めません。フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: another program is holding the history file %1.</source>
        <translation>このセッションではレプリケーション履歴を保存しません: 別のプログラムが履歴ファイル %1 を使用中です。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 is damaged. Move it away or delete it, and Duper starts a new one next time.</source>
        <translation>このセッションではレプリケーション履歴を保存しません: 履歴ファイル %1 が破損しています。移動または削除すると、次回 Duper が新しいファイルを作成します。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the disk holding %1 is full.</source>
        <translation>このセッションではレプリケーション履歴を保存しません: %1 のあるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 could not be used (%2).</source>
        <translation>このセッションではレプリケーション履歴を保存しません: 履歴ファイル %1 を使用できませんでした (%2)。</translation>
    </message>
</context>
<context>
    <name>duper::InMemorySecretStore</name>
    <message>
        <source>The system keychain is not available (simulated); Duper can ask for the password each time instead.</source>
        <translation>システムのキーチェーンが利用できません (シミュレーション)。代わりに Duper が毎回パスワードを尋ねることができます。</translation>
    </message>
    <message>
        <source>No %1 is stored.</source>
        <translation>%1は保存されていません。</translation>
    </message>
</context>
<context>
    <name>duper::IndexStatsResponse</name>
    <message>
        <source>index stats: no &quot;indices&quot; object</source>
        <translation>インデックス統計: &quot;indices&quot; オブジェクトがありません</translation>
    </message>
</context>
<context>
    <name>duper::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Duper can ask for the password each time instead; it is then kept in memory for this session only.</source>
        <translation>システムのキーチェーンが利用できません (%1)。代わりに Duper が毎回パスワードを尋ねることができます。その場合、パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>キーチェーンにそのエントリはありません。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Duper can ask for the password each time instead.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました (%1)。代わりに Duper が毎回パスワードを尋ねることができます。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>duper::LeaderRetentionTracker</name>
    <message>
        <source>leader not read yet</source>
        <translation>リーダーはまだ読み取っていません</translation>
    </message>
    <message>
        <source>leader not found: the remote clusters of %1 could not be read (%2)</source>
        <translation>リーダーが見つかりません: %1 のリモートクラスターを読み取れませんでした (%2)</translation>
    </message>
    <message>
        <source>leader not saved or not reachable: remote cluster %1 is none of the saved connections that answered</source>
        <translation>リーダーが保存されていないか到達できません: リモートクラスター %1 は応答した保存済み接続のどれでもありません</translation>
    </message>
    <message>
        <source>leader not saved: remote cluster %1 is none of the saved connections</source>
        <translation>リーダーが保存されていません: リモートクラスター %1 はどの保存済み接続でもありません</translation>
    </message>
    <message>
        <source>leader not reachable: %1 (%2)</source>
        <translation>リーダーに到達できません: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>duper::NodesInfoResponse</name>
    <message>
        <source>nodes info: no transport address</source>
        <translation>nodes info: トランスポートアドレスがありません</translation>
    </message>
</context>
<context>
    <name>duper::Parsers</name>
    <message>
        <source>is not an object</source>
        <translation>はオブジェクトではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;sniff&quot; or &quot;proxy&quot;</source>
        <translation>が「%1」です (「sniff」または「proxy」ではありません)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>is not a number or a string</source>
        <translation>は数値でも文字列でもありません</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;active&quot; or &quot;paused&quot;</source>
        <translation>が「%1」です (「active」または「paused」ではありません)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>has content after the JSON object</source>
        <translation>JSON オブジェクトの後に余分な内容があります</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>は%1ではありません</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>は範囲外です</translation>
    </message>
    <message>
        <source>is empty, not JSON</source>
        <translation>は空で、JSON ではありません</translation>
    </message>
    <message>
        <source>is malformed JSON (%1)</source>
        <translation>は不正な JSON です (%1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation>はブール値ではありません</translation>
    </message>
    <message>
        <source>is not an object or a string</source>
        <translation>はオブジェクトでも文字列でもありません</translation>
    </message>
    <message>
        <source>the body is empty, not JSON</source>
        <translation>本文が空で、JSON ではありません</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1 (%2)</source>
        <translation>オフセット %1 の JSON が不正です (%2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 配列</translation>
    </message>
</context>
<context>
    <name>duper::Procedure</name>
    <message>
        <source>Read the follower index&apos;s state</source>
        <translation>フォロワーインデックスの状態を読み取る</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>レプリケーションを一時停止</translation>
    </message>
    <message>
        <source>Close the follower index</source>
        <translation>フォロワーインデックスをクローズ</translation>
    </message>
    <message>
        <source>Convert it to a regular index (unfollow)</source>
        <translation>通常のインデックスに変換 (フォロー解除)</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>インデックスを再オープン</translation>
    </message>
    <message>
        <source>Follow the leader index again</source>
        <translation>リーダーインデックスを再度フォロー</translation>
    </message>
    <message>
        <source>Resume replication with the new settings</source>
        <translation>新しい設定でレプリケーションを再開</translation>
    </message>
</context>
<context>
    <name>duper::RemoteAddress</name>
    <message>
        <source>The address is empty; write it as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>アドレスが空です。host:port の形式で入力してください。例: 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>“%1” contains spaces; write it as host:port without spaces.</source>
        <translation>「%1」に空白が含まれています。空白なしの host:port の形式で入力してください。</translation>
    </message>
    <message>
        <source>“%1” opens a [ for an IPv6 address but never closes it.</source>
        <translation>「%1」は IPv6 アドレスの [ を開いていますが、閉じていません。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>「%1」は IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after the address, e.g. [%2]:9300.</source>
        <translation>「%1」にポートがありません。アドレスの後に追加してください。例: [%2]:9300</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after a colon, e.g. %2:9300.</source>
        <translation>「%1」にポートがありません。コロンの後に追加してください。例: %2:9300</translation>
    </message>
    <message>
        <source>“%1”: put an IPv6 address in brackets, e.g. [::1]:9300.</source>
        <translation>「%1」: IPv6 アドレスは角かっこで囲んでください。例: [::1]:9300</translation>
    </message>
    <message>
        <source>“%1” has no host before the port.</source>
        <translation>「%1」にはポートの前にホストがありません。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>「%1」は IPv4 アドレスではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name (letters, digits, hyphens and dots).</source>
        <translation>「%1」は有効なホスト名ではありません (英字、数字、ハイフン、ドットのみ)。</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>ポート「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>The port %1 is out of range; it must be between 1 and 65535.</source>
        <translation>ポート %1 は範囲外です。1 から 65535 の間である必要があります。</translation>
    </message>
</context>
<context>
    <name>duper::RemoteClusterAlias</name>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>リモートクラスターの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, underscores and hyphens.</source>
        <translation>名前には英字、数字、アンダースコア、ハイフンのみ使用できます。</translation>
    </message>
</context>
<context>
    <name>duper::ReportStore</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>レポート %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>レポートフォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>duper::RetentionPeriodLookup</name>
    <message>
        <source>could not read it from the leader (%1)</source>
        <translation>リーダーから読み取れませんでした (%1)</translation>
    </message>
</context>
<context>
    <name>duper::RunReportWriter</name>
    <message>
        <source>- Started: %1</source>
        <translation>- 開始: %1</translation>
    </message>
    <message>
        <source>- Finished: %1</source>
        <translation>- 終了: %1</translation>
    </message>
    <message numerus="yes">
        <source>- Result: %1 (%n failed)</source>
        <translation>
            <numerusform>- 結果: %1 (%n 件失敗)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>実行されていません。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>duper::SavedReport</name>
    <message>
        <source>Failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>スイッチバック</translation>
    </message>
    <message>
        <source>Bi-directional setup</source>
        <translation>双方向レプリケーションの設定</translation>
    </message>
</context>
<context>
    <name>duper::SecretKind</name>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>クライアントキーのパスフレーズ</translation>
    </message>
</context>
<context>
    <name>duper::StaticCredentialProvider</name>
    <message>
        <source>no credentials</source>
        <translation>認証情報なし</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
</context>
<context>
    <name>duper::cli</name>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern_name: &quot;%1&quot; に &apos;,&apos; は使えません</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern_name: &quot;%1&quot; を &apos;_&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern_name: 名前が長すぎます (%1 &gt; 255 バイト)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 paused.</source>
        <translation>自動フォローパターン %1 を一時停止しました。</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 resumed.</source>
        <translation>自動フォローパターン %1 を再開しました。</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 deleted.</source>
        <translation>自動フォローパターン %1 を削除しました。</translation>
    </message>
    <message>
        <source>create or update an auto-follow pattern</source>
        <translation>自動フォローパターンを作成または更新する</translation>
    </message>
    <message>
        <source>the remote cluster whose new indices are followed</source>
        <translation>新しいインデックスをフォローする対象のリモートクラスター</translation>
    </message>
    <message>
        <source>leader index names or wildcards to follow</source>
        <translation>フォローするリーダーインデックスの名前またはワイルドカード</translation>
    </message>
    <message>
        <source>leader indices not to follow even if they match</source>
        <translation>一致してもフォローしないリーダーインデックス</translation>
    </message>
    <message>
        <source>name of the follower indices</source>
        <translation>フォロワーインデックスの名前</translation>
    </message>
    <message>
        <source>list auto-follow patterns</source>
        <translation>自動フォローパターンを一覧表示する</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>stop an auto-follow pattern from following new indices</source>
        <translation>自動フォローパターンによる新しいインデックスのフォローを停止する</translation>
    </message>
    <message>
        <source>let a paused auto-follow pattern follow new indices again</source>
        <translation>一時停止中の自動フォローパターンで再び新しいインデックスをフォローする</translation>
    </message>
    <message>
        <source>delete an auto-follow pattern (its followers stay)</source>
        <translation>自動フォローパターンを削除する (フォロワーは残ります)</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 saved: new indices matching %2 on remote cluster %3 are followed.</source>
        <translation>自動フォローパターン %1 を保存しました: リモートクラスター %3 上の %2 に一致する新しいインデックスがフォローされます。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>REMOTE CLUSTER</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>LEADER PATTERNS</source>
        <translation>リーダーパターン</translation>
    </message>
    <message>
        <source>FOLLOW PATTERN</source>
        <translation>フォローパターン</translation>
    </message>
    <message>
        <source>use this saved connection (the leader&apos;s for forget and open/close -l)</source>
        <translation>この保存済み接続を使う (forget と open/close -l ではリーダーの接続)</translation>
    </message>
    <message>
        <source>the default follower connection</source>
        <translation>デフォルトのフォロワー接続</translation>
    </message>
    <message>
        <source>REST URL of the follower cluster</source>
        <translation>フォロワークラスターの REST URL</translation>
    </message>
    <message>
        <source>the default follower connection, else http://localhost:9200</source>
        <translation>デフォルトのフォロワー接続、なければ http://localhost:9200</translation>
    </message>
    <message>
        <source>log in as this user; the password comes from DUPER_PASSWORD or a hidden prompt</source>
        <translation>このユーザーでログインする。パスワードは DUPER_PASSWORD または非表示のプロンプトから取得</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this PEM or DER file</source>
        <translation>この PEM または DER ファイルの CA 証明書も信頼する</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (testing only)</source>
        <translation>サーバーの TLS 証明書を検証しない (テスト専用)</translation>
    </message>
    <message>
        <source>print JSON instead of tables and sentences</source>
        <translation>表や文章の代わりに JSON を出力する</translation>
    </message>
    <message>
        <source>show help</source>
        <translation>ヘルプを表示する</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (必須)</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (デフォルト: %1)</translation>
    </message>
    <message>
        <source>Usage: duper [options] &lt;command&gt; [command options]
Manage Elasticsearch cross-cluster replication from scripts.

Commands:
</source>
        <translation>使い方: duper [オプション] &lt;コマンド&gt; [コマンドのオプション]
スクリプトから Elasticsearch のクロスクラスターレプリケーションを管理します。

コマンド:
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation>
オプション (コマンドの前後どちらでも可):
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
        <translation>使い方: duper %1 [オプション]
%2。
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
オプション:
</translation>
    </message>
    <message>
        <source>
Connection and output options:
</source>
        <translation>
接続と出力のオプション:
</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 --help&quot; for its options.</source>
        <translation>オプションは &quot;duper %1 --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>Run &quot;duper --help&quot; for the commands.</source>
        <translation>コマンドは &quot;duper --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>--%1 needs a non-empty value</source>
        <translation>--%1 には空でない値が必要です</translation>
    </message>
    <message>
        <source>--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be asked for it (there is no password option, so it never shows in the process list)</source>
        <translation>--username にはパスワードが必要です: DUPER_PASSWORD を設定するか、端末で duper を実行して入力してください (パスワードのオプションはないため、プロセス一覧に表示されることはありません)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>パスワードが入力されませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>connection %1 has no URL</source>
        <translation>接続 %1 に URL がありません</translation>
    </message>
    <message>
        <source>give either -c/--connection or --leader_url</source>
        <translation>-c/--connection か --leader_url のどちらかを指定してください</translation>
    </message>
    <message>
        <source>give either -c/--connection or --url</source>
        <translation>-c/--connection か --url のどちらかを指定してください</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>リモートクラスターを一覧表示できませんでした</translation>
    </message>
    <message>
        <source>the follower cluster has no remote cluster; add one with duper connect --remote_cluster NAME --seeds HOST:PORT</source>
        <translation>フォロワークラスターにリモートクラスターがありません。duper connect --remote_cluster NAME --seeds HOST:PORT で追加してください</translation>
    </message>
    <message>
        <source>the follower cluster has several remote clusters (%1); choose one with --remote_cluster</source>
        <translation>フォロワークラスターに複数のリモートクラスターがあります (%1)。--remote_cluster で 1 つ選んでください</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 for command %2</source>
        <translation>コマンド %2 に不明なオプション %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 は値を取りません</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 には値が必要です</translation>
    </message>
    <message>
        <source>the follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>the leader index (on the remote cluster)</source>
        <translation>リーダーインデックス (リモートクラスター上)</translation>
    </message>
    <message>
        <source>the follower&apos;s only remote cluster</source>
        <translation>フォロワーの唯一のリモートクラスター</translation>
    </message>
    <message>
        <source>REST URL of the leader cluster (same credentials and TLS options as --url)</source>
        <translation>リーダークラスターの REST URL (認証情報と TLS オプションは --url と共通)</translation>
    </message>
    <message>
        <source>the auto-follow pattern</source>
        <translation>自動フォローパターン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source> (asked each time)</source>
        <translation> (毎回入力)</translation>
    </message>
    <message>
        <source>list the saved connections (never their secrets)</source>
        <translation>保存済み接続を一覧表示する (シークレットは表示しない)</translation>
    </message>
    <message>
        <source>&quot;duper config list&quot; is the same. Manage connections with add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (also as &quot;duper config &lt;command&gt;&quot;) and &quot;duper config import&quot;. Pick one for any command with -c NAME; without it commands use the default follower connection, and forget / open -l / close -l the default leader.</source>
        <translation>&quot;duper config list&quot; も同じです。接続は add-cluster、delete-cluster、set-leader-cluster、set-follower-cluster (&quot;duper config &lt;コマンド&gt;&quot; としても使用可) と &quot;duper config import&quot; で管理します。どのコマンドでも -c NAME で接続を選べます。指定がない場合、コマンドはデフォルトのフォロワー接続を使い、forget / open -l / close -l はデフォルトのリーダーを使います。</translation>
    </message>
    <message>
        <source>save a connection; its secret goes to the keychain</source>
        <translation>接続を保存する (シークレットはキーチェーンへ)</translation>
    </message>
    <message>
        <source>With --username the password, with --apiKey the API key, is asked at a hidden prompt, or read as one line from stdin when it is piped (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). It is stored in the system keychain only; there is no option that takes a secret. An encrypted --sslKey&apos;s passphrase is asked (or read as the next line) the same way.</source>
        <translation>--username ではパスワード、--apiKey では API キーを非表示のプロンプトで尋ねます。stdin がパイプの場合は 1 行として読み取ります (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...)。保存先はシステムのキーチェーンのみで、シークレットを受け取るオプションはありません。暗号化された --sslKey のパスフレーズも同じ方法で尋ねます (または次の行から読み取ります)。</translation>
    </message>
    <message>
        <source>the connection&apos;s name</source>
        <translation>接続の名前</translation>
    </message>
    <message>
        <source>REST URL of the cluster (or give --cloudId)</source>
        <translation>クラスターの REST URL (または --cloudId を指定)</translation>
    </message>
    <message>
        <source>also make it the default leader or follower cluster</source>
        <translation>デフォルトのリーダーまたはフォロワークラスターにもする</translation>
    </message>
    <message>
        <source>log in as this user (password asked, stored in the keychain)</source>
        <translation>このユーザーでログインする (パスワードは入力を求め、キーチェーンに保存)</translation>
    </message>
    <message>
        <source>log in with an API key (asked, stored in the keychain)</source>
        <translation>API キーでログインする (入力を求め、キーチェーンに保存)</translation>
    </message>
    <message>
        <source>Elastic Cloud ID of the deployment</source>
        <translation>デプロイメントの Elastic Cloud ID</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this file</source>
        <translation>このファイルの CA 証明書も信頼する</translation>
    </message>
    <message>
        <source>client certificate (PEM) for PKI login</source>
        <translation>PKI ログイン用のクライアント証明書 (PEM)</translation>
    </message>
    <message>
        <source>client key (PEM) for PKI login</source>
        <translation>PKI ログイン用のクライアントキー (PEM)</translation>
    </message>
    <message>
        <source>replace a connection of the same name</source>
        <translation>同じ名前の接続を置き換える</translation>
    </message>
    <message>
        <source>delete a saved connection and its keychain entries</source>
        <translation>保存済み接続とそのキーチェーンエントリを削除する</translation>
    </message>
    <message>
        <source>the connection to delete</source>
        <translation>削除する接続</translation>
    </message>
    <message>
        <source>make a connection the default leader cluster</source>
        <translation>接続をデフォルトのリーダークラスターにする</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>make a connection the default follower cluster</source>
        <translation>接続をデフォルトのフォロワークラスターにする</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: duper add-cluster -n NAME -u URL [-r follower]</source>
        <translation>保存済み接続はありません。次のコマンドで追加してください: duper add-cluster -n NAME -u URL [-r follower]</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証あり</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>検証なし</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>、CA %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>、クライアント証明書</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>give the cluster&apos;s --url (or its --cloudId)</source>
        <translation>クラスターの --url (または --cloudId) を指定してください</translation>
    </message>
    <message>
        <source>give either --username or --apiKey, not both</source>
        <translation>--username と --apiKey のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--role must be leader or follower</source>
        <translation>--role は leader または follower にしてください</translation>
    </message>
    <message>
        <source>--%1: there is no file %2</source>
        <translation>--%1: ファイル %2 がありません</translation>
    </message>
    <message>
        <source>a connection named &quot;%1&quot; already exists (--overwrite replaces it)</source>
        <translation>&quot;%1&quot; という名前の接続は既に存在します (--overwrite で置き換えられます)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 の API キー: </translation>
    </message>
    <message>
        <source>Connection %1 saved (%2).</source>
        <translation>接続 %1 を保存しました (%2)。</translation>
    </message>
    <message>
        <source>Its %1 is in the keychain.</source>
        <translation>%1はキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>It is now the default %1 cluster.</source>
        <translation>デフォルトの %1 クラスターになりました。</translation>
    </message>
    <message>
        <source>could not remove the secrets of %1 from the keychain: %2</source>
        <translation>%1 のシークレットをキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>接続 %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 is now the default leader cluster (forget, open -l, close -l).</source>
        <translation>%1 がデフォルトのリーダークラスターになりました (forget、open -l、close -l)。</translation>
    </message>
    <message>
        <source>%1 is now the default follower cluster.</source>
        <translation>%1 がデフォルトのフォロワークラスターになりました。</translation>
    </message>
    <message>
        <source>import the earlier duper&apos;s ~/.duperrc.yml</source>
        <translation>以前の duper の ~/.duperrc.yml をインポートする</translation>
    </message>
    <message>
        <source>Its clusters become connections and its leader/follower choices the defaults; its plain-text passwords and API keys move into the keychain. The file itself is left alone: delete it afterwards.</source>
        <translation>そのクラスターは接続になり、リーダー/フォロワーの選択はデフォルトになります。平文のパスワードと API キーはキーチェーンに移されます。ファイル自体はそのまま残るので、後で削除してください。</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is</source>
        <translation>%1 は既に存在するため、そのままにしました</translation>
    </message>
    <message>
        <source>%1: only the first CA file (%2) was kept</source>
        <translation>%1: 最初の CA ファイル (%2) のみ保持しました</translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>Delete %1 now: duper no longer reads it, and it keeps passwords and API keys in plain text (rm %1).</source>
        <translation>%1 を今すぐ削除してください: duper はもう読み込みませんが、パスワードと API キーが平文のまま残っています (rm %1)。</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot; (&quot;duper config&quot; lists them)</source>
        <translation>&quot;%1&quot; という名前の接続はありません (&quot;duper config&quot; で一覧表示できます)</translation>
    </message>
    <message>
        <source>The keychain has no %1 for connection %2.</source>
        <translation>接続 %2 の%1はキーチェーンにありません。</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Duper asks for the %2 of connection %3 for this run only.</source>
        <translation>キーチェーンが利用できません (%1)。Duper は今回の実行に限り、接続 %3 の%2を尋ねます。</translation>
    </message>
    <message>
        <source>connection %1 needs its %2: save it in the keychain with &quot;duper add-cluster --overwrite&quot;, set %3, or run duper in a terminal to be asked</source>
        <translation>接続 %1 には%2が必要です: &quot;duper add-cluster --overwrite&quot; でキーチェーンに保存するか、%3 を設定するか、端末で duper を実行して入力してください</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%2 の%1: </translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>何も入力されませんでした</translation>
    </message>
    <message>
        <source>no secret was given: type it at the prompt, or pipe it on stdin (one line)</source>
        <translation>シークレットが指定されていません: プロンプトで入力するか、stdin にパイプで渡してください (1 行)</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>expected &quot;clusters:&quot; at the top of the file</source>
        <translation>ファイルの先頭に &quot;clusters:&quot; が必要です</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; is not a list</source>
        <translation>&quot;clusters&quot; がリストではありません</translation>
    </message>
    <message>
        <source>cluster #%1 has no name and was skipped</source>
        <translation>クラスター #%1 には名前がないため、スキップしました</translation>
    </message>
    <message>
        <source>cluster %1 has no URL and was skipped</source>
        <translation>クラスター %1 には URL がないため、スキップしました</translation>
    </message>
    <message>
        <source>create a follower index that replicates a leader index</source>
        <translation>リーダーインデックスをレプリケートするフォロワーインデックスを作成する</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader index</source>
        <translation>リーダーインデックスを保持するリモートクラスター (フォロワー上のエイリアス)</translation>
    </message>
    <message>
        <source>pause replication into a follower index</source>
        <translation>フォロワーインデックスへのレプリケーションを一時停止する</translation>
    </message>
    <message>
        <source>resume replication into a paused follower index</source>
        <translation>一時停止中のフォロワーインデックスへのレプリケーションを再開する</translation>
    </message>
    <message>
        <source>Tuning options not given fall back to Elasticsearch&apos;s defaults, not to the earlier values.</source>
        <translation>指定されなかったチューニングオプションは、以前の値ではなく Elasticsearch のデフォルトになります。</translation>
    </message>
    <message>
        <source>remove a follower&apos;s retention leases from its leader index</source>
        <translation>リーダーインデックスからフォロワーのリテンションリースを削除する</translation>
    </message>
    <message>
        <source>Runs forget_follower on the LEADER cluster (--leader_url). The follower&apos;s cluster name and index UUID are read from the follower cluster (--url); the leader&apos;s remote cluster alias from --remote_cluster, else from the follower&apos;s follow info, else the follower&apos;s only remote cluster.</source>
        <translation>リーダークラスター (--leader_url) で forget_follower を実行します。フォロワーのクラスター名とインデックス UUID はフォロワークラスター (--url) から読み取ります。リーダーのリモートクラスターエイリアスは --remote_cluster、なければフォロワーの follow info、それもなければフォロワーの唯一のリモートクラスターから取得します。</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster alias as seen from the follower</source>
        <translation>フォロワーから見たリーダーのリモートクラスターエイリアス</translation>
    </message>
    <message>
        <source>Follower index %1 created: it follows %2 on remote cluster %3.</source>
        <translation>フォロワーインデックス %1 を作成しました: リモートクラスター %3 上の %2 をフォローします。</translation>
    </message>
    <message>
        <source>Replication into %1 paused.</source>
        <translation>%1 へのレプリケーションを一時停止しました。</translation>
    </message>
    <message>
        <source>Replication into %1 resumed.</source>
        <translation>%1 へのレプリケーションを再開しました。</translation>
    </message>
    <message>
        <source>Leader index %1 forgot follower %2 (%3 of %4 shards).</source>
        <translation>リーダーインデックス %1 からフォロワー %2 のリテンションリースを削除しました (%4 シャード中 %3)。</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name must not be empty</source>
        <translation>auto_follow_pattern: 名前を空にすることはできません</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern: &quot;%1&quot; に &apos;,&apos; は使えません</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern: &quot;%1&quot; を &apos;_&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern: 名前が長すぎます (%1 &gt; 255 バイト)</translation>
    </message>
    <message>
        <source>open a follower or leader index</source>
        <translation>フォロワーまたはリーダーインデックスをオープンする</translation>
    </message>
    <message>
        <source>close a follower or leader index</source>
        <translation>フォロワーまたはリーダーインデックスをクローズする</translation>
    </message>
    <message>
        <source>Give exactly one of -f (an index on the follower cluster, --url) or -l (an index on the leader cluster, --leader_url).</source>
        <translation>-f (フォロワークラスター --url 上のインデックス) と -l (リーダークラスター --leader_url 上のインデックス) のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>give exactly one of -f/--follower_index or -l/--leader_index</source>
        <translation>-f/--follower_index と -l/--leader_index のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>-l/--leader_index acts on the leader cluster: give its REST URL with --leader_url, or a saved connection with -c NAME or set-leader-cluster</source>
        <translation>-l/--leader_index はリーダークラスターに対して動作します: --leader_url でその REST URL を指定するか、-c NAME または set-leader-cluster で保存済み接続を指定してください</translation>
    </message>
    <message>
        <source>Index %1 opened.</source>
        <translation>インデックス %1 をオープンしました。</translation>
    </message>
    <message>
        <source>Index %1 closed.</source>
        <translation>インデックス %1 をクローズしました。</translation>
    </message>
    <message>
        <source>Passphrase of the client key %1: </source>
        <translation>クライアントキー %1 のパスフレーズ: </translation>
    </message>
    <message>
        <source>turn a follower index into a regular index</source>
        <translation>フォロワーインデックスを通常のインデックスにする</translation>
    </message>
    <message>
        <source>Runs pause, close, unfollow and open, one step at a time. If a step fails, running the same command again continues from where the index is.</source>
        <translation>pause、close、unfollow、open を 1 ステップずつ実行します。ステップが失敗した場合、同じコマンドを再実行するとインデックスの現在の状態から続行します。</translation>
    </message>
    <message>
        <source>recreate a follower index from its leader (after a fatal error)</source>
        <translation>フォロワーインデックスをリーダーから再作成する (致命的なエラーの後)</translation>
    </message>
    <message>
        <source>Runs pause, close and follow again with the same leader, remote cluster and parameters (tuning options given here replace them). Running it again after a failure continues.</source>
        <translation>pause、close を実行し、同じリーダー、リモートクラスター、パラメーターで再度 follow します (ここで指定したチューニングオプションで置き換えられます)。失敗後に再実行すると続行します。</translation>
    </message>
    <message>
        <source>%1 is now a regular index; replication has stopped.</source>
        <translation>%1 は通常のインデックスになりました。レプリケーションは停止しました。</translation>
    </message>
    <message>
        <source>%1 was recreated from its leader and follows it again.</source>
        <translation>%1 をリーダーから再作成し、再びフォローしています。</translation>
    </message>
    <message>
        <source>      already done</source>
        <translation>      完了済み</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      完了</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 -f %2&quot; again to continue.</source>
        <translation>続行するには &quot;duper %1 -f %2&quot; を再実行してください。</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere; duper will ask for it each time it uses %3</source>
        <translation>キーチェーンが利用できません (%1): %3 の%2はどこにも保存されていません。duper は %3 を使うたびに入力を求めます</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere, so its client key cannot be read</source>
        <translation>キーチェーンが利用できません (%1): %3 の%2はどこにも保存されていないため、クライアントキーを読み取れません</translation>
    </message>
    <message>
        <source>run emulated leader and follower clusters on 127.0.0.1 to try duper</source>
        <translation>duper を試すため、127.0.0.1 でエミュレートされたリーダーとフォロワーのクラスターを実行する</translation>
    </message>
    <message>
        <source>Run &quot;duper sandbox --help&quot; for its options.</source>
        <translation>オプションは &quot;duper sandbox --help&quot; で確認できます。</translation>
    </message>
    <message>
        <source>duper sandbox: an EMULATOR of Elasticsearch cross-cluster replication, for trying Duper. This is not Elasticsearch.</source>
        <translation>duper sandbox: Duper を試すための Elasticsearch クロスクラスターレプリケーションのエミュレーターです。これは Elasticsearch ではありません。</translation>
    </message>
    <message>
        <source>  follower cluster: %1  (cluster_name %2, remote cluster alias [%3])</source>
        <translation>  フォロワークラスター: %1  (cluster_name %2、リモートクラスターエイリアス [%3])</translation>
    </message>
    <message>
        <source>  leader cluster:   %1  (cluster_name %2, transport %3)</source>
        <translation>  リーダークラスター:   %1  (cluster_name %2、トランスポート %3)</translation>
    </message>
    <message>
        <source>  %1 leader indices with followers created in %2 ms</source>
        <translation>  フォロワー付きのリーダーインデックス %1 個を %2 ms で作成しました</translation>
    </message>
    <message>
        <source>  workload: %1 documents per tick into the leader indices</source>
        <translation>  ワークロード: ティックごとにリーダーインデックスへ %1 ドキュメント</translation>
    </message>
    <message>
        <source>  authentication required</source>
        <translation>  認証が必要です</translation>
    </message>
    <message>
        <source>Try: duper --url %1 info   (and --leader_url %2 for forget, open -l, close -l)</source>
        <translation>試してみましょう: duper --url %1 info   (forget、open -l、close -l には --leader_url %2 も指定)</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>停止するには Ctrl+C を押してください。</translation>
    </message>
    <message>
        <source>duper sandbox: stopped.</source>
        <translation>duper sandbox: 停止しました。</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>予期しないインデントです</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>&quot;key: value&quot; の形式が必要です</translation>
    </message>
    <message>
        <source>unterminated or malformed quoted text</source>
        <translation>引用符で囲まれたテキストが閉じていないか、不正です</translation>
    </message>
    <message>
        <source>YAML anchors, tags and block text are not supported</source>
        <translation>YAML のアンカー、タグ、ブロックテキストには対応していません</translation>
    </message>
    <message>
        <source>unterminated [ ] or { }</source>
        <translation>[ ] または { } が閉じていません</translation>
    </message>
    <message>
        <source>nested [ ] or { } are not supported</source>
        <translation>入れ子の [ ] や { } には対応していません</translation>
    </message>
    <message>
        <source>line %1: tabs cannot indent YAML</source>
        <translation>%1 行目: YAML のインデントにタブは使えません</translation>
    </message>
    <message>
        <source>follower indices or patterns to show</source>
        <translation>表示するフォロワーインデックスまたはパターン</translation>
    </message>
    <message>
        <source>Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests</source>
        <translation>自動フォロー: %1 インデックスをフォロー、%2 件失敗、リモートリクエスト失敗 %3 件</translation>
    </message>
    <message>
        <source>FOLLOWER</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>OPERATIONS WRITTEN</source>
        <translation>書き込み済み操作数</translation>
    </message>
    <message>
        <source>GLOBAL CHECKPOINT LAG</source>
        <translation>グローバルチェックポイントの遅延</translation>
    </message>
    <message>
        <source>FAILED READS</source>
        <translation>読み取り失敗</translation>
    </message>
    <message>
        <source>FATAL ERROR</source>
        <translation>致命的エラー</translation>
    </message>
    <message>
        <source>list follower indices: status, remote cluster, leader</source>
        <translation>フォロワーインデックスを一覧表示する: ステータス、リモートクラスター、リーダー</translation>
    </message>
    <message>
        <source>show replication progress of follower indices</source>
        <translation>フォロワーインデックスのレプリケーションの進捗を表示する</translation>
    </message>
    <message>
        <source>--level shard reads the follower indices&apos; stats (JSON includes each shard); --level cluster reads the cluster-wide CCR stats, including auto-follow counters. Paused followers have no stats.</source>
        <translation>--level shard はフォロワーインデックスの統計を読み取ります (JSON には各シャードが含まれます)。--level cluster は自動フォローのカウンターを含むクラスター全体の CCR 統計を読み取ります。一時停止中のフォロワーには統計がありません。</translation>
    </message>
    <message>
        <source>which statistics to read</source>
        <translation>読み取る統計</translation>
    </message>
    <message>
        <source>LEADER</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>--level must be shard or cluster, not &quot;%1&quot;</source>
        <translation>--level は shard または cluster にしてください (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>Connection %1 (%2)</source>
        <translation>接続 %1 (%2)</translation>
    </message>
    <message>
        <source>check a connection: reachable, license, privileges, remote clusters</source>
        <translation>接続を確認する: 到達可能性、ライセンス、権限、リモートクラスター</translation>
    </message>
    <message>
        <source>Tests -c NAME, else --url, else the default follower connection: GET / (cluster name and version), whether the license allows cross-cluster replication, whether the user has manage_ccr, monitor and manage (and what a missing one prevents), and how many remote clusters there are and are connected. Exit code 3 when the cluster cannot be reached, 4 when it refuses the credentials, 1 when a check failed, 0 otherwise (also with warnings).</source>
        <translation>-c NAME、なければ --url、それもなければデフォルトのフォロワー接続をテストします: GET / (クラスター名とバージョン)、ライセンスでクロスクラスターレプリケーションが使えるか、ユーザーに manage_ccr、monitor、manage があるか (ない場合に何ができないか)、リモートクラスターの数と接続済みの数。終了コードは、クラスターに到達できない場合は 3、認証情報が拒否された場合は 4、チェックが失敗した場合は 1、それ以外 (警告がある場合も含む) は 0 です。</translation>
    </message>
    <message>
        <source>most operations to pull per read from the leader</source>
        <translation>リーダーから 1 回の読み取りで取得する最大操作数</translation>
    </message>
    <message>
        <source>most operations per bulk write on the follower</source>
        <translation>フォロワーへの 1 回のバルク書き込みの最大操作数</translation>
    </message>
    <message>
        <source>most read requests in flight to the leader</source>
        <translation>リーダーへの同時読み取りリクエストの最大数</translation>
    </message>
    <message>
        <source>most write requests in flight on the follower</source>
        <translation>フォロワーでの同時書き込みリクエストの最大数</translation>
    </message>
    <message>
        <source>most bytes per read from the leader (e.g. 32mb)</source>
        <translation>リーダーから 1 回の読み取りで取得する最大バイト数 (例: 32mb)</translation>
    </message>
    <message>
        <source>most bytes per bulk write on the follower</source>
        <translation>フォロワーへの 1 回のバルク書き込みの最大バイト数</translation>
    </message>
    <message>
        <source>queued operations at which reads are deferred</source>
        <translation>読み取りを保留するキュー内の操作数</translation>
    </message>
    <message>
        <source>queued bytes at which reads are deferred</source>
        <translation>読み取りを保留するキュー内のバイト数</translation>
    </message>
    <message>
        <source>longest wait before retrying a failed operation (&lt;= 5m)</source>
        <translation>失敗した操作を再試行するまでの最長の待機時間 (&lt;= 5m)</translation>
    </message>
    <message>
        <source>how long a read waits for new operations on the leader</source>
        <translation>読み取りがリーダーの新しい操作を待つ時間</translation>
    </message>
    <message>
        <source>shard copies that must be active before the command returns</source>
        <translation>コマンドが戻る前にアクティブである必要があるシャードコピー数</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: 値が必要です</translation>
    </message>
    <message>
        <source>wait_for_active_shards: a value is required</source>
        <translation>wait_for_active_shards: 値が必要です</translation>
    </message>
    <message>
        <source>follow the existing leader indices that match patterns</source>
        <translation>パターンに一致する既存のリーダーインデックスをフォローする</translation>
    </message>
    <message>
        <source>Auto-follow patterns only follow leader indices created after the pattern; follow-many follows the ones that exist now. Leader indices already followed, excluded, or whose follower name is taken or invalid are not followed; a taken or invalid name makes the exit code 1. --dry-run prints the plan and follows nothing. With --auto_follow_pattern the matching auto-follow pattern is created at the end, so new leader indices follow too.</source>
        <translation>自動フォローパターンはパターン作成後に作られたリーダーインデックスのみをフォローします。follow-many は現在存在するものをフォローします。フォロー済み、除外対象、またはフォロワー名が使用済みか無効なリーダーインデックスはフォローされません。名前が使用済みか無効な場合、終了コードは 1 になります。--dry-run は計画を表示するだけで何もフォローしません。--auto_follow_pattern を指定すると、最後に対応する自動フォローパターンが作成され、新しいリーダーインデックスもフォローされます。</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader indices</source>
        <translation>リーダーインデックスを保持するリモートクラスター (フォロワー上のエイリアス)</translation>
    </message>
    <message>
        <source>name of the follower indices; {{leader_index}} is the leader&apos;s name</source>
        <translation>フォロワーインデックスの名前。{{leader_index}} はリーダーの名前</translation>
    </message>
    <message>
        <source>print the plan, follow nothing</source>
        <translation>計画を表示し、何もフォローしない</translation>
    </message>
    <message>
        <source>also create this auto-follow pattern with the same settings</source>
        <translation>同じ設定でこの自動フォローパターンも作成する</translation>
    </message>
    <message>
        <source>how many follow requests run at once</source>
        <translation>同時に実行するフォローリクエストの数</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; gives invalid follower names: %2</source>
        <translation>follow_index_pattern: &quot;%1&quot; では無効なフォロワー名になります: %2</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; must contain {{leader_index}}, or every leader index gets the same follower</source>
        <translation>follow_index_pattern: &quot;%1&quot; には {{leader_index}} を含める必要があります。含めないと、すべてのリーダーインデックスが同じフォロワーになります</translation>
    </message>
    <message>
        <source>leader_index_patterns: &quot;%1&quot; must not contain &apos;:&apos; or spaces</source>
        <translation>leader_index_patterns: &quot;%1&quot; に &apos;:&apos; や空白は使えません</translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; must be a number from 1 to 64</source>
        <translation>concurrency: &quot;%1&quot; は 1 から 64 の数値にしてください</translation>
    </message>
    <message>
        <source>could not list the leader indices</source>
        <translation>リーダーインデックスを一覧表示できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es) of remote cluster %1…</source>
        <translation>
            <numerusform>リモートクラスター %1 のリーダーインデックス %n 個をフォローしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>followed</source>
        <translation>フォロー済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (データストリーム %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 created: new leader indices follow too.</source>
        <translation>自動フォローパターン %1 を作成しました: 新しいリーダーインデックスもフォローされます。</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 not created: %2</source>
        <translation>自動フォローパターン %1 は作成されませんでした: %2</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>これらのパターンに一致するリーダーインデックスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n leader index(es) would be followed, nothing was changed.</source>
        <translation>
            <numerusform>ドライラン: %n 個のリーダーインデックスがフォローされます。何も変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already paused: nothing to do.</source>
        <translation>%1 は既に一時停止しています。何もすることはありません。</translation>
    </message>
    <message>
        <source>%1 is already active: nothing to do.</source>
        <translation>%1 は既にアクティブです。何もすることはありません。</translation>
    </message>
    <message>
        <source>resume with the parameters remembered when it was paused (saved connections only)</source>
        <translation>一時停止時に記憶したパラメーターで再開します（保存済みの接続のみ）</translation>
    </message>
    <message>
        <source>give either --remembered or tuning options, not both</source>
        <translation>--remembered とチューニングオプションのどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--remembered needs a saved connection (-c NAME or the default follower): a --url connection remembers nothing</source>
        <translation>--remembered には保存済みの接続（-c NAME または既定のフォロワー）が必要です。--url の接続は何も記憶しません</translation>
    </message>
    <message>
        <source>No parameters are remembered for %1: Elasticsearch&apos;s defaults apply.</source>
        <translation>%1 には記憶されたパラメーターがありません。Elasticsearch の既定値が使われます。</translation>
    </message>
    <message>
        <source>set up bi-directional replication between two clusters</source>
        <translation>2 つのクラスター間に双方向レプリケーションを設定する</translation>
    </message>
    <message>
        <source>the remote cluster on this cluster that points at the other one</source>
        <translation>このクラスター上で相手のクラスターを指すリモートクラスター</translation>
    </message>
    <message>
        <source>the remote cluster on the other cluster that points back at this one</source>
        <translation>相手のクラスター上でこのクラスターを指し返すリモートクラスター</translation>
    </message>
    <message>
        <source>leader index names or wildcards to replicate both ways</source>
        <translation>双方向にレプリケートするリーダーインデックスの名前またはワイルドカード</translation>
    </message>
    <message>
        <source>print the plan, change nothing</source>
        <translation>計画を表示し、何も変更しない</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>確認を求めない</translation>
    </message>
    <message>
        <source>remote_cluster_back: give each cluster its own alias for the other</source>
        <translation>remote_cluster_back: 各クラスターに相手を指す専用のエイリアスを指定してください</translation>
    </message>
    <message>
        <source>could not read the setup of %1</source>
        <translation>%1 の設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>bidirectional changes both clusters: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>bidirectional は両方のクラスターを変更します: 端末なしで実行するには --yes を追加してください (計画を確認するには --dry-run)</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>%1 と %2 の間に双方向レプリケーションを設定しますか?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>%1 (%2: set to %3)</source>
        <translation>%1 (%2: %3 に設定)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>LEADER INDICES</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>FOLLOWER NAMES</source>
        <translation>フォロワー名</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>auto-follow pattern %1 already exists on %2 and differs: %3</source>
        <translation>自動フォローパターン %1 は %2 に既に存在し、内容が異なります: %3</translation>
    </message>
    <message>
        <source>Both patterns exist already: there is nothing to set up.</source>
        <translation>両方のパターンが既に存在します: 設定することはありません。</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン: 何も変更していません。</translation>
    </message>
    <message>
        <source>Bi-directional replication between %1 and %2 is set up.</source>
        <translation>%1 と %2 の間の双方向レプリケーションを設定しました。</translation>
    </message>
    <message numerus="yes">
        <source>Bi-directional setup did not finish: %n item(s) failed.</source>
        <translation>
            <numerusform>双方向レプリケーションの設定が完了しませんでした: %n 個の項目が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>make the old leader cluster follow the promoted cluster after a failover</source>
        <translation>フェイルオーバー後に、元のリーダークラスターが昇格したクラスターをフォローするようにする</translation>
    </message>
    <message>
        <source>Run against the old leader cluster (--url) once it is back; --leader_url is the promoted cluster and --remote_cluster the alias on the old leader that points to it (added, seeded with the promoted cluster&apos;s transport address, when missing). Every regular index of the promoted cluster is followed under the same name; the old leader&apos;s copies of them are deleted first, which needs --yes-delete-stale-copies or a confirmation on a terminal that names them (without either it stops before deleting, exit 1). Then it waits until every follower has caught up and checks the document counts. --dry-run prints the plan and changes nothing. If a step fails, run the same command again: it continues. A report is saved after every run. Exit code 0 when every index follows and has caught up, 1 otherwise.</source>
        <translation>元のリーダークラスターが復旧したら、そのクラスター (--url) に対して実行します。--leader_url は昇格したクラスター、--remote_cluster は元のリーダー上で昇格したクラスターを指すエイリアスです (ない場合は、昇格したクラスターのトランスポートアドレスをシードとして追加されます)。昇格したクラスターの通常のインデックスはすべて同じ名前でフォローされます。元のリーダー上にあるそれらのコピーは先に削除されますが、それには --yes-delete-stale-copies か、端末でそれらの名前を示した確認が必要です (どちらもない場合は削除の前に停止し、終了コード 1)。その後、すべてのフォロワーが追いつくまで待機し、ドキュメント数を確認します。--dry-run は計画を表示するだけで何も変更しません。ステップが失敗した場合は、同じコマンドを再実行すると続行します。実行のたびにレポートが保存されます。終了コードは、すべてのインデックスがフォローして追いついた場合は 0、それ以外は 1 です。</translation>
    </message>
    <message>
        <source>the alias on this cluster that points to the promoted cluster</source>
        <translation>このクラスター上で昇格したクラスターを指すエイリアス</translation>
    </message>
    <message>
        <source>agree to deleting this cluster&apos;s old copies of the indices</source>
        <translation>このクラスターにあるインデックスの古いコピーの削除に同意する</translation>
    </message>
    <message>
        <source>where to save the report</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>after failing back, promote this cluster and make the other one follow it again (a separate confirmation)</source>
        <translation>フェイルバック後に、このクラスターを昇格し、もう一方のクラスターが再びこのクラスターをフォローするようにする (別途確認あり)</translation>
    </message>
    <message>
        <source>with --switch-back: the alias on the promoted cluster that points to this one</source>
        <translation>--switch-back 使用時: 昇格したクラスター上でこのクラスターを指すエイリアス</translation>
    </message>
    <message>
        <source>--switch-back needs --remote_cluster_back: the alias on the promoted cluster that points to this one</source>
        <translation>--switch-back には --remote_cluster_back が必要です: 昇格したクラスター上でこのクラスターを指すエイリアス</translation>
    </message>
    <message>
        <source>could not read the promoted cluster</source>
        <translation>昇格したクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>could not read this cluster</source>
        <translation>このクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>failback changes this cluster: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failback はこのクラスターを変更します: 端末なしで実行するには --yes を追加してください (計画を確認するには --dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Make this cluster follow %n index(es) from %1?</source>
        <translation>
            <numerusform>このクラスターが %1 から %n 個のインデックスをフォローするようにしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these old copies on this cluster for good: %1?</source>
        <translation>このクラスター上のこれらの古いコピーを完全に削除しますか: %1?</translation>
    </message>
    <message>
        <source>Stopped before deleting: this cluster&apos;s copies %1 must be deleted before it can follow them. Run again with --yes-delete-stale-copies (or on a terminal) to agree. Nothing was changed.</source>
        <translation>削除の前に停止しました: このクラスターがフォローできるようにするには、先にこのクラスターのコピー %1 を削除する必要があります。同意するには --yes-delete-stale-copies を付けて (または端末で) 再実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>昇格したクラスターにフォローするインデックスがありません: フェイルバックするものはありません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>こちら</translation>
    </message>
    <message>
        <source>DOCS HERE</source>
        <translation>こちらのドキュメント数</translation>
    </message>
    <message>
        <source>DOCS PROMOTED</source>
        <translation>昇格側のドキュメント数</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>DATA STREAM</source>
        <translation>データストリーム</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>Plan for failing back to %1:</source>
        <translation>%1 へのフェイルバックの計画:</translation>
    </message>
    <message>
        <source>exists, connected</source>
        <translation>存在、接続済み</translation>
    </message>
    <message>
        <source>exists, not connected</source>
        <translation>存在、未接続</translation>
    </message>
    <message>
        <source>add it with seeds %1</source>
        <translation>シード %1 で追加</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n 個のインデックス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 complete: this cluster follows %n index(es) and has caught up.</source>
        <translation>
            <numerusform>%1 へのフェイルバックが完了しました: このクラスターは %n 個のインデックスをフォローし、追いついています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>%1 へのフェイルバックが完了しませんでした: %n 個の項目が失敗しました。続行するには同じコマンドを再実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message numerus="yes">
        <source>Switch back now: promote this cluster&apos;s %n follower(s) and make the other cluster follow it again through %1?</source>
        <translation>
            <numerusform>今すぐスイッチバックしますか: このクラスターの %n 個のフォロワーを昇格し、もう一方のクラスターが %1 を通じて再びこのクラスターをフォローするようにします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not switched back.</source>
        <translation>スイッチバックしていません。</translation>
    </message>
    <message>
        <source>Delete the other cluster&apos;s copies for good: %1?</source>
        <translation>もう一方のクラスターのコピーを完全に削除しますか: %1?</translation>
    </message>
    <message>
        <source>Not switched back: the other cluster&apos;s copies must be deleted before it can follow this one; add --yes-delete-stale-copies (or run on a terminal) to agree.</source>
        <translation>スイッチバックしていません: もう一方のクラスターがこのクラスターをフォローできるようにするには、先にそのコピーを削除する必要があります。同意するには --yes-delete-stale-copies を追加してください (または端末で実行してください)。</translation>
    </message>
    <message>
        <source>Switching back: %1</source>
        <translation>スイッチバック中: %1</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>スイッチバックしました: 元の方向に戻りました。</translation>
    </message>
    <message>
        <source>Switching back did not finish: run the same command again to continue.</source>
        <translation>スイッチバックが完了しませんでした: 続行するには同じコマンドを再実行してください。</translation>
    </message>
    <message>
        <source>promote this cluster&apos;s followers of a lost leader cluster</source>
        <translation>失われたリーダークラスターをフォローしている、このクラスターのフォロワーを昇格する</translation>
    </message>
    <message>
        <source>Run against the follower cluster when the leader cluster behind --remote_cluster is lost. In Elastic&apos;s order: pause that remote&apos;s auto-follow patterns, turn every follower index of it into a regular index (pause, close, unfollow, open), promote its replicated data streams, then check that nothing follows it any more. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. If a step fails, run the same command again: it continues from where each index is. A report (JSON and Markdown) is saved after every run. Exit code 0 when every index was promoted, 1 when any failed.</source>
        <translation>--remote_cluster の背後にあるリーダークラスターが失われたときに、フォロワークラスターに対して実行します。Elastic の手順どおり、そのリモートの自動フォローパターンを一時停止し、そのリモートをフォローするすべてのフォロワーインデックスを通常のインデックスに変換し (一時停止、クローズ、フォロー解除、オープン)、レプリケートされたデータストリームを昇格した後、そのリモートをフォローしているものが残っていないことを確認します。--dry-run は計画を表示するだけで何も変更しません。端末では --yes がない限り変更前に確認を求め、端末がない場合は --yes が必須です。ステップが失敗した場合は、同じコマンドを再実行すると各インデックスの現在の状態から続行します。実行のたびにレポート (JSON と Markdown) が保存されます。終了コードは、すべてのインデックスが昇格した場合は 0、いずれかが失敗した場合は 1 です。</translation>
    </message>
    <message>
        <source>the remote cluster (alias on this cluster) that was lost</source>
        <translation>失われたリモートクラスター (このクラスター上のエイリアス)</translation>
    </message>
    <message>
        <source>could not read what follows %1</source>
        <translation>%1 をフォローしているものを読み取れませんでした</translation>
    </message>
    <message>
        <source>remote_cluster: this cluster has no remote cluster &quot;%1&quot;</source>
        <translation>remote_cluster: このクラスターにはリモートクラスター「%1」がありません</translation>
    </message>
    <message>
        <source>failover changes the cluster and cannot be undone: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failover はクラスターを変更し、元に戻せません: 端末なしで実行するには --yes を追加してください (計画を確認するには --dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>%1 から %n 個のフォロワーインデックスをフェイルオーバーしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>このクラスター上に %1 をフォローしているものはもうありません: フェイルオーバーするものはありません。</translation>
    </message>
    <message>
        <source>FOLLOWER INDEX</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>LEADER INDEX</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>Plan for failing over from %1:</source>
        <translation>%1 からのフェイルオーバーの計画:</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es)</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 complete: %n index(es) are regular, writable indices now.</source>
        <translation>
            <numerusform>%1 からのフェイルオーバーが完了しました: %n 個のインデックスが書き込み可能な通常のインデックスになりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>%1 からのフェイルオーバーが完了しませんでした: %n 個の項目が失敗しました。続行するには同じコマンドを再実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>  scenario dr: %1 followed under the same names, auto-follow pattern [%2] for logs-*, data stream %3 (two backing indices, replicated)</source>
        <translation>  シナリオ dr: %1 を同じ名前でフォロー、logs-* 用の自動フォローパターン [%2]、データストリーム %3 (2 つのバッキングインデックス、レプリケート済み)</translation>
    </message>
    <message>
        <source>Emulator control: type &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; or &quot;help&quot;.</source>
        <translation>エミュレーターの操作: 「down leader」「up leader」「down follower」「up follower」「status」または「help」と入力してください。</translation>
    </message>
    <message>
        <source>Emulator control (not an Elasticsearch API):
  down leader | down follower   simulate an outage: the cluster refuses connections and the other cluster loses it as a remote
  up leader | up follower       bring it back on the same ports, data intact
  status                        show which clusters are up
  help                          show this help</source>
        <translation>エミュレーターの操作 (Elasticsearch API ではありません):
  down leader | down follower   障害をシミュレート: クラスターが接続を拒否し、もう一方のクラスターからリモートとして失われます
  up leader | up follower       同じポートでデータを保ったまま復旧します
  status                        稼働中のクラスターを表示します
  help                          このヘルプを表示します</translation>
    </message>
    <message>
        <source>Could not bring the %1 cluster back: %2</source>
        <translation>%1 クラスターを復旧できませんでした: %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Type &quot;help&quot; for the commands.</source>
        <translation>不明なコマンド「%1」です。コマンドの一覧は「help」と入力してください。</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>up</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>leader cluster: %1, follower cluster: %2</source>
        <translation>リーダークラスター: %1、フォロワークラスター: %2</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short form of yes</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long form of yes</comment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Run against one cluster (--url) with the other at --leader_url. Each cluster gets an auto-follow pattern bidirectional-&lt;alias&gt; following the other&apos;s --leader_index_patterns through its remote alias (--remote_cluster on this cluster, --remote_cluster_back on the other); followers are named &lt;index&gt;-replicated_from_&lt;alias&gt; and both patterns exclude *-replicated_from_*, so nothing replicates back in a loop. A missing or disconnected alias is set to the other cluster&apos;s transport address. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. Running it again changes nothing; a different pattern of the same name is an error. A report (JSON and Markdown) is saved after every run. Exit code 0 when both patterns read back as planned, 1 otherwise.</source>
        <translation>一方のクラスター (--url) に対して実行し、もう一方は --leader_url で指定します。各クラスターには、リモートエイリアス (このクラスターでは --remote_cluster、もう一方では --remote_cluster_back) を通じて相手の --leader_index_patterns をフォローする自動フォローパターン bidirectional-&lt;alias&gt; が作成されます。フォロワーの名前は &lt;index&gt;-replicated_from_&lt;alias&gt; となり、両方のパターンが *-replicated_from_* を除外するため、ループして逆方向にレプリケートされることはありません。存在しないか接続されていないエイリアスには、相手のクラスターのトランスポートアドレスが設定されます。--dry-run は計画を表示するだけで何も変更しません。端末では --yes がない限り変更前に確認を求め、端末がない場合は --yes が必須です。再実行しても何も変更されません。同じ名前の異なるパターンがある場合はエラーになります。実行のたびにレポート (JSON と Markdown) が保存されます。終了コードは、両方のパターンが計画どおりに読み戻せた場合は 0、それ以外は 1 です。</translation>
    </message>
    <message>
        <source>give the leader cluster with --leader_url, -c NAME or a saved leader connection</source>
        <translation>--leader_url、-c NAME、または保存済みのリーダー接続でリーダークラスターを指定してください</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Created cross-cluster API key %1 (id %2).</source>
        <translation>クロスクラスター API キー %1 (id %2) を作成しました。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>有効期限は %1 です。</translation>
    </message>
    <message>
        <source>The encoded key is in the keychain for remote cluster %1 (cluster.remote.%1.credentials).</source>
        <translation>エンコード済みのキーは、リモートクラスター %1 用にキーチェーンに保存されています (cluster.remote.%1.credentials)。</translation>
    </message>
    <message>
        <source>cross-cluster API keys on the leader: create, list, invalidate</source>
        <translation>リーダー上のクロスクラスター API キー: 作成、一覧表示、無効化</translation>
    </message>
    <message>
        <source>Run &quot;duper cross-cluster-key create|list|invalidate --help&quot;.</source>
        <translation>&quot;duper cross-cluster-key create|list|invalidate --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>create a cross-cluster API key on the leader cluster</source>
        <translation>リーダークラスター上にクロスクラスター API キーを作成する</translation>
    </message>
    <message>
        <source>the key&apos;s name</source>
        <translation>キーの名前</translation>
    </message>
    <message>
        <source>leader index patterns the key may replicate</source>
        <translation>キーがレプリケートできるリーダーインデックスパターン</translation>
    </message>
    <message>
        <source>index patterns the key may search</source>
        <translation>キーが検索できるインデックスパターン</translation>
    </message>
    <message>
        <source>the key expires after this time, e.g. 30d</source>
        <translation>キーはこの時間が経過すると期限切れになります (例: 30d)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>keep the encoded key in the keychain for this remote cluster alias</source>
        <translation>エンコード済みのキーを、このリモートクラスターエイリアス用にキーチェーンに保存する</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) on stdout</source>
        <translation>エンコード済みのキー (シークレット) を stdout に出力する</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s id. The encoded key, the credential a follower cluster stores as cluster.remote.&lt;alias&gt;.credentials, is a secret: it is printed only with --show-key, and with --remote_cluster it is kept in the system keychain only. Give at least one of them, or the key cannot be used.</source>
        <translation>新しいキーの id を表示します。エンコード済みのキー、つまりフォロワークラスターが cluster.remote.&lt;alias&gt;.credentials として保存する認証情報はシークレットです。--show-key を指定した場合にのみ表示され、--remote_cluster を指定した場合はシステムのキーチェーンにのみ保存されます。少なくともどちらか一方を指定してください。指定しないとキーを使用できません。</translation>
    </message>
    <message>
        <source>list the cross-cluster API keys of the leader cluster</source>
        <translation>リーダークラスターのクロスクラスター API キーを一覧表示する</translation>
    </message>
    <message>
        <source>invalidate cross-cluster API keys on the leader cluster</source>
        <translation>リーダークラスター上のクロスクラスター API キーを無効化する</translation>
    </message>
    <message>
        <source>the key(s) to invalidate</source>
        <translation>無効化するキー</translation>
    </message>
    <message>
        <source>Remote clusters that connect with an invalidated key disconnect, and their follower indices stop replicating (their reads fail).</source>
        <translation>無効化されたキーで接続しているリモートクラスターは切断され、そのフォロワーインデックスはレプリケーションを停止します (読み取りが失敗します)。</translation>
    </message>
    <message>
        <source>give a subcommand: create, list or invalidate</source>
        <translation>サブコマンドを指定してください: create、list、または invalidate</translation>
    </message>
    <message>
        <source>give --remote_cluster ALIAS to keep the encoded key in the keychain, or --show-key to print it</source>
        <translation>エンコード済みのキーをキーチェーンに保存するには --remote_cluster ALIAS を、出力するには --show-key を指定してください</translation>
    </message>
    <message>
        <source>could not create the cross-cluster API key</source>
        <translation>クロスクラスター API キーを作成できませんでした</translation>
    </message>
    <message>
        <source>the key was created (id %1) but the keychain could not keep it: %2. Invalidate it with &quot;duper cross-cluster-key invalidate --id %1&quot;, or create one with --show-key.</source>
        <translation>キーは作成されました (id %1) が、キーチェーンに保存できませんでした: %2。&quot;duper cross-cluster-key invalidate --id %1&quot; で無効化するか、--show-key を指定して作成し直してください。</translation>
    </message>
    <message>
        <source>could not list the API keys</source>
        <translation>API キーを一覧表示できませんでした</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>REPLICATION</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>could not invalidate the API keys</source>
        <translation>API キーを無効化できませんでした</translation>
    </message>
    <message>
        <source>Invalidated %1.</source>
        <translation>%1 を無効化しました。</translation>
    </message>
    <message>
        <source>%1 was already invalidated.</source>
        <translation>%1 は既に無効化されています。</translation>
    </message>
    <message>
        <source>no API key with id %1 on the leader cluster</source>
        <translation>リーダークラスターに id %1 の API キーはありません</translation>
    </message>
    <message>
        <source>  leader remote cluster server (cross-cluster API keys): %1</source>
        <translation>  リーダーのリモートクラスターサーバー (クロスクラスター API キー): %1</translation>
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
保存済み接続: &quot;duper config&quot; で一覧表示し、add-cluster で保存します (シークレットはキーチェーンに保存)。
--url と -c がない場合、コマンドはデフォルトのフォロワー接続、それもなければ http://localhost:9200 を使用します。
環境変数: DUPER_PASSWORD (--username のパスワード)、DUPER_API_KEY (エンコード済み API キー)、
DUPER_CROSS_CLUSTER_KEY (&quot;duper connect --api-key-from&quot; が使用するクロスクラスター API キー)。
終了コード: 0 成功、1 Elasticsearch がリクエストを拒否、2 使い方または入力の誤り、3 クラスターに到達できない
(接続、TLS、タイムアウト)、4 認証または認可の失敗。
コマンドのオプションは &quot;duper &lt;command&gt; --help&quot; で確認できます。
</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>キーを作成するには --replication が必要です (リモートクラスター %1 用のキーはキーチェーンに保存されていません)</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key; invalidate this one with &quot;duper cross-cluster-key invalidate --id %2&quot; when it is not used</source>
        <translation>キーチェーンに保存できませんでした (%1): 次回の実行では別のキーが作成されます。このキーが使われなくなったら &quot;duper cross-cluster-key invalidate --id %2&quot; で無効化してください</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>API key (no credential)</source>
        <translation>API キー (認証情報なし)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <source>list remote clusters: status, mode, security model, addresses</source>
        <translation>リモートクラスターを一覧表示: 状態、モード、セキュリティモデル、アドレス</translation>
    </message>
    <message>
        <source>SECURITY is &quot;API key&quot; for a remote secured with a cross-cluster API key (&quot;API key (no credential)&quot; when the keystore entry is not in force yet) and &quot;certificate&quot; for the TLS certificate model. --json gives security as api_key or certificate and, for API-key remotes, credentials_present.</source>
        <translation>セキュリティ列は、クロスクラスター API キーで保護されたリモートでは「API キー」(キーストアのエントリがまだ有効でない場合は「API キー (認証情報なし)」)、TLS 証明書モデルでは「証明書」になります。--json では security が api_key または certificate となり、API キーのリモートでは credentials_present も含まれます。</translation>
    </message>
    <message>
        <source>send the requests even when the privilege check finds missing privileges</source>
        <translation>権限チェックで不足している権限が見つかってもリクエストを送信する</translation>
    </message>
    <message>
        <source>warning: could not check before sending: %1</source>
        <translation>警告: 送信前に確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the privilege check found missing privileges.</source>
        <translation>何も送信していません: 権限チェックで不足している権限が見つかりました。</translation>
    </message>
    <message>
        <source>Ask an administrator for them, or give --skip-preflight to send the requests anyway.</source>
        <translation>管理者に権限の付与を依頼するか、--skip-preflight を指定してリクエストをそのまま送信してください。</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>入れ子が %1 レベルを超えています</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB, too large for a configuration file</source>
        <translation>ファイルが %1 KB を超えており、設定ファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>check that follower indices hold what their leaders hold</source>
        <translation>フォロワーインデックスがリーダーと同じ内容を保持しているか確認する</translation>
    </message>
    <message>
        <source>check every follower index</source>
        <translation>すべてのフォロワーインデックスを確認する</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster (instead of --leader_url)</source>
        <translation>リーダークラスターの保存済み接続 (--leader_url の代わり)</translation>
    </message>
    <message>
        <source>the default leader connection</source>
        <translation>既定のリーダー接続</translation>
    </message>
    <message>
        <source>check only followers of this remote cluster (the one the leader stands for)</source>
        <translation>このリモートクラスター (リーダーが表すもの) のフォロワーだけを確認する</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and each shard&apos;s follower checkpoint with the leader&apos;s max sequence number. &quot;complete&quot;: every operation replicated and the counts agree; &quot;behind&quot;: operations still to replicate (by how many); &quot;differs&quot;: the checkpoints match but the counts do not (elastic/elasticsearch#89991); &quot;not checked&quot;: a paused follower, a missing index or an unreachable cluster. Counts are what searches see, i.e. as of the last refresh.
Exit codes: 0 every copy complete or behind; 1 a copy differs or could not be checked; 2 bad usage; 3 a cluster could not be reached; 4 credentials refused.</source>
        <translation>リーダーとフォロワーのドキュメント数、および各シャードのフォロワーチェックポイントとリーダーの最大シーケンス番号を比較します。「完全」: すべての操作が複製され、件数が一致; 「遅延」: まだ複製する操作がある (その数); 「不一致」: チェックポイントは一致するが件数が一致しない (elastic/elasticsearch#89991); 「未確認」: 一時停止中のフォロワー、存在しないインデックス、または接続できないクラスター。件数は検索から見える数、つまり最後のリフレッシュ時点のものです。
終了コード: 0 すべてのコピーが完全または遅延; 1 不一致または確認できないコピーがある; 2 使い方の誤り; 3 クラスターに接続できない; 4 認証情報が拒否された。</translation>
    </message>
    <message>
        <source>give either -f/--follower_index or --all</source>
        <translation>-f/--follower_index か --all のどちらかを指定してください</translation>
    </message>
    <message>
        <source>give either --leader or --leader_url</source>
        <translation>--leader か --leader_url のどちらかを指定してください</translation>
    </message>
    <message>
        <source>the leader cluster is needed: give --leader_url URL or --leader NAME, or save a default leader connection</source>
        <translation>リーダークラスターが必要です: --leader_url URL または --leader NAME を指定するか、既定のリーダー接続を保存してください</translation>
    </message>
    <message>
        <source>No follower indices to check.</source>
        <translation>確認するフォロワーインデックスはありません。</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>OPERATIONS BEHIND</source>
        <translation>遅延操作数</translation>
    </message>
    <message>
        <source>LEADER DOCUMENTS</source>
        <translation>リーダーのドキュメント数</translation>
    </message>
    <message>
        <source>FOLLOWER DOCUMENTS</source>
        <translation>フォロワーのドキュメント数</translation>
    </message>
    <message>
        <source>every saved connection at once, one table</source>
        <translation>保存済みのすべての接続を一度に、1 つの表で</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>secret missing</source>
        <translation>シークレットなし</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>認証されていません</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>未オープン</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>--all-connections reads every saved connection: leave out -c/--connection and --url</source>
        <translation>--all-connections は保存済みのすべての接続を読み取ります: -c/--connection と --url は指定しないでください</translation>
    </message>
    <message>
        <source>there is no saved connection yet; add one with &quot;duper add-cluster&quot;</source>
        <translation>保存済みの接続はまだありません。&quot;duper add-cluster&quot; で追加してください</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>LICENSE</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>PATTERNS</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>WORST LAG</source>
        <translation>最大ラグ</translation>
    </message>
    <message>
        <source>SINCE LAST READ</source>
        <translation>最終読み取りから</translation>
    </message>
    <message>
        <source>REMOTES</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>--all-connections lists the follower indices of every saved connection in one table with a CONNECTION column; clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>--all-connections は保存済みのすべての接続のフォロワーインデックスを、接続列付きの 1 つの表に一覧表示します。読み取れなかったクラスターは stderr に表示されます (終了コード 1、どれも読み取れなかった場合は 3)。</translation>
    </message>
    <message>
        <source>--all-connections shows one row per saved connection: reachable or why not, cluster, version, license, followers by status, auto-follow patterns, worst lag, longest time since a read and the remotes it follows (exit code 1 when some clusters could not be read, 3 when none could).</source>
        <translation>--all-connections は保存済みの接続ごとに 1 行を表示します: 到達可能か (不可ならその理由)、クラスター、バージョン、ライセンス、ステータス別のフォロワー、自動フォローパターン、最大ラグ、最終読み取りからの最長時間、フォローしているリモート (一部のクラスターを読み取れなかった場合は終了コード 1、どれも読み取れなかった場合は 3)。</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <source>show who replicates from whom across every saved connection</source>
        <translation>保存済みのすべての接続で、どこがどこから複製しているかを表示する</translation>
    </message>
    <message>
        <source>One line per follower cluster and remote cluster alias it replicates from: the leader&apos;s saved connection (found by the addresses its nodes publish, else by its cluster name) or &quot;unknown&quot; with the remote&apos;s addresses, the number of follower indices and their worst status. Clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>フォロワークラスターと、その複製元のリモートクラスターエイリアスごとに 1 行: リーダーの保存済み接続 (ノードが公開するアドレス、なければクラスター名で特定)、または &quot;unknown&quot; とリモートのアドレス、フォロワーインデックスの数とその最悪のステータス。読み取れなかったクラスターは stderr に表示されます (終了コード 1、どれも読み取れなかった場合は 3)。</translation>
    </message>
    <message>
        <source>FOLLOWER CLUSTER</source>
        <translation>フォロワークラスター</translation>
    </message>
    <message>
        <source>LEADER CLUSTER</source>
        <translation>リーダークラスター</translation>
    </message>
    <message>
        <source>WORST STATUS</source>
        <translation>最悪のステータス</translation>
    </message>
    <message>
        <source>--%1 needs a number of operations (0 or more), not &quot;%2&quot;</source>
        <translation>--%1 には操作数 (0 以上) を指定してください。「%2」は使えません</translation>
    </message>
    <message>
        <source>--%1 cannot be negative</source>
        <translation>--%1 に負の値は指定できません</translation>
    </message>
    <message>
        <source>--%1 needs a share of the retention lease period such as 50% or a time such as 6h, not &quot;%2&quot;</source>
        <translation>--%1 にはリテンションリース期間の割合 (50% など) または時間 (6h など) を指定してください。「%2」は使えません</translation>
    </message>
    <message>
        <source>check replication for a monitoring system (Nagios/Icinga plugin)</source>
        <translation>監視システム向けにレプリケーションを確認する (Nagios/Icinga プラグイン)</translation>
    </message>
    <message>
        <source>follower indices or patterns to check</source>
        <translation>確認するフォロワーインデックスまたはパターン</translation>
    </message>
    <message>
        <source>warn when a follower is more operations behind than this</source>
        <translation>フォロワーの遅れがこの操作数を超えたら警告する</translation>
    </message>
    <message>
        <source>critical when a follower is more operations behind than this</source>
        <translation>フォロワーの遅れがこの操作数を超えたら重大とする</translation>
    </message>
    <message>
        <source>count lag only once it has lasted this long (needs --state-file)</source>
        <translation>遅延がこの時間続いてから数える (--state-file が必要)</translation>
    </message>
    <message>
        <source>warn when a shard last read from the leader longer ago</source>
        <translation>シャードがリーダーから最後に読み取ってからこれより長いと警告する</translation>
    </message>
    <message>
        <source>critical when a shard last read from the leader longer ago</source>
        <translation>シャードがリーダーから最後に読み取ってからこれより長いと重大とする</translation>
    </message>
    <message>
        <source>warn when a follower has been paused this share of its leader&apos;s retention lease period (or this long)</source>
        <translation>フォロワーの一時停止がリーダーのリテンションリース期間のこの割合 (またはこの時間) に達したら警告する</translation>
    </message>
    <message>
        <source>critical when a follower has been paused this share of the period (or this long)</source>
        <translation>フォロワーの一時停止が期間のこの割合 (またはこの時間) に達したら重大とする</translation>
    </message>
    <message>
        <source>remember between runs since when followers are paused or lagging (one file per check)</source>
        <translation>フォロワーがいつから一時停止または遅延しているかを実行間で記憶する (チェックごとに 1 ファイル)</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster, to read the retention lease period (instead of --leader_url)</source>
        <translation>リテンションリース期間を読み取るためのリーダークラスターの保存済み接続 (--leader_url の代わり)</translation>
    </message>
    <message>
        <source>the remote cluster the leader connection stands for</source>
        <translation>リーダー接続が表すリモートクラスター</translation>
    </message>
    <message>
        <source>every one</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Rules: lag above --lag-warning/--lag-critical operations; a shard&apos;s last read from the leader longer ago than --last-read-warning/--last-read-critical; read exceptions (warning; critical when they keep repeating); a fatal error (critical); paused: the leader keeps the operations a paused follower needs only for its index.soft_deletes.retention_lease.period (12h by default, read from the leader when --leader_url or --leader is given), after which resuming fails. Elasticsearch does not record when a follower was paused: without --state-file a paused follower is a warning; with it, the check measures the pause from the first run that saw the follower replicating and then paused.
Output: a summary line with performance data after &apos;|&apos;, then one line per problem.
Exit codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (cluster unreachable, credentials refused, bad usage).</source>
        <translation>ルール: 遅延が --lag-warning/--lag-critical 操作を超える; シャードがリーダーから最後に読み取ってから --last-read-warning/--last-read-critical より長い; 読み取り例外 (警告。繰り返し続く場合は重大); 致命的なエラー (重大); 一時停止: リーダーは一時停止中のフォロワーが必要とする操作を index.soft_deletes.retention_lease.period (既定 12h。--leader_url または --leader を指定するとリーダーから読み取り) の間だけ保持し、それを過ぎると再開に失敗します。Elasticsearch はフォロワーが一時停止された時刻を記録しません: --state-file がなければ一時停止中のフォロワーは警告です。指定すると、フォロワーがレプリケーション中で、その後一時停止したのを最初に確認した実行から一時停止を測定します。
出力: &apos;|&apos; の後にパフォーマンスデータを付けた要約行、続いて問題ごとに 1 行。
終了コード: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (クラスターに到達できない、認証情報が拒否された、使い方の誤り)。</translation>
    </message>
    <message>
        <source>--lag-warning cannot be above --lag-critical</source>
        <translation>--lag-warning は --lag-critical を超えられません</translation>
    </message>
    <message>
        <source>--last-read-warning cannot be above --last-read-critical</source>
        <translation>--last-read-warning は --last-read-critical を超えられません</translation>
    </message>
    <message>
        <source>--paused-warning cannot be above --paused-critical</source>
        <translation>--paused-warning は --paused-critical を超えられません</translation>
    </message>
    <message>
        <source>--lag-for needs --state-file: a single check cannot tell how long lag has lasted</source>
        <translation>--lag-for には --state-file が必要です: 1 回のチェックでは遅延がどれだけ続いたか分かりません</translation>
    </message>
    <message>
        <source>no follower indices to check</source>
        <translation>確認するフォロワーインデックスはありません</translation>
    </message>
    <message>
        <source>%1 followers, lag max %2 ops</source>
        <translation>フォロワー %1 件、最大遅延 %2 操作</translation>
    </message>
    <message>
        <source>%1 of %2 followers critical</source>
        <translation>フォロワー %2 件中 %1 件が重大</translation>
    </message>
    <message>
        <source>%1 of %2 followers warning</source>
        <translation>フォロワー %2 件中 %1 件が警告</translation>
    </message>
    <message>
        <source>, %1 warning</source>
        <translation>、警告 %1 件</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>no follower index matches %1</source>
        <translation>%1 に一致するフォロワーインデックスはありません</translation>
    </message>
    <message>
        <source>the leader connection stands for remote cluster %1, this follower follows %2</source>
        <translation>リーダー接続はリモートクラスター %1 を表しますが、このフォロワーは %2 をフォローしています</translation>
    </message>
    <message>
        <source>No leader connection: the retention lease period is assumed to be Elasticsearch&apos;s default, %1 (give --leader_url or --leader to read it).</source>
        <translation>リーダー接続がありません: リテンションリース期間は Elasticsearch の既定値 %1 と仮定します (読み取るには --leader_url または --leader を指定してください)。</translation>
    </message>
    <message>
        <source>Elasticsearch does not record when a follower was paused: give --state-file so that repeated checks measure it.</source>
        <translation>Elasticsearch はフォロワーが一時停止された時刻を記録しません: 繰り返しのチェックで測定するには --state-file を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1: %2</source>
        <translation>
            <numerusform>%1 から %n 件の接続をインポートしました: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n 件のシークレットをキーチェーンに移しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectCommand</name>
    <message>
        <source>add or change a remote cluster on the follower</source>
        <translation>フォロワー上のリモートクラスターを追加または変更</translation>
    </message>
    <message>
        <source>the alias the follower will know the leader cluster by</source>
        <translation>フォロワーがリーダークラスターを識別するエイリアス</translation>
    </message>
    <message>
        <source>addresses of the leader cluster&apos;s nodes (sniff mode)</source>
        <translation>リーダークラスターのノードのアドレス (sniff モード)</translation>
    </message>
    <message>
        <source>secure the remote with a cross-cluster API key of this leader cluster (its REST URL or saved connection): runs the whole set-up</source>
        <translation>このリーダークラスター (その REST URL または保存済み接続) のクロスクラスター API キーでリモートを保護: セットアップ全体を実行</translation>
    </message>
    <message>
        <source>leader index patterns a new key may replicate</source>
        <translation>新しいキーがレプリケートできるリーダーのインデックスパターン</translation>
    </message>
    <message>
        <source>index patterns a new key may search</source>
        <translation>新しいキーが検索できるインデックスパターン</translation>
    </message>
    <message>
        <source>proxy mode on this address of the leader&apos;s remote cluster server</source>
        <translation>リーダーのリモートクラスターサーバーのこのアドレスで proxy モード</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>リーダーのリモートクラスターサーバーのアドレス</translation>
    </message>
    <message>
        <source>who stores the key in the follower nodes&apos; keystores: the sandbox&apos;s emulator, or you (auto: the emulator on a Duper sandbox)</source>
        <translation>フォロワーノードのキーストアにキーを保存するのは誰か: サンドボックスのエミュレーター、またはあなた (auto: Duper サンドボックスではエミュレーター)</translation>
    </message>
    <message>
        <source>the keystore command already ran on every node: do not wait</source>
        <translation>キーストアのコマンドはすでに全ノードで実行済み: 待機しない</translation>
    </message>
    <message>
        <source>read the encoded key to use from stdin</source>
        <translation>使用するエンコード済みキーを stdin から読み取る</translation>
    </message>
    <message>
        <source>create a new key even when the keychain keeps one for the alias</source>
        <translation>キーチェーンにこのエイリアス用のキーがあっても新しいキーを作成する</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) with the keystore commands</source>
        <translation>キーストアのコマンドとともにエンコード済みキー (シークレット) を表示する</translation>
    </message>
    <message>
        <source>--%1 needs --api-key-from</source>
        <translation>--%1 には --api-key-from が必要です</translation>
    </message>
    <message>
        <source>--seeds is required (or --api-key-from for a remote secured by an API key)</source>
        <translation>--seeds が必要です (API キーで保護されたリモートの場合は --api-key-from)</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects to %2.</source>
        <translation>リモートクラスター %1 は %2 に接続するようになりました。</translation>
    </message>
    <message>
        <source>--remote_cluster is required with --api-key-from</source>
        <translation>--api-key-from では --remote_cluster が必要です</translation>
    </message>
    <message>
        <source>--keystore takes auto, emulator or manual, not &quot;%1&quot;</source>
        <translation>--keystore には auto、emulator、manual のいずれかを指定します (&quot;%1&quot; は不可)</translation>
    </message>
    <message>
        <source>give either --key-stdin or --new-key</source>
        <translation>--key-stdin か --new-key のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--key-stdin: no key arrived on stdin</source>
        <translation>--key-stdin: stdin からキーが届きませんでした</translation>
    </message>
    <message>
        <source>--api-key-from: %1</source>
        <translation>--api-key-from: %1</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>キーチェーンを読み取れませんでした (%1): 新しいキーを作成します。</translation>
    </message>
    <message>
        <source>migrate the certificate-based remote of that alias to the API key in place</source>
        <translation>そのエイリアスの証明書ベースのリモートを、その場で API キーに移行する</translation>
    </message>
    <message>
        <source>replace a remote cluster of that alias that is connected elsewhere, or migrate without asking</source>
        <translation>そのエイリアスのリモートクラスターが別の場所に接続されている場合は置き換える。または確認せずに移行する</translation>
    </message>
    <message>
        <source>With --seeds alone: writes the persistent cluster.remote.&lt;alias&gt;.seeds setting (sniff mode, the certificate model); seeds are the leader&apos;s TRANSPORT addresses, not its REST URL.
With --api-key-from: sets up a remote secured by a cross-cluster API key in six steps: create the key on the leader (or use the one the keychain keeps for the alias, DUPER_CROSS_CLUSTER_KEY or --key-stdin; a new key is kept in the keychain only), read the nodes, store the key in every follower node&apos;s keystore (the sandbox does it itself; on a real cluster Duper prints the elasticsearch-keystore command per node and waits for Enter, or goes on with --keystore-done), reload the secure settings, add the remote on the leader&apos;s remote cluster server address (or --proxy_address / --seeds) and verify it connects. Run it again after a failure: steps already done are skipped.
With --api-key-from and --migrate-to-api-key: migrates an existing certificate-based remote (transport address) to the API key in place, in Elastic&apos;s order: create (or reuse) the key, pause the active follower indices and auto-follow patterns of the alias, switch the alias to the leader&apos;s remote cluster server with the key (the six steps above), resume exactly what it paused and verify the connection and the followers. When the switch or the check fails it puts the previous settings back and resumes what it paused (exit code 1). --dry-run prints the plan and changes nothing; on a terminal it asks first unless --yes is given. Run it again after an interruption: it knows what it paused.</source>
        <translation>--seeds のみの場合: 永続的な cluster.remote.&lt;alias&gt;.seeds 設定を書き込みます (sniff モード、証明書モデル)。シードはリーダーのトランスポートアドレスであり、REST URL ではありません。
--api-key-from の場合: クロスクラスター API キーで保護されたリモートを 6 つのステップで設定します: リーダー上でキーを作成し (またはキーチェーンがそのエイリアス用に保存しているキー、DUPER_CROSS_CLUSTER_KEY、--key-stdin を使用。新しいキーはキーチェーンにのみ保存されます)、ノードを読み取り、すべてのフォロワーノードのキーストアにキーを保存し (サンドボックスは自動で行います。実際のクラスターでは Duper がノードごとの elasticsearch-keystore コマンドを表示して Enter を待つか、--keystore-done で続行します)、セキュア設定を再読み込みし、リーダーのリモートクラスターサーバーのアドレス (または --proxy_address / --seeds) でリモートを追加し、接続を確認します。失敗した後は再実行してください: 完了済みのステップはスキップされます。
--api-key-from と --migrate-to-api-key の場合: 既存の証明書ベースのリモート (トランスポートアドレス) を、Elastic の手順どおりにその場で API キーに移行します: キーを作成 (または再利用) し、そのエイリアスのアクティブなフォロワーインデックスと自動フォローパターンを一時停止し、キーを使ってエイリアスをリーダーのリモートクラスターサーバーに切り替え (上記の 6 つのステップ)、一時停止したものだけを再開して、接続とフォロワーを確認します。切り替えまたは確認が失敗した場合は、以前の設定に戻して一時停止したものを再開します (終了コード 1)。--dry-run は計画を表示するだけで何も変更しません。端末では --yes がない限り先に確認を求めます。中断された後は再実行してください: 何を一時停止したかを記録しています。</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectMigration</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>キーを作成するには --replication が必要です (リモートクラスター %1 用のキーはキーチェーンに保存されていません)</translation>
    </message>
    <message>
        <source>the migration pauses followers and switches remote cluster %1: give --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>移行はフォロワーを一時停止し、リモートクラスター %1 を切り替えます: 端末なしで実行するには --yes を指定してください (計画を確認するには --dry-run)</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 to a cross-cluster API key?</source>
        <translation>リモートクラスター %1 をクロスクラスター API キーに移行しますか?</translation>
    </message>
    <message>
        <source>Remote cluster %1 already connects with a cross-cluster API key.</source>
        <translation>リモートクラスター %1 はすでにクロスクラスター API キーで接続しています。</translation>
    </message>
    <message>
        <source>a new key on the leader for %1</source>
        <translation>リーダー上の %1 用の新しいキー</translation>
    </message>
    <message>
        <source>the key kept for the alias</source>
        <translation>このエイリアス用に保存されているキー</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>フォロワー: %1、自動フォローパターン: %2</translation>
    </message>
    <message>
        <source>to the leader&apos;s remote cluster server, with the key in every node&apos;s keystore</source>
        <translation>リーダーのリモートクラスターサーバーへ (キーはすべてのノードのキーストアに保存)</translation>
    </message>
    <message>
        <source>to %1, with the key in every node&apos;s keystore</source>
        <translation>%1 へ (キーはすべてのノードのキーストアに保存)</translation>
    </message>
    <message>
        <source>connected with cluster_credentials, the followers active</source>
        <translation>cluster_credentials で接続され、フォロワーがアクティブ</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 (now %2) to a cross-cluster API key:</source>
        <translation>リモートクラスター %1 (現在は %2) をクロスクラスター API キーに移行:</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this one goes on from where it is.</source>
        <translation>以前の実行が途中で停止しました。今回の実行はその続きから再開します。</translation>
    </message>
    <message>
        <source>Left paused (they were paused before): %1</source>
        <translation>一時停止のままにするもの (以前から一時停止されていたもの): %1</translation>
    </message>
    <message>
        <source>If the switch or the check fails, the settings above are put back and what was paused is resumed.</source>
        <translation>切り替えまたは確認が失敗した場合は、上記の設定が元に戻され、一時停止したものが再開されます。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン: 何も変更していません。</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key</source>
        <translation>キーチェーンに保存できませんでした (%1): 次回の実行では別のキーが作成されます</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects with a cross-cluster API key.</source>
        <translation>リモートクラスター %1 はクロスクラスター API キーで接続するようになりました。</translation>
    </message>
    <message>
        <source>Rolled back: fix the failure above, then run the same command again.</source>
        <translation>ロールバックしました: 上記の失敗を解決してから、同じコマンドを再実行してください。</translation>
    </message>
    <message>
        <source>The rollback failed: run the same command again to go on.</source>
        <translation>ロールバックに失敗しました: 続行するには同じコマンドを再実行してください。</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectProgress</name>
    <message>
        <source>[3/6] On every node of the follower cluster, in its Elasticsearch folder, run the command below and paste the key at its prompt:</source>
        <translation>[3/6] フォロワークラスターの各ノードで、その Elasticsearch フォルダーで以下のコマンドを実行し、プロンプトにキーを貼り付けてください:</translation>
    </message>
    <message>
        <source>The key to paste: %1</source>
        <translation>貼り付けるキー: %1</translation>
    </message>
    <message>
        <source>The key is kept in the keychain for remote cluster %1; run again with --show-key to see it.</source>
        <translation>キーはリモートクラスター %1 用にキーチェーンに保存されています。表示するには --show-key を指定して再実行してください。</translation>
    </message>
    <message>
        <source>Press Enter once the command ran on every node (Ctrl+C stops here).</source>
        <translation>すべてのノードでコマンドを実行したら Enter を押してください (Ctrl+C でここで停止します)。</translation>
    </message>
    <message>
        <source>waiting for the keystore of every node: run the command shown on each, then run duper connect again with --keystore-done</source>
        <translation>すべてのノードのキーストアを待っています: 各ノードで表示されたコマンドを実行してから、--keystore-done を指定して duper connect を再実行してください</translation>
    </message>
    <message>
        <source>Give --yes to replace it.</source>
        <translation>置き換えるには --yes を指定してください。</translation>
    </message>
    <message>
        <source>Fix this, then run the same command again: it goes on where it stopped.</source>
        <translation>これを解決してから同じコマンドを再実行してください。停止したところから続行します。</translation>
    </message>
    <message>
        <source>Remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>リモートクラスター %1 はクロスクラスター API キーで接続されています。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中</translation>
    </message>
    <message>
        <source>MIT licence (MIT); the full text is below</source>
        <translation>MIT ライセンス (MIT)。全文は下にあります</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPL-3.0)</source>
        <translation>GNU Lesser General Public License v3 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence (BSD-3-Clause)</source>
        <translation>3 条項 BSD ライセンス (BSD-3-Clause)</translation>
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
        <translation>重大に悪化: %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>重大: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertListModel</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最終読み取り</translation>
    </message>
    <message>
        <source>Read exceptions</source>
        <translation>読み取り例外</translation>
    </message>
    <message>
        <source>Fatal error</source>
        <translation>致命的なエラー</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>一時停止が長すぎる</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>解消 %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertRulesWidget</name>
    <message>
        <source>Alerts for %1</source>
        <translation>%1 のアラート</translation>
    </message>
    <message>
        <source>Lag &amp;warning above (operations):</source>
        <translation>遅延の警告しきい値 (操作数)(&amp;W):</translation>
    </message>
    <message>
        <source>Lag &amp;critical above (operations):</source>
        <translation>遅延の重大しきい値 (操作数)(&amp;C):</translation>
    </message>
    <message>
        <source>Lag must last (minut&amp;es, 0 = at once):</source>
        <translation>遅延の継続時間 (分、0 = 即時)(&amp;E):</translation>
    </message>
    <message>
        <source>Last rea&amp;d warning after (minutes):</source>
        <translation>最終読み取りの警告 (分)(&amp;D):</translation>
    </message>
    <message>
        <source>Last read critical af&amp;ter (minutes):</source>
        <translation>最終読み取りの重大 (分)(&amp;T):</translation>
    </message>
    <message>
        <source>Pa&amp;used warning at (% of retention):</source>
        <translation>一時停止の警告 (保持期間の %)(&amp;U):</translation>
    </message>
    <message>
        <source>Paused crit&amp;ical at (% of retention):</source>
        <translation>一時停止の重大 (保持期間の %)(&amp;I):</translation>
    </message>
    <message>
        <source>Announce new alerts in the system tray while Duper is in the &amp;background</source>
        <translation>Duper がバックグラウンドのとき新しいアラートをシステムトレイで知らせる(&amp;B)</translation>
    </message>
    <message>
        <source>These limits apply to this connection only; the alert list shows every alert whatever the tray setting.</source>
        <translation>これらのしきい値はこの接続にのみ適用されます。アラート一覧にはトレイの設定に関係なくすべてのアラートが表示されます。</translation>
    </message>
    <message>
        <source>A share of the leader index&apos;s index.soft_deletes.retention_lease.period: after it, resuming fails and the follower must be recreated. Read from the leader when it is a saved connection Duper can reach; otherwise the alert says it assumed the 12h default: leader not saved or not reachable.</source>
        <translation>リーダーインデックスの index.soft_deletes.retention_lease.period に対する割合: これを過ぎると再開に失敗し、フォロワーを作り直す必要があります。リーダーが Duper から到達できる保存済み接続であればそこから読み取ります。そうでなければ、アラートは既定値 12h を仮定したことを示します: リーダーが保存されていないか到達できません。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertsPage</name>
    <message numerus="yes">
        <source>Ale&amp;rts (%n)</source>
        <translation>
            <numerusform>アラート (%n)(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>アラート(&amp;R)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Clear cleared</source>
        <translation>解消済みを消去</translation>
    </message>
    <message>
        <source>Remove the alerts that are over from the list; the active ones stay</source>
        <translation>終わったアラートを一覧から削除します。継続中のものは残ります</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>アラートはありません</translation>
    </message>
    <message>
        <source>Active: %1 · Cleared: %2</source>
        <translation>継続中: %1 · 解消: %2</translation>
    </message>
    <message>
        <source>Alerts appear here when a follower index lags, stops reading from its leader, fails to read, stops on a fatal error or stays paused too long. The Alerts tab of Edit → Preferences… sets the limits for this connection.</source>
        <translation>フォロワーインデックスが遅れる、リーダーからの読み取りが止まる、読み取りに失敗する、致命的エラーで停止する、または一時停止が長すぎるときに、ここにアラートが表示されます。編集 → 設定… の「アラート」タブでこの接続のしきい値を設定します。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster %1 of %2 to an API key</source>
        <translation>%2 のリモートクラスター %1 を API キーに移行</translation>
    </message>
    <message>
        <source>Remote cluster %1 connects with TLS certificates on the transport port, deprecated since Elasticsearch 9.0. Duper switches it in place to a cross-cluster API key: it creates the key on the leader cluster, pauses what uses the remote cluster, points it at the leader&apos;s remote cluster server with the key, resumes and checks. First a dry run shows exactly what it will do.</source>
        <translation>リモートクラスター %1 はトランスポートポート上の TLS 証明書で接続しています。この方式は Elasticsearch 9.0 から非推奨です。Duper はこれをその場でクロスクラスター API キーに切り替えます: リーダークラスター上でキーを作成し、リモートクラスターを使用しているものを一時停止し、キーを使ってリーダーのリモートクラスターサーバーを指すように変更してから、再開して確認します。最初にドライランで、何を行うかを正確に表示します。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>先にリーダークラスターへの接続を保存してください (ファイル → 接続)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The key&lt;/b&gt; — the leader cluster and what the key allows</source>
        <translation>&lt;b&gt;1. キー&lt;/b&gt; — リーダークラスターとキーで許可する内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Dry run&lt;/b&gt; — what the migration will do; nothing changed yet</source>
        <translation>&lt;b&gt;2. ドライラン&lt;/b&gt; — 移行で行う内容。まだ何も変更していません</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Migration&lt;/b&gt; — key, pause, switch, resume, check</source>
        <translation>&lt;b&gt;3. 移行&lt;/b&gt; — キー、一時停止、切り替え、再開、確認</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;各ノードのキーストアへのキーの保存&lt;/b&gt; — 手作業が必要です</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>移行を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>ドライラン(&amp;D) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>リーダークラスターを選んでください。</translation>
    </message>
    <message>
        <source>Reading what uses remote cluster %1…</source>
        <translation>リモートクラスター %1 を使用しているものを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>No follower or auto-follow pattern uses %1 yet: give the patterns the key may replicate.</source>
        <translation>%1 を使用しているフォロワーや自動フォローパターンはまだありません。キーでレプリケートできるパターンを指定してください。</translation>
    </message>
    <message>
        <source>Prefilled with the leader indices of the followers and the patterns of the auto-follow patterns that use %1.</source>
        <translation>%1 を使用するフォロワーのリーダーインデックスと、自動フォローパターンのパターンを入力済みです。</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み取っています…</translation>
    </message>
    <message>
        <source>Give the leader index patterns the new key may replicate: no key is kept in the keychain for %1.</source>
        <translation>新しいキーでレプリケートできるリーダーインデックスパターンを指定してください。キーチェーンには %1 のキーが保存されていません。</translation>
    </message>
    <message>
        <source>Start the migration when the plan is right, or go back and change the key.</source>
        <translation>計画が正しければ移行を開始してください。そうでなければ戻ってキーを変更してください。</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this run goes on from where it is.</source>
        <translation>前回の実行が途中で停止しました。今回の実行はその状態から続行します。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>このフォロワーは Duper のサンドボックスです。キーストアのエミュレーターがキーを保存したため、ノードで実行するコマンドはありません。実際のクラスターでは、すべてのノードで「%1」が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</source>
        <translation>
            <numerusform>キーは %1 の %n 個のノードそれぞれのキーストアに保存します。各ノードの Elasticsearch フォルダーで下のコマンドを実行し、プロンプトでキー (前のページまたはお手元の記録からコピーしたもの) を貼り付けてください。その後、Duper がすべてのノードのセキュア設定を再読み込みして %2 を切り替えます。それまで、そのフォロワーは一時停止したままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>各ノードでキーストアのコマンドが実行されるのを待っています。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Close the window: the Remote clusters tab shows the remote cluster again.</source>
        <translation>ウィンドウを閉じてください。「リモートクラスター」タブにリモートクラスターが再び表示されます。</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>移行のステップ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>サーバー名 %1</translation>
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
            <numerusform>%n 個のノード接続</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy socket connection(s)</source>
        <translation>
            <numerusform>%n 個のプロキシソケット接続</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; cannot be migrated:</source>
        <translation>リモートクラスター &lt;b&gt;%1&lt;/b&gt; は移行できません:</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 already connects with a cross-cluster API key: there is nothing to migrate. Start only checks that it is connected and its followers are active.</source>
        <translation>%2 のリモートクラスター &lt;b&gt;%1&lt;/b&gt; はすでにクロスクラスター API キーで接続しています。移行するものはありません。「移行を開始」では、接続されていることとフォロワーがアクティブであることだけを確認します。</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 uses certificates now (%3). The migration switches it in place, in this order:</source>
        <translation>%2 のリモートクラスター &lt;b&gt;%1&lt;/b&gt; は現在、証明書を使用しています (%3)。移行では、次の順序でその場で切り替えます:</translation>
    </message>
    <message>
        <source>the key your keychain keeps for %1 (no new key)</source>
        <translation>キーチェーンに保存されている %1 のキー (新しいキーは作成しません)</translation>
    </message>
    <message>
        <source>a new key on %1 that may replicate %2</source>
        <translation>%1 上の新しいキー。レプリケート可能: %2</translation>
    </message>
    <message>
        <source> and search %1</source>
        <translation>、検索可能: %1</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server (its address read from the leader&apos;s nodes, port 9443 by default), proxy mode</source>
        <translation>リーダーのリモートクラスターサーバー (アドレスはリーダーのノードから読み取り、デフォルトはポート 9443)、proxy モード</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 で proxy モード</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>フォロワー: %1、自動フォローパターン: %2</translation>
    </message>
    <message>
        <source>nothing active uses %1</source>
        <translation>%1 を使用しているアクティブなものはありません</translation>
    </message>
    <message>
        <source>%1 moves to %2, with the key in the keystore of every node of %3</source>
        <translation>%1 を %2 に移します。キーは %3 の各ノードのキーストアに保存します</translation>
    </message>
    <message>
        <source>%1 connected with cluster_credentials, the resumed followers active</source>
        <translation>%1 が cluster_credentials で接続され、再開したフォロワーがアクティブであること</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved for a rollback&lt;/b&gt;: %1. If the switch or the check fails, these settings are put back and what was paused is resumed.</source>
        <translation>&lt;b&gt;ロールバック用に保存&lt;/b&gt;: %1。切り替えまたは確認が失敗した場合は、これらの設定に戻し、一時停止したものを再開します。</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way (it paused %1 and %2): this run goes on from where it is.</source>
        <translation>前回の実行が途中で停止しました (%1 と %2 を一時停止済み)。今回の実行はその状態から続行します。</translation>
    </message>
    <message>
        <source>Left paused, as someone paused them before: %1.</source>
        <translation>以前に誰かが一時停止していたため、一時停止のままにします: %1。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dry run: nothing was changed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;ドライラン: 何も変更していません。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 now connects with a cross-cluster API key; what was paused runs again.</source>
        <translation>完了: リモートクラスター %1 はクロスクラスター API キーで接続するようになりました。一時停止していたものは再開しています。</translation>
    </message>
    <message>
        <source>Rolled back: %1. Fix the failure above, then Run again.</source>
        <translation>ロールバックしました: %1。上記の失敗を解決してから「再実行」を押してください。</translation>
    </message>
    <message>
        <source>The rollback failed too: Run again to go on from the kept state, or put the settings back by hand.</source>
        <translation>ロールバックも失敗しました。「再実行」で保存された状態から続行するか、手動で設定を元に戻してください。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was rolled back: what was paused stays paused until Run again goes on from where this run stopped.</source>
        <translation>停止しました。ロールバックはしていません。一時停止したものは、「再実行」でこの実行が停止した箇所から続行するまで一時停止したままです。</translation>
    </message>
    <message>
        <source>Nothing was changed: remote cluster %1 still uses certificates.</source>
        <translation>何も変更していません: リモートクラスター %1 は引き続き証明書を使用しています。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster to %1 with an API key</source>
        <translation>API キーで %1 にリモートクラスターを追加</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>先にリーダークラスターへの接続を保存してください (ファイル → 接続)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The leader cluster&lt;/b&gt; — the cluster to replicate from</source>
        <translation>&lt;b&gt;1. リーダークラスター&lt;/b&gt; — レプリケート元のクラスター</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. What the key allows&lt;/b&gt; — and where this cluster connects</source>
        <translation>&lt;b&gt;2. キーで許可する内容&lt;/b&gt; — とこのクラスターの接続先</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Set up&lt;/b&gt; — key, keystores, reload, remote cluster, check</source>
        <translation>&lt;b&gt;3. セットアップ&lt;/b&gt; — キー、キーストア、再読み込み、リモートクラスター、確認</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;4. 各ノードのキーストアへのキーの保存&lt;/b&gt; — 手作業が必要です</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>セットアップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>リーダークラスターを選んでください。</translation>
    </message>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>リモートクラスターの名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み取っています…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>このフォロワーは Duper のサンドボックスです。キーストアのエミュレーターがキーを保存したため、ノードで実行するコマンドはありません。実際のクラスターでは、すべてのノードで「%1」が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</source>
        <translation>
            <numerusform>キーは %1 の %n 個のノードそれぞれのキーストアに保存します。各ノードの Elasticsearch フォルダーで下のコマンドを実行し、プロンプトでキー (前のページまたはお手元の記録からコピーしたもの) を貼り付けてください。その後、Duper がすべてのノードのセキュア設定を再読み込みします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>各ノードでキーストアのコマンドが実行されるのを待っています。</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>完了: リモートクラスター %1 はクロスクラスター API キーで接続されています。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>&amp;Replace and try again</source>
        <translation>置き換えて再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the remote cluster, or go back and give another name.</source>
        <translation>リモートクラスターを置き換えるか、前に戻って別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Fix it, then Try again: what is done is not done twice.</source>
        <translation>問題を解決してから「再試行」を押してください。完了済みの処理は繰り返されません。</translation>
    </message>
    <message>
        <source>not reloaded</source>
        <translation>再読み込み失敗</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>再読み込み済み</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keystore command per node</source>
        <translation>ノードごとのキーストアのコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the command for node %1</source>
        <translation>ノード %1 のコマンドをコピー</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>キーチェーンを読み取れませんでした (%1): 新しいキーを作成します。</translation>
    </message>
    <message>
        <source>There is no keychain: copy the key now, it is kept only while this window is open. It is a secret.</source>
        <translation>キーチェーンがありません。今すぐキーをコピーしてください。このウィンドウが開いている間だけ保持されます。これはシークレットです。</translation>
    </message>
    <message>
        <source>The keychain could not keep it (%1): copy it now, it is shown only here. It is a secret.</source>
        <translation>キーチェーンに保存できませんでした (%1)。今すぐコピーしてください。ここにしか表示されません。これはシークレットです。</translation>
    </message>
    <message>
        <source>not kept in the keychain: %1</source>
        <translation>キーチェーンに保存されていません: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Creating the auto-follow pattern…</source>
        <translation>自動フォローパターンを作成しています…</translation>
    </message>
    <message>
        <source>Edit auto-follow pattern “%1”</source>
        <translation>自動フォローパターン「%1」を編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>自動フォローパターンを保存しています…</translation>
    </message>
    <message>
        <source>Duplicate auto-follow pattern “%1”</source>
        <translation>自動フォローパターン「%1」を複製</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>The name of an existing pattern cannot change; duplicate it instead.</source>
        <translation>既存のパターンの名前は変更できません。代わりに複製してください。</translation>
    </message>
    <message numerus="yes">
        <source>The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.</source>
        <translation>
            <numerusform>このパターンはフォロワーに %n 個のインデックス設定 (%1) も適用します。これらはそのまま保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a remote it cannot reach, and an existing pattern follows nothing until it is back.</source>
        <translation>このクラスターは現在「%1」に到達できません。Elasticsearch は到達できないリモートのパターンの作成を拒否し、既存のパターンも復旧するまで何もフォローしません。</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」は既に一覧にあります。</translation>
    </message>
    <message>
        <source>Add a leader index pattern to see the follower index names it creates.</source>
        <translation>リーダーインデックスパターンを追加すると、作成されるフォロワーインデックス名が表示されます。</translation>
    </message>
    <message>
        <source>New leader indices get followers named like this:</source>
        <translation>新しいリーダーインデックスには、次のような名前のフォロワーが作成されます:</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
    <message numerus="yes">
        <source>%n existing index(es) on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</source>
        <translation>
            <numerusform>「%1」上の既存のインデックス %n 個が一致します。パターンは作成前から存在するインデックスをフォローしません。それらには「複数フォロー…」を使ってください:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one in the Remote clusters tab first.</source>
        <translation>このクラスターにはまだリモートクラスターがありません。先に「リモートクラスター」タブで追加してください。</translation>
    </message>
    <message>
        <source>Add at least one leader index pattern.</source>
        <translation>リーダーインデックスパターンを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have saved the pattern; refresh the list to check.</source>
        <translation>キャンセルしました。Elasticsearch がパターンを保存した可能性があります。一覧を更新して確認してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Elasticsearch の応答を待つのをやめます</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternModel</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n 件のエラー: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>リーダーパターン</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>フォロワーインデックスパターン</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>最近のエラー</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternsPage</name>
    <message>
        <source>Create pattern…</source>
        <translation>パターンを作成…</translation>
    </message>
    <message>
        <source>Create an auto-follow pattern</source>
        <translation>自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the selected pattern</source>
        <translation>選択したパターンを編集</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <source>Create a new pattern from the selected one</source>
        <translation>選択したパターンから新しいパターンを作成</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop following new leader indices (existing followers keep replicating)</source>
        <translation>新しいリーダーインデックスのフォローを停止 (既存のフォロワーはレプリケーションを継続)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Follow new leader indices again</source>
        <translation>新しいリーダーインデックスのフォローを再開</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the selected patterns (existing followers keep replicating)</source>
        <translation>選択したパターンを削除 (既存のフォロワーはレプリケーションを継続)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reload the patterns</source>
        <translation>パターンを再読み込み</translation>
    </message>
    <message>
        <source>Auto-follow pattern actions</source>
        <translation>自動フォローパターンの操作</translation>
    </message>
    <message>
        <source>Search by name, remote cluster or pattern</source>
        <translation>名前、リモートクラスター、パターンで検索</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自動フォローパターン</translation>
    </message>
    <message>
        <source>Follow existing indices with “Follow many…”</source>
        <translation>既存のインデックスは「複数フォロー…」でフォロー</translation>
    </message>
    <message>
        <source>Refreshing the auto-follow patterns failed: %1</source>
        <translation>自動フォローパターンの更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Choose a connection to see its auto-follow patterns.</source>
        <translation>自動フォローパターンを表示するには接続を選択してください。</translation>
    </message>
    <message>
        <source>The auto-follow patterns could not be loaded</source>
        <translation>自動フォローパターンを読み込めませんでした</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Loading auto-follow patterns…</source>
        <translation>自動フォローパターンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Create your first auto-follow pattern</source>
        <translation>最初の自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name matches, as soon as it is created. Indices that already exist when the pattern is created are not followed: use “Follow many…” for those.</source>
        <translation>自動フォローパターンを使うと、このクラスターは、名前が一致するリモートクラスター上の新しいインデックスを、作成され次第すべてフォローします。パターン作成時に既に存在するインデックスはフォローされません。それらには「複数フォロー…」を使ってください。</translation>
    </message>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>自動フォローパターンを作成</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>前回の更新に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n 個のパターン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pattern(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のパターン</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pattern to see its details.</source>
        <translation>詳細を表示するパターンを選択してください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>リーダーパターン</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>除外パターン</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>フォロワーインデックスパターン</translation>
    </message>
    <message>
        <source>Follow settings</source>
        <translation>フォロー設定</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s defaults</source>
        <translation>Elasticsearch のデフォルト</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>最近のエラー</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Auto-follow pattern “%1” saved.</source>
        <translation>自動フォローパターン「%1」を保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers keep replicating.</source>
        <translation>
            <numerusform>%n 個の自動フォローパターンを一時停止しますか? 新しいリーダーインデックスのフォローを停止します。既存のフォロワーはレプリケーションを継続します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n auto-follow pattern(s)?</source>
        <translation>
            <numerusform>%n 個の自動フォローパターンを再開しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing follower indices keep replicating.</source>
        <translation>
            <numerusform>%n 個の自動フォローパターンを削除しますか? 新しいリーダーインデックスはフォローされなくなります。既存のフォロワーインデックスはレプリケーションを継続します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s) %1.</source>
        <translation>
            <numerusform>%n 個の自動フォローパターンを%1しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 auto-follow patterns %3.</source>
        <translation>%2 個中 %1 個の自動フォローパターンを%3しました。</translation>
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
        <translation>すべて完了しました。</translation>
    </message>
    <message>
        <source>Some patterns could not be changed.</source>
        <translation>一部のパターンを変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoRefreshControl</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>今すぐ更新 (F5)</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>自動更新の間隔</translation>
    </message>
    <message>
        <source>How often the list refreshes by itself</source>
        <translation>一覧を自動的に更新する間隔</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication with %1</source>
        <translation>%1 との双方向レプリケーション</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other: each gets an auto-follow pattern that follows the other one. Follower indices are named &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, and replicated copies are never followed back, so nothing loops. Pick the other cluster, then &lt;b&gt;Plan&lt;/b&gt;: nothing changes before you confirm.</source>
        <translation>両方のクラスターが互いにレプリケートします: それぞれに相手をフォローする自動フォローパターンが作成されます。フォロワーインデックスの名前は &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt; となり、レプリケートされたコピーがフォローし返されることはないため、ループは発生しません。相手のクラスターを選んでから &lt;b&gt;計画&lt;/b&gt; を押してください: 確認するまで何も変更されません。</translation>
    </message>
    <message>
        <source>Save a connection to the other cluster first (File → Connections).</source>
        <translation>先に相手のクラスターへの接続を保存してください (ファイル → 接続)。</translation>
    </message>
    <message>
        <source>Pick the other cluster.</source>
        <translation>相手のクラスターを選んでください。</translation>
    </message>
    <message>
        <source>Give both remote cluster aliases.</source>
        <translation>両方のリモートクラスターエイリアスを指定してください。</translation>
    </message>
    <message>
        <source>Give each cluster its own alias for the other.</source>
        <translation>各クラスターに相手を指す専用のエイリアスを指定してください。</translation>
    </message>
    <message>
        <source>Give the leader indices to replicate.</source>
        <translation>レプリケートするリーダーインデックスを指定してください。</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>両方のクラスターを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected; will point at %1</source>
        <translation>未接続。%1 を指すように設定されます</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>追加されます</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>リモートクラスター %1</translation>
    </message>
    <message>
        <source>Seeds: %1</source>
        <translation>シード: %1</translation>
    </message>
    <message>
        <source>Points at %1</source>
        <translation>%1 を指しています</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>作成されます</translation>
    </message>
    <message>
        <source>Exists already</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>競合: %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1</source>
        <translation>自動フォローパターン %1</translation>
    </message>
    <message>
        <source>%1 → %2, except %3</source>
        <translation>%1 → %2 (%3 を除く)</translation>
    </message>
    <message>
        <source>A different auto-follow pattern has the same name: delete or rename it, then Try again.</source>
        <translation>同じ名前の別の自動フォローパターンがあります: 削除するか名前を変更してから、再試行してください。</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other already: there is nothing to set up.</source>
        <translation>両方のクラスターは既に互いにレプリケートしています: 設定することはありません。</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Set up… asks before changing both clusters.</source>
        <translation>まだ何も変更していません。「設定…」は両方のクラスターを変更する前に確認を求めます。</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>%1 と %2 の間に双方向レプリケーションを設定しますか?</translation>
    </message>
    <message>
        <source>Both clusters get an auto-follow pattern, and missing remote clusters are added. New matching indices then replicate to the other cluster.</source>
        <translation>両方のクラスターに自動フォローパターンが作成され、不足しているリモートクラスターが追加されます。その後、一致する新しいインデックスが相手のクラスターにレプリケートされます。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加済み</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Read back as planned</source>
        <translation>計画どおりに読み戻せました</translation>
    </message>
    <message>
        <source>Done: %1 and %2 replicate to each other.</source>
        <translation>完了: %1 と %2 が互いにレプリケートしています。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed. Try again continues with what is left.</source>
        <translation>
            <numerusform>%n 個のステップが失敗しました。「再試行」で残りの処理を続行します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 件成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>、%n 件は完了済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>、%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not run (cancelled)</source>
        <translation>
            <numerusform>、%n 件未実行 (キャンセル)</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Succeeded</source>
        <translation>✔ 成功</translation>
    </message>
    <message>
        <source>✔ Already done</source>
        <translation>✔ 完了済み</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ 失敗</translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation>– 未実行</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n items…</source>
        <translation>
            <numerusform>%n 件を再試行しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::CcrPage</name>
    <message>
        <source>&amp;Follower indices</source>
        <translation>フォロワーインデックス(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Auto-follow patterns</source>
        <translation>自動フォローパターン(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;mote clusters</source>
        <translation>リモートクラスター(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disaster recovery</source>
        <translation>障害復旧(&amp;D)</translation>
    </message>
</context>
<context>
    <name>duper::ui::ClusterStatusLabel</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1: 未接続 — %2</translation>
    </message>
    <message>
        <source>license unknown</source>
        <translation>ライセンス不明</translation>
    </message>
    <message>
        <source>%1 license (%2)</source>
        <translation>%1 ライセンス (%2)</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Connected to %1 · cluster %2 · %3 %4 · %5</source>
        <translation>%1 に接続 · クラスター %2 · %3 %4 · %5</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionFieldValidator</name>
    <message>
        <source>Enter the cluster&apos;s URL, such as https://localhost:9200, or a Cloud ID.</source>
        <translation>https://localhost:9200 などのクラスターの URL、または Cloud ID を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>「%1」はホストを含む http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>This is not a Cloud ID.</source>
        <translation>これは Cloud ID ではありません。</translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation>%1: %2 は存在しません。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1: %2 を読み取れません。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionListModel</name>
    <message>
        <source>%1 (temporary, not saved)</source>
        <translation>%1 (一時的、未保存)</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionManagerDialog</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>リーダークラスター</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>フォロワークラスター</translation>
    </message>
    <message>
        <source>Which side of replication this cluster is; the command line uses it as the default --leader / --follower</source>
        <translation>このクラスターがレプリケーションのどちら側か。コマンドラインではデフォルトの --leader / --follower として使われます</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテストしています…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>変更なし (システムのキーチェーンに保持)</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>暗号化されたキーの場合のみ。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>クライアントキー</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>接続「%1」とキーチェーン内のそのシークレットを削除しますか?</translation>
    </message>
    <message>
        <source>The connection is saved, but its secret is not: %1</source>
        <translation>接続は保存されましたが、シークレットは保存されていません: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The connection is saved, but its key passphrase is not: %1</source>
        <translation>接続は保存されましたが、キーのパスフレーズは保存されていません: %1</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>キーチェーンからシークレットを読み取っています…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionSelector</name>
    <message>
        <source>The cluster Duper works on</source>
        <translation>Duper が操作するクラスター</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConsistencyCheckView</name>
    <message>
        <source>Leader cluster:</source>
        <translation>リーダークラスター:</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>整合性を確認</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and checkpoints</source>
        <translation>リーダーとフォロワーのドキュメント数とチェックポイントを比較します</translation>
    </message>
    <message>
        <source>Could not open the leader cluster&apos;s connection: %1</source>
        <translation>リーダークラスターの接続を開けませんでした: %1</translation>
    </message>
    <message>
        <source>To check consistency, save a connection to the leader cluster (Connections…).</source>
        <translation>整合性を確認するには、リーダークラスターへの接続を保存してください (接続…)。</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>%1 を %2 と照合しています…</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>確認できません: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::CreateFollowerDialog</name>
    <message>
        <source>Do not wait for shard copies (Elasticsearch&apos;s default)</source>
        <translation>シャードコピーを待たない (Elasticsearch のデフォルト)</translation>
    </message>
    <message>
        <source>Wait until the primary shards are active</source>
        <translation>プライマリシャードがアクティブになるまで待つ</translation>
    </message>
    <message>
        <source>Wait until all shard copies are active</source>
        <translation>すべてのシャードコピーがアクティブになるまで待つ</translation>
    </message>
    <message>
        <source>This cluster cannot reach &quot;%1&quot; right now, so it cannot follow an index there. Check the remote&apos;s seeds or proxy address and that the remote cluster is up.</source>
        <translation>このクラスターは現在「%1」に到達できないため、そこにあるインデックスをフォローできません。リモートのシードまたはプロキシアドレスと、リモートクラスターが稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>%1 (data stream)</source>
        <translation>%1 (データストリーム)</translation>
    </message>
    <message>
        <source>This cluster has no remote clusters. Add one (Remote clusters) before following an index.</source>
        <translation>このクラスターにはリモートクラスターがありません。インデックスをフォローする前に (「リモートクラスター」で) 追加してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not connected: this cluster cannot reach it right now, so it cannot follow an index there. Check the remote&apos;s addresses and that it is up.</source>
        <translation>「%1」は未接続です。このクラスターは現在そこに到達できないため、そこにあるインデックスをフォローできません。リモートのアドレスと、稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>An index, alias or data stream named &quot;%1&quot; already exists on this cluster. Choose another name.</source>
        <translation>「%1」という名前のインデックス、エイリアス、またはデータストリームが既にこのクラスターに存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Row %1 has a value but no setting name.</source>
        <translation>%1 行目に値がありますが、設定名がありません。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is listed twice.</source>
        <translation>設定「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still create the follower index; refresh the list to check.</source>
        <translation>キャンセルしました。Elasticsearch がフォロワーインデックスを作成する可能性があります。一覧を更新して確認してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>Elasticsearch の応答を待つのをやめます</translation>
    </message>
</context>
<context>
    <name>duper::ui::DisasterRecoveryPage</name>
    <message>
        <source>Failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>The follower statistics could not be read: followers with errors are counted as active.</source>
        <translation>フォロワーの統計を読み取れませんでした: エラーのあるフォロワーはアクティブとして数えています。</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The table shows earlier data.</source>
        <translation>前回の更新に失敗しました: %1 表には以前のデータが表示されています。</translation>
    </message>
    <message>
        <source>Could not read the replication topology: %1</source>
        <translation>レプリケーショントポロジーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connect to a cluster to see what it replicates.</source>
        <translation>クラスターに接続すると、そのクラスターがレプリケートしているものが表示されます。</translation>
    </message>
    <message>
        <source>Cannot read the replication topology</source>
        <translation>レプリケーショントポロジーを読み取れません</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the remote clusters, follower indices, auto-follow patterns and data streams of this cluster.</source>
        <translation>このクラスターのリモートクラスター、フォロワーインデックス、自動フォローパターン、データストリームを読み取っています。</translation>
    </message>
    <message>
        <source>This cluster replicates nothing yet</source>
        <translation>このクラスターはまだ何もレプリケートしていません</translation>
    </message>
    <message>
        <source>It has no remote clusters, follower indices or auto-follow patterns. To protect data against the loss of a cluster, add that cluster on the Remote clusters tab and follow its indices; failing over from it then starts here.</source>
        <translation>リモートクラスター、フォロワーインデックス、自動フォローパターンがありません。クラスターの喪失からデータを守るには、そのクラスターを「リモートクラスター」タブで追加し、そのインデックスをフォローしてください。そのクラスターからのフェイルオーバーはここから開始します。</translation>
    </message>
    <message>
        <source>Go to &amp;Remote clusters</source>
        <translation>リモートクラスターへ移動(&amp;R)</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>フェイルオーバー(&amp;V)…</translation>
    </message>
    <message>
        <source>Fail o&amp;ver from %1…</source>
        <translation>%1 からフェイルオーバー(&amp;V)…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n items)</source>
        <translation>
            <numerusform>失敗 (%n 項目)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No reports yet. Every failover saves one in %1.</source>
        <translation>レポートはまだありません。フェイルオーバーのたびに %1 に保存されます。</translation>
    </message>
    <message>
        <source>Reports of earlier runs, newest first, from %1.</source>
        <translation>以前の実行のレポート (新しい順、%1 から)。</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>%1 を開くアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Cannot show the folder %1.</source>
        <translation>フォルダー %1 を表示できません。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
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
        <translation>レポートを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Cannot export the report to %1.</source>
        <translation>レポートを %1 にエクスポートできません。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the replication topology again</source>
        <translation>レプリケーショントポロジーを再読み込み</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>スイッチバック</translation>
    </message>
</context>
<context>
    <name>duper::ui::EditFollowerDialog</name>
    <message>
        <source>Edit follower index %1</source>
        <translation>フォロワーインデックス %1 を編集</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Replication of &quot;%1&quot; resumed with the previous settings.</source>
        <translation>「%1」のレプリケーションを以前の設定で再開しました。</translation>
    </message>
    <message>
        <source>Resuming with the previous settings failed too: %1</source>
        <translation>以前の設定での再開にも失敗しました: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>duper::ui::ErrorNotifier</name>
    <message>
        <source>Follower index %1 stopped replicating.</source>
        <translation>フォロワーインデックス %1 のレプリケーションが停止しました。</translation>
    </message>
    <message>
        <source>Follower index %1 stopped replicating: %2</source>
        <translation>フォロワーインデックス %1 のレプリケーションが停止しました: %2</translation>
    </message>
    <message>
        <source>Follower indices %1 stopped replicating.</source>
        <translation>フォロワーインデックス %1 のレプリケーションが停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Follower indices %1 and %n more stopped replicating.</source>
        <translation>
            <numerusform>フォロワーインデックス %1 とほか %n 件のレプリケーションが停止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackDialog</name>
    <message>
        <source>Fail back %1</source>
        <translation>%1 をフェイルバック</translation>
    </message>
    <message>
        <source>Save a connection to the promoted cluster first (File → Connections).</source>
        <translation>先に昇格したクラスターへの接続を保存してください (ファイル → 接続)。</translation>
    </message>
    <message>
        <source>Pick the promoted cluster.</source>
        <translation>昇格したクラスターを選んでください。</translation>
    </message>
    <message>
        <source>Give the remote cluster alias on this cluster that points to the promoted cluster.</source>
        <translation>このクラスター上で昇格したクラスターを指すリモートクラスターエイリアスを指定してください。</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>両方のクラスターを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n copy(ies) on %1 for good</source>
        <translation>
            <numerusform>%1 上のこれら %n 個のコピーを完全に削除する</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index(es) from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 上で削除する必要のあるものはありません。フェイルバックにより、&lt;b&gt;%2&lt;/b&gt; の %n 個のインデックスをフォローするようになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot follow an index it already has. These old copies on %1 are deleted for good before it follows the promoted cluster&apos;s indices of the same names; their documents are replaced by those of &lt;b&gt;%2&lt;/b&gt;. Nothing is deleted unless you tick the box.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は既に持っているインデックスをフォローできません。%1 上のこれらの古いコピーは、昇格したクラスターの同名のインデックスをフォローする前に完全に削除され、そのドキュメントは &lt;b&gt;%2&lt;/b&gt; のものに置き換えられます。チェックボックスをオンにしない限り、何も削除されません。</translation>
    </message>
    <message numerus="yes">
        <source>Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</source>
        <translation>
            <numerusform>フェイルバックが完了しました: %1 は %2 の %n 個のインデックスをフォローし、追いついています。準備ができたら、「スイッチバック…」で %1 を再びリーダーにできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>停止しました。「再試行」で残りの処理を続行します。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n 個の項目が失敗しました。「再試行」で各インデックスの現在の状態から続行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 4: Plan (nothing changes yet)</source>
        <translation>ステップ 1/4: 計画 (まだ何も変更されません)</translation>
    </message>
    <message>
        <source>Use this when &lt;b&gt;%1&lt;/b&gt;, the old leader, is back after a failover. It then follows the promoted cluster: a remote cluster pointing to it is added when missing, the old copies here are deleted (only after you confirm them by name), each index is followed under the same name, and the run waits until every follower has caught up. Pick the promoted cluster, then &lt;b&gt;Plan&lt;/b&gt;.</source>
        <translation>元のリーダーである &lt;b&gt;%1&lt;/b&gt; がフェイルオーバー後に復旧したときに使用します。その後、このクラスターは昇格したクラスターをフォローするようになります: 昇格したクラスターを指すリモートクラスターがない場合は追加され、ここにある古いコピーは削除され (名前で確認した後のみ)、各インデックスが同じ名前でフォローされ、すべてのフォロワーが追いつくまで実行は待機します。昇格したクラスターを選んでから &lt;b&gt;計画&lt;/b&gt; を押してください。</translation>
    </message>
    <message>
        <source>Step 2 of 4: Confirm</source>
        <translation>ステップ 2/4: 確認</translation>
    </message>
    <message>
        <source>Fail back starts when you click &lt;b&gt;Fail back&lt;/b&gt;.</source>
        <translation>&lt;b&gt;フェイルバック&lt;/b&gt; をクリックするとフェイルバックが開始します。</translation>
    </message>
    <message>
        <source>Step 3 of 4: Failing back</source>
        <translation>ステップ 3/4: フェイルバック中</translation>
    </message>
    <message>
        <source>Step 4 of 4: Result</source>
        <translation>ステップ 4/4: 結果</translation>
    </message>
    <message>
        <source>Failing back &lt;b&gt;%1&lt;/b&gt; to %2. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を %2 にフェイルバックしています。各インデックスの状態が進行に合わせて表示されます。このウィンドウを閉じると、実行が停止するまで待機します。</translation>
    </message>
    <message>
        <source>Optional: Switch back</source>
        <translation>任意: スイッチバック</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; the leader again, as before the failover.</source>
        <translation>フェイルオーバー前と同じように、&lt;b&gt;%1&lt;/b&gt; を再びリーダーにします。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>フェイルバック(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch back… &gt;</source>
        <translation>スイッチバック(&amp;W)… &gt;</translation>
    </message>
    <message>
        <source>S&amp;witch back</source>
        <translation>スイッチバック(&amp;W)</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackPlanView</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The copy here differs from the promoted cluster&apos;s</source>
        <translation>ここにあるコピーは昇格したクラスターのものと異なります</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>リモートクラスター %1</translation>
    </message>
    <message>
        <source>Missing: will be added with the seeds %1</source>
        <translation>存在しません: シード %1 で追加されます</translation>
    </message>
    <message>
        <source>Exists and is connected</source>
        <translation>存在し、接続されています</translation>
    </message>
    <message>
        <source>Exists but is not connected: the promoted cluster must be reachable from this one</source>
        <translation>存在しますが接続されていません: 昇格したクラスターにこのクラスターから到達できる必要があります</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>データストリーム %1</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>削除されます</translation>
    </message>
    <message>
        <source>Differs; will be deleted</source>
        <translation>不一致。削除されます</translation>
    </message>
    <message>
        <source>Will follow the promoted cluster</source>
        <translation>昇格したクラスターをフォローします</translation>
    </message>
    <message>
        <source>Will be waited for</source>
        <translation>追いつくまで待機します</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>確認されます</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>昇格したクラスターにフォローするインデックスがありません: フェイルバックするものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) will follow %1.</source>
        <translation>
            <numerusform>%n 個のインデックスが %1 をフォローします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) here differ from the promoted cluster&apos;s (flagged).</source>
        <translation>
            <numerusform>ここにある %n 個のコピーが昇格したクラスターのものと異なります (マーク付き)。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster %1 yet: it will be added.</source>
        <translation>このクラスターにはまだリモートクラスター %1 がありません: 追加されます。</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: check that %2 is up and reachable from this cluster.</source>
        <translation>リモートクラスター %1 が接続されていません: %2 が稼働していて、このクラスターから到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailoverDialog</name>
    <message>
        <source>Fail over from %1</source>
        <translation>%1 からフェイルオーバー</translation>
    </message>
    <message>
        <source>Use this when the leader cluster behind the remote cluster &lt;b&gt;%1&lt;/b&gt; is lost. On &lt;b&gt;%2&lt;/b&gt;, Duper pauses the auto-follow patterns of %1, turns every follower index of %1 into a regular index that accepts writes (pause, close, unfollow, open), promotes the replicated data streams, and checks the result. Below is the plan, read from the cluster: nothing has changed yet.</source>
        <translation>リモートクラスター &lt;b&gt;%1&lt;/b&gt; の背後にあるリーダークラスターが失われたときに使用します。Duper は &lt;b&gt;%2&lt;/b&gt; 上で、%1 の自動フォローパターンを一時停止し、%1 のすべてのフォロワーインデックスを書き込みを受け付ける通常のインデックスに変換し (一時停止、クローズ、フォロー解除、オープン)、レプリケートされたデータストリームを昇格して、結果を確認します。以下はクラスターから読み取った計画です: まだ何も変更していません。</translation>
    </message>
    <message>
        <source>Reading what follows %1…</source>
        <translation>%1 をフォローしているものを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read what follows %1: %2</source>
        <translation>%1 をフォローしているものを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Will be paused</source>
        <translation>一時停止されます</translation>
    </message>
    <message>
        <source>Paused; will become a regular index</source>
        <translation>一時停止済み。通常のインデックスになります</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>通常のインデックスになります</translation>
    </message>
    <message>
        <source>Will be promoted</source>
        <translation>昇格されます</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>確認されます</translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>このクラスター上に %1 をフォローしているものはもうありません: フェイルオーバーするものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) of %1 will become regular indices.</source>
        <translation>
            <numerusform>%1 の %n 個のフォロワーインデックスが通常のインデックスになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>%1 から %n 個のフォロワーインデックスをフェイルオーバーしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop replicating from %1 for good and start accepting writes; its auto-follow patterns are paused. To replicate from %1 again later, use Fail back.</source>
        <translation>これらは %1 からのレプリケーションを完全に停止し、書き込みを受け付けるようになります。そのリモートクラスターの自動フォローパターンは一時停止されます。後で再び %1 からレプリケートするには、フェイルバックを使用してください。</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Failing over from &lt;b&gt;%1&lt;/b&gt;. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; からフェイルオーバーしています。各インデックスの状態が進行に合わせて表示されます。このウィンドウを閉じると、実行が停止するまで待機します。</translation>
    </message>
    <message>
        <source>Failover from %1 complete: every index is a regular, writable index now.</source>
        <translation>%1 からのフェイルオーバーが完了しました: すべてのインデックスが書き込み可能な通常のインデックスになりました。</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>停止しました。「再試行」で残りの処理を続行します。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n 個の項目が失敗しました。「再試行」で各インデックスの現在の状態から続行します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetHealth</name>
    <message>
        <source>no followers</source>
        <translation>フォロワーなし</translation>
    </message>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetLauncher</name>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>Every saved cluster at once: status, followers and who replicates from whom</source>
        <translation>保存済みのすべてのクラスターを一覧: 状態、フォロワー、どこからどこへレプリケーションしているか</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetModel</name>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Reachable (stale)</source>
        <translation>到達可能 (古い情報)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>認証されていません</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>シークレットなし</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未オープン</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自動フォローパターン</translation>
    </message>
    <message>
        <source>Worst lag</source>
        <translation>最大ラグ</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>最終読み取りから</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (古いデータ)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetPage</name>
    <message>
        <source>Search by connection, cluster, status or remote</source>
        <translation>接続、クラスター、状態、リモートで検索</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>保存済みクラスター</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>レプリケーショントポロジー</translation>
    </message>
    <message>
        <source>Double-click a cluster to open it; right-click an arrow for its followers</source>
        <translation>クラスターをダブルクリックで開き、矢印を右クリックでそのフォロワーを表示</translation>
    </message>
    <message>
        <source>Open this cluster</source>
        <translation>このクラスターを開く</translation>
    </message>
    <message>
        <source>Followers of a remote</source>
        <translation>リモートのフォロワー</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Open the connection again, asking for a missing secret</source>
        <translation>接続を開き直し、不足しているシークレットを尋ねます</translation>
    </message>
    <message numerus="yes">
        <source>%n clusters</source>
        <translation>
            <numerusform>%n 個のクラスター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clusters</source>
        <translation>
            <numerusform>%n 個中 %1 個のクラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster follows no remote</source>
        <translation>このクラスターはリモートをフォローしていません</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetTopologyView</name>
    <message numerus="yes">
        <source>%n followers · %1</source>
        <translation>
            <numerusform>フォロワー %n 件 · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow patterns</source>
        <translation>
            <numerusform>自動フォローパターン %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <source>%1 follows %2 as “%3”</source>
        <translation>%1 は %2 を「%3」としてフォロー</translation>
    </message>
    <message>
        <source>Not a saved connection</source>
        <translation>保存された接続ではありません</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show followers of %1</source>
        <translation>%1 のフォロワーを表示</translation>
    </message>
    <message>
        <source>Open the leader cluster</source>
        <translation>リーダークラスターを開く</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowManyDialog</name>
    <message>
        <source>Choose a connected remote cluster.</source>
        <translation>接続済みのリモートクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Enter at least one leader index pattern.</source>
        <translation>リーダーインデックスパターンを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>The follower index name must contain {{leader_index}}, or every leader gets the same follower.</source>
        <translation>フォロワーインデックス名には {{leader_index}} を含める必要があります。含めないと、すべてのリーダーが同じフォロワーになります。</translation>
    </message>
    <message>
        <source>Looking for leader indices…</source>
        <translation>リーダーインデックスを検索しています…</translation>
    </message>
    <message>
        <source>Could not list the leader indices: %1</source>
        <translation>リーダーインデックスを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>これらのパターンに一致するリーダーインデックスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n will be followed</source>
        <translation>
            <numerusform>%n 個をフォロー予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n 個はフォロー済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a name already taken</source>
        <translation>
            <numerusform>%n 個は名前が使用済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid name</source>
        <translation>
            <numerusform>%n 個は名前が無効</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n 個は除外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader indices found: %1.</source>
        <translation>
            <numerusform>%n 個のリーダーインデックスが見つかりました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1 (データストリーム %2)</translation>
    </message>
    <message numerus="yes">
        <source>Follow %n index(es)</source>
        <translation>
            <numerusform>%n 個のインデックスをフォロー</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>フォロー</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es)…</source>
        <translation>
            <numerusform>%n 個のリーダーインデックスをフォローしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed (leader %1)</source>
        <translation>フォロー済み (リーダー %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>未開始 (キャンセル)</translation>
    </message>
    <message>
        <source>Auto-follow pattern created: new leader indices follow too</source>
        <translation>自動フォローパターンを作成しました: 新しいリーダーインデックスもフォローされます</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created: %1</source>
        <translation>自動フォローパターンは作成されませんでした: %1</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created (cancelled)</source>
        <translation>自動フォローパターンは作成されませんでした (キャンセル)</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created, %1 not.</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを作成しました。%1 個は作成できませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowParametersEditor</name>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>This value is sent with the request</source>
        <translation>この値はリクエストで送信されます</translation>
    </message>
    <message>
        <source>Not sent: Elasticsearch applies its default, %1</source>
        <translation>送信されません: Elasticsearch がデフォルトの %1 を適用します</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to pause: the selected follower indices are already paused.</source>
        <translation>一時停止するものはありません: 選択したフォロワーインデックスは既に一時停止中です。</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>レプリケーションを一時停止</translation>
    </message>
    <message>
        <source>Pause replication to follower index &quot;%1&quot;?</source>
        <translation>フォロワーインデックス「%1」へのレプリケーションを一時停止しますか?</translation>
    </message>
    <message>
        <source>It stops copying changes from its leader index until you resume it. Its data stays and it can still be searched.</source>
        <translation>再開するまで、リーダーインデックスからの変更のコピーを停止します。データは残り、引き続き検索できます。</translation>
    </message>
    <message numerus="yes">
        <source>Pause replication to %n follower indices?</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスへのレプリケーションを一時停止しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop copying changes from their leader indices until you resume them. Their data stays and they can still be searched.</source>
        <translation>再開するまで、リーダーインデックスからの変更のコピーを停止します。データは残り、引き続き検索できます。</translation>
    </message>
    <message>
        <source>It has custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>このインデックスにはカスタムの詳細設定があります。Elasticsearch はフォロワーの一時停止時にそれを破棄しますが、Duper が記憶し、再開時に再び提示します。</translation>
    </message>
    <message>
        <source>%1 have custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>%1 にはカスタムの詳細設定があります。Elasticsearch はフォロワーの一時停止時にそれを破棄しますが、Duper が記憶し、再開時に再び提示します。</translation>
    </message>
    <message>
        <source>Already paused, skipped: %1</source>
        <translation>既に一時停止中のためスキップ: %1</translation>
    </message>
    <message>
        <source>Nothing to resume: none of the selected follower indices is paused.</source>
        <translation>再開するものはありません: 選択したフォロワーインデックスはどれも一時停止中ではありません。</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>レプリケーションを再開</translation>
    </message>
    <message>
        <source>Resume replication to follower index &quot;%1&quot;?</source>
        <translation>フォロワーインデックス「%1」へのレプリケーションを再開しますか?</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings. To use other settings, edit the follower index instead.</source>
        <translation>Elasticsearch のデフォルトの詳細設定が使われます。Elasticsearch は一時停止中のフォロワーの設定を保持しません。別の設定を使うには、代わりにフォロワーインデックスを編集してください。</translation>
    </message>
    <message>
        <source>Duper remembers the advanced settings it had before the pause:
%1</source>
        <translation>Duper は一時停止前の詳細設定を記憶しています:
%1</translation>
    </message>
    <message>
        <source>Resume with the settings it had</source>
        <translation>以前の設定で再開</translation>
    </message>
    <message numerus="yes">
        <source>Resume replication to %n follower indices?</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスへのレプリケーションを再開しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings.</source>
        <translation>Elasticsearch のデフォルトの詳細設定が使われます。Elasticsearch は一時停止中のフォロワーの設定を保持しません。</translation>
    </message>
    <message>
        <source>Duper remembers custom advanced settings for %1; the others resume with Elasticsearch&apos;s defaults.</source>
        <translation>Duper は %1 のカスタム詳細設定を記憶しています。その他は Elasticsearch のデフォルトで再開します。</translation>
    </message>
    <message>
        <source>Resume each with the settings it had</source>
        <translation>それぞれ以前の設定で再開</translation>
    </message>
    <message>
        <source>Not paused, skipped: %1</source>
        <translation>一時停止中ではないためスキップ: %1</translation>
    </message>
    <message>
        <source>Could not pause &quot;%1&quot;</source>
        <translation>「%1」を一時停止できませんでした</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;</source>
        <translation>「%1」を再開できませんでした</translation>
    </message>
    <message>
        <source>Paused follower index %1</source>
        <translation>フォロワーインデックス %1 を一時停止しました</translation>
    </message>
    <message>
        <source>Resumed follower index %1</source>
        <translation>フォロワーインデックス %1 を再開しました</translation>
    </message>
    <message numerus="yes">
        <source>Pausing replication to %n follower indices…</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスへのレプリケーションを一時停止しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming replication to %n follower indices…</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスへのレプリケーションを再開しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n follower indices into regular indices…</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを通常のインデックスに変換しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n follower indices</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを一時停止しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n follower indices</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを再開しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfollowed %n follower indices</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスのフォローを解除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>、%n 個失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>、キャンセルされました</translation>
    </message>
    <message>
        <source>Updated follower index %1</source>
        <translation>フォロワーインデックス %1 を更新しました</translation>
    </message>
    <message>
        <source>Unfollow leader index</source>
        <translation>リーダーインデックスのフォロー解除</translation>
    </message>
    <message>
        <source>Unfollow leader indices</source>
        <translation>リーダーインデックスのフォロー解除</translation>
    </message>
    <message>
        <source>Convert follower index &quot;%1&quot; into a regular index?</source>
        <translation>フォロワーインデックス「%1」を通常のインデックスに変換しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Convert %n follower indices into regular indices?</source>
        <translation>
            <numerusform>%n 個のフォロワーインデックスを通常のインデックスに変換しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Duper pauses replication, closes the index, unfollows the leader and opens the index again. The index keeps its data but no longer follows its leader and leaves this list.</source>
        <translation>Duper はレプリケーションを一時停止し、インデックスをクローズし、リーダーのフォローを解除してから、インデックスを再オープンします。インデックスのデータは残りますが、リーダーはフォローされなくなり、この一覧からも消えます。</translation>
    </message>
    <message>
        <source>This cannot be undone: following again means copying the whole leader index anew.</source>
        <translation>この操作は元に戻せません。再びフォローするには、リーダーインデックス全体をコピーし直す必要があります。</translation>
    </message>
    <message>
        <source>Converting follower index %1 into a regular index: pause, close, unfollow, open.</source>
        <translation>フォロワーインデックス %1 を通常のインデックスに変換しています: 一時停止、クローズ、フォロー解除、オープン。</translation>
    </message>
    <message>
        <source>Follower index %1 is now a regular index</source>
        <translation>フォロワーインデックス %1 は通常のインデックスになりました</translation>
    </message>
    <message>
        <source>Recreate follower index</source>
        <translation>フォロワーインデックスを再作成</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>再作成</translation>
    </message>
    <message>
        <source>Recreate follower index &quot;%1&quot; from its leader?</source>
        <translation>フォロワーインデックス「%1」をリーダーから再作成しますか?</translation>
    </message>
    <message>
        <source>Duper pauses and closes the follower, then follows leader index %1 on %2 again. Elasticsearch deletes the follower&apos;s data and copies the leader index anew; until the copy is done the index is incomplete. Use this when replication stopped with an error it cannot recover from.</source>
        <translation>Duper はフォロワーを一時停止してクローズし、%2 上のリーダーインデックス %1 を再びフォローします。Elasticsearch はフォロワーのデータを削除してリーダーインデックスをコピーし直すため、コピーが完了するまでインデックスは不完全です。回復できないエラーでレプリケーションが停止した場合に使用してください。</translation>
    </message>
    <message>
        <source>Recreating follower index %1: pause, close, then follow %2 again.</source>
        <translation>フォロワーインデックス %1 を再作成しています: 一時停止、クローズ、その後 %2 を再びフォロー。</translation>
    </message>
    <message>
        <source>Recreated follower index %1</source>
        <translation>フォロワーインデックス %1 を再作成しました</translation>
    </message>
    <message>
        <source>Copied the follow request for %1</source>
        <translation>%1 のフォローリクエストをコピーしました</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>フォロワーインデックスの%1</translation>
    </message>
    <message>
        <source>Follower index %1 is already paused</source>
        <translation>フォロワーインデックス %1 は既に一時停止しています</translation>
    </message>
    <message>
        <source>Follower index %1 is already active</source>
        <translation>フォロワーインデックス %1 は既にアクティブです</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionSet</name>
    <message>
        <source>&amp;Create follower index…</source>
        <translation>フォロワーインデックスを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Replicate a leader index of a remote cluster into a new follower index</source>
        <translation>リモートクラスターのリーダーインデックスを新しいフォロワーインデックスにレプリケートします</translation>
    </message>
    <message>
        <source>Follow &amp;many…</source>
        <translation>複数フォロー(&amp;M)…</translation>
    </message>
    <message>
        <source>Follow existing leader indices that match patterns, in one go</source>
        <translation>パターンに一致する既存のリーダーインデックスをまとめてフォローします</translation>
    </message>
    <message>
        <source>&amp;Pause replication</source>
        <translation>レプリケーションを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop replicating into the selected follower indices</source>
        <translation>選択したフォロワーインデックスへのレプリケーションを停止します</translation>
    </message>
    <message>
        <source>&amp;Resume replication</source>
        <translation>レプリケーションを再開(&amp;R)</translation>
    </message>
    <message>
        <source>Start replicating again into the selected paused follower indices</source>
        <translation>選択した一時停止中のフォロワーインデックスへのレプリケーションを再開します</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>設定を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the advanced settings of the selected follower index</source>
        <translation>選択したフォロワーインデックスの詳細設定を変更します</translation>
    </message>
    <message>
        <source>&amp;Unfollow leader index…</source>
        <translation>リーダーインデックスのフォローを解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Turn the selected follower indices into regular indices</source>
        <translation>選択したフォロワーインデックスを通常のインデックスにします</translation>
    </message>
    <message>
        <source>Re&amp;create follower index…</source>
        <translation>フォロワーインデックスを再作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the follower&apos;s data and copy it again from the leader index</source>
        <translation>フォロワーのデータを削除し、リーダーインデックスからコピーし直します</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show the shard statistics and errors of the selected follower index (Enter)</source>
        <translation>選択したフォロワーインデックスのシャード統計とエラーを表示します (Enter)</translation>
    </message>
    <message>
        <source>Copy &amp;REST request</source>
        <translation>REST リクエストをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the follow request that creates this follower index, for Kibana&apos;s Dev Tools</source>
        <translation>このフォロワーインデックスを作成するフォローリクエストを、Kibana の Dev Tools 用にコピーします</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the follower indices again</source>
        <translation>フォロワーインデックスを再読み込みします</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerDetailsPanel</name>
    <message>
        <source>Select a follower index to see its details</source>
        <translation>詳細を表示するフォロワーインデックスを選択してください</translation>
    </message>
    <message>
        <source>Remote cluster:</source>
        <translation>リモートクラスター:</translation>
    </message>
    <message>
        <source>Leader index:</source>
        <translation>リーダーインデックス:</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>設定を編集…</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>レプリケーションを再開</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>適用中の設定</translation>
    </message>
    <message>
        <source>A paused follower has no running shard-follow tasks, so there are no shard statistics.</source>
        <translation>一時停止中のフォロワーには実行中のシャードフォロータスクがないため、シャード統計はありません。</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>読み取りエラー</translation>
    </message>
    <message>
        <source>Replication has stopped</source>
        <translation>レプリケーションが停止しました</translation>
    </message>
    <message>
        <source>The shard-follow task hit an error it cannot recover from and will not retry, so this index no longer receives changes from the leader. The usual fix is to recreate the follower index: that deletes its data and copies it again from the leader index.</source>
        <translation>シャードフォロータスクで回復できないエラーが発生し、再試行されないため、このインデックスはリーダーからの変更を受け取らなくなりました。通常の対処法は、フォロワーインデックスを再作成することです。再作成するとデータが削除され、リーダーインデックスからコピーし直されます。</translation>
    </message>
    <message>
        <source>Recreate follower index…</source>
        <translation>フォロワーインデックスを再作成…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Shard %1: %2</source>
        <translation>シャード %1: %2</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Consistency with the leader</source>
        <translation>リーダーとの整合性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerFilterBar</name>
    <message>
        <source>Search follower, leader or remote cluster</source>
        <translation>フォロワー、リーダー、リモートクラスターを検索</translation>
    </message>
    <message>
        <source>Search follower indices</source>
        <translation>フォロワーインデックスを検索</translation>
    </message>
    <message>
        <source>Show follower indices with status</source>
        <translation>指定したステータスのフォロワーインデックスを表示</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 個のフォロワーインデックス</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 個のフォロワーインデックス</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 個中 %1 個を表示</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerHistoryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>過去 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 操作</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 操作/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Lag (operations)</source>
        <translation>遅延（操作数）</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>1 秒あたりの操作数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Time since last read (seconds)</source>
        <translation>最終読み取りからの時間（秒）</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>最終読み取りから</translation>
    </message>
    <message>
        <source>Replication history is off.</source>
        <translation>レプリケーション履歴はオフです。</translation>
    </message>
    <message>
        <source>Replication history is off: %1</source>
        <translation>レプリケーション履歴はオフです: %1</translation>
    </message>
    <message>
        <source>No figures stored for this period yet. Duper records them at every refresh while the window is open.</source>
        <translation>この期間の値はまだ保存されていません。ウィンドウが開いている間、Duper は更新のたびに記録します。</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerSettingsView</name>
    <message>
        <source>Elasticsearch does not report settings for a paused follower. Resume it to see the settings in force.</source>
        <translation>Elasticsearch は一時停止中のフォロワーの設定を返しません。適用中の設定を見るには再開してください。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Set for this follower; Elasticsearch&apos;s default is %1.</source>
        <translation>このフォロワーに設定されています。Elasticsearch のデフォルトは %1 です。</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default.</source>
        <translation>Elasticsearch のデフォルト。</translation>
    </message>
    <message>
        <source>Max read request operation count</source>
        <translation>最大読み取りリクエスト操作数</translation>
    </message>
    <message>
        <source>Max write request operation count</source>
        <translation>最大書き込みリクエスト操作数</translation>
    </message>
    <message>
        <source>Max outstanding read requests</source>
        <translation>最大未処理読み取りリクエスト数</translation>
    </message>
    <message>
        <source>Max outstanding write requests</source>
        <translation>最大未処理書き込みリクエスト数</translation>
    </message>
    <message>
        <source>Max read request size</source>
        <translation>最大読み取りリクエストサイズ</translation>
    </message>
    <message>
        <source>Max write request size</source>
        <translation>最大書き込みリクエストサイズ</translation>
    </message>
    <message>
        <source>Max write buffer count</source>
        <translation>最大書き込みバッファー数</translation>
    </message>
    <message>
        <source>Max write buffer size</source>
        <translation>最大書き込みバッファーサイズ</translation>
    </message>
    <message>
        <source>Max retry delay</source>
        <translation>最大再試行間隔</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>読み取りポーリングタイムアウト</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>No limit: Elasticsearch&apos;s %1</source>
        <translation>制限なし: Elasticsearch の %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Select %1 for a bulk action</source>
        <translation>一括操作の対象に %1 を選択</translation>
    </message>
    <message>
        <source>Select followers for a bulk action</source>
        <translation>一括操作の対象にフォロワーを選択</translation>
    </message>
    <message>
        <source>Operations the follower is behind: the sum over its shards of the leader&apos;s global checkpoint minus the follower&apos;s</source>
        <translation>フォロワーの遅れている操作数: 各シャードのリーダーのグローバルチェックポイントからフォロワーのものを引いた値の合計</translation>
    </message>
    <message>
        <source>Operations written per second since the previous refresh</source>
        <translation>前回の更新以降の 1 秒あたりの書き込み操作数</translation>
    </message>
    <message>
        <source>The longest time since a shard last read from the leader</source>
        <translation>シャードが最後にリーダーから読み取ってからの最長時間</translation>
    </message>
    <message>
        <source>Failed read requests, summed over the shards</source>
        <translation>失敗した読み取りリクエスト数 (全シャードの合計)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>リーダーインデックス</translation>
    </message>
    <message>
        <source>Lag (ops)</source>
        <translation>遅延 (操作数)</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>操作数/秒</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最終読み取り</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>読み取り失敗</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>追いつき</translation>
    </message>
    <message>
        <source>When the follower will have caught up with its leader, at the pace its lag changed over the last refreshes; “Falling behind” when the lag keeps growing</source>
        <translation>直近の更新で遅延が変化したペースで、フォロワーがリーダーに追いつくまでの時間。遅延が増え続けている場合は「遅れが拡大中」</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>追いつき済み</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>遅れが拡大中</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 分</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 分</translation>
    </message>
    <message>
        <source>≈ %1 h</source>
        <translation>≈ %1 時間</translation>
    </message>
    <message>
        <source>≈ %1 d</source>
        <translation>≈ %1 日</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Lag trend</source>
        <translation>遅延の推移</translation>
    </message>
    <message>
        <source>The lag over the last hour, from Duper&apos;s replication history (the highest lag of each minute)</source>
        <translation>Duper のレプリケーション履歴による過去 1 時間の遅延（各分の最大遅延）</translation>
    </message>
    <message>
        <source>No lag history: %1</source>
        <translation>遅延の履歴なし: %1</translation>
    </message>
    <message>
        <source>No lag recorded in the last hour yet (a paused follower has none)</source>
        <translation>過去 1 時間の遅延はまだ記録されていません（一時停止中のフォロワーにはありません）</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>増加中</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>減少中</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>Lag over the last hour: %1 to %2 operations, %3</source>
        <translation>過去 1 時間の遅延: %1～%2 操作、%3</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowersPage</name>
    <message>
        <source>Follower index actions</source>
        <translation>フォロワーインデックスの操作</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Follower index “%1” created; waiting for it to become active…</source>
        <translation>フォロワーインデックス「%1」を作成しました。アクティブになるのを待っています…</translation>
    </message>
    <message>
        <source>Now following 1 more leader index</source>
        <translation>さらに 1 個のリーダーインデックスのフォローを開始しました</translation>
    </message>
    <message>
        <source>Now following %1 more leader indices</source>
        <translation>さらに %1 個のリーダーインデックスのフォローを開始しました</translation>
    </message>
    <message>
        <source>Refreshing the follower indices failed: %1</source>
        <translation>フォロワーインデックスの更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the data of %2.</source>
        <translation>前回の更新に失敗しました: %1 一覧には %2 時点のデータが表示されています。</translation>
    </message>
    <message>
        <source>You can look but not change: the user lacks the cluster privilege “manage_ccr”, which creating, pausing, resuming and unfollowing follower indices need.</source>
        <translation>閲覧のみ可能です: フォロワーインデックスの作成、一時停止、再開、フォロー解除に必要なクラスター権限「manage_ccr」がユーザーにありません。</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryChartView</name>
    <message numerus="yes">
        <source>%1 (%n refreshes)</source>
        <translation>
            <numerusform>%1（%n 回の更新）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on average, from %3 to %4</source>
        <translation>%1: 平均 %2（%3～%4）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 に%1</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryMarkerStyle</name>
    <message>
        <source>Stopped by a fatal error</source>
        <translation>致命的なエラーで停止</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>読み取りエラー</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>再びアクティブ</translation>
    </message>
    <message>
        <source>Read errors cleared</source>
        <translation>読み取りエラーが解消</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryNotice</name>
    <message>
        <source>No history</source>
        <translation>履歴なし</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>レプリケーション履歴</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>接続を管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>接続: </translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>キーチェーンから %1 のシークレットを読み取っています…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Add, edit, test or remove saved connections</source>
        <translation>保存済み接続の追加、編集、テスト、削除</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s status and follower indices again</source>
        <translation>クラスターのステータスとフォロワーインデックスを再読み込みします</translation>
    </message>
    <message>
        <source>Close Duper</source>
        <translation>Duper を終了します</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Duper</source>
        <translation>Duper について(&amp;A)</translation>
    </message>
    <message>
        <source>Version, Qt version and licences</source>
        <translation>バージョン、Qt のバージョン、ライセンス</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt toolkit Duper is built with</source>
        <translation>Duper の構築に使われている Qt ツールキット</translation>
    </message>
    <message>
        <source>Language, auto-refresh, confirmations, network proxy and the connection&apos;s alert rules</source>
        <translation>言語、自動更新、確認、ネットワークプロキシ、接続のアラートルール</translation>
    </message>
</context>
<context>
    <name>duper::ui::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>プロキシのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address (no scheme, path or port here).</source>
        <translation>「%1」はホスト名でも IP アドレスでもありません (ここにはスキーム、パス、ポートを含めません)。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>プロキシのポートを入力してください。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの数値です。</translation>
    </message>
</context>
<context>
    <name>duper::ui::PrivilegePreflightPanel</name>
    <message>
        <source>Checking the privileges this needs…</source>
        <translation>必要な権限を確認しています…</translation>
    </message>
    <message>
        <source>Privileges are missing: see the list, or tick &quot;Send anyway&quot;.</source>
        <translation>権限が不足しています。一覧を確認するか、「それでも送信する」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Elasticsearch would refuse this: the user lacks these privileges.</source>
        <translation>Elasticsearch はこれを拒否します。ユーザーにこれらの権限がありません。</translation>
    </message>
    <message>
        <source>Could not check:</source>
        <translation>確認できなかった項目:</translation>
    </message>
</context>
<context>
    <name>duper::ui::ProcedureDialog</name>
    <message>
        <source>Follower index %1</source>
        <translation>フォロワーインデックス %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Finished: every step is done.</source>
        <translation>終了: すべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>Reopening failed: %1</source>
        <translation>再オープンに失敗しました: %1</translation>
    </message>
    <message>
        <source>The index %1 is open again. %2</source>
        <translation>インデックス %1 は再びオープンされました。%2</translation>
    </message>
    <message>
        <source>&quot;Try again&quot; continues the procedure.</source>
        <translation>「再試行」で手順を続行します。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Stop after the request in flight is aborted</source>
        <translation>実行中のリクエストを中止してから停止します</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReadExceptionsView</name>
    <message>
        <source>No read errors</source>
        <translation>読み取りエラーなし</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>From sequence number</source>
        <translation>開始シーケンス番号</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行回数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Elasticsearch does not report when a read failed; this is when it was first seen here.</source>
        <translation>Elasticsearch は読み取りが失敗した時刻を返しません。これはここで初めて検出された時刻です。</translation>
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
        <translation>リモートクラスター「%1」を編集</translation>
    </message>
    <message>
        <source>A remote cluster named “%1” already exists; edit it instead.</source>
        <translation>「%1」という名前のリモートクラスターは既に存在します。代わりにそれを編集してください。</translation>
    </message>
    <message>
        <source>Add at least one seed: a node&apos;s transport address as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>シードを 1 つ以上追加してください: ノードのトランスポートアドレスを host:port の形式で。例: 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>Enter the proxy address as host:port, e.g. proxy.example.com:9400.</source>
        <translation>プロキシアドレスを host:port の形式で入力してください。例: proxy.example.com:9400</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have applied the change; the list shows what is in force after the next refresh.</source>
        <translation>キャンセルしました。Elasticsearch が変更を適用した可能性があります。次回の更新後、一覧に適用中の内容が表示されます。</translation>
    </message>
    <message>
        <source>Elasticsearch did not save the remote cluster: %1</source>
        <translation>Elasticsearch はリモートクラスターを保存しませんでした: %1</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed. Connect again to save the remote cluster.</source>
        <translation>クラスターへの接続が閉じられました。リモートクラスターを保存するには、もう一度接続してください。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterEditFlow</name>
    <message>
        <source>Delete remote cluster</source>
        <translation>リモートクラスターを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting remote cluster “%1”…</source>
        <translation>リモートクラスター「%1」を削除しています…</translation>
    </message>
    <message>
        <source>Elasticsearch did not delete the remote cluster “%1”: %2</source>
        <translation>Elasticsearch はリモートクラスター「%1」を削除しませんでした: %2</translation>
    </message>
    <message>
        <source>Remote cluster “%1” deleted.</source>
        <translation>リモートクラスター「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterModel</name>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Not connected (not reported yet)</source>
        <translation>未接続 (まだ報告なし)</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>永続</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>一時</translation>
    </message>
    <message>
        <source>elasticsearch.yml</source>
        <translation>elasticsearch.yml</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 個のフォロワーインデックス</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 個のフォロワーインデックス</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there, not here.</source>
        <translation>elasticsearch.yml で定義されています。ここではなく、そちらで変更してください。</translation>
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
        <translation>%2 ソケット中 %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%2 ノード中 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>利用不可時スキップ</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Authenticated with a cross-cluster API key, kept in this cluster&apos;s keystore, on the remote cluster server port (usually 9443).</source>
        <translation>クロスクラスター API キーで認証します。キーはこのクラスターのキーストアに保存され、リモートクラスターサーバーのポート (通常は 9443) を使用します。</translation>
    </message>
    <message>
        <source>Authenticated with TLS certificates trusted by both clusters, on the transport port (usually 9300); deprecated since Elasticsearch 9.0.</source>
        <translation>両方のクラスターが信頼する TLS 証明書で認証し、トランスポートポート (通常は 9300) を使用します。Elasticsearch 9.0 以降は非推奨です。</translation>
    </message>
    <message>
        <source>How this cluster authenticates to the remote cluster: API key or certificate.</source>
        <translation>このクラスターがリモートクラスターに対して認証する方法: API キーまたは証明書。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterPicker</name>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (接続済み)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (未接続)</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (未設定)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>リモートクラスターを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not list the remote clusters: %1</source>
        <translation>リモートクラスターを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one first.</source>
        <translation>このクラスターにはまだリモートクラスターがありません。先に追加してください。</translation>
    </message>
    <message>
        <source>No remote cluster is connected right now.</source>
        <translation>現在接続されているリモートクラスターはありません。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClustersPage</name>
    <message>
        <source>&amp;Add remote cluster…</source>
        <translation>リモートクラスターを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Remote cluster actions</source>
        <translation>リモートクラスターの操作</translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation>名前またはアドレスで検索</translation>
    </message>
    <message>
        <source>Remote clusters</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Refreshing the remote clusters failed: %1</source>
        <translation>リモートクラスターの更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows earlier data.</source>
        <translation>前回の更新に失敗しました: %1 一覧には以前のデータが表示されています。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its remote clusters.</source>
        <translation>リモートクラスターを表示するには、クラスターに接続してください。</translation>
    </message>
    <message>
        <source>Could not load the remote clusters</source>
        <translation>リモートクラスターを読み込めませんでした</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>リモートクラスターを読み込んでいます…</translation>
    </message>
    <message>
        <source>No remote clusters</source>
        <translation>リモートクラスターなし</translation>
    </message>
    <message>
        <source>No remote clusters: add the leader cluster as a remote cluster of this cluster, by the transport address of one or more of its nodes (sniff) or of a proxy in front of it. Follower indices replicate from leader indices through it.</source>
        <translation>リモートクラスターがありません: リーダークラスターを、そのノード (sniff) またはその前段のプロキシのトランスポートアドレスを使って、このクラスターのリモートクラスターとして追加してください。フォロワーインデックスはそれを経由してリーダーインデックスからレプリケートします。</translation>
    </message>
    <message>
        <source>Add remote cluster…</source>
        <translation>リモートクラスターを追加…</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there.</source>
        <translation>elasticsearch.yml で定義されています。そちらで変更してください。</translation>
    </message>
    <message>
        <source>Edit the selected remote cluster</source>
        <translation>選択したリモートクラスターを編集</translation>
    </message>
    <message>
        <source>Delete the selected remote cluster</source>
        <translation>選択したリモートクラスターを削除</translation>
    </message>
    <message>
        <source>Remote cluster “%1” saved; checking its connection…</source>
        <translation>リモートクラスター「%1」を保存しました。接続を確認しています…</translation>
    </message>
    <message>
        <source>Add a remote cluster to this cluster</source>
        <translation>このクラスターにリモートクラスターを追加します</translation>
    </message>
    <message>
        <source>Load the remote clusters again</source>
        <translation>リモートクラスターを再読み込みします</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>フェイルオーバー(&amp;F)…</translation>
    </message>
    <message>
        <source>The leader cluster behind the selected remote is lost: make this cluster&apos;s followers of it regular, writable indices</source>
        <translation>選択したリモートの背後にあるリーダークラスターが失われました: このクラスター上のそのフォロワーを書き込み可能な通常のインデックスにします</translation>
    </message>
    <message>
        <source>&amp;Migrate to API key…</source>
        <translation>API キーに移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Switch the selected certificate-based remote cluster to a cross-cluster API key in place: its followers are paused and resumed</source>
        <translation>選択した証明書ベースのリモートクラスターを、その場でクロスクラスター API キーに切り替えます。フォロワーは一時停止されてから再開されます</translation>
    </message>
    <message>
        <source>Already uses a cross-cluster API key.</source>
        <translation>すでにクロスクラスター API キーを使用しています。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteSecurityChoiceDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>続行(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReplicationTopologyModel</name>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
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
        <translation>接続済み (%1)</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>未接続 (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 個アクティブ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 個一時停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 個エラーあり</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Follower indices or auto-follow patterns name this remote cluster, but this cluster has no remote cluster of that name.</source>
        <translation>フォロワーインデックスまたは自動フォローパターンがこのリモートクラスターを指定していますが、このクラスターにはその名前のリモートクラスターがありません。</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (アクティブ)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (一時停止)</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>リモートクラスター</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>フォロワーインデックス</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自動フォローパターン</translation>
    </message>
    <message>
        <source>Replicated data streams</source>
        <translation>レプリケートされたデータストリーム</translation>
    </message>
</context>
<context>
    <name>duper::ui::RequestPreviewDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunItemState</name>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunReportFile</name>
    <message>
        <source>Report saved: %1</source>
        <translation>レポートを保存しました: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
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
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::SandboxMenu</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>The emulated cluster could not be brought back: %1</source>
        <translation>エミュレートされたクラスターを復旧できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>サンドボックス(&amp;S)</translation>
    </message>
    <message>
        <source>Simulate leader outage</source>
        <translation>リーダーの障害をシミュレート</translation>
    </message>
    <message>
        <source>Emulator only: the leader cluster stops answering and the follower cluster loses it as a remote</source>
        <translation>エミュレーターのみ: リーダークラスターが応答しなくなり、フォロワークラスターからリモートとして失われます</translation>
    </message>
    <message>
        <source>Bring leader back</source>
        <translation>リーダーを復旧</translation>
    </message>
    <message>
        <source>Simulate follower outage</source>
        <translation>フォロワーの障害をシミュレート</translation>
    </message>
    <message>
        <source>Emulator only: the follower cluster stops answering</source>
        <translation>エミュレーターのみ: フォロワークラスターが応答しなくなります</translation>
    </message>
    <message>
        <source>Bring follower back</source>
        <translation>フォロワーを復旧</translation>
    </message>
</context>
<context>
    <name>duper::ui::SecretPromptDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>The %1 for %2:</source>
        <translation>%2 の%1:</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShardStatsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Leader checkpoint</source>
        <translation>リーダーのチェックポイント</translation>
    </message>
    <message>
        <source>Follower checkpoint</source>
        <translation>フォロワーのチェックポイント</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Outstanding reads</source>
        <translation>未処理の読み取り</translation>
    </message>
    <message>
        <source>Outstanding writes</source>
        <translation>未処理の書き込み</translation>
    </message>
    <message>
        <source>Buffered operations</source>
        <translation>バッファー内の操作</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>バッファーサイズ</translation>
    </message>
    <message>
        <source>Successful reads</source>
        <translation>成功した読み取り</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>失敗した読み取り</translation>
    </message>
    <message>
        <source>Successful writes</source>
        <translation>成功した書き込み</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>失敗した書き込み</translation>
    </message>
    <message>
        <source>Operations read</source>
        <translation>読み取った操作数</translation>
    </message>
    <message>
        <source>Operations written</source>
        <translation>書き込んだ操作数</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>読み取ったバイト数</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最終読み取り</translation>
    </message>
    <message>
        <source>Mapping version</source>
        <translation>マッピングバージョン</translation>
    </message>
    <message>
        <source>Settings version</source>
        <translation>設定バージョン</translation>
    </message>
    <message>
        <source>The leader shard&apos;s global checkpoint: operations up to this sequence number are safe on the leader.</source>
        <translation>リーダーシャードのグローバルチェックポイント: このシーケンス番号までの操作はリーダー上で確定しています。</translation>
    </message>
    <message>
        <source>The follower shard&apos;s global checkpoint: operations up to this sequence number have been replicated.</source>
        <translation>フォロワーシャードのグローバルチェックポイント: このシーケンス番号までの操作はレプリケート済みです。</translation>
    </message>
    <message>
        <source>Leader checkpoint minus follower checkpoint: operations not yet replicated.</source>
        <translation>リーダーのチェックポイントからフォロワーのチェックポイントを引いた値: まだレプリケートされていない操作数です。</translation>
    </message>
    <message>
        <source>Operations read from the leader and waiting to be written to the follower.</source>
        <translation>リーダーから読み取られ、フォロワーへの書き込みを待っている操作数です。</translation>
    </message>
    <message>
        <source>Time since the last read request to the leader returned.</source>
        <translation>リーダーへの最後の読み取りリクエストが戻ってからの時間です。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
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
        <translation>スイッチバックは、&lt;b&gt;%1&lt;/b&gt; が追いついた時点で、フェイルオーバー前の方向に戻します: そのフォロワーは書き込みを受け付ける通常のインデックスになり、&lt;b&gt;%2&lt;/b&gt; のコピーは削除され、%2 は下のリモートクラスターを通じて再び %1 をフォローし、%2 の一時停止中の自動フォローパターンが再開されます。先に %2 への書き込みを停止してください。ステップが失敗した場合は、「再試行」で続行します。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n copy(ies) on %1 listed above for good</source>
        <translation>
            <numerusform>上に表示されている %1 上の %n 個のコピーを完全に削除する</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over on %1: its followers of %2 become regular indices</source>
        <translation>%1 でフェイルオーバー: %2 をフォローしているフォロワーが通常のインデックスになります</translation>
    </message>
    <message>
        <source>%1 follows %2 again (its copies are deleted first)</source>
        <translation>%1 が再び %2 をフォロー (そのコピーは先に削除されます)</translation>
    </message>
    <message>
        <source>Resume %1&apos;s paused auto-follow patterns</source>
        <translation>%1 の一時停止中の自動フォローパターンを再開</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>通常のインデックスになります</translation>
    </message>
    <message>
        <source>Will be deleted on %1, then follow %2</source>
        <translation>%1 上で削除され、その後 %2 をフォローします</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>下記を参照</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>スイッチバックしました: 元の方向に戻りました。</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>停止しました。「再試行」で残りの処理を続行します。</translation>
    </message>
    <message>
        <source>Switching back did not finish. Try again continues.</source>
        <translation>スイッチバックが完了しませんでした。「再試行」で続行します。</translation>
    </message>
</context>
<context>
    <name>duper::ui::TwoClusterDialog</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
</context>
<context>
    <name>duper::ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation>接続を追加…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duper&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Duper へようこそ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters.&lt;br&gt;Connect to your follower cluster, or try everything on a sandbox: two emulated clusters running inside Duper.</source>
        <translation>Duper は Elasticsearch のクロスクラスターレプリケーション (フォロワーインデックス、自動フォローパターン、リモートクラスター) を管理します。&lt;br&gt;フォロワークラスターに接続するか、サンドボックス (Duper 内で動作する 2 つのエミュレートされたクラスター) ですべてを試してください。</translation>
    </message>
    <message>
        <source>Starts an emulated leader and follower cluster on free local ports and adds a temporary &quot;Sandbox&quot; connection</source>
        <translation>空いているローカルポートでエミュレートされたリーダーとフォロワーのクラスターを起動し、一時的な「Sandbox」接続を追加します</translation>
    </message>
</context>
<context>
    <name>duper::values</name>
    <message>
        <source>%1 &quot;%2&quot; has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb.</source>
        <translation>%1「%2」にサイズの単位がありません。b、kb、mb、gb、tb、pb のいずれかを使ってください。例: 32mb</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Sizes must be 0 or more; only -1 (on its own or as -1b) is accepted as a special value.</source>
        <translation>%1「%2」は負の値です。サイズは 0 以上である必要があります。特別な値として -1 (単独または -1b) のみ使用できます。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more than two decimals. Use at most two, e.g. 1.25mb, or a smaller unit.</source>
        <translation>%1「%2」の小数点以下が 2 桁を超えています。2 桁以内 (例: 1.25mb) にするか、小さい単位を使ってください。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch allows at most %3 bytes (just under 8192pb).</source>
        <translation>%1「%2」は大きすぎます: Elasticsearch で使えるのは最大 %3 バイト (8192pb 弱) です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a size. Write a number and a unit, e.g. 512mb or 1.5gb.</source>
        <translation>%1「%2」はサイズではありません。数値と単位を書いてください。例: 512mb、1.5gb</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of bytes. Bytes take whole numbers only; use a larger unit for fractions, e.g. 1.5kb.</source>
        <translation>%1「%2」はバイト数として整数ではありません。バイトは整数のみです。小数には大きい単位を使ってください。例: 1.5kb</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has spaces around it, which Elasticsearch does not accept here. Remove them.</source>
        <translation>%1「%2」の前後に空白があり、ここでは Elasticsearch が受け付けません。空白を削除してください。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1「%2」は大きすぎます: Elasticsearch は 32 ビット整数として保存するため、最大 2147483647 です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number, e.g. 5120.</source>
        <translation>%1「%2」は整数ではありません。例: 5120</translation>
    </message>
    <message>
        <source>text with a unit, such as &quot;32mb&quot; or &quot;30s&quot;</source>
        <translation>単位付きのテキスト (「32mb」や「30s」など)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 は %2 ですが、%3 である必要があります。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1「%2」は無効です。「all」または 0 以上のシャードコピー数を使ってください。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1「%2」は負の値です。「all」または 0 以上のシャードコピー数を使ってください。</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be at least 1.</source>
        <translation>%1 は %2 ですが、1 以上である必要があります。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but it must be larger than 0 bytes, e.g. 32mb.</source>
        <translation>%1 は「%2」ですが、0 バイトより大きい必要があります。例: 32mb</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too short: Elasticsearch needs at least 1ms.</source>
        <translation>%1「%2」は短すぎます: Elasticsearch では 1ms 以上が必要です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: Elasticsearch allows at most %3.</source>
        <translation>%1「%2」は長すぎます: Elasticsearch で使えるのは最大 %3 です。</translation>
    </message>
    <message>
        <source>%1 %2 is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 %2 は大きすぎます: Elasticsearch は 32 ビット整数として保存するため、最大 2147483647 です。</translation>
    </message>
    <message>
        <source>Index names are lowercase and may not contain \ / * ? &quot; &lt; &gt; | , # : or spaces, nor start with _, - or +.</source>
        <translation>インデックス名は小文字で、\ / * ? &quot; &lt; &gt; | , # : や空白を含めることはできず、_、-、+ で始めることもできません。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 is empty. Enter an index name.</source>
        <translation>%1 が空です。インデックス名を入力してください。</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain %3. %4</source>
        <translation>%1「%2」に %3 を含めることはできません。%4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;#&apos;. %3</source>
        <translation>%1「%2」に &apos;#&apos; を含めることはできません。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;:&apos; (it separates a remote cluster from an index name). %3</source>
        <translation>%1「%2」に &apos;:&apos; を含めることはできません (リモートクラスターとインデックス名の区切りです)。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not start with &apos;%3&apos;. %4</source>
        <translation>%1「%2」を &apos;%3&apos; で始めることはできません。%4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: it takes %3 bytes in UTF-8, and Elasticsearch allows at most %4.</source>
        <translation>%1「%2」は長すぎます: UTF-8 で %3 バイトですが、Elasticsearch で使えるのは最大 %4 です。</translation>
    </message>
    <message>
        <source>%1 must not be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>%1 を「.」や「..」にすることはできません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be lowercase, e.g. &quot;%3&quot;. %4</source>
        <translation>%1「%2」は小文字にする必要があります。例: 「%3」。%4</translation>
    </message>
    <message>
        <source>Use d, h, m, s, ms, micros or nanos, e.g. 30s.</source>
        <translation>d、h、m、s、ms、micros、nanos のいずれかを使ってください。例: 30s</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Durations must be 0 or more (-1 stands for &quot;no limit&quot; where Elasticsearch allows it).</source>
        <translation>%1「%2」は負の値です。期間は 0 以上である必要があります (Elasticsearch が許可する場合、-1 は「無制限」を表します)。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range: the number must fit in a 64-bit integer.</source>
        <translation>%1「%2」は範囲外です: 数値は 64 ビット整数に収まる必要があります。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a fraction, but Elasticsearch takes whole numbers only. Use a smaller unit, e.g. 1500ms instead of 1.5s.</source>
        <translation>%1「%2」には小数部がありますが、Elasticsearch は整数のみ受け付けます。小さい単位を使ってください。例: 1.5s の代わりに 1500ms</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a duration. Write a whole number and a unit. %3</source>
        <translation>%1「%2」は期間ではありません。整数と単位を書いてください。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time unit. %3</source>
        <translation>%1「%2」に時間の単位がありません。%3</translation>
    </message>
    <message>
        <source>Remove the spaces around the value.</source>
        <translation>値の前後の空白を削除してください。</translation>
    </message>
    <message>
        <source>Minutes are a lowercase m; a capital M is not a unit.</source>
        <translation>分は小文字の m です。大文字の M は単位ではありません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Elasticsearch Cross-Cluster Replication</source>
        <translation>Elasticsearch クロスクラスターレプリケーション用デスクトップコンソール</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>ウィンドウの画像を保存して終了します。</translation>
    </message>
    <message>
        <source>Start the emulated clusters in this process and connect to them.</source>
        <translation>このプロセス内でエミュレートされたクラスターを起動し、それらに接続します。</translation>
    </message>
</context>
</TS>
