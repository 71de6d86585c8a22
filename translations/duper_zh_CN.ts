<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Duper</source>
        <translation>关于 Duper</translation>
    </message>
    <message>
        <source>A fast native console and command-line tool for Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters, with credentials kept in the system keychain.</source>
        <translation>用于 Elasticsearch 跨集群复制的快速原生控制台和命令行工具：追随者索引、自动跟随模式和远程集群，凭据保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster to an API key</source>
        <translation>将远程集群迁移到 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>领导者集群(&amp;L)：</translation>
    </message>
    <message>
        <source>The saved connection of the cluster this remote cluster points at: the key is created there</source>
        <translation>此远程集群所指向集群的已保存连接：密钥将在该集群上创建</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>复制(&amp;R)：</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas: at least the leader indices of the followers that use this remote cluster</source>
        <translation>该密钥可复制的领导者索引模式，以逗号分隔：至少包括使用此远程集群的追随者的领导者索引</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>搜索（可选）(&amp;S)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>该密钥还可跨集群搜索的索引模式，以逗号分隔</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this remote cluster</source>
        <translation>即使钥匙串中已有此远程集群的密钥，也创建新密钥(&amp;W)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>新的跨集群 API 密钥</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>已保存在您的钥匙串中。仅此时显示一次，供您自行留存：它是机密。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Done, I ran it on every node</source>
        <translation>完成，已在每个节点上运行(&amp;D)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the request in flight, without rolling back: Run again goes on from there</source>
        <translation>在进行中的请求完成后停止，不回滚：“再次运行”会从该处继续</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再次运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>试运行(&amp;D) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster with an API key</source>
        <translation>使用 API 密钥添加远程集群</translation>
    </message>
    <message>
        <source>Duper creates a cross-cluster API key on the leader cluster, keeps it in your keychain and connects this cluster to the leader&apos;s remote cluster server with it. Pick the saved connection of the leader cluster and the name this cluster will know it by.</source>
        <translation>Duper 会在领导者集群上创建跨集群 API 密钥，将其保存在您的钥匙串中，并用它将此集群连接到领导者的远程集群服务器。请选择领导者集群的已保存连接，以及此集群用来称呼它的名称。</translation>
    </message>
    <message>
        <source>&amp;Leader cluster:</source>
        <translation>领导者集群(&amp;L)：</translation>
    </message>
    <message>
        <source>Remote cluster &amp;name:</source>
        <translation>远程集群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The alias this cluster knows the leader cluster by, as follower indices name it</source>
        <translation>此集群用来称呼领导者集群的别名，追随者索引也以此名称引用它</translation>
    </message>
    <message>
        <source>&amp;Replicate:</source>
        <translation>复制(&amp;R)：</translation>
    </message>
    <message>
        <source>logs-*, metrics-*</source>
        <translation>logs-*, metrics-*</translation>
    </message>
    <message>
        <source>The leader index patterns the key may replicate, separated by commas</source>
        <translation>该密钥可复制的领导者索引模式，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Search (optional):</source>
        <translation>搜索（可选）(&amp;S)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Index patterns the key may also search across clusters, separated by commas</source>
        <translation>该密钥还可跨集群搜索的索引模式，以逗号分隔</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>有效期(&amp;X)：</translation>
    </message>
    <message>
        <source>never (or e.g. 90d)</source>
        <translation>永不过期（或例如 90d）</translation>
    </message>
    <message>
        <source>When the key expires replication stops: leave empty for a key that never expires</source>
        <translation>密钥过期后复制将停止：留空则密钥永不过期</translation>
    </message>
    <message>
        <source>Connection mode:</source>
        <translation>连接模式：</translation>
    </message>
    <message>
        <source>&amp;Proxy (one address)</source>
        <translation>Proxy(&amp;P)（一个地址）</translation>
    </message>
    <message>
        <source>S&amp;niff (seed nodes)</source>
        <translation>Sniff(&amp;N)（种子节点）</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>领导者的远程集群服务器地址</translation>
    </message>
    <message>
        <source>Leave empty to use the leader&apos;s remote cluster server (port 9443 by default), read from its nodes. Not its transport (9300) or HTTP (9200) address. Several seeds: separate them with commas.</source>
        <translation>留空则使用从领导者节点读取的远程集群服务器（默认端口 9443）。不是其传输地址（9300）或 HTTP 地址（9200）。多个种子节点请用逗号分隔。</translation>
    </message>
    <message>
        <source>Create a ne&amp;w key even if the keychain keeps one for this name</source>
        <translation>即使钥匙串中已有此名称的密钥，也创建新密钥(&amp;W)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The new cross-cluster API key</source>
        <translation>新的跨集群 API 密钥</translation>
    </message>
    <message>
        <source>Kept in your keychain. It is shown only now, for your own records: it is a secret.</source>
        <translation>已保存在您的钥匙串中。仅此时显示一次，供您自行留存：它是机密。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>I have run it on &amp;every node</source>
        <translation>已在每个节点上运行(&amp;E)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>创建自动跟随模式</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on the remote cluster whose name matches. Indices that exist before the pattern is created are not followed.</source>
        <translation>自动跟随模式让此集群跟随远程集群上名称匹配的每个新索引。创建模式之前已存在的索引不会被跟随。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A unique name for the pattern: no commas, not starting with _</source>
        <translation>模式的唯一名称：不含逗号，不以 _ 开头</translation>
    </message>
    <message>
        <source>e.g. logs-from-dc1</source>
        <translation>例如 logs-from-dc1</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) whose new indices the pattern follows</source>
        <translation>模式要跟随其新索引的远程集群（在此集群上配置）</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>领导者索引模式</translation>
    </message>
    <message>
        <source>leader_index_patterns: new indices on the remote cluster whose names match one of these are followed; * matches anything</source>
        <translation>leader_index_patterns：远程集群上名称与其中之一匹配的新索引会被跟随；* 匹配任意内容</translation>
    </message>
    <message>
        <source>Type a pattern such as logs-* and press Enter</source>
        <translation>输入模式（如 logs-*）并按 Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>排除模式</translation>
    </message>
    <message>
        <source>leader_index_exclusion_patterns: leader indices matching one of these are never followed, even when a leader pattern matches</source>
        <translation>leader_index_exclusion_patterns：与其中之一匹配的领导者索引永远不会被跟随，即使领导者模式匹配</translation>
    </message>
    <message>
        <source>Optional, e.g. logs-debug-*</source>
        <translation>可选，例如 logs-debug-*</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>追随者索引模式</translation>
    </message>
    <message>
        <source>follow_index_pattern: the name of each follower index; {{leader_index}} stands for the leader index name</source>
        <translation>follow_index_pattern：每个追随者索引的名称；{{leader_index}} 代表领导者索引名称</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>无前缀</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>No suffix</source>
        <translation>无后缀</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Follower index names the pattern would create</source>
        <translation>该模式将创建的追随者索引名称</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>正在保存自动跟随模式…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>显示请求…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AutoRefreshChoiceText</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>关闭自动刷新</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>每 %1 分钟</translation>
    </message>
</context>
<context>
    <name>BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication</source>
        <translation>双向复制</translation>
    </message>
    <message>
        <source>&amp;Other cluster:</source>
        <translation>其他集群(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>此处的远程集群(&amp;R)：</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points at the other cluster</source>
        <translation>此集群上指向其他集群的远程集群别名</translation>
    </message>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>回指的远程集群(&amp;B)：</translation>
    </message>
    <message>
        <source>The remote cluster alias on the other cluster that points back at this one</source>
        <translation>其他集群上指回此集群的远程集群别名</translation>
    </message>
    <message>
        <source>&amp;Leader indices:</source>
        <translation>领导者索引(&amp;L)：</translation>
    </message>
    <message>
        <source>Index names or wildcards to replicate both ways, separated by commas</source>
        <translation>要双向复制的索引名称或通配符，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Follower indices</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://es.example.com:9200, https://es2.example.com:9200</source>
        <translation>https://es.example.com:9200, https://es2.example.com:9200</translation>
    </message>
    <message>
        <source>&amp;Cloud ID:</source>
        <translation>Cloud ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Instead of URLs: deployment:base64…</source>
        <translation>代替 URL：deployment:base64…</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;A)：</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Ask for the secret every time (do not store it)</source>
        <translation>每次都询问密钥（不存储）</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>验证 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <source>Certificates are not verified: anyone between you and the cluster can read and change the traffic, including your credentials.</source>
        <translation>证书未经验证：您与集群之间的任何人都能读取和篡改通信内容，包括您的凭据。</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Optional PEM file, trusted on top of the system&apos;s CAs</source>
        <translation>可选的 PEM 文件，在系统 CA 之外额外信任</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>客户端证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>仅用于加密的密钥；存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default &amp;remote:</source>
        <translation>默认远程(&amp;R)：</translation>
    </message>
    <message>
        <source>Remote cluster alias used when following</source>
        <translation>跟随时使用的远程集群别名</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
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
        <translation>创建追随者索引</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>The remote cluster (configured on this cluster) that holds the leader index</source>
        <translation>持有领导者索引的远程集群（在此集群上配置）</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>The index on the remote cluster to replicate</source>
        <translation>远程集群上要复制的索引</translation>
    </message>
    <message>
        <source>Index or data stream on the remote cluster</source>
        <translation>远程集群上的索引或数据流</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>The new index on this cluster that receives the copy; lowercase, no spaces or \ / * ? &quot; &lt; &gt; | , # :</source>
        <translation>此集群上接收副本的新索引；须小写，不能含空格或 \ / * ? &quot; &lt; &gt; | , # :</translation>
    </message>
    <message>
        <source>Data stream name</source>
        <translation>数据流名称</translation>
    </message>
    <message>
        <source>data_stream_name: the local data stream the follower index becomes part of (optional)</source>
        <translation>data_stream_name：追随者索引所属的本地数据流（可选）</translation>
    </message>
    <message>
        <source>Optional: only when following a data stream backing index</source>
        <translation>可选：仅在跟随数据流的后备索引时使用</translation>
    </message>
    <message>
        <source>Wait for active shards</source>
        <translation>等待活动分片</translation>
    </message>
    <message>
        <source>How many shard copies must be active before the request returns: 0 (do not wait), a number, or all</source>
        <translation>请求返回前必须处于活动状态的分片副本数：0（不等待）、一个数字或 all</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Index settings override (settings)</source>
        <translation>索引设置覆盖（settings）</translation>
    </message>
    <message>
        <source>Settings of the follower index that differ from the leader, e.g. index.number_of_replicas = 0</source>
        <translation>追随者索引中与领导者不同的设置，例如 index.number_of_replicas = 0</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>添加设置</translation>
    </message>
    <message>
        <source>Remove setting</source>
        <translation>移除设置</translation>
    </message>
    <message>
        <source>Creating follower index…</source>
        <translation>正在创建追随者索引…</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>显示请求…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DisasterRecoveryPage</name>
    <message>
        <source>What this cluster replicates from each remote cluster. Select a remote to fail over from it when its leader cluster is lost.</source>
        <translation>此集群从每个远程集群复制的内容。当领导者集群丢失时，选择一个远程集群以从其故障转移。</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>故障转移(&amp;V)…</translation>
    </message>
    <message>
        <source>Make this cluster and another saved connection replicate each other&apos;s new indices, without loops</source>
        <translation>让此集群与另一个已保存的连接相互复制对方的新索引，且不会形成循环</translation>
    </message>
    <message>
        <source>Set up &amp;bi-directional replication…</source>
        <translation>设置双向复制(&amp;B)…</translation>
    </message>
    <message>
        <source>Replication by remote cluster</source>
        <translation>按远程集群划分的复制</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>After a failover, once this cluster is back: make it follow the promoted cluster, then optionally switch back</source>
        <translation>故障转移后，待此集群恢复：让它跟随已提升的集群，然后可选择切回</translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation>故障回切(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>EditFollowerDialog</name>
    <message>
        <source>Edit follower index</source>
        <translation>编辑追随者索引</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Elasticsearch only takes new settings when replication resumes: saving pauses replication of this follower and resumes it with the settings below. Nothing is lost; the follower catches up after the resume.</source>
        <translation>Elasticsearch 仅在恢复复制时才采用新设置：保存会暂停此追随者的复制，并以下方设置恢复。不会丢失任何数据；恢复后追随者会追上进度。</translation>
    </message>
    <message>
        <source>Resume with previous settings</source>
        <translation>以先前设置恢复</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FailbackDialog</name>
    <message>
        <source>Fail back</source>
        <translation>故障回切</translation>
    </message>
    <message>
        <source>&amp;Promoted cluster:</source>
        <translation>已提升的集群(&amp;P)：</translation>
    </message>
    <message>
        <source>The saved connection to the cluster that was promoted when this one was lost</source>
        <translation>此集群丢失时被提升的那个集群的已保存连接</translation>
    </message>
    <message>
        <source>&amp;Remote cluster here:</source>
        <translation>此处的远程集群(&amp;R)：</translation>
    </message>
    <message>
        <source>The remote cluster alias on this cluster that points to the promoted cluster (added when missing)</source>
        <translation>此集群上指向已提升集群的远程集群别名（缺失时会添加）</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>步骤和索引</translation>
    </message>
    <message>
        <source>Docs here</source>
        <translation>本集群文档数</translation>
    </message>
    <message>
        <source>Documents in the index on this cluster</source>
        <translation>此集群上该索引中的文档数</translation>
    </message>
    <message>
        <source>Docs promoted</source>
        <translation>已提升集群文档数</translation>
    </message>
    <message>
        <source>Documents in the index on the promoted cluster</source>
        <translation>已提升集群上该索引中的文档数</translation>
    </message>
    <message>
        <source>Seq. no. here</source>
        <translation>本集群序列号</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on this cluster</source>
        <translation>此集群上该索引的最大序列号</translation>
    </message>
    <message>
        <source>Seq. no. promoted</source>
        <translation>已提升集群序列号</translation>
    </message>
    <message>
        <source>Highest sequence number of the index on the promoted cluster</source>
        <translation>已提升集群上该索引的最大序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Fail over</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>步骤和索引</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>故障转移(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FollowManyDialog</name>
    <message>
        <source>Follow existing leader indices</source>
        <translation>跟随现有领导者索引</translation>
    </message>
    <message>
        <source>Follows leader indices that already exist on a remote cluster. Auto-follow patterns only pick up indices created after the pattern; this follows the ones that are there now.</source>
        <translation>跟随远程集群上已存在的领导者索引。自动跟随模式只会处理模式创建之后新建的索引；此功能跟随当前已有的索引。</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Leader index patterns</source>
        <translation>领导者索引模式</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logs-*, metrics-*</source>
        <translation>以逗号分隔，例如 logs-*, metrics-*</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>排除模式</translation>
    </message>
    <message>
        <source>Optional, comma-separated, e.g. logs-old-*</source>
        <translation>可选，以逗号分隔，例如 logs-old-*</translation>
    </message>
    <message>
        <source>Follower index name</source>
        <translation>追随者索引名称</translation>
    </message>
    <message>
        <source>{{leader_index}} is replaced with each leader index&apos;s name, e.g. {{leader_index}}-copy</source>
        <translation>{{leader_index}} 会替换为各领导者索引的名称，例如 {{leader_index}}-copy</translation>
    </message>
    <message>
        <source>Find leader indices</source>
        <translation>查找领导者索引</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This table is the dry run: nothing is followed until you press Follow.</source>
        <translation>此表为试运行结果：在您按下“跟随”之前不会跟随任何索引。</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Also create an auto-follow pattern named</source>
        <translation>同时创建自动跟随模式，名称为</translation>
    </message>
    <message>
        <source>so new indices follow too</source>
        <translation>以便新索引也被跟随</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FollowParametersEditor</name>
    <message>
        <source>Leave a field empty to use Elasticsearch&apos;s default, shown in grey.</source>
        <translation>字段留空则使用 Elasticsearch 的默认值（以灰色显示）。</translation>
    </message>
    <message>
        <source>Read batch (operations)</source>
        <translation>读取批次（操作数）</translation>
    </message>
    <message>
        <source>max_read_request_operation_count: The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>max_read_request_operation_count：单个读取请求从领导者拉取的最大操作数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>The most operations pulled from the leader in one read request. A whole number, at least 1.</source>
        <translation>单个读取请求从领导者拉取的最大操作数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <source>Clear the value so Elasticsearch applies its default</source>
        <translation>清除该值，让 Elasticsearch 使用其默认值</translation>
    </message>
    <message>
        <source>Read batch (size)</source>
        <translation>读取批次（大小）</translation>
    </message>
    <message>
        <source>max_read_request_size: The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>max_read_request_size：单个读取请求从领导者拉取的最大字节数，例如 32mb。单位：b、kb、mb、gb、tb、pb。</translation>
    </message>
    <message>
        <source>The most bytes pulled from the leader in one read request, e.g. 32mb. Units: b, kb, mb, gb, tb, pb.</source>
        <translation>单个读取请求从领导者拉取的最大字节数，例如 32mb。单位：b、kb、mb、gb、tb、pb。</translation>
    </message>
    <message>
        <source>Parallel reads</source>
        <translation>并行读取</translation>
    </message>
    <message>
        <source>max_outstanding_read_requests: The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>max_outstanding_read_requests：同时等待领导者应答的最大读取请求数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>The most read requests waiting for an answer from the leader at once. A whole number, at least 1.</source>
        <translation>同时等待领导者应答的最大读取请求数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>Write batch (operations)</source>
        <translation>写入批次（操作数）</translation>
    </message>
    <message>
        <source>max_write_request_operation_count: The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>max_write_request_operation_count：单个批量请求写入追随者的最大操作数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>The most operations written to the follower in one bulk request. A whole number, at least 1.</source>
        <translation>单个批量请求写入追随者的最大操作数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>Write batch (size)</source>
        <translation>写入批次（大小）</translation>
    </message>
    <message>
        <source>max_write_request_size: The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>max_write_request_size：单个批量请求写入追随者的最大字节数，例如 16mb。</translation>
    </message>
    <message>
        <source>The most bytes written to the follower in one bulk request, e.g. 16mb.</source>
        <translation>单个批量请求写入追随者的最大字节数，例如 16mb。</translation>
    </message>
    <message>
        <source>Parallel writes</source>
        <translation>并行写入</translation>
    </message>
    <message>
        <source>max_outstanding_write_requests: The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>max_outstanding_write_requests：在追随者上同时运行的最大批量写入请求数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>The most bulk write requests running on the follower at once. A whole number, at least 1.</source>
        <translation>在追随者上同时运行的最大批量写入请求数。整数，至少为 1。</translation>
    </message>
    <message>
        <source>Write buffer (operations)</source>
        <translation>写入缓冲区（操作数）</translation>
    </message>
    <message>
        <source>max_write_buffer_count: The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>max_write_buffer_count：等待写入的最大操作数；缓冲区超出此值时，从领导者的读取将等待。</translation>
    </message>
    <message>
        <source>The most operations waiting to be written; when the buffer holds more, reads from the leader wait.</source>
        <translation>等待写入的最大操作数；缓冲区超出此值时，从领导者的读取将等待。</translation>
    </message>
    <message>
        <source>Write buffer (size)</source>
        <translation>写入缓冲区（大小）</translation>
    </message>
    <message>
        <source>max_write_buffer_size: The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>max_write_buffer_size：等待写入的最大字节数；缓冲区超出此值时，从领导者的读取将等待，例如 512mb。</translation>
    </message>
    <message>
        <source>The most bytes waiting to be written; when the buffer holds more, reads from the leader wait, e.g. 512mb.</source>
        <translation>等待写入的最大字节数；缓冲区超出此值时，从领导者的读取将等待，例如 512mb。</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>最长重试延迟</translation>
    </message>
    <message>
        <source>max_retry_delay: The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>max_retry_delay：重试失败操作前的最长等待时间，例如 500ms 或 10s。最多 5m。</translation>
    </message>
    <message>
        <source>The longest wait before retrying a failed operation, e.g. 500ms or 10s. At most 5m.</source>
        <translation>重试失败操作前的最长等待时间，例如 500ms 或 10s。最多 5m。</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>读取轮询超时</translation>
    </message>
    <message>
        <source>read_poll_timeout: How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>read_poll_timeout：追随者已追上时，一次读取在领导者上等待新操作的时长，例如 1m。</translation>
    </message>
    <message>
        <source>How long a read waits for new operations on the leader when the follower has caught up, e.g. 1m.</source>
        <translation>追随者已追上时，一次读取在领导者上等待新操作的时长，例如 1m。</translation>
    </message>
</context>
<context>
    <name>FollowerListStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Choose a connection in the toolbar to see its follower indices.</source>
        <translation>在工具栏中选择一个连接以查看其追随者索引。</translation>
    </message>
    <message>
        <source>Cross-cluster replication is not licensed</source>
        <translation>跨集群复制未获许可</translation>
    </message>
    <message>
        <source>This cluster runs with a “%1” license. Cross-cluster replication needs an active platinum, enterprise or trial license: start a trial or install a license, then check again.</source>
        <translation>此集群使用“%1”许可证。跨集群复制需要有效的 platinum、enterprise 或 trial 许可证：请开始试用或安装许可证，然后重新检查。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>The follower indices could not be loaded</source>
        <translation>无法加载追随者索引</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or “manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator to add them to your role.</source>
        <translation>
            <numerusform>该用户缺少集群权限 %1。读取追随者索引需要“monitor”（或“manage_ccr”）；创建、暂停和恢复追随者索引需要“manage_ccr”。请让管理员将这些权限添加到您的角色。</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not have permission to view follower indices</source>
        <translation>您没有查看追随者索引的权限</translation>
    </message>
    <message>
        <source>Loading follower indices…</source>
        <translation>正在加载追随者索引…</translation>
    </message>
    <message>
        <source>No remote clusters yet</source>
        <translation>尚无远程集群</translation>
    </message>
    <message>
        <source>A follower index copies a leader index from a remote cluster, and this cluster knows no remote cluster yet. Add the leader cluster as a remote cluster first (the cluster setting cluster.remote.&lt;alias&gt;.seeds), then create a follower index.</source>
        <translation>追随者索引从远程集群复制领导者索引，而此集群尚不知道任何远程集群。请先将领导者集群添加为远程集群（集群设置 cluster.remote.&lt;alias&gt;.seeds），然后创建追随者索引。</translation>
    </message>
    <message>
        <source>Set up a remote cluster…</source>
        <translation>设置远程集群…</translation>
    </message>
    <message>
        <source>Create your first follower index</source>
        <translation>创建您的第一个追随者索引</translation>
    </message>
    <message>
        <source>A follower index replicates a leader index of a remote cluster. Create one to start replicating.</source>
        <translation>追随者索引复制远程集群的领导者索引。创建一个以开始复制。</translation>
    </message>
    <message>
        <source>Create a follower index…</source>
        <translation>创建追随者索引…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of Duper&apos;s window; applies at once</source>
        <translation>Duper 窗口的语言；立即生效</translation>
    </message>
    <message>
        <source>Default &amp;auto-refresh:</source>
        <translation>默认自动刷新(&amp;A)：</translation>
    </message>
    <message>
        <source>How often lists refresh by themselves, until you pick another interval on a list</source>
        <translation>列表自动刷新的频率，直到您在某个列表上选择其他间隔</translation>
    </message>
    <message>
        <source>Ask before &amp;pausing or resuming</source>
        <translation>暂停或恢复前询问(&amp;P)</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>网络代理</translation>
    </message>
    <message>
        <source>Proxies that need a password are not supported: a password would belong in the system keychain, not in the settings file.</source>
        <translation>不支持需要密码的代理：密码应保存在系统钥匙串中，而不是设置文件中。</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手动代理(&amp;M)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>复制历史</translation>
    </message>
    <message>
        <source>Duper keeps each follower&apos;s lag, rate and status from every refresh in a file in its data folder.</source>
        <translation>Duper 将每个追随者索引每次刷新时的延迟、速率和状态保存在其数据文件夹中的一个文件里。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How long the figures of every refresh are kept</source>
        <translation>每次刷新的数值保留多久</translation>
    </message>
    <message>
        <source>Per-minute &amp;figures for:</source>
        <translation>保留每分钟数值的时长(&amp;F)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How long each minute&apos;s minimum, average and maximum are kept; older history is dropped</source>
        <translation>每分钟的最小值、平均值和最大值保留多久；更早的历史将被删除</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>大小上限(&amp;Z)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The most the history file may take on disk; the oldest figures go first</source>
        <translation>历史文件在磁盘上最多可占用的空间；最旧的数值最先删除</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Replication &amp;history</source>
        <translation>复制历史(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;very refresh for:</source>
        <translation>保留每次刷新的时长(&amp;V)：</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>告警(&amp;R)</translation>
    </message>
    <message>
        <source>Alert rules are kept per connection: connect to a cluster to edit its rules.</source>
        <translation>告警规则按连接保存：请连接到集群以编辑其规则。</translation>
    </message>
</context>
<context>
    <name>PrivilegePreflightPanel</name>
    <message>
        <source>Send anyway, without these privileges</source>
        <translation>仍然发送（不具备这些权限）</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>重新打开索引</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RemoteClusterDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>添加远程集群</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>Connection mode</source>
        <translation>连接模式</translation>
    </message>
    <message>
        <source>&amp;Sniff: connect to seed nodes, then to the gateway nodes they report</source>
        <translation>Sniff(&amp;S)：连接到种子节点，再连接到它们报告的网关节点</translation>
    </message>
    <message>
        <source>&amp;Proxy: connect through one address (a load balancer or proxy)</source>
        <translation>Proxy(&amp;P)：通过一个地址连接（负载均衡器或代理）</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>种子节点(&amp;E)</translation>
    </message>
    <message>
        <source>One transport address per line, e.g. 10.0.0.5:9300</source>
        <translation>每行一个传输地址，例如 10.0.0.5:9300</translation>
    </message>
    <message>
        <source>No&amp;de connections</source>
        <translation>节点连接数(&amp;D)</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>代理地址(&amp;A)</translation>
    </message>
    <message>
        <source>proxy.example.com:9400</source>
        <translation>proxy.example.com:9400</translation>
    </message>
    <message>
        <source>Se&amp;rver name</source>
        <translation>服务器名称(&amp;R)</translation>
    </message>
    <message>
        <source>optional: the TLS server name (SNI) the proxy expects</source>
        <translation>可选：代理所需的 TLS 服务器名称（SNI）</translation>
    </message>
    <message>
        <source>Soc&amp;ket connections</source>
        <translation>套接字连接数(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;kip this cluster in cross-cluster searches when it is unavailable</source>
        <translation>此集群不可用时在跨集群搜索中跳过它(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the setting</source>
        <translation>保留该设置</translation>
    </message>
    <message>
        <source>&amp;Persistent: survives a full cluster restart</source>
        <translation>持久(&amp;P)：完整重启集群后仍然保留</translation>
    </message>
    <message>
        <source>&amp;Transient: lost on a full cluster restart</source>
        <translation>临时(&amp;T)：完整重启集群后丢失</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
</context>
<context>
    <name>RemoteClusterTexts</name>
    <message>
        <source>“%1” is connected through %2 (%3 of %4 sockets open).</source>
        <translation>“%1”已通过 %2 连接（%4 个套接字中 %3 个已打开）。</translation>
    </message>
    <message>
        <source>“%1” is connected (%2 of %3 nodes).</source>
        <translation>“%1”已连接（%3 个节点中的 %2 个）。</translation>
    </message>
    <message>
        <source>“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.</source>
        <translation>“%1”已保存，但 Elasticsearch 尚未报告与它的连接。请稍后刷新。</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.</source>
        <translation>“%1”已保存但未连接：%2 处没有集群应答。请检查该地址是否为远程集群的传输端口（通常为 9300，而不是 HTTP 端口 9200），以及此集群能否访问它。</translation>
    </message>
    <message>
        <source>Delete the remote cluster “%1”? This cluster forgets how to reach it.</source>
        <translation>删除远程集群“%1”？此集群将不再知道如何访问它。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 以及另外 %2 个</translation>
    </message>
    <message>
        <source>1 follower index replicates through it and will stop replicating: %1.</source>
        <translation>1 个追随者索引通过它复制，将停止复制：%1。</translation>
    </message>
    <message>
        <source>%1 follower indices replicate through it and will stop replicating: %2.</source>
        <translation>%1 个追随者索引通过它复制，将停止复制：%2。</translation>
    </message>
    <message>
        <source>Select a remote cluster to see its details.</source>
        <translation>选择一个远程集群以查看其详细信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
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
        <translation>代理地址</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sockets connected</source>
        <translation>已连接套接字</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子节点</translation>
    </message>
    <message>
        <source>Nodes connected</source>
        <translation>已连接节点</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>跳过不可用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Initial connect timeout</source>
        <translation>初始连接超时</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>“%1” is saved but not connected through its API key at %2. Likely causes: the keystore entry cluster.remote.%1.credentials is missing on a node, secure settings were not reloaded on every node after it was added, or the key was invalidated or expired on the remote cluster.</source>
        <translation>“%1”已保存，但未通过其 API 密钥连接到 %2。可能的原因：某个节点上缺少密钥库条目 cluster.remote.%1.credentials；添加该条目后并非每个节点都重新加载了安全设置；或者该密钥已在远程集群上失效或过期。</translation>
    </message>
    <message>
        <source>“%1” points at a remote cluster server address (%2), but Elasticsearch reports no API key for it: add cluster.remote.%1.credentials to the keystore of every node, then reload secure settings.</source>
        <translation>“%1”指向远程集群服务器地址（%2），但 Elasticsearch 报告其没有 API 密钥：请将 cluster.remote.%1.credentials 添加到每个节点的密钥库，然后重新加载安全设置。</translation>
    </message>
    <message>
        <source>Certificate: TLS on the transport port</source>
        <translation>证书：传输端口上的 TLS</translation>
    </message>
    <message>
        <source>API key, stored in this cluster&apos;s keystore (cluster.remote.%1.credentials)</source>
        <translation>API 密钥，存储在此集群的密钥库中（cluster.remote.%1.credentials）</translation>
    </message>
    <message>
        <source>API key, but no credential is in force: cluster.remote.%1.credentials is missing from the keystore or secure settings were not reloaded</source>
        <translation>API 密钥，但没有生效的凭据：密钥库中缺少 cluster.remote.%1.credentials，或安全设置未重新加载</translation>
    </message>
</context>
<context>
    <name>RemoteSecurityChoiceDialog</name>
    <message>
        <source>Add remote cluster</source>
        <translation>添加远程集群</translation>
    </message>
    <message>
        <source>How does this cluster authenticate to the remote (leader) cluster?</source>
        <translation>此集群如何向远程（领导者）集群进行身份验证？</translation>
    </message>
    <message>
        <source>Cross-cluster &amp;API key (recommended)</source>
        <translation>跨集群 API 密钥(&amp;A)（推荐）</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s remote cluster server (port 9443) with a key that allows only the indices you choose. Elasticsearch 8.14 or later. Duper creates the key and guides you through the rest.</source>
        <translation>使用仅允许您所选索引的密钥连接到领导者的远程集群服务器（端口 9443）。需要 Elasticsearch 8.14 或更高版本。Duper 会创建密钥并引导您完成其余步骤。</translation>
    </message>
    <message>
        <source>TLS &amp;certificate</source>
        <translation>TLS 证书(&amp;C)</translation>
    </message>
    <message>
        <source>Connects to the leader&apos;s transport port (9300) trusting both clusters&apos; certificates. Deprecated in Elasticsearch 9: choose it only for older clusters or an existing set-up.</source>
        <translation>信任两个集群的证书，连接到领导者的传输端口（9300）。已在 Elasticsearch 9 中弃用：仅在较旧的集群或现有配置中选择此项。</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>As Kibana&apos;s Dev Tools console reads it</source>
        <translation>按 Kibana 开发工具控制台的格式</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>As a shell command; add your credentials</source>
        <translation>作为 shell 命令；请添加您的凭据</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>SwitchBackPage</name>
    <message>
        <source>Remote cluster &amp;back:</source>
        <translation>回指的远程集群(&amp;B)：</translation>
    </message>
    <message>
        <source>The remote cluster alias on the promoted cluster that points back to this one (as before the failover)</source>
        <translation>已提升集群上指回此集群的远程集群别名（与故障转移前相同）</translation>
    </message>
    <message>
        <source>Step and index</source>
        <translation>步骤和索引</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>duper</name>
    <message>
        <source>create the follower index</source>
        <translation>创建追随者索引</translation>
    </message>
    <message>
        <source>create the follower indices</source>
        <translation>创建追随者索引</translation>
    </message>
    <message>
        <source>create the auto-follow pattern and the followers it makes</source>
        <translation>创建自动跟随模式及其生成的追随者</translation>
    </message>
    <message>
        <source>fail over (pause, close, unfollow and open the followers)</source>
        <translation>执行故障转移（暂停、关闭、取消跟随并打开追随者）</translation>
    </message>
    <message>
        <source>following, pausing, resuming and unfollowing indices, and managing auto-follow patterns</source>
        <translation>跟随、暂停、恢复和取消跟随索引，以及管理自动跟随模式</translation>
    </message>
    <message>
        <source>reading follower statistics, CCR statistics and remote cluster information</source>
        <translation>读取追随者统计信息、CCR 统计信息和远程集群信息</translation>
    </message>
    <message>
        <source>changing cluster settings, such as adding or removing remote clusters</source>
        <translation>更改集群设置，例如添加或删除远程集群</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>duper::AlertRules</name>
    <message>
        <source>%1 lag %2 ops &gt; %3</source>
        <translation>%1 延迟 %2 个操作 &gt; %3</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3) and has been above %4 for %5.</source>
        <translation>%1 落后其领导者 %2 个操作（上限 %3），且已超过 %4 达 %5。</translation>
    </message>
    <message>
        <source>%1 is %2 operations behind its leader (limit %3).</source>
        <translation>%1 落后其领导者 %2 个操作（上限 %3）。</translation>
    </message>
    <message>
        <source>%1 last read %2 ago &gt; %3</source>
        <translation>%1 上次读取于 %2 前 &gt; %3</translation>
    </message>
    <message>
        <source>%1 last read from its leader %2 ago (limit %3): check the remote cluster connection.</source>
        <translation>%1 上次从其领导者读取是在 %2 前（上限 %3）：请检查远程集群连接。</translation>
    </message>
    <message>
        <source>%1 read exceptions: %2</source>
        <translation>%1 读取异常：%2</translation>
    </message>
    <message>
        <source>%1 fatal error</source>
        <translation>%1 致命错误</translation>
    </message>
    <message>
        <source>%1 stopped replicating on a fatal error: %2</source>
        <translation>%1 因致命错误停止复制：%2</translation>
    </message>
    <message>
        <source>read from the leader index</source>
        <translation>从领导者索引读取</translation>
    </message>
    <message>
        <source>The period has passed: resuming will probably fail and the follower must be recreated.</source>
        <translation>该期限已过：恢复很可能失败，必须重新创建追随者。</translation>
    </message>
    <message>
        <source>Resume it within %1, or it must be recreated.</source>
        <translation>请在 %1 内恢复，否则必须重新创建。</translation>
    </message>
    <message>
        <source>At most %1 remain before resuming fails and the follower must be recreated.</source>
        <translation>最多还剩 %1，之后恢复将失败，必须重新创建追随者。</translation>
    </message>
    <message>
        <source>%1 paused %2 (%3% of %4)</source>
        <translation>%1 已暂停 %2（%4 的 %3%）</translation>
    </message>
    <message>
        <source>%1 has been paused for %2, %3% of its leader&apos;s retention lease period of %4 (%5). %6</source>
        <translation>%1 已暂停 %2，占其领导者保留租约期限 %4 的 %3%（%5）。%6</translation>
    </message>
    <message>
        <source>%1 paused at least %2 of %3 (start unknown)</source>
        <translation>%1 已暂停至少 %2，期限 %3（开始时间未知）</translation>
    </message>
    <message>
        <source>%1 paused (since when is unknown)</source>
        <translation>%1 已暂停（开始时间未知）</translation>
    </message>
    <message>
        <source>%1 is paused, for at least %2: it was already paused when first seen, and Elasticsearch does not record since when. Its leader keeps the operations it needs for %3 (%4). %5</source>
        <translation>%1 已暂停至少 %2：首次看到时就已暂停，而 Elasticsearch 不记录暂停开始时间。其领导者会将所需操作保留 %3（%4）。%5</translation>
    </message>
    <message>
        <source>%1 is paused; since when is not known (Elasticsearch does not record it). Its leader keeps the operations it needs for %2 (%3). %4</source>
        <translation>%1 已暂停；开始时间未知（Elasticsearch 不记录）。其领导者会将所需操作保留 %2（%3）。%4</translation>
    </message>
    <message>
        <source>assumed %1 default: no leader connection given</source>
        <translation>假定为默认值 %1：未提供领导者连接</translation>
    </message>
    <message>
        <source>assumed %1 default: %2</source>
        <translation>假定为默认值 %1：%2</translation>
    </message>
    <message>
        <source>%1 fails to read from its leader (%2, %3; Elasticsearch retries): %4</source>
        <translation>%1 无法从其领导者读取（%2，%3；Elasticsearch 会重试）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n read exceptions</source>
        <translation>
            <numerusform>%n 个读取异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed reads</source>
        <translation>
            <numerusform>%1 次读取失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::AlertStateFile</name>
    <message>
        <source>could not read the state file %1: %2</source>
        <translation>无法读取状态文件 %1：%2</translation>
    </message>
    <message>
        <source>the state file %1 is not one duper wrote; starting afresh</source>
        <translation>状态文件 %1 不是 duper 写入的；将重新开始</translation>
    </message>
    <message>
        <source>could not write the state file %1: %2</source>
        <translation>无法写入状态文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigration</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>没有到追随者集群的连接</translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>远程集群 %1 已通过凭据连接</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>使用已为远程集群 %1 保存的密钥</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>没有到领导者集群的连接，无法在其上创建密钥</translation>
    </message>
    <message>
        <source>give the leader index patterns the new key may replicate</source>
        <translation>请指定新密钥可复制的领导者索引模式</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>领导者集群未创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>已创建密钥 %1（id %2）</translation>
    </message>
    <message>
        <source>paused by the earlier run</source>
        <translation>已由上次运行暂停</translation>
    </message>
    <message>
        <source>no active follower or pattern uses %1</source>
        <translation>没有活动的追随者或模式使用 %1</translation>
    </message>
    <message>
        <source>could not pause: %1</source>
        <translation>无法暂停：%1</translation>
    </message>
    <message>
        <source>the switch was stopped</source>
        <translation>切换已停止</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2 with the key</source>
        <translation>远程集群 %1 现在凭密钥使用 %2</translation>
    </message>
    <message>
        <source>nothing was paused</source>
        <translation>未暂停任何内容</translation>
    </message>
    <message>
        <source>could not resume: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>could not read the follower cluster back</source>
        <translation>无法回读追随者集群</translation>
    </message>
    <message>
        <source>remote cluster %1 is not connected with a credential</source>
        <translation>远程集群 %1 未通过凭据连接</translation>
    </message>
    <message>
        <source>not active again: %1</source>
        <translation>未重新激活：%1</translation>
    </message>
    <message numerus="yes">
        <source>remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active</source>
        <translation>
            <numerusform>远程集群 %1 已通过跨集群 API 密钥连接；%n 个追随者处于活动状态</numerusform>
        </translation>
    </message>
    <message>
        <source>could not put back the settings of remote cluster %1 (%2); run the migration again, or set them by hand</source>
        <translation>无法还原远程集群 %1 的设置（%2）；请再次运行迁移，或手动设置</translation>
    </message>
    <message>
        <source>the settings are back, but could not resume: %1</source>
        <translation>设置已还原，但无法恢复：%1</translation>
    </message>
    <message>
        <source>If cluster.remote.%1.credentials went into the nodes&apos; keystores, remove it there (bin/elasticsearch-keystore remove cluster.remote.%1.credentials) and reload the secure settings: an alias with a credential connects with the API-key model only</source>
        <translation>如果 cluster.remote.%1.credentials 已写入节点的密钥库，请将其从中删除（bin/elasticsearch-keystore remove cluster.remote.%1.credentials）并重新加载安全设置：带有凭据的别名只会以 API 密钥模型连接</translation>
    </message>
    <message>
        <source>Cannot write the migration state %1: %2</source>
        <translation>无法写入迁移状态 %1：%2</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>Pause the followers and auto-follow patterns</source>
        <translation>暂停追随者和自动跟随模式</translation>
    </message>
    <message>
        <source>Switch the remote cluster to the API key</source>
        <translation>将远程集群切换到 API 密钥</translation>
    </message>
    <message>
        <source>Resume what was paused</source>
        <translation>恢复已暂停的内容</translation>
    </message>
    <message>
        <source>Verify the connection and the followers</source>
        <translation>验证连接和追随者</translation>
    </message>
    <message>
        <source>Roll back to the previous settings</source>
        <translation>回滚到先前的设置</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n 个追随者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s)</source>
        <translation>
            <numerusform>%n 个自动跟随模式</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 paused</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>已暂停%1和%2</translation>
    </message>
    <message>
        <source>%1 and %2 resumed</source>
        <extracomment>%1 is &quot;3 followers&quot;, %2 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>已恢复%1和%2</translation>
    </message>
    <message>
        <source>remote cluster %1 is back on %2; %3 and %4 resumed</source>
        <extracomment>%3 is &quot;3 followers&quot;, %4 &quot;2 auto-follow patterns&quot;</extracomment>
        <translation>远程集群 %1 已改回 %2；已恢复%3和%4</translation>
    </message>
    <message>
        <source>remote cluster %1 stays on %2; %3 and %4 resumed</source>
        <translation>远程集群 %1 保持 %2 不变；已恢复%3和%4</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlan</name>
    <message>
        <source>remote cluster %1 is set in the transient cluster settings: make it persistent first, the migration writes the persistent ones</source>
        <translation>远程集群 %1 设置在临时集群设置中：请先将其改为持久设置，迁移会写入持久设置</translation>
    </message>
    <message>
        <source>the follower cluster&apos;s settings have no remote cluster %1 (a remote set in elasticsearch.yml cannot be changed over the REST API)</source>
        <translation>追随者集群的设置中没有远程集群 %1（在 elasticsearch.yml 中设置的远程无法通过 REST API 更改）</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 上的 proxy 模式</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>%1 上的 sniff 模式</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyMigrationPlanner</name>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>无法读取追随者集群的设置</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>无法读取追随者集群的远程集群</translation>
    </message>
    <message>
        <source>could not read the follower indices</source>
        <translation>无法读取追随者索引</translation>
    </message>
    <message>
        <source>could not read the auto-follow patterns</source>
        <translation>无法读取自动跟随模式</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetup</name>
    <message>
        <source>there is no connection to the follower cluster</source>
        <translation>没有到追随者集群的连接</translation>
    </message>
    <message>
        <source>using the key already kept for remote cluster %1</source>
        <translation>使用已为远程集群 %1 保存的密钥</translation>
    </message>
    <message>
        <source>there is no connection to the leader cluster to create the key on</source>
        <translation>没有到领导者集群的连接，无法在其上创建密钥</translation>
    </message>
    <message>
        <source>The leader&apos;s user needs the manage_security cluster privilege.</source>
        <translation>领导者的用户需要 manage_security 集群权限。</translation>
    </message>
    <message>
        <source>the leader cluster did not create the cross-cluster API key</source>
        <translation>领导者集群未创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>created key %1 (id %2)</source>
        <translation>已创建密钥 %1（id %2）</translation>
    </message>
    <message>
        <source>give the leader&apos;s remote cluster server address, or a connection to the leader to read it</source>
        <translation>请指定领导者的远程集群服务器地址，或指定一个到领导者的连接以读取该地址</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s nodes</source>
        <translation>无法读取追随者集群的节点</translation>
    </message>
    <message>
        <source>could not read the leader cluster&apos;s nodes</source>
        <translation>无法读取领导者集群的节点</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s identity</source>
        <translation>无法读取追随者集群的标识</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s settings</source>
        <translation>无法读取追随者集群的设置</translation>
    </message>
    <message>
        <source>could not read the follower cluster&apos;s remote clusters</source>
        <translation>无法读取追随者集群的远程集群</translation>
    </message>
    <message>
        <source>the leader cluster runs no remote cluster server: enable it on its nodes (remote_cluster_server.enabled: true in elasticsearch.yml), or give its address</source>
        <translation>领导者集群没有运行远程集群服务器：请在其节点上启用它（在 elasticsearch.yml 中设置 remote_cluster_server.enabled: true），或指定其地址</translation>
    </message>
    <message numerus="yes">
        <source>%n follower node(s); the remote will use %1</source>
        <translation>
            <numerusform>%n 个追随者节点；远程将使用 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already connects with a credential</source>
        <translation>远程集群 %1 已通过凭据连接</translation>
    </message>
    <message>
        <source>run by the user on every node</source>
        <translation>由用户在每个节点上运行</translation>
    </message>
    <message numerus="yes">
        <source>run &quot;%1&quot; on each of the %n node(s) and paste the key at its prompt</source>
        <translation>
            <numerusform>在 %n 个节点的每一个上运行 &quot;%1&quot;，并在其提示处粘贴密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>the sandbox did not store the credential</source>
        <translation>沙盒未存储凭据</translation>
    </message>
    <message>
        <source>stored by the emulator</source>
        <translation>由模拟器存储</translation>
    </message>
    <message>
        <source>the follower cluster did not reload its secure settings</source>
        <translation>追随者集群未重新加载其安全设置</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on that node, then run this again.</source>
        <translation>
            <numerusform>%2 个节点中有 %1 个无法重新加载：%3。请确认密钥库命令已在该节点上运行，然后再次运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) reloaded</source>
        <translation>
            <numerusform>已重新加载 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>remote cluster %1 already uses %2</source>
        <translation>远程集群 %1 已在使用 %2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected to %2 now, and its follower indices would switch to %3; confirm replacing it</source>
        <translation>远程集群 %1 当前连接到 %2，其追随者索引将切换到 %3；请确认替换它</translation>
    </message>
    <message>
        <source>the follower cluster did not save remote cluster %1</source>
        <translation>追随者集群未保存远程集群 %1</translation>
    </message>
    <message>
        <source>remote cluster %1 now uses %2</source>
        <translation>远程集群 %1 现在使用 %2</translation>
    </message>
    <message>
        <source>could not read the follower&apos;s remote clusters</source>
        <translation>无法读取追随者的远程集群</translation>
    </message>
    <message>
        <source>the follower cluster does not list remote cluster %1</source>
        <translation>追随者集群未列出远程集群 %1</translation>
    </message>
    <message>
        <source>remote cluster %1 has no credential in force: a node&apos;s keystore lacks cluster.remote.%1.credentials, or its secure settings were not reloaded</source>
        <translation>远程集群 %1 没有生效的凭据：某个节点的密钥库缺少 cluster.remote.%1.credentials，或其安全设置未重新加载</translation>
    </message>
    <message>
        <source>remote cluster %1 does not connect to %2: check that this is the leader&apos;s remote cluster server address (not its transport or HTTP address), that the follower&apos;s nodes reach it, and that the key is still valid (not invalidated or expired)</source>
        <translation>远程集群 %1 无法连接到 %2：请检查这是否为领导者的远程集群服务器地址（而不是其传输地址或 HTTP 地址）、追随者的节点能否访问它，以及密钥是否仍然有效（未失效或过期）</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 上的 proxy 模式</translation>
    </message>
    <message>
        <source>sniff mode on %1</source>
        <translation>%1 上的 sniff 模式</translation>
    </message>
    <message>
        <source>Create the cross-cluster API key</source>
        <translation>创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>Read the nodes of both clusters</source>
        <translation>读取两个集群的节点</translation>
    </message>
    <message>
        <source>Store the key in every node&apos;s keystore</source>
        <translation>将密钥存入每个节点的密钥库</translation>
    </message>
    <message>
        <source>Reload the secure settings</source>
        <translation>重新加载安全设置</translation>
    </message>
    <message>
        <source>Add the remote cluster</source>
        <translation>添加远程集群</translation>
    </message>
    <message>
        <source>Verify the connection</source>
        <translation>验证连接</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>早已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>remote cluster %1 connects, but %2</source>
        <translation>远程集群 %1 可以连接，但%2</translation>
    </message>
    <message>
        <source>remote cluster %1 is connected with a cross-cluster API key; %2</source>
        <translation>远程集群 %1 已通过跨集群 API 密钥连接；%2</translation>
    </message>
</context>
<context>
    <name>duper::ApiKeyRemoteSetupSpec</name>
    <message>
        <source>give the remote cluster alias</source>
        <translation>请指定远程集群别名</translation>
    </message>
    <message>
        <source>give the leader index patterns the key may replicate</source>
        <translation>请指定该密钥可以复制的领导者索引模式</translation>
    </message>
    <message>
        <source>give either a proxy address or seeds, not both</source>
        <translation>请指定代理地址或种子节点之一，不能同时指定</translation>
    </message>
</context>
<context>
    <name>duper::AutoFollowPatternRules</name>
    <message>
        <source>Enter a name for the pattern.</source>
        <translation>请输入模式名称。</translation>
    </message>
    <message>
        <source>The name must not contain a comma.</source>
        <translation>名称不能包含逗号。</translation>
    </message>
    <message>
        <source>The name must not start with “_”.</source>
        <translation>名称不能以“_”开头。</translation>
    </message>
    <message>
        <source>The name is too long (%1 bytes; at most 255).</source>
        <translation>名称过长（%1 字节；最多 255）。</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>模式为空。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The follower index pattern must contain %1, or every leader index would get the same follower.</source>
        <translation>追随者索引模式必须包含 %1，否则每个领导者索引都会得到同一个追随者。</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalPlan</name>
    <message>
        <source>it follows remote cluster %1</source>
        <translation>它跟随远程集群 %1</translation>
    </message>
    <message>
        <source>it follows %1</source>
        <translation>它跟随 %1</translation>
    </message>
    <message>
        <source>it excludes %1</source>
        <translation>它排除 %1</translation>
    </message>
    <message>
        <source>it names followers %1</source>
        <translation>它将追随者命名为 %1</translation>
    </message>
    <message>
        <source>Add the remote cluster aliases</source>
        <translation>添加远程集群别名</translation>
    </message>
    <message>
        <source>Create the auto-follow patterns</source>
        <translation>创建自动跟随模式</translation>
    </message>
    <message>
        <source>Read both patterns back</source>
        <translation>回读两个模式</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalReport</name>
    <message>
        <source>Bi-directional replication between %1 and %2</source>
        <translation>%1 与 %2 之间的双向复制</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>- %1 follows %2 through `%3` (%4) with the auto-follow pattern `%5` (%6): `%7` → `%8`</source>
        <translation>- %1 通过 `%3`（%4）使用自动跟随模式 `%5`（%6）跟随 %2：`%7` → `%8`</translation>
    </message>
</context>
<context>
    <name>duper::BidirectionalRun</name>
    <message>
        <source>Auto-follow pattern %1 already exists on %2 and differs: %3.</source>
        <translation>自动跟随模式 %1 已存在于 %2 上且不同：%3。</translation>
    </message>
    <message>
        <source>%1 told no transport address to connect to.</source>
        <translation>%1 未提供可连接的传输地址。</translation>
    </message>
    <message>
        <source>Not created: the remote alias %1 could not be added.</source>
        <translation>未创建：无法添加远程别名 %1。</translation>
    </message>
    <message>
        <source>The pattern is missing.</source>
        <translation>模式缺失。</translation>
    </message>
    <message>
        <source>Could not read the pattern back: %1</source>
        <translation>无法回读模式：%1</translation>
    </message>
</context>
<context>
    <name>duper::BulkFollowerOperation</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>取消跟随</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflight</name>
    <message>
        <source>The follower cluster&apos;s privileges: no connection to it.</source>
        <translation>追随者集群的权限：没有到该集群的连接。</translation>
    </message>
    <message>
        <source>Privileges: security is off on the follower cluster, so none is missing there.</source>
        <translation>权限：追随者集群未启用安全功能，因此那里不缺少任何权限。</translation>
    </message>
    <message>
        <source>The follower cluster&apos;s privileges: %1</source>
        <translation>追随者集群的权限：%1</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the remote clusters could not be read (%1).</source>
        <translation>领导者集群的权限：无法读取远程集群（%1）。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: the follower has no remote cluster %1.</source>
        <translation>领导者集群的权限：追随者上没有远程集群 %1。</translation>
    </message>
    <message>
        <source>The follower user&apos;s remote index privilege cross_cluster_replication for %1 on remote cluster %2 (Elasticsearch does not report remote index privileges).</source>
        <translation>追随者用户在远程集群 %2 上对 %1 的远程索引权限 cross_cluster_replication（Elasticsearch 不报告远程索引权限）。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges (read_ccr; monitor and read on the leader indices): no connection to the leader cluster.</source>
        <translation>领导者集群的权限（read_ccr；领导者索引上的 monitor 和 read）：没有到领导者集群的连接。</translation>
    </message>
    <message>
        <source>The leader cluster&apos;s privileges: %1</source>
        <translation>领导者集群的权限：%1</translation>
    </message>
    <message>
        <source>What the cross-cluster API key of remote cluster %1 allows to replicate</source>
        <translation>远程集群 %1 的跨集群 API 密钥允许复制的内容</translation>
    </message>
    <message>
        <source>%1: no connection to the leader cluster.</source>
        <translation>%1：没有到领导者集群的连接。</translation>
    </message>
    <message>
        <source>%1: no keychain.</source>
        <translation>%1：没有钥匙串。</translation>
    </message>
    <message>
        <source>%1: Duper does not keep the key in the keychain.</source>
        <translation>%1：Duper 未在钥匙串中保存该密钥。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the leader cluster does not know the key kept for remote cluster %1: it was deleted or belongs to another cluster</source>
        <translation>领导者集群不认识为远程集群 %1 保存的密钥：该密钥已被删除或属于另一个集群</translation>
    </message>
    <message>
        <source>the key of remote cluster %1 is invalidated or expired: every request through it is refused</source>
        <translation>远程集群 %1 的密钥已失效或过期：通过它的每个请求都会被拒绝</translation>
    </message>
    <message>
        <source>the cross-cluster API key %1 of remote cluster %2 only allows replicating %3: Elasticsearch refuses to follow this index with a security error</source>
        <translation>远程集群 %2 的跨集群 API 密钥 %1 只允许复制 %3：Elasticsearch 会以安全错误拒绝跟随此索引</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>追随者集群</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>领导者集群</translation>
    </message>
    <message>
        <source>%1: cluster privilege %2 is missing — %3</source>
        <translation>%1：缺少集群权限 %2 — %3</translation>
    </message>
    <message>
        <source>%1: privilege %2 on %3 is missing — %4</source>
        <translation>%1：缺少 %3 上的权限 %2 — %4</translation>
    </message>
</context>
<context>
    <name>duper::CcrPreflightRules</name>
    <message>
        <source>the follower cluster reads the leader&apos;s cluster state through the remote connection with it</source>
        <translation>追随者集群借此通过远程连接读取领导者的集群状态</translation>
    </message>
    <message>
        <source>the follower cluster reads the leader index&apos;s settings and shard history with it</source>
        <translation>追随者集群借此读取领导者索引的设置和分片历史</translation>
    </message>
    <message>
        <source>the follower cluster copies the leader index&apos;s documents with it</source>
        <translation>追随者集群借此复制领导者索引的文档</translation>
    </message>
    <message>
        <source>needed on the leader to %1</source>
        <translation>%1需要领导者上的此权限</translation>
    </message>
    <message>
        <source>needed to pause the followers and the auto-follow patterns</source>
        <translation>暂停追随者和自动跟随模式需要此权限</translation>
    </message>
    <message>
        <source>needed to %1</source>
        <translation>%1需要此权限</translation>
    </message>
    <message>
        <source>needed to close and unfollow the follower index</source>
        <translation>关闭追随者索引并取消跟随需要此权限</translation>
    </message>
    <message>
        <source>needed to turn the new index into a follower</source>
        <translation>将新索引变为追随者需要此权限</translation>
    </message>
    <message>
        <source>needed to open the index again after unfollowing it</source>
        <translation>取消跟随后重新打开索引需要此权限</translation>
    </message>
    <message>
        <source>needed to create the follower index and restore the leader&apos;s data into it</source>
        <translation>创建追随者索引并将领导者的数据恢复到其中需要此权限</translation>
    </message>
    <message>
        <source>needed to check that the follower index&apos;s shards are ready</source>
        <translation>检查追随者索引的分片是否就绪需要此权限</translation>
    </message>
    <message>
        <source>needed to read the follower index once it is created</source>
        <translation>创建后读取追随者索引需要此权限</translation>
    </message>
</context>
<context>
    <name>duper::CloudId</name>
    <message>
        <source>The Cloud ID is empty.</source>
        <translation>Cloud ID 为空。</translation>
    </message>
    <message>
        <source>A Cloud ID looks like “name:base64-text”; this one has no “:”.</source>
        <translation>Cloud ID 的格式为“name:base64-text”；此 Cloud ID 不含“:”。</translation>
    </message>
    <message>
        <source>The Cloud ID has nothing after the “:”.</source>
        <translation>Cloud ID 的“:”之后没有内容。</translation>
    </message>
    <message>
        <source>The part of the Cloud ID after the “:” is not valid base64.</source>
        <translation>Cloud ID 中“:”之后的部分不是有效的 base64。</translation>
    </message>
    <message>
        <source>The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”).</source>
        <translation>Cloud ID 不包含主机和 Elasticsearch id（“host$es-id$kibana-id”）。</translation>
    </message>
    <message>
        <source>The host in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID 中主机的端口无效。</translation>
    </message>
    <message>
        <source>The Elasticsearch id in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID 中 Elasticsearch id 的端口无效。</translation>
    </message>
    <message>
        <source>The Kibana id in the Cloud ID has an invalid port.</source>
        <translation>Cloud ID 中 Kibana id 的端口无效。</translation>
    </message>
    <message>
        <source>The Cloud ID does not decode to a valid host name.</source>
        <translation>Cloud ID 解码后不是有效的主机名。</translation>
    </message>
</context>
<context>
    <name>duper::ClusterSessionOpener</name>
    <message>
        <source>No secret was given, so Duper did not connect.</source>
        <translation>未提供密钥，因此 Duper 没有连接。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionProfile</name>
    <message>
        <source>The connection has no id; create it with ConnectionProfile::create().</source>
        <translation>连接没有 id；请使用 ConnectionProfile::create() 创建。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Add at least one node URL (http:// or https://) or an Elastic Cloud ID.</source>
        <translation>请至少添加一个节点 URL（http:// 或 https://）或一个 Elastic Cloud ID。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>“%1”没有主机名。</translation>
    </message>
    <message>
        <source>Put the user name and password in their fields, not in the URL “%1”.</source>
        <translation>请将用户名和密码填入各自的字段，而不是写在 URL“%1”中。</translation>
    </message>
    <message>
        <source>“%1” must not have a query or a fragment.</source>
        <translation>“%1”不能包含查询或片段。</translation>
    </message>
    <message>
        <source>The Elastic Cloud ID cannot be read: %1</source>
        <translation>无法读取 Elastic Cloud ID：%1</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic 身份验证需要用户名。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>客户端证书需要证书文件及其密钥文件。</translation>
    </message>
    <message>
        <source>The request timeout cannot be negative (0 means no limit).</source>
        <translation>请求超时不能为负数（0 表示不限制）。</translation>
    </message>
    <message>
        <source>The remote cluster alias “%1” must not contain “:” or spaces.</source>
        <translation>远程集群别名“%1”不能包含“:”或空格。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionStore</name>
    <message>
        <source>The connection id is not valid.</source>
        <translation>连接 id 无效。</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>已有另一个名为“%1”的连接。</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>无法保存连接：无法写入 %1。</translation>
    </message>
    <message>
        <source>There is no saved connection with the id “%1”.</source>
        <translation>没有 id 为“%1”的已保存连接。</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1 cannot be written.</source>
        <translation>无法删除连接：无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTestReport</name>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>duper::ConnectionTester</name>
    <message>
        <source>The connection has no URL to try.</source>
        <translation>该连接没有可尝试的 URL。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n URLs answered. The last one: %1</source>
        <translation>
            <numerusform>%n 个 URL 均未应答。最后一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the cluster “%1” (%2 %3) at %4.</source>
        <translation>已连接到位于 %4 的集群“%1”（%2 %3）。</translation>
    </message>
    <message>
        <source>Not checked: the connection failed.</source>
        <translation>未检查：连接失败。</translation>
    </message>
    <message>
        <source>The license could not be read: %1</source>
        <translation>无法读取许可证：%1</translation>
    </message>
    <message>
        <source>The %1 license (%2) allows cross-cluster replication.</source>
        <translation>%1 许可证（%2）允许跨集群复制。</translation>
    </message>
    <message>
        <source>The %1 license is %2: cross-cluster replication needs an active platinum, enterprise or trial license.</source>
        <translation>%1 许可证的状态为 %2：跨集群复制需要有效的 platinum、enterprise 或 trial 许可证。</translation>
    </message>
    <message>
        <source>The license is “%1”: cross-cluster replication needs a platinum, enterprise or trial license, so CCR is not available on this cluster.</source>
        <translation>许可证为“%1”：跨集群复制需要 platinum、enterprise 或 trial 许可证，因此此集群上无法使用 CCR。</translation>
    </message>
    <message>
        <source>The privileges could not be checked: %1</source>
        <translation>无法检查权限：%1</translation>
    </message>
    <message>
        <source>without %1 Duper cannot do %2</source>
        <translation>没有 %1，Duper 无法%2</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>此用户</translation>
    </message>
    <message>
        <source>The user “%1”</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <source>%1 has the cluster privileges manage_ccr, monitor and manage.</source>
        <translation>%1 拥有集群权限 manage_ccr、monitor 和 manage。</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the cluster privilege(s) %2: %3.</source>
        <translation>
            <numerusform>%1 缺少集群权限 %2：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote clusters could not be listed: %1</source>
        <translation>无法列出远程集群：%1</translation>
    </message>
    <message>
        <source>No remote clusters are configured (a follower cluster needs one to replicate from).</source>
        <translation>未配置远程集群（追随者集群需要一个远程集群作为复制来源）。</translation>
    </message>
    <message numerus="yes">
        <source>%n remote cluster(s), all connected: %1.</source>
        <translation>
            <numerusform>%n 个远程集群，全部已连接：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n remote cluster(s) connected; not connected: %2.</source>
        <translation>
            <numerusform>%n 个远程集群中有 %1 个已连接；未连接：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The default remote cluster “%1” is not configured here.</source>
        <translation>默认远程集群“%1”未在此处配置。</translation>
    </message>
</context>
<context>
    <name>duper::ConsistencyRules</name>
    <message>
        <source>Could not check: the follower index %1 does not exist.</source>
        <translation>无法检查：跟随索引 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not check: %1 is not a follower index.</source>
        <translation>无法检查：%1 不是跟随索引。</translation>
    </message>
    <message>
        <source>Could not check: %1 follows remote cluster %2, not %3.</source>
        <translation>无法检查：%1 跟随的是远程集群 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Could not check: the leader index %1 does not exist on the leader cluster.</source>
        <translation>无法检查：领导者集群上不存在领导者索引 %1。</translation>
    </message>
    <message>
        <source>Could not check: the leader cluster could not be reached. %1</source>
        <translation>无法检查：无法连接领导者集群。%1</translation>
    </message>
    <message>
        <source>Could not check: the follower cluster could not be reached. %1</source>
        <translation>无法检查：无法连接跟随集群。%1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>Could not check: replication into %1 is paused, so there are no checkpoints to compare; the figures may be stale.</source>
        <translation>无法检查：到 %1 的复制已暂停，因此没有可比较的检查点；这些数字可能已过时。</translation>
    </message>
    <message>
        <source>Documents: leader %1, follower %2.</source>
        <translation>文档数：领导者 %1，跟随者 %2。</translation>
    </message>
    <message>
        <source>Could not check: Elasticsearch reports no running shard tasks for %1 yet.</source>
        <translation>无法检查：Elasticsearch 尚未报告 %1 有正在运行的分片任务。</translation>
    </message>
    <message>
        <source>Could not check: the document counts could not be read.</source>
        <translation>无法检查：无法读取文档数。</translation>
    </message>
    <message numerus="yes">
        <source>Behind by %1 operation(s): the follower has not replicated everything the leader holds yet.</source>
        <translation>
            <numerusform>落后 %1 个操作：跟随者尚未复制领导者的全部内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The leader holds %1 more document(s).</source>
        <translation>
            <numerusform>领导者多出 %1 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follower holds %1 more document(s) (deletes not replicated yet).</source>
        <translation>
            <numerusform>跟随者多出 %1 个文档（删除操作尚未复制）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication stopped on an error: resume the follower to catch up.</source>
        <translation>复制因错误而停止：请恢复跟随者以赶上进度。</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every shard has replicated up to the leader&apos;s last operation and both copies hold %1 document(s).</source>
        <translation>
            <numerusform>完整：每个分片都已复制到领导者的最后一个操作，两个副本都包含 %1 个文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: reads from the leader are failing, so the leader&apos;s last operation the follower knows of may be out of date; the leader holds %1 documents and the follower %2.</source>
        <translation>无法检查：从领导者读取失败，因此跟随者所知的领导者最后一个操作可能已过时；领导者有 %1 个文档，跟随者有 %2 个。</translation>
    </message>
    <message>
        <source>Could not check: the index changed while it was being checked; run the check again.</source>
        <translation>无法检查：检查期间索引发生了变化；请重新检查。</translation>
    </message>
    <message>
        <source>Differs: every shard&apos;s checkpoint has reached the leader&apos;s last operation, yet the leader holds %1 documents and the follower %2 (as in elastic/elasticsearch#89991).</source>
        <translation>不一致：每个分片的检查点都已到达领导者的最后一个操作，但领导者有 %1 个文档，跟随者有 %2 个（如 elastic/elasticsearch#89991）。</translation>
    </message>
</context>
<context>
    <name>duper::ConsoleRequest</name>
    <message>
        <source>Add your credentials, e.g. -u USER or -H &apos;Authorization: ApiKey …&apos;</source>
        <translation>请添加您的凭据，例如 -u USER 或 -H &apos;Authorization: ApiKey …&apos;</translation>
    </message>
</context>
<context>
    <name>duper::CreatedApiKey</name>
    <message>
        <source>create cross-cluster API key: the answer has no id or key</source>
        <translation>创建跨集群 API 密钥：应答中没有 id 或 key</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterApiKeyRequest</name>
    <message>
        <source>the key needs a name</source>
        <translation>密钥需要名称</translation>
    </message>
    <message>
        <source>give the index patterns the key may replicate (or search); a key without access is refused</source>
        <translation>请指定该密钥可以复制（或搜索）的索引模式；没有访问权限的密钥会被拒绝</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index pattern of the leader cluster</source>
        <translation>&quot;%1&quot; 不是领导者集群的索引模式</translation>
    </message>
    <message>
        <source>expiration: give a positive time such as 30d</source>
        <translation>expiration：请指定一个正的时间，例如 30d</translation>
    </message>
</context>
<context>
    <name>duper::CrossClusterKeyAccess</name>
    <message>
        <source>the leader cluster does not know this key: it was deleted or belongs to another cluster. Create a new key (run the setup again without the kept key).</source>
        <translation>领导者集群不认识此密钥：它已被删除或属于另一个集群。请创建新密钥（不使用已保存的密钥重新运行设置）。</translation>
    </message>
    <message>
        <source>the key %1 is invalidated: the leader refuses every request through it. Create a new key.</source>
        <translation>密钥 %1 已失效：领导者会拒绝通过它发出的所有请求。请创建新密钥。</translation>
    </message>
    <message>
        <source>the key %1 has expired: the leader refuses every request through it. Create a new key.</source>
        <translation>密钥 %1 已过期：领导者会拒绝通过它发出的所有请求。请创建新密钥。</translation>
    </message>
    <message>
        <source>the key %1 is a REST API key, not a cross-cluster API key: a remote cluster server does not accept it. Create a cross-cluster API key.</source>
        <translation>密钥 %1 是 REST API 密钥，而不是跨集群 API 密钥：远程集群服务器不接受它。请创建跨集群 API 密钥。</translation>
    </message>
    <message>
        <source>the key %1 only allows replicating %2, not %3: following those is refused with a security error. Update the key&apos;s access on the leader or create a new key.</source>
        <translation>密钥 %1 只允许复制 %2，不允许复制 %3：跟随这些索引会因安全错误而被拒绝。请在领导者上更新该密钥的访问权限，或创建新密钥。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the key %1 allows replicating %2</source>
        <translation>密钥 %1 允许复制 %2</translation>
    </message>
    <message>
        <source>it allows searching %1</source>
        <translation>它允许搜索 %1</translation>
    </message>
    <message>
        <source>it is valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>它永不过期</translation>
    </message>
    <message>
        <source>what the key allows was not checked: it is not an encoded cross-cluster API key</source>
        <translation>未检查该密钥允许的内容：它不是编码后的跨集群 API 密钥</translation>
    </message>
    <message>
        <source>what the key allows was not checked: there is no connection to the leader cluster</source>
        <translation>未检查该密钥允许的内容：没有到领导者集群的连接</translation>
    </message>
    <message>
        <source>what the key allows was not checked: %1</source>
        <translation>未检查该密钥允许的内容：%1</translation>
    </message>
</context>
<context>
    <name>duper::EditFollowerProcedure</name>
    <message>
        <source>Replication of &quot;%1&quot; is now paused: resume it with the previous settings, or correct the settings and save again.</source>
        <translation>“%1”的复制现已暂停：请以先前设置恢复，或更正设置后再次保存。</translation>
    </message>
</context>
<context>
    <name>duper::EsClient</name>
    <message>
        <source>“%1” is not an http:// or https:// URL with a host.</source>
        <translation>“%1”不是带主机名的 http:// 或 https:// URL。</translation>
    </message>
</context>
<context>
    <name>duper::EsError</name>
    <message>
        <source>None of the %1 URLs of the cluster could be reached. %2</source>
        <translation>无法访问该集群的 %1 个 URL 中的任何一个。%2</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is Elasticsearch running there, and are the host and port right?</source>
        <translation>%1 上没有服务在监听。Elasticsearch 是否在那里运行？主机和端口是否正确？</translation>
    </message>
    <message>
        <source>The host name “%1” could not be resolved. Check the cluster URL.</source>
        <translation>无法解析主机名“%1”。请检查集群 URL。</translation>
    </message>
    <message>
        <source>The cluster did not answer within %1. It may be overloaded or unreachable; try again or raise the timeout.</source>
        <translation>集群未在 %1 内应答。它可能过载或无法访问；请重试或增大超时时间。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not issued for that host name. Connect with the name the certificate was made for, or fix the certificate.</source>
        <translation>%1 出示的证书不是为该主机名签发的。请使用证书对应的名称连接，或修正证书。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is not trusted. Pass the CA certificate that signed it with --ca-cert (or add it to the connection&apos;s CA files).</source>
        <translation>%1 出示的证书不受信任。请用 --ca-cert 传入签发它的 CA 证书（或将其添加到连接的 CA 文件中）。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 has expired or is not valid yet.</source>
        <translation>%1 出示的证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Does the server speak https, and does the URL&apos;s scheme match it?</source>
        <translation>与 %1 的 TLS 握手失败（%2）。服务器是否使用 https？URL 的协议是否与之匹配？</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>无法读取集群的应答：%1</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>无法发送请求：%1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
    <message>
        <source>The remote cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>远程集群的许可证不允许跨集群复制：CCR 要求两个集群都具有 platinum、enterprise 或 trial 许可证。</translation>
    </message>
    <message>
        <source>This cluster&apos;s license does not allow cross-cluster replication: CCR needs a platinum, enterprise or trial license on both clusters.</source>
        <translation>此集群的许可证不允许跨集群复制：CCR 要求两个集群都具有 platinum、enterprise 或 trial 许可证。</translation>
    </message>
    <message>
        <source>The cluster refused %1 as invalid.</source>
        <translation>集群以无效为由拒绝了 %1。</translation>
    </message>
    <message>
        <source>The cluster needs credentials: set a user and password, an API key or a token for this connection.</source>
        <translation>集群需要凭据：请为此连接设置用户名和密码、API 密钥或令牌。</translation>
    </message>
    <message>
        <source>The cluster rejected the credentials (wrong user name or password, or an invalid or expired API key or token).</source>
        <translation>集群拒绝了凭据（用户名或密码错误，或 API 密钥或令牌无效或已过期）。</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the cluster privileges %3.</source>
        <translation>%1 无权运行“%2”：这需要集群权限 %3 之一。</translation>
    </message>
    <message>
        <source>%1 may not run “%2”: that needs one of the index privileges %3.</source>
        <translation>%1 无权运行“%2”：这需要索引权限 %3 之一。</translation>
    </message>
    <message>
        <source>%1 lacks the privilege to run “%2”.</source>
        <translation>%1 缺少运行“%2”的权限。</translation>
    </message>
    <message>
        <source>The cluster refused %1: a privilege is missing.</source>
        <translation>集群拒绝了 %1：缺少权限。</translation>
    </message>
    <message>
        <source>The cluster has no endpoint for %1 (HTTP 404). Is the URL right, including any path prefix, and is this Elasticsearch?</source>
        <translation>集群没有 %1 的端点（HTTP 404）。URL（包括路径前缀）是否正确？这是 Elasticsearch 吗？</translation>
    </message>
    <message>
        <source>The index “%1” does not exist.</source>
        <translation>索引“%1”不存在。</translation>
    </message>
    <message>
        <source>No such remote cluster is configured on this cluster.</source>
        <translation>此集群上未配置该远程集群。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>The cluster timed out handling %1.</source>
        <translation>集群处理 %1 时超时。</translation>
    </message>
    <message>
        <source>Conflict: the cluster state changed while handling %1. Reload and try again.</source>
        <translation>冲突：处理 %1 时集群状态发生了变化。请重新加载后重试。</translation>
    </message>
    <message>
        <source>The cluster is busy (too many requests); try again in a moment.</source>
        <translation>集群繁忙（请求过多）；请稍后重试。</translation>
    </message>
    <message>
        <source>The cluster is unavailable right now (HTTP %1); try again later.</source>
        <translation>集群当前不可用（HTTP %1）；请稍后重试。</translation>
    </message>
    <message>
        <source>The cluster failed with an internal error (HTTP %1).</source>
        <translation>集群发生内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with a redirect (HTTP %2); point the connection at the final URL.</source>
        <translation>集群以重定向应答 %1（HTTP %2）；请将连接指向最终 URL。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2.</source>
        <translation>集群以 HTTP %2 应答 %1。</translation>
    </message>
    <message>
        <source>The cluster answered %1 with HTTP %2: %3</source>
        <translation>集群以 HTTP %2 应答 %1：%3</translation>
    </message>
    <message>
        <source>Elasticsearch said: “%1”</source>
        <translation>Elasticsearch 返回：“%1”</translation>
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
        <translation>未设置网络访问管理器</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the body (%2)</source>
        <translation>连接在收到正文 %1 字节后关闭（%2）</translation>
    </message>
    <message>
        <source>the body is truncated: %1 of %2 bytes arrived before the connection closed</source>
        <translation>正文被截断：连接关闭前只收到 %2 字节中的 %1 字节</translation>
    </message>
</context>
<context>
    <name>duper::EsResultJob</name>
    <message>
        <source>no parser for this response</source>
        <translation>没有此响应的解析器</translation>
    </message>
    <message>
        <source>the response has an unexpected shape</source>
        <translation>响应的结构不符合预期</translation>
    </message>
</context>
<context>
    <name>duper::EsTlsConfig</name>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 不包含证书（应为 PEM 或 DER）。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>客户端证书需要证书文件及其密钥文件。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>The client key could not be read: wrong passphrase or not a PEM key (%1).</source>
        <translation>无法读取客户端密钥：口令错误或不是 PEM 密钥（%1）。</translation>
    </message>
</context>
<context>
    <name>duper::FailbackPlan</name>
    <message>
        <source>A follows it from %1</source>
        <translation>A 从 %1 跟随它</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>数据流 %1</translation>
    </message>
    <message>
        <source>Make sure the remote cluster is there and connected</source>
        <translation>确保远程集群存在且已连接</translation>
    </message>
    <message>
        <source>Delete the old copies of the indices</source>
        <translation>删除索引的旧副本</translation>
    </message>
    <message>
        <source>Follow each index from the promoted cluster</source>
        <translation>从已提升的集群跟随每个索引</translation>
    </message>
    <message>
        <source>Wait until every follower has caught up</source>
        <translation>等待每个追随者都追上</translation>
    </message>
    <message>
        <source>Check that each index follows with the same documents</source>
        <translation>检查每个索引是否以相同的文档进行跟随</translation>
    </message>
</context>
<context>
    <name>duper::FailbackReport</name>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>Failback of %1 to follow %2 (%3)</source>
        <translation>%1 故障回切以跟随 %2（%3）</translation>
    </message>
    <message>
        <source>Switch back: %1 leads again, %2 follows it</source>
        <translation>切回：%1 重新成为领导者，%2 跟随它</translation>
    </message>
    <message>
        <source>- Error: %1</source>
        <translation>- 错误：%1</translation>
    </message>
    <message>
        <source>1. Failover of %1 from %2</source>
        <translation>1. %1 从 %2 故障转移</translation>
    </message>
    <message>
        <source>2. Failback of %1 to follow %2 (%3)</source>
        <translation>2. %1 故障回切以跟随 %2（%3）</translation>
    </message>
    <message>
        <source>3. Auto-follow patterns resumed on %1</source>
        <translation>3. 在 %1 上恢复自动跟随模式</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>duper::FailbackRun</name>
    <message>
        <source>Could not add the remote cluster: %1</source>
        <translation>无法添加远程集群：%1</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: is the promoted cluster reachable from this one at %2?</source>
        <translation>远程集群 %1 未连接：能否从此集群通过 %2 访问已提升的集群？</translation>
    </message>
    <message>
        <source>Not deleted: deleting the old copies needs an explicit confirmation.</source>
        <translation>未删除：删除旧副本需要明确确认。</translation>
    </message>
    <message>
        <source>Not caught up after %1 s: no follow stats (is it following?).</source>
        <translation>%1 秒后仍未追上：没有跟随统计信息（它是否在跟随？）。</translation>
    </message>
    <message numerus="yes">
        <source>Not caught up after %1 s: still %2 operation(s) behind; run again to keep waiting.</source>
        <translation>
            <numerusform>%1 秒后仍未追上：仍落后 %2 个操作；请再次运行以继续等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the indices back: %1</source>
        <translation>无法回读索引：%1</translation>
    </message>
    <message>
        <source>Does not follow %1.</source>
        <translation>未跟随 %1。</translation>
    </message>
    <message>
        <source>Missing on one of the clusters.</source>
        <translation>在其中一个集群上缺失。</translation>
    </message>
    <message numerus="yes">
        <source>Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).</source>
        <translation>
            <numerusform>不一致：此处有 %1 个文档，已提升的集群上有 %2 个（仍在写入？）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::FailoverPlan</name>
    <message>
        <source>Pause the auto-follow patterns of the remote</source>
        <translation>暂停该远程集群的自动跟随模式</translation>
    </message>
    <message>
        <source>Turn each follower into a regular index (pause, close, unfollow, open)</source>
        <translation>将每个追随者转换为普通索引（pause、close、unfollow、open）</translation>
    </message>
    <message>
        <source>Promote the replicated data streams</source>
        <translation>提升已复制的数据流</translation>
    </message>
    <message>
        <source>Check that nothing follows the remote any more</source>
        <translation>检查已不再有任何索引跟随该远程集群</translation>
    </message>
</context>
<context>
    <name>duper::FailoverReport</name>
    <message>
        <source>Failover of %1 from %2</source>
        <translation>%1 从 %2 故障转移</translation>
    </message>
</context>
<context>
    <name>duper::FailoverRun</name>
    <message>
        <source>Not promoted: its backing index %1 still follows the remote.</source>
        <translation>未提升：其后备索引 %1 仍在跟随该远程集群。</translation>
    </message>
    <message>
        <source>Could not read the follow info back: %1</source>
        <translation>无法回读 follow info：%1</translation>
    </message>
    <message>
        <source>Still a follower of %1.</source>
        <translation>仍是 %1 的追随者。</translation>
    </message>
</context>
<context>
    <name>duper::FleetMember</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>钥匙串未在 %1 秒内响应。</translation>
    </message>
</context>
<context>
    <name>duper::FleetNodesResponse</name>
    <message>
        <source>nodes info: not a JSON object</source>
        <translation>节点信息：不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>duper::FleetRowRules</name>
    <message>
        <source>No secret was given for this connection.</source>
        <translation>未为此连接提供密钥。</translation>
    </message>
</context>
<context>
    <name>duper::FleetSecretPrompter</name>
    <message>
        <source>The secret of connection %1 is not in the keychain.</source>
        <translation>钥匙串中没有连接 %1 的密钥。</translation>
    </message>
</context>
<context>
    <name>duper::FollowManyPlan</name>
    <message>
        <source>Will follow</source>
        <translation>将跟随</translation>
    </message>
    <message>
        <source>Already followed</source>
        <translation>已被跟随</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>名称已占用</translation>
    </message>
    <message>
        <source>Invalid name</source>
        <translation>名称无效</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Matches the exclusion pattern %1.</source>
        <translation>匹配排除模式 %1。</translation>
    </message>
    <message>
        <source>Already followed by %1.</source>
        <translation>已被 %1 跟随。</translation>
    </message>
    <message>
        <source>An index named %1 already exists on this cluster.</source>
        <translation>此集群上已存在名为 %1 的索引。</translation>
    </message>
    <message>
        <source>Another leader index would get the name %1.</source>
        <translation>另一个领导者索引会得到名称 %1。</translation>
    </message>
</context>
<context>
    <name>duper::FollowerActions</name>
    <message>
        <source>already paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>已处于活动状态</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>重新创建</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>could not read the follower cluster</source>
        <translation>无法读取追随者集群</translation>
    </message>
    <message>
        <source>the follower cluster did not report index.uuid of %1</source>
        <translation>追随者集群未报告 %1 的 index.uuid</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>无法列出远程集群</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell which remote cluster of the follower cluster is the leader: name it (the follower cluster has %n remote cluster(s))</source>
        <translation>
            <numerusform>无法确定追随者集群的哪个远程集群是领导者：请指定（追随者集群有 %n 个远程集群）</numerusform>
        </translation>
    </message>
    <message>
        <source>the leader cluster refused</source>
        <translation>领导者集群拒绝了请求</translation>
    </message>
    <message>
        <source>%1 of %2 shards of the leader index did not forget the follower</source>
        <translation>领导者索引的 %2 个分片中有 %1 个未忘记追随者</translation>
    </message>
</context>
<context>
    <name>duper::FollowerIndexState</name>
    <message>
        <source>is an active follower index</source>
        <translation>是活动的追随者索引</translation>
    </message>
    <message>
        <source>is a paused follower index</source>
        <translation>是已暂停的追随者索引</translation>
    </message>
    <message>
        <source>is a regular index (not a follower)</source>
        <translation>是普通索引（不是追随者）</translation>
    </message>
    <message>
        <source>is in an unknown replication state</source>
        <translation>处于未知的复制状态</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>open or closed (unknown)</source>
        <translation>未知（打开或关闭）</translation>
    </message>
    <message>
        <source>Index &quot;%1&quot; %2 and is %3.</source>
        <translation>索引“%1”%2，当前为%3状态。</translation>
    </message>
</context>
<context>
    <name>duper::FollowerProcedure</name>
    <message>
        <source>Step &quot;%1&quot; failed: %2 %3</source>
        <translation>步骤“%1”失败：%2 %3</translation>
    </message>
</context>
<context>
    <name>duper::FollowerSnapshot</name>
    <message>
        <source>shard %1: %2</source>
        <translation>分片 %1：%2</translation>
    </message>
</context>
<context>
    <name>duper::HistoryError</name>
    <message>
        <source>Duper keeps no replication history: Qt&apos;s SQLite driver is not installed (on Debian, the package libqt6sql6-sqlite).</source>
        <translation>Duper 不保存复制历史：未安装 Qt 的 SQLite 驱动（在 Debian 上为软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: it cannot write the history file %1. Check that the folder exists and that you may write to it.</source>
        <translation>本次会话 Duper 不保存复制历史：无法写入历史文件 %1。请检查该文件夹是否存在以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: another program is holding the history file %1.</source>
        <translation>本次会话 Duper 不保存复制历史：另一个程序正占用历史文件 %1。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 is damaged. Move it away or delete it, and Duper starts a new one next time.</source>
        <translation>本次会话 Duper 不保存复制历史：历史文件 %1 已损坏。将其移走或删除后，Duper 下次会新建一个。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the disk holding %1 is full.</source>
        <translation>本次会话 Duper 不保存复制历史：%1 所在的磁盘已满。</translation>
    </message>
    <message>
        <source>Duper keeps no replication history this session: the history file %1 could not be used (%2).</source>
        <translation>本次会话 Duper 不保存复制历史：无法使用历史文件 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>duper::InMemorySecretStore</name>
    <message>
        <source>The system keychain is not available (simulated); Duper can ask for the password each time instead.</source>
        <translation>系统钥匙串不可用（模拟）；Duper 可以改为每次询问密码。</translation>
    </message>
    <message>
        <source>No %1 is stored.</source>
        <translation>未存储%1。</translation>
    </message>
</context>
<context>
    <name>duper::IndexStatsResponse</name>
    <message>
        <source>index stats: no &quot;indices&quot; object</source>
        <translation>索引统计：没有 &quot;indices&quot; 对象</translation>
    </message>
</context>
<context>
    <name>duper::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Duper can ask for the password each time instead; it is then kept in memory for this session only.</source>
        <translation>系统钥匙串不可用（%1）。Duper 可以改为每次询问密码；密码随后仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>钥匙串中没有此条目。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Duper can ask for the password each time instead.</source>
        <translation>对系统钥匙串的访问被拒绝（%1）。Duper 可以改为每次询问密码。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>duper::LeaderRetentionTracker</name>
    <message>
        <source>leader not read yet</source>
        <translation>尚未读取领导者</translation>
    </message>
    <message>
        <source>leader not found: the remote clusters of %1 could not be read (%2)</source>
        <translation>未找到领导者：无法读取 %1 的远程集群（%2）</translation>
    </message>
    <message>
        <source>leader not saved or not reachable: remote cluster %1 is none of the saved connections that answered</source>
        <translation>领导者未保存或无法访问：远程集群 %1 不是任何已响应的已保存连接</translation>
    </message>
    <message>
        <source>leader not saved: remote cluster %1 is none of the saved connections</source>
        <translation>领导者未保存：远程集群 %1 不是任何已保存的连接</translation>
    </message>
    <message>
        <source>leader not reachable: %1 (%2)</source>
        <translation>无法访问领导者：%1（%2）</translation>
    </message>
</context>
<context>
    <name>duper::NodesInfoResponse</name>
    <message>
        <source>nodes info: no transport address</source>
        <translation>节点信息：没有传输地址</translation>
    </message>
</context>
<context>
    <name>duper::Parsers</name>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;sniff&quot; or &quot;proxy&quot;</source>
        <translation>为“%1”，而不是“sniff”或“proxy”</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>有效值</translation>
    </message>
    <message>
        <source>is not a number or a string</source>
        <translation>既不是数字也不是字符串</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;active&quot; or &quot;paused&quot;</source>
        <translation>为“%1”，而不是“active”或“paused”</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>has content after the JSON object</source>
        <translation>在 JSON 对象之后还有内容</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>不是%1</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is empty, not JSON</source>
        <translation>为空，不是 JSON</translation>
    </message>
    <message>
        <source>is malformed JSON (%1)</source>
        <translation>是格式错误的 JSON（%1）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>is not a boolean</source>
        <translation>不是布尔值</translation>
    </message>
    <message>
        <source>is not an object or a string</source>
        <translation>既不是对象也不是字符串</translation>
    </message>
    <message>
        <source>the body is empty, not JSON</source>
        <translation>正文为空，不是 JSON</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1 (%2)</source>
        <translation>偏移量 %1 处的 JSON 格式错误（%2）</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>正文不是 JSON 对象</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
</context>
<context>
    <name>duper::Procedure</name>
    <message>
        <source>Read the follower index&apos;s state</source>
        <translation>读取追随者索引的状态</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>暂停复制</translation>
    </message>
    <message>
        <source>Close the follower index</source>
        <translation>关闭追随者索引</translation>
    </message>
    <message>
        <source>Convert it to a regular index (unfollow)</source>
        <translation>将其转换为普通索引（取消跟随）</translation>
    </message>
    <message>
        <source>Reopen the index</source>
        <translation>重新打开索引</translation>
    </message>
    <message>
        <source>Follow the leader index again</source>
        <translation>再次跟随领导者索引</translation>
    </message>
    <message>
        <source>Resume replication with the new settings</source>
        <translation>以新设置恢复复制</translation>
    </message>
</context>
<context>
    <name>duper::RemoteAddress</name>
    <message>
        <source>The address is empty; write it as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>地址为空；请写成 host:port，例如 10.0.0.5:9300。</translation>
    </message>
    <message>
        <source>“%1” contains spaces; write it as host:port without spaces.</source>
        <translation>“%1”包含空格；请写成不带空格的 host:port。</translation>
    </message>
    <message>
        <source>“%1” opens a [ for an IPv6 address but never closes it.</source>
        <translation>“%1”为 IPv6 地址打开了 [，但没有关闭。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after the address, e.g. [%2]:9300.</source>
        <translation>“%1”没有端口；请在地址后添加端口，例如 [%2]:9300。</translation>
    </message>
    <message>
        <source>“%1” has no port; add it after a colon, e.g. %2:9300.</source>
        <translation>“%1”没有端口；请在冒号后添加端口，例如 %2:9300。</translation>
    </message>
    <message>
        <source>“%1”: put an IPv6 address in brackets, e.g. [::1]:9300.</source>
        <translation>“%1”：请将 IPv6 地址放在方括号中，例如 [::1]:9300。</translation>
    </message>
    <message>
        <source>“%1” has no host before the port.</source>
        <translation>“%1”在端口前没有主机。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name (letters, digits, hyphens and dots).</source>
        <translation>“%1”不是有效的主机名（字母、数字、连字符和点）。</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>端口“%1”不是数字。</translation>
    </message>
    <message>
        <source>The port %1 is out of range; it must be between 1 and 65535.</source>
        <translation>端口 %1 超出范围；必须介于 1 和 65535 之间。</translation>
    </message>
</context>
<context>
    <name>duper::RemoteClusterAlias</name>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>请为远程集群命名。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, underscores and hyphens.</source>
        <translation>名称只能包含字母、数字、下划线和连字符。</translation>
    </message>
</context>
<context>
    <name>duper::ReportStore</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the report folder %1.</source>
        <translation>无法创建报告文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>duper::RetentionPeriodLookup</name>
    <message>
        <source>could not read it from the leader (%1)</source>
        <translation>无法从领导者读取（%1）</translation>
    </message>
</context>
<context>
    <name>duper::RunReportWriter</name>
    <message>
        <source>- Started: %1</source>
        <translation>- 开始时间：%1</translation>
    </message>
    <message>
        <source>- Finished: %1</source>
        <translation>- 完成时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>- Result: %1 (%n failed)</source>
        <translation>
            <numerusform>- 结果：%1（%n 项失败）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>早已完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>duper::SavedReport</name>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>故障回切</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>切回</translation>
    </message>
    <message>
        <source>Bi-directional setup</source>
        <translation>双向复制设置</translation>
    </message>
</context>
<context>
    <name>duper::SecretKind</name>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>持有者令牌</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>客户端密钥口令</translation>
    </message>
</context>
<context>
    <name>duper::StaticCredentialProvider</name>
    <message>
        <source>no credentials</source>
        <translation>无凭据</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 密钥 %1</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>持有者令牌</translation>
    </message>
</context>
<context>
    <name>duper::cli</name>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern_name：“%1”不能包含“,”</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern_name：“%1”不能以“_”开头</translation>
    </message>
    <message>
        <source>auto_follow_pattern_name: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern_name：名称过长（%1 &gt; 255 字节）</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 paused.</source>
        <translation>自动跟随模式 %1 已暂停。</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 resumed.</source>
        <translation>自动跟随模式 %1 已恢复。</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 deleted.</source>
        <translation>自动跟随模式 %1 已删除。</translation>
    </message>
    <message>
        <source>create or update an auto-follow pattern</source>
        <translation>创建或更新自动跟随模式</translation>
    </message>
    <message>
        <source>the remote cluster whose new indices are followed</source>
        <translation>要跟随其新索引的远程集群</translation>
    </message>
    <message>
        <source>leader index names or wildcards to follow</source>
        <translation>要跟随的领导者索引名称或通配符</translation>
    </message>
    <message>
        <source>leader indices not to follow even if they match</source>
        <translation>即使匹配也不跟随的领导者索引</translation>
    </message>
    <message>
        <source>name of the follower indices</source>
        <translation>追随者索引的名称</translation>
    </message>
    <message>
        <source>list auto-follow patterns</source>
        <translation>列出自动跟随模式</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>stop an auto-follow pattern from following new indices</source>
        <translation>让自动跟随模式停止跟随新索引</translation>
    </message>
    <message>
        <source>let a paused auto-follow pattern follow new indices again</source>
        <translation>让已暂停的自动跟随模式重新跟随新索引</translation>
    </message>
    <message>
        <source>delete an auto-follow pattern (its followers stay)</source>
        <translation>删除自动跟随模式（其追随者保留）</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 saved: new indices matching %2 on remote cluster %3 are followed.</source>
        <translation>自动跟随模式 %1 已保存：远程集群 %3 上与 %2 匹配的新索引将被跟随。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>REMOTE CLUSTER</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>LEADER PATTERNS</source>
        <translation>领导者模式</translation>
    </message>
    <message>
        <source>FOLLOW PATTERN</source>
        <translation>跟随模式</translation>
    </message>
    <message>
        <source>use this saved connection (the leader&apos;s for forget and open/close -l)</source>
        <translation>使用此已保存连接（forget 和 open/close -l 使用领导者的连接）</translation>
    </message>
    <message>
        <source>the default follower connection</source>
        <translation>默认追随者连接</translation>
    </message>
    <message>
        <source>REST URL of the follower cluster</source>
        <translation>追随者集群的 REST URL</translation>
    </message>
    <message>
        <source>the default follower connection, else http://localhost:9200</source>
        <translation>默认追随者连接，否则为 http://localhost:9200</translation>
    </message>
    <message>
        <source>log in as this user; the password comes from DUPER_PASSWORD or a hidden prompt</source>
        <translation>以此用户登录；密码来自 DUPER_PASSWORD 或隐藏输入提示</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this PEM or DER file</source>
        <translation>同时信任此 PEM 或 DER 文件中的 CA 证书</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (testing only)</source>
        <translation>不验证服务器的 TLS 证书（仅用于测试）</translation>
    </message>
    <message>
        <source>print JSON instead of tables and sentences</source>
        <translation>输出 JSON 而不是表格和语句</translation>
    </message>
    <message>
        <source>show help</source>
        <translation>显示帮助</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>输出版本号</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> （必需）</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> （默认：%1）</translation>
    </message>
    <message>
        <source>Usage: duper [options] &lt;command&gt; [command options]
Manage Elasticsearch cross-cluster replication from scripts.

Commands:
</source>
        <translation>用法：duper [options] &lt;command&gt; [command options]
通过脚本管理 Elasticsearch 跨集群复制。

命令：
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
</source>
        <translation>
选项（位于命令之前或之后）：
</translation>
    </message>
    <message>
        <source>duper sandbox: %1

</source>
        <translation>duper sandbox：%1

</translation>
    </message>
    <message>
        <source>Usage: duper %1 [options]
%2.
</source>
        <translation>用法：duper %1 [options]
%2。
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <source>
Connection and output options:
</source>
        <translation>
连接和输出选项：
</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 --help&quot; for its options.</source>
        <translation>运行 &quot;duper %1 --help&quot; 查看其选项。</translation>
    </message>
    <message>
        <source>Run &quot;duper --help&quot; for the commands.</source>
        <translation>运行 &quot;duper --help&quot; 查看命令列表。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>--%1 needs a non-empty value</source>
        <translation>--%1 需要非空值</translation>
    </message>
    <message>
        <source>--username needs a password: set DUPER_PASSWORD, or run duper in a terminal to be asked for it (there is no password option, so it never shows in the process list)</source>
        <translation>--username 需要密码：请设置 DUPER_PASSWORD，或在终端中运行 duper 以便提示输入（没有密码选项，因此密码不会出现在进程列表中）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; 不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>connection %1 has no URL</source>
        <translation>连接 %1 没有 URL</translation>
    </message>
    <message>
        <source>give either -c/--connection or --leader_url</source>
        <translation>请指定 -c/--connection 或 --leader_url 之一</translation>
    </message>
    <message>
        <source>give either -c/--connection or --url</source>
        <translation>请指定 -c/--connection 或 --url 之一</translation>
    </message>
    <message>
        <source>could not list the remote clusters</source>
        <translation>无法列出远程集群</translation>
    </message>
    <message>
        <source>the follower cluster has no remote cluster; add one with duper connect --remote_cluster NAME --seeds HOST:PORT</source>
        <translation>追随者集群没有远程集群；请用 duper connect --remote_cluster NAME --seeds HOST:PORT 添加一个</translation>
    </message>
    <message>
        <source>the follower cluster has several remote clusters (%1); choose one with --remote_cluster</source>
        <translation>追随者集群有多个远程集群（%1）；请用 --remote_cluster 选择一个</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 for command %2</source>
        <translation>命令 %2 没有选项 %1</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 不接受值</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>the follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>the leader index (on the remote cluster)</source>
        <translation>领导者索引（位于远程集群上）</translation>
    </message>
    <message>
        <source>the follower&apos;s only remote cluster</source>
        <translation>追随者唯一的远程集群</translation>
    </message>
    <message>
        <source>REST URL of the leader cluster (same credentials and TLS options as --url)</source>
        <translation>领导者集群的 REST URL（凭据和 TLS 选项与 --url 相同）</translation>
    </message>
    <message>
        <source>the auto-follow pattern</source>
        <translation>自动跟随模式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>持有者令牌</translation>
    </message>
    <message>
        <source> (asked each time)</source>
        <translation> （每次询问）</translation>
    </message>
    <message>
        <source>list the saved connections (never their secrets)</source>
        <translation>列出已保存的连接（绝不显示其密钥）</translation>
    </message>
    <message>
        <source>&quot;duper config list&quot; is the same. Manage connections with add-cluster, delete-cluster, set-leader-cluster, set-follower-cluster (also as &quot;duper config &lt;command&gt;&quot;) and &quot;duper config import&quot;. Pick one for any command with -c NAME; without it commands use the default follower connection, and forget / open -l / close -l the default leader.</source>
        <translation>&quot;duper config list&quot; 作用相同。使用 add-cluster、delete-cluster、set-leader-cluster、set-follower-cluster（也可写作 &quot;duper config &lt;command&gt;&quot;）和 &quot;duper config import&quot; 管理连接。任何命令都可用 -c NAME 选择连接；未指定时命令使用默认追随者连接，forget / open -l / close -l 使用默认领导者连接。</translation>
    </message>
    <message>
        <source>save a connection; its secret goes to the keychain</source>
        <translation>保存连接；其密钥存入钥匙串</translation>
    </message>
    <message>
        <source>With --username the password, with --apiKey the API key, is asked at a hidden prompt, or read as one line from stdin when it is piped (printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...). It is stored in the system keychain only; there is no option that takes a secret. An encrypted --sslKey&apos;s passphrase is asked (or read as the next line) the same way.</source>
        <translation>使用 --username 时询问密码，使用 --apiKey 时询问 API 密钥：在隐藏输入提示中询问，或在通过管道输入时从 stdin 读取一行（printf &apos;%s\n&apos; &quot;$PW&quot; | duper add-cluster ...）。它只存储在系统钥匙串中；没有接受密钥的选项。加密的 --sslKey 的口令也以相同方式询问（或作为下一行读取）。</translation>
    </message>
    <message>
        <source>the connection&apos;s name</source>
        <translation>连接的名称</translation>
    </message>
    <message>
        <source>REST URL of the cluster (or give --cloudId)</source>
        <translation>集群的 REST URL（或指定 --cloudId）</translation>
    </message>
    <message>
        <source>also make it the default leader or follower cluster</source>
        <translation>同时将其设为默认领导者或追随者集群</translation>
    </message>
    <message>
        <source>log in as this user (password asked, stored in the keychain)</source>
        <translation>以此用户登录（询问密码，存入钥匙串）</translation>
    </message>
    <message>
        <source>log in with an API key (asked, stored in the keychain)</source>
        <translation>使用 API 密钥登录（询问后存入钥匙串）</translation>
    </message>
    <message>
        <source>Elastic Cloud ID of the deployment</source>
        <translation>部署的 Elastic Cloud ID</translation>
    </message>
    <message>
        <source>also trust the CA certificate(s) in this file</source>
        <translation>同时信任此文件中的 CA 证书</translation>
    </message>
    <message>
        <source>client certificate (PEM) for PKI login</source>
        <translation>用于 PKI 登录的客户端证书（PEM）</translation>
    </message>
    <message>
        <source>client key (PEM) for PKI login</source>
        <translation>用于 PKI 登录的客户端密钥（PEM）</translation>
    </message>
    <message>
        <source>replace a connection of the same name</source>
        <translation>替换同名的连接</translation>
    </message>
    <message>
        <source>delete a saved connection and its keychain entries</source>
        <translation>删除已保存的连接及其钥匙串条目</translation>
    </message>
    <message>
        <source>the connection to delete</source>
        <translation>要删除的连接</translation>
    </message>
    <message>
        <source>make a connection the default leader cluster</source>
        <translation>将连接设为默认领导者集群</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>make a connection the default follower cluster</source>
        <translation>将连接设为默认追随者集群</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: duper add-cluster -n NAME -u URL [-r follower]</source>
        <translation>没有已保存的连接。添加方法：duper add-cluster -n NAME -u URL [-r follower]</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>，CA %1</translation>
    </message>
    <message>
        <source>, client certificate</source>
        <translation>，客户端证书</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>give the cluster&apos;s --url (or its --cloudId)</source>
        <translation>请指定集群的 --url（或其 --cloudId）</translation>
    </message>
    <message>
        <source>give either --username or --apiKey, not both</source>
        <translation>请指定 --username 或 --apiKey，不能同时指定</translation>
    </message>
    <message>
        <source>--role must be leader or follower</source>
        <translation>--role 必须为 leader 或 follower</translation>
    </message>
    <message>
        <source>--%1: there is no file %2</source>
        <translation>--%1：文件 %2 不存在</translation>
    </message>
    <message>
        <source>a connection named &quot;%1&quot; already exists (--overwrite replaces it)</source>
        <translation>名为 &quot;%1&quot; 的连接已存在（--overwrite 会替换它）</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 的 API 密钥： </translation>
    </message>
    <message>
        <source>Connection %1 saved (%2).</source>
        <translation>连接 %1 已保存（%2）。</translation>
    </message>
    <message>
        <source>Its %1 is in the keychain.</source>
        <translation>其%1已存入钥匙串。</translation>
    </message>
    <message>
        <source>It is now the default %1 cluster.</source>
        <translation>现在它是默认%1集群。</translation>
    </message>
    <message>
        <source>could not remove the secrets of %1 from the keychain: %2</source>
        <translation>无法从钥匙串中移除 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>连接 %1 已删除。</translation>
    </message>
    <message>
        <source>%1 is now the default leader cluster (forget, open -l, close -l).</source>
        <translation>%1 现在是默认领导者集群（forget、open -l、close -l）。</translation>
    </message>
    <message>
        <source>%1 is now the default follower cluster.</source>
        <translation>%1 现在是默认追随者集群。</translation>
    </message>
    <message>
        <source>import the earlier duper&apos;s ~/.duperrc.yml</source>
        <translation>导入旧版 duper 的 ~/.duperrc.yml</translation>
    </message>
    <message>
        <source>Its clusters become connections and its leader/follower choices the defaults; its plain-text passwords and API keys move into the keychain. The file itself is left alone: delete it afterwards.</source>
        <translation>其中的集群成为连接，领导者/追随者选择成为默认值；其明文密码和 API 密钥移入钥匙串。文件本身保持不变：请在导入后删除它。</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is</source>
        <translation>%1 已存在，保持不变</translation>
    </message>
    <message>
        <source>%1: only the first CA file (%2) was kept</source>
        <translation>%1：只保留了第一个 CA 文件（%2）</translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>Delete %1 now: duper no longer reads it, and it keeps passwords and API keys in plain text (rm %1).</source>
        <translation>请立即删除 %1：duper 不再读取它，而且它以明文保存密码和 API 密钥（rm %1）。</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot; (&quot;duper config&quot; lists them)</source>
        <translation>没有名为 &quot;%1&quot; 的连接（&quot;duper config&quot; 可列出连接）</translation>
    </message>
    <message>
        <source>The keychain has no %1 for connection %2.</source>
        <translation>钥匙串中没有连接 %2 的%1。</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). Duper asks for the %2 of connection %3 for this run only.</source>
        <translation>钥匙串不可用（%1）。Duper 仅在本次运行中询问连接 %3 的%2。</translation>
    </message>
    <message>
        <source>connection %1 needs its %2: save it in the keychain with &quot;duper add-cluster --overwrite&quot;, set %3, or run duper in a terminal to be asked</source>
        <translation>连接 %1 需要其%2：请用 &quot;duper add-cluster --overwrite&quot; 将其保存到钥匙串，设置 %3，或在终端中运行 duper 以便提示输入</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>%2 上 %1 的密码： </translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%2 的%1： </translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>未输入任何内容</translation>
    </message>
    <message>
        <source>no secret was given: type it at the prompt, or pipe it on stdin (one line)</source>
        <translation>未提供密钥：请在提示处输入，或通过 stdin 管道传入（一行）</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>expected &quot;clusters:&quot; at the top of the file</source>
        <translation>文件开头应为 &quot;clusters:&quot;</translation>
    </message>
    <message>
        <source>&quot;clusters&quot; is not a list</source>
        <translation>&quot;clusters&quot; 不是列表</translation>
    </message>
    <message>
        <source>cluster #%1 has no name and was skipped</source>
        <translation>集群 #%1 没有名称，已跳过</translation>
    </message>
    <message>
        <source>cluster %1 has no URL and was skipped</source>
        <translation>集群 %1 没有 URL，已跳过</translation>
    </message>
    <message>
        <source>create a follower index that replicates a leader index</source>
        <translation>创建复制领导者索引的追随者索引</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader index</source>
        <translation>持有领导者索引的远程集群（追随者上的别名）</translation>
    </message>
    <message>
        <source>pause replication into a follower index</source>
        <translation>暂停追随者索引的复制</translation>
    </message>
    <message>
        <source>resume replication into a paused follower index</source>
        <translation>恢复已暂停追随者索引的复制</translation>
    </message>
    <message>
        <source>Tuning options not given fall back to Elasticsearch&apos;s defaults, not to the earlier values.</source>
        <translation>未指定的调优选项将使用 Elasticsearch 的默认值，而不是先前的值。</translation>
    </message>
    <message>
        <source>remove a follower&apos;s retention leases from its leader index</source>
        <translation>从领导者索引中移除追随者的保留租约</translation>
    </message>
    <message>
        <source>Runs forget_follower on the LEADER cluster (--leader_url). The follower&apos;s cluster name and index UUID are read from the follower cluster (--url); the leader&apos;s remote cluster alias from --remote_cluster, else from the follower&apos;s follow info, else the follower&apos;s only remote cluster.</source>
        <translation>在领导者集群（--leader_url）上运行 forget_follower。追随者的集群名称和索引 UUID 从追随者集群（--url）读取；领导者的远程集群别名取自 --remote_cluster，否则取自追随者的 follow info，再否则取追随者唯一的远程集群。</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster alias as seen from the follower</source>
        <translation>从追随者看到的领导者远程集群别名</translation>
    </message>
    <message>
        <source>Follower index %1 created: it follows %2 on remote cluster %3.</source>
        <translation>追随者索引 %1 已创建：它跟随远程集群 %3 上的 %2。</translation>
    </message>
    <message>
        <source>Replication into %1 paused.</source>
        <translation>%1 的复制已暂停。</translation>
    </message>
    <message>
        <source>Replication into %1 resumed.</source>
        <translation>%1 的复制已恢复。</translation>
    </message>
    <message>
        <source>Leader index %1 forgot follower %2 (%3 of %4 shards).</source>
        <translation>领导者索引 %1 已忘记追随者 %2（%4 个分片中的 %3 个）。</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name must not be empty</source>
        <translation>auto_follow_pattern：名称不能为空</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not contain a &apos;,&apos;</source>
        <translation>auto_follow_pattern：“%1”不能包含“,”</translation>
    </message>
    <message>
        <source>auto_follow_pattern: &quot;%1&quot; must not start with &apos;_&apos;</source>
        <translation>auto_follow_pattern：“%1”不能以“_”开头</translation>
    </message>
    <message>
        <source>auto_follow_pattern: the name is too long (%1 &gt; 255 bytes)</source>
        <translation>auto_follow_pattern：名称过长（%1 &gt; 255 字节）</translation>
    </message>
    <message>
        <source>open a follower or leader index</source>
        <translation>打开追随者索引或领导者索引</translation>
    </message>
    <message>
        <source>close a follower or leader index</source>
        <translation>关闭追随者索引或领导者索引</translation>
    </message>
    <message>
        <source>Give exactly one of -f (an index on the follower cluster, --url) or -l (an index on the leader cluster, --leader_url).</source>
        <translation>请在 -f（追随者集群上的索引，--url）和 -l（领导者集群上的索引，--leader_url）中恰好指定一个。</translation>
    </message>
    <message>
        <source>give exactly one of -f/--follower_index or -l/--leader_index</source>
        <translation>请在 -f/--follower_index 和 -l/--leader_index 中恰好指定一个</translation>
    </message>
    <message>
        <source>-l/--leader_index acts on the leader cluster: give its REST URL with --leader_url, or a saved connection with -c NAME or set-leader-cluster</source>
        <translation>-l/--leader_index 作用于领导者集群：请用 --leader_url 指定其 REST URL，或用 -c NAME 或 set-leader-cluster 指定已保存的连接</translation>
    </message>
    <message>
        <source>Index %1 opened.</source>
        <translation>索引 %1 已打开。</translation>
    </message>
    <message>
        <source>Index %1 closed.</source>
        <translation>索引 %1 已关闭。</translation>
    </message>
    <message>
        <source>Passphrase of the client key %1: </source>
        <translation>客户端密钥 %1 的口令： </translation>
    </message>
    <message>
        <source>turn a follower index into a regular index</source>
        <translation>将追随者索引转换为普通索引</translation>
    </message>
    <message>
        <source>Runs pause, close, unfollow and open, one step at a time. If a step fails, running the same command again continues from where the index is.</source>
        <translation>依次运行 pause、close、unfollow 和 open，每次一步。如果某一步失败，再次运行同一命令会从索引当前所处的步骤继续。</translation>
    </message>
    <message>
        <source>recreate a follower index from its leader (after a fatal error)</source>
        <translation>从领导者重新创建追随者索引（发生致命错误后）</translation>
    </message>
    <message>
        <source>Runs pause, close and follow again with the same leader, remote cluster and parameters (tuning options given here replace them). Running it again after a failure continues.</source>
        <translation>使用相同的领导者、远程集群和参数依次运行 pause、close 和 follow（此处指定的调优选项会替换原参数）。失败后再次运行会继续执行。</translation>
    </message>
    <message>
        <source>%1 is now a regular index; replication has stopped.</source>
        <translation>%1 现在是普通索引；复制已停止。</translation>
    </message>
    <message>
        <source>%1 was recreated from its leader and follows it again.</source>
        <translation>%1 已从其领导者重新创建，并再次跟随它。</translation>
    </message>
    <message>
        <source>      already done</source>
        <translation>      早已完成</translation>
    </message>
    <message>
        <source>      done</source>
        <translation>      完成</translation>
    </message>
    <message>
        <source>Run &quot;duper %1 -f %2&quot; again to continue.</source>
        <translation>再次运行 &quot;duper %1 -f %2&quot; 以继续。</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere; duper will ask for it each time it uses %3</source>
        <translation>钥匙串不可用（%1）：%3 的%2未保存到任何地方；duper 每次使用 %3 时都会询问</translation>
    </message>
    <message>
        <source>the keychain is not available (%1): the %2 of %3 was NOT saved anywhere, so its client key cannot be read</source>
        <translation>钥匙串不可用（%1）：%3 的%2未保存到任何地方，因此无法读取其客户端密钥</translation>
    </message>
    <message>
        <source>run emulated leader and follower clusters on 127.0.0.1 to try duper</source>
        <translation>在 127.0.0.1 上运行模拟的领导者和追随者集群以试用 duper</translation>
    </message>
    <message>
        <source>Run &quot;duper sandbox --help&quot; for its options.</source>
        <translation>运行 &quot;duper sandbox --help&quot; 查看其选项。</translation>
    </message>
    <message>
        <source>duper sandbox: an EMULATOR of Elasticsearch cross-cluster replication, for trying Duper. This is not Elasticsearch.</source>
        <translation>duper sandbox：Elasticsearch 跨集群复制的模拟器（EMULATOR），用于试用 Duper。这不是 Elasticsearch。</translation>
    </message>
    <message>
        <source>  follower cluster: %1  (cluster_name %2, remote cluster alias [%3])</source>
        <translation>  追随者集群：%1  （cluster_name %2，远程集群别名 [%3]）</translation>
    </message>
    <message>
        <source>  leader cluster:   %1  (cluster_name %2, transport %3)</source>
        <translation>  领导者集群：%1  （cluster_name %2，传输地址 %3）</translation>
    </message>
    <message>
        <source>  %1 leader indices with followers created in %2 ms</source>
        <translation>  已在 %2 ms 内创建 %1 个带追随者的领导者索引</translation>
    </message>
    <message>
        <source>  workload: %1 documents per tick into the leader indices</source>
        <translation>  工作负载：每个周期向领导者索引写入 %1 个文档</translation>
    </message>
    <message>
        <source>  authentication required</source>
        <translation>  需要身份验证</translation>
    </message>
    <message>
        <source>Try: duper --url %1 info   (and --leader_url %2 for forget, open -l, close -l)</source>
        <translation>试试：duper --url %1 info   （forget、open -l、close -l 还需 --leader_url %2）</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>duper sandbox: stopped.</source>
        <translation>duper sandbox：已停止。</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>意外的缩进</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>应为 &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>unterminated or malformed quoted text</source>
        <translation>引号文本未结束或格式错误</translation>
    </message>
    <message>
        <source>YAML anchors, tags and block text are not supported</source>
        <translation>不支持 YAML 锚点、标签和块文本</translation>
    </message>
    <message>
        <source>unterminated [ ] or { }</source>
        <translation>[ ] 或 { } 未结束</translation>
    </message>
    <message>
        <source>nested [ ] or { } are not supported</source>
        <translation>不支持嵌套的 [ ] 或 { }</translation>
    </message>
    <message>
        <source>line %1: tabs cannot indent YAML</source>
        <translation>第 %1 行：YAML 不能用制表符缩进</translation>
    </message>
    <message>
        <source>follower indices or patterns to show</source>
        <translation>要显示的追随者索引或模式</translation>
    </message>
    <message>
        <source>Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests</source>
        <translation>自动跟随：已跟随 %1 个索引，%2 个失败，%3 个远程请求失败</translation>
    </message>
    <message>
        <source>FOLLOWER</source>
        <translation>追随者</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>OPERATIONS WRITTEN</source>
        <translation>已写入操作数</translation>
    </message>
    <message>
        <source>GLOBAL CHECKPOINT LAG</source>
        <translation>全局检查点延迟</translation>
    </message>
    <message>
        <source>FAILED READS</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>FATAL ERROR</source>
        <translation>致命错误</translation>
    </message>
    <message>
        <source>list follower indices: status, remote cluster, leader</source>
        <translation>列出追随者索引：状态、远程集群、领导者</translation>
    </message>
    <message>
        <source>show replication progress of follower indices</source>
        <translation>显示追随者索引的复制进度</translation>
    </message>
    <message>
        <source>--level shard reads the follower indices&apos; stats (JSON includes each shard); --level cluster reads the cluster-wide CCR stats, including auto-follow counters. Paused followers have no stats.</source>
        <translation>--level shard 读取追随者索引的统计信息（JSON 包含每个分片）；--level cluster 读取集群范围的 CCR 统计信息，包括自动跟随计数器。已暂停的追随者没有统计信息。</translation>
    </message>
    <message>
        <source>which statistics to read</source>
        <translation>要读取的统计信息</translation>
    </message>
    <message>
        <source>LEADER</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>--level must be shard or cluster, not &quot;%1&quot;</source>
        <translation>--level 必须为 shard 或 cluster，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connection %1 (%2)</source>
        <translation>连接 %1（%2）</translation>
    </message>
    <message>
        <source>check a connection: reachable, license, privileges, remote clusters</source>
        <translation>检查连接：可达性、许可证、权限、远程集群</translation>
    </message>
    <message>
        <source>Tests -c NAME, else --url, else the default follower connection: GET / (cluster name and version), whether the license allows cross-cluster replication, whether the user has manage_ccr, monitor and manage (and what a missing one prevents), and how many remote clusters there are and are connected. Exit code 3 when the cluster cannot be reached, 4 when it refuses the credentials, 1 when a check failed, 0 otherwise (also with warnings).</source>
        <translation>测试 -c NAME，否则测试 --url，再否则测试默认追随者连接：GET /（集群名称和版本）、许可证是否允许跨集群复制、用户是否拥有 manage_ccr、monitor 和 manage 权限（以及缺少时会影响什么），以及有多少远程集群、其中多少已连接。无法访问集群时退出码为 3，拒绝凭据时为 4，有检查失败时为 1，否则为 0（有警告时也是）。</translation>
    </message>
    <message>
        <source>most operations to pull per read from the leader</source>
        <translation>每次从领导者读取的最大操作数</translation>
    </message>
    <message>
        <source>most operations per bulk write on the follower</source>
        <translation>追随者上每次批量写入的最大操作数</translation>
    </message>
    <message>
        <source>most read requests in flight to the leader</source>
        <translation>发往领导者的最大并发读取请求数</translation>
    </message>
    <message>
        <source>most write requests in flight on the follower</source>
        <translation>追随者上的最大并发写入请求数</translation>
    </message>
    <message>
        <source>most bytes per read from the leader (e.g. 32mb)</source>
        <translation>每次从领导者读取的最大字节数（例如 32mb）</translation>
    </message>
    <message>
        <source>most bytes per bulk write on the follower</source>
        <translation>追随者上每次批量写入的最大字节数</translation>
    </message>
    <message>
        <source>queued operations at which reads are deferred</source>
        <translation>排队操作数达到此值时推迟读取</translation>
    </message>
    <message>
        <source>queued bytes at which reads are deferred</source>
        <translation>排队字节数达到此值时推迟读取</translation>
    </message>
    <message>
        <source>longest wait before retrying a failed operation (&lt;= 5m)</source>
        <translation>重试失败操作前的最长等待时间（&lt;= 5m）</translation>
    </message>
    <message>
        <source>how long a read waits for new operations on the leader</source>
        <translation>一次读取在领导者上等待新操作的时长</translation>
    </message>
    <message>
        <source>shard copies that must be active before the command returns</source>
        <translation>命令返回前必须处于活动状态的分片副本数</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1：必须指定一个值</translation>
    </message>
    <message>
        <source>wait_for_active_shards: a value is required</source>
        <translation>wait_for_active_shards：必须指定一个值</translation>
    </message>
    <message>
        <source>follow the existing leader indices that match patterns</source>
        <translation>跟随与模式匹配的现有领导者索引</translation>
    </message>
    <message>
        <source>Auto-follow patterns only follow leader indices created after the pattern; follow-many follows the ones that exist now. Leader indices already followed, excluded, or whose follower name is taken or invalid are not followed; a taken or invalid name makes the exit code 1. --dry-run prints the plan and follows nothing. With --auto_follow_pattern the matching auto-follow pattern is created at the end, so new leader indices follow too.</source>
        <translation>自动跟随模式只跟随模式创建之后新建的领导者索引；follow-many 跟随当前已存在的索引。已被跟随、被排除，或追随者名称已被占用或无效的领导者索引不会被跟随；名称被占用或无效会使退出码为 1。--dry-run 输出计划但不跟随任何索引。指定 --auto_follow_pattern 时，会在最后创建对应的自动跟随模式，使新的领导者索引也被跟随。</translation>
    </message>
    <message>
        <source>the remote cluster (alias on the follower) that holds the leader indices</source>
        <translation>持有这些领导者索引的远程集群（追随者上的别名）</translation>
    </message>
    <message>
        <source>name of the follower indices; {{leader_index}} is the leader&apos;s name</source>
        <translation>追随者索引的名称；{{leader_index}} 代表领导者的名称</translation>
    </message>
    <message>
        <source>print the plan, follow nothing</source>
        <translation>输出计划，不跟随任何索引</translation>
    </message>
    <message>
        <source>also create this auto-follow pattern with the same settings</source>
        <translation>同时以相同设置创建此自动跟随模式</translation>
    </message>
    <message>
        <source>how many follow requests run at once</source>
        <translation>同时运行的跟随请求数</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; gives invalid follower names: %2</source>
        <translation>follow_index_pattern：&quot;%1&quot; 产生了无效的追随者名称：%2</translation>
    </message>
    <message>
        <source>follow_index_pattern: &quot;%1&quot; must contain {{leader_index}}, or every leader index gets the same follower</source>
        <translation>follow_index_pattern：&quot;%1&quot; 必须包含 {{leader_index}}，否则每个领导者索引都会得到同一个追随者</translation>
    </message>
    <message>
        <source>leader_index_patterns: &quot;%1&quot; must not contain &apos;:&apos; or spaces</source>
        <translation>leader_index_patterns：&quot;%1&quot; 不能包含 &apos;:&apos; 或空格</translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; must be a number from 1 to 64</source>
        <translation>concurrency：&quot;%1&quot; 必须是 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>could not list the leader indices</source>
        <translation>无法列出领导者索引</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es) of remote cluster %1…</source>
        <translation>
            <numerusform>正在跟随远程集群 %1 的 %n 个领导者索引…</numerusform>
        </translation>
    </message>
    <message>
        <source>followed</source>
        <translation>已跟随</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1（数据流 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 created: new leader indices follow too.</source>
        <translation>自动跟随模式 %1 已创建：新的领导者索引也将被跟随。</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1 not created: %2</source>
        <translation>自动跟随模式 %1 未创建：%2</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>没有与这些模式匹配的领导者索引。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n leader index(es) would be followed, nothing was changed.</source>
        <translation>
            <numerusform>试运行：将跟随 %n 个领导者索引，未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>已创建 %n 个追随者索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already paused: nothing to do.</source>
        <translation>%1 已暂停：无需操作。</translation>
    </message>
    <message>
        <source>%1 is already active: nothing to do.</source>
        <translation>%1 已处于活动状态：无需操作。</translation>
    </message>
    <message>
        <source>resume with the parameters remembered when it was paused (saved connections only)</source>
        <translation>使用暂停时记住的参数恢复（仅限已保存的连接）</translation>
    </message>
    <message>
        <source>give either --remembered or tuning options, not both</source>
        <translation>请指定 --remembered 或调优选项之一，不能同时指定</translation>
    </message>
    <message>
        <source>--remembered needs a saved connection (-c NAME or the default follower): a --url connection remembers nothing</source>
        <translation>--remembered 需要已保存的连接（-c NAME 或默认追随者）：--url 连接不会记住任何内容</translation>
    </message>
    <message>
        <source>No parameters are remembered for %1: Elasticsearch&apos;s defaults apply.</source>
        <translation>未记住 %1 的参数：将使用 Elasticsearch 的默认值。</translation>
    </message>
    <message>
        <source>set up bi-directional replication between two clusters</source>
        <translation>在两个集群之间设置双向复制</translation>
    </message>
    <message>
        <source>the remote cluster on this cluster that points at the other one</source>
        <translation>此集群上指向另一集群的远程集群</translation>
    </message>
    <message>
        <source>the remote cluster on the other cluster that points back at this one</source>
        <translation>另一集群上指回此集群的远程集群</translation>
    </message>
    <message>
        <source>leader index names or wildcards to replicate both ways</source>
        <translation>要双向复制的领导者索引名称或通配符</translation>
    </message>
    <message>
        <source>print the plan, change nothing</source>
        <translation>打印计划，不做任何更改</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不要求确认</translation>
    </message>
    <message>
        <source>remote_cluster_back: give each cluster its own alias for the other</source>
        <translation>remote_cluster_back：请为每个集群指定各自指向对方的别名</translation>
    </message>
    <message>
        <source>could not read the setup of %1</source>
        <translation>无法读取 %1 的设置</translation>
    </message>
    <message>
        <source>bidirectional changes both clusters: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>bidirectional 会更改两个集群：在没有终端时运行需添加 --yes（或用 --dry-run 查看计划）</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>在 %1 和 %2 之间设置双向复制？</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1 (%2: set to %3)</source>
        <translation>%1（%2：设为 %3）</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>LEADER INDICES</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>FOLLOWER NAMES</source>
        <translation>追随者名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>auto-follow pattern %1 already exists on %2 and differs: %3</source>
        <translation>自动跟随模式 %1 已存在于 %2 上且不同：%3</translation>
    </message>
    <message>
        <source>Both patterns exist already: there is nothing to set up.</source>
        <translation>两个模式均已存在：无需设置任何内容。</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Bi-directional replication between %1 and %2 is set up.</source>
        <translation>%1 与 %2 之间的双向复制已设置完成。</translation>
    </message>
    <message numerus="yes">
        <source>Bi-directional setup did not finish: %n item(s) failed.</source>
        <translation>
            <numerusform>双向复制设置未完成：%n 项失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>make the old leader cluster follow the promoted cluster after a failover</source>
        <translation>故障转移后，让旧的领导者集群跟随已提升的集群</translation>
    </message>
    <message>
        <source>Run against the old leader cluster (--url) once it is back; --leader_url is the promoted cluster and --remote_cluster the alias on the old leader that points to it (added, seeded with the promoted cluster&apos;s transport address, when missing). Every regular index of the promoted cluster is followed under the same name; the old leader&apos;s copies of them are deleted first, which needs --yes-delete-stale-copies or a confirmation on a terminal that names them (without either it stops before deleting, exit 1). Then it waits until every follower has caught up and checks the document counts. --dry-run prints the plan and changes nothing. If a step fails, run the same command again: it continues. A report is saved after every run. Exit code 0 when every index follows and has caught up, 1 otherwise.</source>
        <translation>在旧的领导者集群恢复后针对它（--url）运行；--leader_url 为已提升的集群，--remote_cluster 为旧领导者上指向它的别名（缺失时会添加，并以已提升集群的传输地址作为种子）。已提升集群的每个普通索引都会以相同名称被跟随；旧领导者上这些索引的副本会先被删除，这需要 --yes-delete-stale-copies 或在终端中对列出其名称的提示进行确认（两者都没有时会在删除前停止，退出码 1）。随后等待每个追随者追上，并检查文档数。--dry-run 打印计划而不做任何更改。如果某一步失败，请再次运行同一命令：它会继续执行。每次运行后都会保存报告。每个索引都在跟随且已追上时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>the alias on this cluster that points to the promoted cluster</source>
        <translation>此集群上指向已提升集群的别名</translation>
    </message>
    <message>
        <source>agree to deleting this cluster&apos;s old copies of the indices</source>
        <translation>同意删除此集群上索引的旧副本</translation>
    </message>
    <message>
        <source>where to save the report</source>
        <translation>报告的保存位置</translation>
    </message>
    <message>
        <source>after failing back, promote this cluster and make the other one follow it again (a separate confirmation)</source>
        <translation>故障回切后，提升此集群并让另一集群重新跟随它（需单独确认）</translation>
    </message>
    <message>
        <source>with --switch-back: the alias on the promoted cluster that points to this one</source>
        <translation>与 --switch-back 一起使用：已提升集群上指向此集群的别名</translation>
    </message>
    <message>
        <source>--switch-back needs --remote_cluster_back: the alias on the promoted cluster that points to this one</source>
        <translation>--switch-back 需要 --remote_cluster_back：已提升集群上指向此集群的别名</translation>
    </message>
    <message>
        <source>could not read the promoted cluster</source>
        <translation>无法读取已提升的集群</translation>
    </message>
    <message>
        <source>could not read this cluster</source>
        <translation>无法读取此集群</translation>
    </message>
    <message>
        <source>failback changes this cluster: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failback 会更改此集群：在没有终端时运行需添加 --yes（或用 --dry-run 查看计划）</translation>
    </message>
    <message numerus="yes">
        <source>Make this cluster follow %n index(es) from %1?</source>
        <translation>
            <numerusform>让此集群跟随来自 %1 的 %n 个索引？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these old copies on this cluster for good: %1?</source>
        <translation>永久删除此集群上的这些旧副本：%1？</translation>
    </message>
    <message>
        <source>Stopped before deleting: this cluster&apos;s copies %1 must be deleted before it can follow them. Run again with --yes-delete-stale-copies (or on a terminal) to agree. Nothing was changed.</source>
        <translation>已在删除前停止：此集群上的副本 %1 必须先删除，才能跟随它们。请使用 --yes-delete-stale-copies 再次运行（或在终端中运行）以表示同意。未做任何更改。</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>已提升的集群没有可跟随的索引：无需故障回切。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>本集群</translation>
    </message>
    <message>
        <source>DOCS HERE</source>
        <translation>本集群文档数</translation>
    </message>
    <message>
        <source>DOCS PROMOTED</source>
        <translation>已提升集群文档数</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>DATA STREAM</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>Plan for failing back to %1:</source>
        <translation>故障回切到 %1 的计划：</translation>
    </message>
    <message>
        <source>exists, connected</source>
        <translation>已存在，已连接</translation>
    </message>
    <message>
        <source>exists, not connected</source>
        <translation>已存在，未连接</translation>
    </message>
    <message>
        <source>add it with seeds %1</source>
        <translation>以种子节点 %1 添加</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n 个索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 complete: this cluster follows %n index(es) and has caught up.</source>
        <translation>
            <numerusform>故障回切到 %1 已完成：此集群跟随 %n 个索引，且均已追上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>故障回切到 %1 未完成：%n 项失败。请再次运行同一命令以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Switch back now: promote this cluster&apos;s %n follower(s) and make the other cluster follow it again through %1?</source>
        <translation>
            <numerusform>现在切回：提升此集群的 %n 个追随者，并让另一集群通过 %1 重新跟随它？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not switched back.</source>
        <translation>未切回。</translation>
    </message>
    <message>
        <source>Delete the other cluster&apos;s copies for good: %1?</source>
        <translation>永久删除另一集群上的副本：%1？</translation>
    </message>
    <message>
        <source>Not switched back: the other cluster&apos;s copies must be deleted before it can follow this one; add --yes-delete-stale-copies (or run on a terminal) to agree.</source>
        <translation>未切回：另一集群上的副本必须先删除，它才能跟随此集群；请添加 --yes-delete-stale-copies（或在终端中运行）以表示同意。</translation>
    </message>
    <message>
        <source>Switching back: %1</source>
        <translation>正在切回：%1</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>已切回：已恢复原来的复制方向。</translation>
    </message>
    <message>
        <source>Switching back did not finish: run the same command again to continue.</source>
        <translation>切回未完成：请再次运行同一命令以继续。</translation>
    </message>
    <message>
        <source>promote this cluster&apos;s followers of a lost leader cluster</source>
        <translation>提升此集群上跟随已丢失领导者集群的追随者</translation>
    </message>
    <message>
        <source>Run against the follower cluster when the leader cluster behind --remote_cluster is lost. In Elastic&apos;s order: pause that remote&apos;s auto-follow patterns, turn every follower index of it into a regular index (pause, close, unfollow, open), promote its replicated data streams, then check that nothing follows it any more. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. If a step fails, run the same command again: it continues from where each index is. A report (JSON and Markdown) is saved after every run. Exit code 0 when every index was promoted, 1 when any failed.</source>
        <translation>当 --remote_cluster 背后的领导者集群丢失时，针对追随者集群运行。按照 Elastic 的顺序：暂停该远程集群的自动跟随模式，将其每个追随者索引转换为普通索引（pause、close、unfollow、open），提升其已复制的数据流，然后检查已不再有任何索引跟随它。--dry-run 打印计划而不做任何更改。在终端中，除非指定 --yes，否则会在更改任何内容前询问；没有终端时必须指定 --yes。如果某一步失败，请再次运行同一命令：它会从每个索引当前所处的步骤继续。每次运行后都会保存报告（JSON 和 Markdown）。每个索引都已提升时退出码为 0，有任何失败时为 1。</translation>
    </message>
    <message>
        <source>the remote cluster (alias on this cluster) that was lost</source>
        <translation>已丢失的远程集群（此集群上的别名）</translation>
    </message>
    <message>
        <source>could not read what follows %1</source>
        <translation>无法读取跟随 %1 的内容</translation>
    </message>
    <message>
        <source>remote_cluster: this cluster has no remote cluster &quot;%1&quot;</source>
        <translation>remote_cluster：此集群没有远程集群“%1”</translation>
    </message>
    <message>
        <source>failover changes the cluster and cannot be undone: add --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>failover 会更改集群且无法撤销：在没有终端时运行需添加 --yes（或用 --dry-run 查看计划）</translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>从 %1 故障转移 %n 个追随者索引？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>此集群上已没有任何索引跟随 %1：无需故障转移。</translation>
    </message>
    <message>
        <source>FOLLOWER INDEX</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>LEADER INDEX</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>Plan for failing over from %1:</source>
        <translation>从 %1 故障转移的计划：</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es)</source>
        <translation>
            <numerusform>%n 个追随者索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 complete: %n index(es) are regular, writable indices now.</source>
        <translation>
            <numerusform>从 %1 故障转移已完成：%n 个索引现已成为可写入的普通索引。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failover from %1 did not finish: %n item(s) failed. Run the same command again to continue.</source>
        <translation>
            <numerusform>从 %1 故障转移未完成：%n 项失败。请再次运行同一命令以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>  scenario dr: %1 followed under the same names, auto-follow pattern [%2] for logs-*, data stream %3 (two backing indices, replicated)</source>
        <translation>  场景 dr：%1 以相同名称被跟随，自动跟随模式 [%2] 用于 logs-*，数据流 %3（两个后备索引，已复制）</translation>
    </message>
    <message>
        <source>Emulator control: type &quot;down leader&quot;, &quot;up leader&quot;, &quot;down follower&quot;, &quot;up follower&quot;, &quot;status&quot; or &quot;help&quot;.</source>
        <translation>模拟器控制：输入 &quot;down leader&quot;、&quot;up leader&quot;、&quot;down follower&quot;、&quot;up follower&quot;、&quot;status&quot; 或 &quot;help&quot;。</translation>
    </message>
    <message>
        <source>Emulator control (not an Elasticsearch API):
  down leader | down follower   simulate an outage: the cluster refuses connections and the other cluster loses it as a remote
  up leader | up follower       bring it back on the same ports, data intact
  status                        show which clusters are up
  help                          show this help</source>
        <translation>模拟器控制（不是 Elasticsearch API）：
  down leader | down follower   模拟故障：该集群拒绝连接，另一集群失去这个远程集群
  up leader | up follower       在相同端口上恢复它，数据保持不变
  status                        显示哪些集群正在运行
  help                          显示此帮助</translation>
    </message>
    <message>
        <source>Could not bring the %1 cluster back: %2</source>
        <translation>无法恢复 %1 集群：%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Type &quot;help&quot; for the commands.</source>
        <translation>未知命令“%1”。输入 &quot;help&quot; 查看命令。</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>已宕机</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>leader cluster: %1, follower cluster: %2</source>
        <translation>领导者集群：%1，追随者集群：%2</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short form of yes</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long form of yes</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>Run against one cluster (--url) with the other at --leader_url. Each cluster gets an auto-follow pattern bidirectional-&lt;alias&gt; following the other&apos;s --leader_index_patterns through its remote alias (--remote_cluster on this cluster, --remote_cluster_back on the other); followers are named &lt;index&gt;-replicated_from_&lt;alias&gt; and both patterns exclude *-replicated_from_*, so nothing replicates back in a loop. A missing or disconnected alias is set to the other cluster&apos;s transport address. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless --yes; without a terminal --yes is required. Running it again changes nothing; a different pattern of the same name is an error. A report (JSON and Markdown) is saved after every run. Exit code 0 when both patterns read back as planned, 1 otherwise.</source>
        <translation>针对一个集群（--url）运行，另一个集群由 --leader_url 指定。每个集群都会获得一个自动跟随模式 bidirectional-&lt;alias&gt;，通过其远程别名（此集群上为 --remote_cluster，另一集群上为 --remote_cluster_back）跟随对方的 --leader_index_patterns；追随者命名为 &lt;index&gt;-replicated_from_&lt;alias&gt;，且两个模式都排除 *-replicated_from_*，因此不会循环复制回去。缺失或未连接的别名会被设置为另一集群的传输地址。--dry-run 打印计划而不做任何更改。在终端中，除非指定 --yes，否则会在更改任何内容前询问；没有终端时必须指定 --yes。再次运行不会做任何更改；同名但不同的模式会导致错误。每次运行后都会保存报告（JSON 和 Markdown）。两个模式的回读结果都与计划一致时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>give the leader cluster with --leader_url, -c NAME or a saved leader connection</source>
        <translation>请用 --leader_url、-c NAME 或已保存的领导者连接指定领导者集群</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Created cross-cluster API key %1 (id %2).</source>
        <translation>已创建跨集群 API 密钥 %1（id %2）。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>它将于 %1 过期。</translation>
    </message>
    <message>
        <source>The encoded key is in the keychain for remote cluster %1 (cluster.remote.%1.credentials).</source>
        <translation>编码后的密钥已存入钥匙串，供远程集群 %1 使用（cluster.remote.%1.credentials）。</translation>
    </message>
    <message>
        <source>cross-cluster API keys on the leader: create, list, invalidate</source>
        <translation>领导者上的跨集群 API 密钥：创建、列出、使失效</translation>
    </message>
    <message>
        <source>Run &quot;duper cross-cluster-key create|list|invalidate --help&quot;.</source>
        <translation>请运行 &quot;duper cross-cluster-key create|list|invalidate --help&quot;。</translation>
    </message>
    <message>
        <source>create a cross-cluster API key on the leader cluster</source>
        <translation>在领导者集群上创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>the key&apos;s name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>leader index patterns the key may replicate</source>
        <translation>该密钥可以复制的领导者索引模式</translation>
    </message>
    <message>
        <source>index patterns the key may search</source>
        <translation>该密钥可以搜索的索引模式</translation>
    </message>
    <message>
        <source>the key expires after this time, e.g. 30d</source>
        <translation>密钥在此时间后过期，例如 30d</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>keep the encoded key in the keychain for this remote cluster alias</source>
        <translation>将编码后的密钥存入钥匙串，供此远程集群别名使用</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) on stdout</source>
        <translation>在 stdout 上输出编码后的密钥（机密）</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s id. The encoded key, the credential a follower cluster stores as cluster.remote.&lt;alias&gt;.credentials, is a secret: it is printed only with --show-key, and with --remote_cluster it is kept in the system keychain only. Give at least one of them, or the key cannot be used.</source>
        <translation>输出新密钥的 id。编码后的密钥，即追随者集群以 cluster.remote.&lt;alias&gt;.credentials 存储的凭据，属于机密：仅在指定 --show-key 时输出，指定 --remote_cluster 时则只保存在系统钥匙串中。请至少指定其中之一，否则该密钥无法使用。</translation>
    </message>
    <message>
        <source>list the cross-cluster API keys of the leader cluster</source>
        <translation>列出领导者集群的跨集群 API 密钥</translation>
    </message>
    <message>
        <source>invalidate cross-cluster API keys on the leader cluster</source>
        <translation>使领导者集群上的跨集群 API 密钥失效</translation>
    </message>
    <message>
        <source>the key(s) to invalidate</source>
        <translation>要使其失效的密钥</translation>
    </message>
    <message>
        <source>Remote clusters that connect with an invalidated key disconnect, and their follower indices stop replicating (their reads fail).</source>
        <translation>使用已失效密钥连接的远程集群会断开连接，其追随者索引会停止复制（读取会失败）。</translation>
    </message>
    <message>
        <source>give a subcommand: create, list or invalidate</source>
        <translation>请指定子命令：create、list 或 invalidate</translation>
    </message>
    <message>
        <source>give --remote_cluster ALIAS to keep the encoded key in the keychain, or --show-key to print it</source>
        <translation>请指定 --remote_cluster ALIAS 将编码后的密钥存入钥匙串，或指定 --show-key 将其输出</translation>
    </message>
    <message>
        <source>could not create the cross-cluster API key</source>
        <translation>无法创建跨集群 API 密钥</translation>
    </message>
    <message>
        <source>the key was created (id %1) but the keychain could not keep it: %2. Invalidate it with &quot;duper cross-cluster-key invalidate --id %1&quot;, or create one with --show-key.</source>
        <translation>密钥已创建（id %1），但无法存入钥匙串：%2。请用 &quot;duper cross-cluster-key invalidate --id %1&quot; 使其失效，或使用 --show-key 重新创建一个。</translation>
    </message>
    <message>
        <source>could not list the API keys</source>
        <translation>无法列出 API 密钥</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>REPLICATION</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>could not invalidate the API keys</source>
        <translation>无法使 API 密钥失效</translation>
    </message>
    <message>
        <source>Invalidated %1.</source>
        <translation>已使 %1 失效。</translation>
    </message>
    <message>
        <source>%1 was already invalidated.</source>
        <translation>%1 已经失效。</translation>
    </message>
    <message>
        <source>no API key with id %1 on the leader cluster</source>
        <translation>领导者集群上没有 id 为 %1 的 API 密钥</translation>
    </message>
    <message>
        <source>  leader remote cluster server (cross-cluster API keys): %1</source>
        <translation>  领导者远程集群服务器（跨集群 API 密钥）：%1</translation>
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
已保存的连接：&quot;duper config&quot; 列出它们，add-cluster 保存一个连接（其密钥存入钥匙串）。
未指定 --url 和 -c 时，命令使用默认的追随者连接，否则使用 http://localhost:9200。
环境变量：DUPER_PASSWORD（--username 的密码），DUPER_API_KEY（编码后的 API 密钥），
DUPER_CROSS_CLUSTER_KEY（&quot;duper connect --api-key-from&quot; 使用的跨集群 API 密钥）。
退出码：0 成功；1 Elasticsearch 拒绝了请求；2 用法或输入错误；3 无法访问集群
（连接、TLS、超时）；4 身份验证或授权失败。
运行 &quot;duper &lt;command&gt; --help&quot; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>创建密钥需要 --replication（钥匙串中没有为远程集群 %1 保存的密钥）</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key; invalidate this one with &quot;duper cross-cluster-key invalidate --id %2&quot; when it is not used</source>
        <translation>钥匙串无法保存它（%1）：下次运行将创建另一个密钥；当此密钥不再使用时，请用 &quot;duper cross-cluster-key invalidate --id %2&quot; 使其失效</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>API key (no credential)</source>
        <translation>API 密钥（无凭据）</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>追随者</translation>
    </message>
    <message>
        <source>list remote clusters: status, mode, security model, addresses</source>
        <translation>列出远程集群：状态、模式、安全模型、地址</translation>
    </message>
    <message>
        <source>SECURITY is &quot;API key&quot; for a remote secured with a cross-cluster API key (&quot;API key (no credential)&quot; when the keystore entry is not in force yet) and &quot;certificate&quot; for the TLS certificate model. --json gives security as api_key or certificate and, for API-key remotes, credentials_present.</source>
        <translation>对于使用跨集群 API 密钥保护的远程，安全列为“API 密钥”（密钥库条目尚未生效时为“API 密钥（无凭据）”），对于 TLS 证书模型则为“证书”。--json 将 security 给出为 api_key 或 certificate，对于 API 密钥远程还会给出 credentials_present。</translation>
    </message>
    <message>
        <source>send the requests even when the privilege check finds missing privileges</source>
        <translation>即使权限检查发现缺少权限，也发送请求</translation>
    </message>
    <message>
        <source>warning: could not check before sending: %1</source>
        <translation>警告：发送前无法检查：%1</translation>
    </message>
    <message>
        <source>Nothing was sent: the privilege check found missing privileges.</source>
        <translation>未发送任何请求：权限检查发现缺少权限。</translation>
    </message>
    <message>
        <source>Ask an administrator for them, or give --skip-preflight to send the requests anyway.</source>
        <translation>请向管理员申请这些权限，或指定 --skip-preflight 以仍然发送请求。</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB, too large for a configuration file</source>
        <translation>文件大于 %1 KB，作为配置文件过大</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>check that follower indices hold what their leaders hold</source>
        <translation>检查跟随索引是否包含其领导者的全部内容</translation>
    </message>
    <message>
        <source>check every follower index</source>
        <translation>检查每个跟随索引</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster (instead of --leader_url)</source>
        <translation>领导者集群的已保存连接（代替 --leader_url）</translation>
    </message>
    <message>
        <source>the default leader connection</source>
        <translation>默认领导者连接</translation>
    </message>
    <message>
        <source>check only followers of this remote cluster (the one the leader stands for)</source>
        <translation>仅检查此远程集群（领导者所代表的集群）的跟随者</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and each shard&apos;s follower checkpoint with the leader&apos;s max sequence number. &quot;complete&quot;: every operation replicated and the counts agree; &quot;behind&quot;: operations still to replicate (by how many); &quot;differs&quot;: the checkpoints match but the counts do not (elastic/elasticsearch#89991); &quot;not checked&quot;: a paused follower, a missing index or an unreachable cluster. Counts are what searches see, i.e. as of the last refresh.
Exit codes: 0 every copy complete or behind; 1 a copy differs or could not be checked; 2 bad usage; 3 a cluster could not be reached; 4 credentials refused.</source>
        <translation>比较领导者和跟随者的文档数，以及每个分片的跟随者检查点与领导者的最大序列号。“完整”：所有操作均已复制且文档数一致；“落后”：仍有操作待复制（及数量）；“不一致”：检查点一致但文档数不一致（elastic/elasticsearch#89991）；“未检查”：跟随者已暂停、索引缺失或集群无法连接。文档数是搜索可见的数量，即截至上次刷新。
退出码：0 所有副本完整或落后；1 有副本不一致或无法检查；2 用法错误；3 无法连接集群；4 凭据被拒绝。</translation>
    </message>
    <message>
        <source>give either -f/--follower_index or --all</source>
        <translation>请指定 -f/--follower_index 或 --all 之一</translation>
    </message>
    <message>
        <source>give either --leader or --leader_url</source>
        <translation>请指定 --leader 或 --leader_url 之一</translation>
    </message>
    <message>
        <source>the leader cluster is needed: give --leader_url URL or --leader NAME, or save a default leader connection</source>
        <translation>需要领导者集群：请指定 --leader_url URL 或 --leader NAME，或保存默认领导者连接</translation>
    </message>
    <message>
        <source>No follower indices to check.</source>
        <translation>没有要检查的跟随索引。</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>OPERATIONS BEHIND</source>
        <translation>落后操作数</translation>
    </message>
    <message>
        <source>LEADER DOCUMENTS</source>
        <translation>领导者文档数</translation>
    </message>
    <message>
        <source>FOLLOWER DOCUMENTS</source>
        <translation>跟随者文档数</translation>
    </message>
    <message>
        <source>every saved connection at once, one table</source>
        <translation>一次显示所有已保存的连接，合为一个表格</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>secret missing</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>--all-connections reads every saved connection: leave out -c/--connection and --url</source>
        <translation>--all-connections 会读取所有已保存的连接：请不要同时指定 -c/--connection 和 --url</translation>
    </message>
    <message>
        <source>there is no saved connection yet; add one with &quot;duper add-cluster&quot;</source>
        <translation>还没有已保存的连接；请用 &quot;duper add-cluster&quot; 添加一个</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>LICENSE</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>PATTERNS</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>WORST LAG</source>
        <translation>最大延迟</translation>
    </message>
    <message>
        <source>SINCE LAST READ</source>
        <translation>距上次读取</translation>
    </message>
    <message>
        <source>REMOTES</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>--all-connections lists the follower indices of every saved connection in one table with a CONNECTION column; clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>--all-connections 在一个带“连接”列的表格中列出所有已保存连接的追随者索引；无法读取的集群会在 stderr 中列出（退出码 1；全部无法读取时为 3）。</translation>
    </message>
    <message>
        <source>--all-connections shows one row per saved connection: reachable or why not, cluster, version, license, followers by status, auto-follow patterns, worst lag, longest time since a read and the remotes it follows (exit code 1 when some clusters could not be read, 3 when none could).</source>
        <translation>--all-connections 为每个已保存的连接显示一行：是否可访问（否则说明原因）、集群、版本、许可证、按状态统计的追随者、自动跟随模式、最大延迟、距上次读取的最长时间以及所跟随的远程集群（部分集群无法读取时退出码为 1，全部无法读取时为 3）。</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>show who replicates from whom across every saved connection</source>
        <translation>显示所有已保存连接之间谁从谁复制</translation>
    </message>
    <message>
        <source>One line per follower cluster and remote cluster alias it replicates from: the leader&apos;s saved connection (found by the addresses its nodes publish, else by its cluster name) or &quot;unknown&quot; with the remote&apos;s addresses, the number of follower indices and their worst status. Clusters that could not be read are named on stderr (exit code 1, or 3 when none could be read).</source>
        <translation>每个追随者集群及其复制来源的远程集群别名占一行：领导者的已保存连接（按其节点发布的地址查找，否则按集群名称），或 &quot;unknown&quot; 及远程集群的地址、追随者索引的数量及其最差状态。无法读取的集群会在 stderr 中列出（退出码 1；全部无法读取时为 3）。</translation>
    </message>
    <message>
        <source>FOLLOWER CLUSTER</source>
        <translation>追随者集群</translation>
    </message>
    <message>
        <source>LEADER CLUSTER</source>
        <translation>领导者集群</translation>
    </message>
    <message>
        <source>WORST STATUS</source>
        <translation>最差状态</translation>
    </message>
    <message>
        <source>--%1 needs a number of operations (0 or more), not &quot;%2&quot;</source>
        <translation>--%1 需要操作数（0 或更大），而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 cannot be negative</source>
        <translation>--%1 不能为负数</translation>
    </message>
    <message>
        <source>--%1 needs a share of the retention lease period such as 50% or a time such as 6h, not &quot;%2&quot;</source>
        <translation>--%1 需要保留租约期限的比例（如 50%）或时间（如 6h），而不是“%2”</translation>
    </message>
    <message>
        <source>check replication for a monitoring system (Nagios/Icinga plugin)</source>
        <translation>为监控系统检查复制（Nagios/Icinga 插件）</translation>
    </message>
    <message>
        <source>follower indices or patterns to check</source>
        <translation>要检查的追随者索引或模式</translation>
    </message>
    <message>
        <source>warn when a follower is more operations behind than this</source>
        <translation>追随者落后的操作数超过此值时发出警告</translation>
    </message>
    <message>
        <source>critical when a follower is more operations behind than this</source>
        <translation>追随者落后的操作数超过此值时视为严重</translation>
    </message>
    <message>
        <source>count lag only once it has lasted this long (needs --state-file)</source>
        <translation>延迟持续这么久后才计入（需要 --state-file）</translation>
    </message>
    <message>
        <source>warn when a shard last read from the leader longer ago</source>
        <translation>分片上次从领导者读取的时间早于此值时发出警告</translation>
    </message>
    <message>
        <source>critical when a shard last read from the leader longer ago</source>
        <translation>分片上次从领导者读取的时间早于此值时视为严重</translation>
    </message>
    <message>
        <source>warn when a follower has been paused this share of its leader&apos;s retention lease period (or this long)</source>
        <translation>追随者暂停时间达到其领导者保留租约期限的此比例（或此时长）时发出警告</translation>
    </message>
    <message>
        <source>critical when a follower has been paused this share of the period (or this long)</source>
        <translation>追随者暂停时间达到该期限的此比例（或此时长）时视为严重</translation>
    </message>
    <message>
        <source>remember between runs since when followers are paused or lagging (one file per check)</source>
        <translation>在多次运行之间记住追随者从何时开始暂停或延迟（每个检查一个文件）</translation>
    </message>
    <message>
        <source>the saved connection of the leader cluster, to read the retention lease period (instead of --leader_url)</source>
        <translation>领导者集群的已保存连接，用于读取保留租约期限（代替 --leader_url）</translation>
    </message>
    <message>
        <source>the remote cluster the leader connection stands for</source>
        <translation>领导者连接所代表的远程集群</translation>
    </message>
    <message>
        <source>every one</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Rules: lag above --lag-warning/--lag-critical operations; a shard&apos;s last read from the leader longer ago than --last-read-warning/--last-read-critical; read exceptions (warning; critical when they keep repeating); a fatal error (critical); paused: the leader keeps the operations a paused follower needs only for its index.soft_deletes.retention_lease.period (12h by default, read from the leader when --leader_url or --leader is given), after which resuming fails. Elasticsearch does not record when a follower was paused: without --state-file a paused follower is a warning; with it, the check measures the pause from the first run that saw the follower replicating and then paused.
Output: a summary line with performance data after &apos;|&apos;, then one line per problem.
Exit codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (cluster unreachable, credentials refused, bad usage).</source>
        <translation>规则：延迟超过 --lag-warning/--lag-critical 个操作；分片上次从领导者读取的时间早于 --last-read-warning/--last-read-critical；读取异常（警告；持续重复时为严重）；致命错误（严重）；已暂停：领导者仅在其 index.soft_deletes.retention_lease.period（默认 12h，指定 --leader_url 或 --leader 时从领导者读取）内保留已暂停追随者所需的操作，过期后恢复将失败。Elasticsearch 不记录追随者何时被暂停：没有 --state-file 时，已暂停的追随者为警告；有该文件时，检查从首次看到追随者在复制、随后暂停的那次运行起测量暂停时长。
输出：一行摘要，&apos;|&apos; 之后为性能数据，然后每个问题一行。
退出码：0 OK；1 WARNING；2 CRITICAL；3 UNKNOWN（集群不可达、凭据被拒绝、用法错误）。</translation>
    </message>
    <message>
        <source>--lag-warning cannot be above --lag-critical</source>
        <translation>--lag-warning 不能高于 --lag-critical</translation>
    </message>
    <message>
        <source>--last-read-warning cannot be above --last-read-critical</source>
        <translation>--last-read-warning 不能高于 --last-read-critical</translation>
    </message>
    <message>
        <source>--paused-warning cannot be above --paused-critical</source>
        <translation>--paused-warning 不能高于 --paused-critical</translation>
    </message>
    <message>
        <source>--lag-for needs --state-file: a single check cannot tell how long lag has lasted</source>
        <translation>--lag-for 需要 --state-file：单次检查无法得知延迟已持续多久</translation>
    </message>
    <message>
        <source>no follower indices to check</source>
        <translation>没有要检查的追随者索引</translation>
    </message>
    <message>
        <source>%1 followers, lag max %2 ops</source>
        <translation>%1 个追随者，最大延迟 %2 个操作</translation>
    </message>
    <message>
        <source>%1 of %2 followers critical</source>
        <translation>%2 个追随者中有 %1 个严重</translation>
    </message>
    <message>
        <source>%1 of %2 followers warning</source>
        <translation>%2 个追随者中有 %1 个警告</translation>
    </message>
    <message>
        <source>, %1 warning</source>
        <translation>，%1 个警告</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>no follower index matches %1</source>
        <translation>没有与 %1 匹配的追随者索引</translation>
    </message>
    <message>
        <source>the leader connection stands for remote cluster %1, this follower follows %2</source>
        <translation>领导者连接代表远程集群 %1，而此追随者跟随的是 %2</translation>
    </message>
    <message>
        <source>No leader connection: the retention lease period is assumed to be Elasticsearch&apos;s default, %1 (give --leader_url or --leader to read it).</source>
        <translation>没有领导者连接：保留租约期限假定为 Elasticsearch 默认值 %1（指定 --leader_url 或 --leader 以读取实际值）。</translation>
    </message>
    <message>
        <source>Elasticsearch does not record when a follower was paused: give --state-file so that repeated checks measure it.</source>
        <translation>Elasticsearch 不记录追随者何时被暂停：请指定 --state-file，以便重复检查时进行测量。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1: %2</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个连接：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) moved into the keychain.</source>
        <translation>
            <numerusform>%n 个密钥已移入钥匙串。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectCommand</name>
    <message>
        <source>add or change a remote cluster on the follower</source>
        <translation>在追随者上添加或更改远程集群</translation>
    </message>
    <message>
        <source>the alias the follower will know the leader cluster by</source>
        <translation>追随者用来称呼领导者集群的别名</translation>
    </message>
    <message>
        <source>addresses of the leader cluster&apos;s nodes (sniff mode)</source>
        <translation>领导者集群节点的地址（sniff 模式）</translation>
    </message>
    <message>
        <source>secure the remote with a cross-cluster API key of this leader cluster (its REST URL or saved connection): runs the whole set-up</source>
        <translation>使用此领导者集群（其 REST URL 或已保存的连接）的跨集群 API 密钥保护该远程：运行完整设置</translation>
    </message>
    <message>
        <source>leader index patterns a new key may replicate</source>
        <translation>新密钥可以复制的领导者索引模式</translation>
    </message>
    <message>
        <source>index patterns a new key may search</source>
        <translation>新密钥可以搜索的索引模式</translation>
    </message>
    <message>
        <source>proxy mode on this address of the leader&apos;s remote cluster server</source>
        <translation>在领导者远程集群服务器的此地址上使用 proxy 模式</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server address</source>
        <translation>领导者的远程集群服务器地址</translation>
    </message>
    <message>
        <source>who stores the key in the follower nodes&apos; keystores: the sandbox&apos;s emulator, or you (auto: the emulator on a Duper sandbox)</source>
        <translation>由谁将密钥存入追随者节点的密钥库：沙盒的模拟器，或者你（auto：在 Duper 沙盒上为模拟器）</translation>
    </message>
    <message>
        <source>the keystore command already ran on every node: do not wait</source>
        <translation>密钥库命令已在每个节点上运行：不等待</translation>
    </message>
    <message>
        <source>read the encoded key to use from stdin</source>
        <translation>从 stdin 读取要使用的编码后密钥</translation>
    </message>
    <message>
        <source>create a new key even when the keychain keeps one for the alias</source>
        <translation>即使钥匙串中已有该别名的密钥，也创建新密钥</translation>
    </message>
    <message>
        <source>print the encoded key (a secret) with the keystore commands</source>
        <translation>随密钥库命令一起输出编码后的密钥（机密）</translation>
    </message>
    <message>
        <source>--%1 needs --api-key-from</source>
        <translation>--%1 需要 --api-key-from</translation>
    </message>
    <message>
        <source>--seeds is required (or --api-key-from for a remote secured by an API key)</source>
        <translation>需要 --seeds（对于由 API 密钥保护的远程，则需要 --api-key-from）</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects to %2.</source>
        <translation>远程集群 %1 现已连接到 %2。</translation>
    </message>
    <message>
        <source>--remote_cluster is required with --api-key-from</source>
        <translation>使用 --api-key-from 时需要 --remote_cluster</translation>
    </message>
    <message>
        <source>--keystore takes auto, emulator or manual, not &quot;%1&quot;</source>
        <translation>--keystore 接受 auto、emulator 或 manual，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --key-stdin or --new-key</source>
        <translation>请指定 --key-stdin 或 --new-key 之一</translation>
    </message>
    <message>
        <source>--key-stdin: no key arrived on stdin</source>
        <translation>--key-stdin：stdin 上没有收到密钥</translation>
    </message>
    <message>
        <source>--api-key-from: %1</source>
        <translation>--api-key-from：%1</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>无法读取钥匙串（%1）：将创建新密钥。</translation>
    </message>
    <message>
        <source>migrate the certificate-based remote of that alias to the API key in place</source>
        <translation>将该别名基于证书的远程就地迁移到 API 密钥</translation>
    </message>
    <message>
        <source>replace a remote cluster of that alias that is connected elsewhere, or migrate without asking</source>
        <translation>替换该别名下连接到别处的远程集群，或不经询问直接迁移</translation>
    </message>
    <message>
        <source>With --seeds alone: writes the persistent cluster.remote.&lt;alias&gt;.seeds setting (sniff mode, the certificate model); seeds are the leader&apos;s TRANSPORT addresses, not its REST URL.
With --api-key-from: sets up a remote secured by a cross-cluster API key in six steps: create the key on the leader (or use the one the keychain keeps for the alias, DUPER_CROSS_CLUSTER_KEY or --key-stdin; a new key is kept in the keychain only), read the nodes, store the key in every follower node&apos;s keystore (the sandbox does it itself; on a real cluster Duper prints the elasticsearch-keystore command per node and waits for Enter, or goes on with --keystore-done), reload the secure settings, add the remote on the leader&apos;s remote cluster server address (or --proxy_address / --seeds) and verify it connects. Run it again after a failure: steps already done are skipped.
With --api-key-from and --migrate-to-api-key: migrates an existing certificate-based remote (transport address) to the API key in place, in Elastic&apos;s order: create (or reuse) the key, pause the active follower indices and auto-follow patterns of the alias, switch the alias to the leader&apos;s remote cluster server with the key (the six steps above), resume exactly what it paused and verify the connection and the followers. When the switch or the check fails it puts the previous settings back and resumes what it paused (exit code 1). --dry-run prints the plan and changes nothing; on a terminal it asks first unless --yes is given. Run it again after an interruption: it knows what it paused.</source>
        <translation>仅使用 --seeds 时：写入持久的 cluster.remote.&lt;alias&gt;.seeds 设置（sniff 模式，证书模型）；种子节点是领导者的传输地址，而不是其 REST URL。
使用 --api-key-from 时：分六步设置一个由跨集群 API 密钥保护的远程：在领导者上创建密钥（或使用钥匙串为该别名保存的密钥、DUPER_CROSS_CLUSTER_KEY 或 --key-stdin；新密钥只保存在钥匙串中），读取节点，将密钥存入每个追随者节点的密钥库（沙盒会自行完成；在真实集群上，Duper 会输出每个节点的 elasticsearch-keystore 命令并等待 Enter，或使用 --keystore-done 继续），重新加载安全设置，在领导者的远程集群服务器地址（或 --proxy_address / --seeds）上添加远程，并验证其连接。失败后请再次运行：已完成的步骤会被跳过。
使用 --api-key-from 和 --migrate-to-api-key 时：按照 Elastic 的顺序，将现有的基于证书的远程（传输地址）就地迁移到 API 密钥：创建（或重用）密钥，暂停该别名下活动的追随者索引和自动跟随模式，使用密钥将该别名切换到领导者的远程集群服务器（即上述六个步骤），只恢复它所暂停的内容，并验证连接和追随者。如果切换或检查失败，会还原先前的设置并恢复已暂停的内容（退出码 1）。--dry-run 打印计划而不做任何更改；在终端中，除非指定 --yes，否则会先询问。中断后请再次运行：它知道自己暂停了哪些内容。</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectMigration</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--replication is required to create a key (no key is kept in the keychain for remote cluster %1)</source>
        <translation>创建密钥需要 --replication（钥匙串中没有为远程集群 %1 保存的密钥）</translation>
    </message>
    <message>
        <source>the migration pauses followers and switches remote cluster %1: give --yes to run it without a terminal (or --dry-run to see the plan)</source>
        <translation>迁移会暂停追随者并切换远程集群 %1：在没有终端时运行需指定 --yes（或用 --dry-run 查看计划）</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 to a cross-cluster API key?</source>
        <translation>将远程集群 %1 迁移到跨集群 API 密钥？</translation>
    </message>
    <message>
        <source>Remote cluster %1 already connects with a cross-cluster API key.</source>
        <translation>远程集群 %1 已通过跨集群 API 密钥连接。</translation>
    </message>
    <message>
        <source>a new key on the leader for %1</source>
        <translation>领导者上用于 %1 的新密钥</translation>
    </message>
    <message>
        <source>the key kept for the alias</source>
        <translation>为该别名保存的密钥</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>追随者：%1；自动跟随模式：%2</translation>
    </message>
    <message>
        <source>to the leader&apos;s remote cluster server, with the key in every node&apos;s keystore</source>
        <translation>到领导者的远程集群服务器，密钥位于每个节点的密钥库中</translation>
    </message>
    <message>
        <source>to %1, with the key in every node&apos;s keystore</source>
        <translation>到 %1，密钥位于每个节点的密钥库中</translation>
    </message>
    <message>
        <source>connected with cluster_credentials, the followers active</source>
        <translation>已通过 cluster_credentials 连接，追随者处于活动状态</translation>
    </message>
    <message>
        <source>Migrate remote cluster %1 (now %2) to a cross-cluster API key:</source>
        <translation>将远程集群 %1（当前为 %2）迁移到跨集群 API 密钥：</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this one goes on from where it is.</source>
        <translation>先前的一次运行中途停止：本次运行将从当前进度继续。</translation>
    </message>
    <message>
        <source>Left paused (they were paused before): %1</source>
        <translation>保持暂停（之前就已暂停）：%1</translation>
    </message>
    <message>
        <source>If the switch or the check fails, the settings above are put back and what was paused is resumed.</source>
        <translation>如果切换或检查失败，将还原上述设置，并恢复已暂停的内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>the keychain could not keep it (%1): a new run will create another key</source>
        <translation>无法存入钥匙串（%1）：再次运行时会创建另一个密钥</translation>
    </message>
    <message>
        <source>Remote cluster %1 now connects with a cross-cluster API key.</source>
        <translation>远程集群 %1 现已通过跨集群 API 密钥连接。</translation>
    </message>
    <message>
        <source>Rolled back: fix the failure above, then run the same command again.</source>
        <translation>已回滚：请修复上述失败，然后再次运行同一命令。</translation>
    </message>
    <message>
        <source>The rollback failed: run the same command again to go on.</source>
        <translation>回滚失败：请再次运行同一命令以继续。</translation>
    </message>
</context>
<context>
    <name>duper::cli::ConnectProgress</name>
    <message>
        <source>[3/6] On every node of the follower cluster, in its Elasticsearch folder, run the command below and paste the key at its prompt:</source>
        <translation>[3/6] 在追随者集群的每个节点上，于其 Elasticsearch 文件夹中运行下面的命令，并在其提示处粘贴密钥：</translation>
    </message>
    <message>
        <source>The key to paste: %1</source>
        <translation>要粘贴的密钥：%1</translation>
    </message>
    <message>
        <source>The key is kept in the keychain for remote cluster %1; run again with --show-key to see it.</source>
        <translation>该密钥已为远程集群 %1 保存在钥匙串中；如需查看，请加上 --show-key 重新运行。</translation>
    </message>
    <message>
        <source>Press Enter once the command ran on every node (Ctrl+C stops here).</source>
        <translation>在每个节点上运行该命令后按 Enter（按 Ctrl+C 在此停止）。</translation>
    </message>
    <message>
        <source>waiting for the keystore of every node: run the command shown on each, then run duper connect again with --keystore-done</source>
        <translation>正在等待每个节点的密钥库：请在每个节点上运行所示命令，然后使用 --keystore-done 再次运行 duper connect</translation>
    </message>
    <message>
        <source>Give --yes to replace it.</source>
        <translation>指定 --yes 以替换它。</translation>
    </message>
    <message>
        <source>Fix this, then run the same command again: it goes on where it stopped.</source>
        <translation>请修复此问题，然后再次运行同一命令：它会从停止处继续。</translation>
    </message>
    <message>
        <source>Remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>远程集群 %1 已通过跨集群 API 密钥连接。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2</translation>
    </message>
    <message>
        <source>MIT licence (MIT); the full text is below</source>
        <translation>MIT 许可证 (MIT)；全文见下方</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPL-3.0)</source>
        <translation>GNU Lesser General Public License v3 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence (BSD-3-Clause)</source>
        <translation>三条款 BSD 许可证 (BSD-3-Clause)</translation>
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
        <translation>现已严重：%1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>严重：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertListModel</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次读取</translation>
    </message>
    <message>
        <source>Read exceptions</source>
        <translation>读取异常</translation>
    </message>
    <message>
        <source>Fatal error</source>
        <translation>致命错误</translation>
    </message>
    <message>
        <source>Paused too long</source>
        <translation>暂停过久</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>已解除 %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Follower index</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertRulesWidget</name>
    <message>
        <source>Alerts for %1</source>
        <translation>%1 的告警</translation>
    </message>
    <message>
        <source>Lag &amp;warning above (operations):</source>
        <translation>延迟警告阈值（操作数）(&amp;W)：</translation>
    </message>
    <message>
        <source>Lag &amp;critical above (operations):</source>
        <translation>延迟严重阈值（操作数）(&amp;C)：</translation>
    </message>
    <message>
        <source>Lag must last (minut&amp;es, 0 = at once):</source>
        <translation>延迟须持续（分钟，0 = 立即）(&amp;E)：</translation>
    </message>
    <message>
        <source>Last rea&amp;d warning after (minutes):</source>
        <translation>上次读取警告（分钟）(&amp;D)：</translation>
    </message>
    <message>
        <source>Last read critical af&amp;ter (minutes):</source>
        <translation>上次读取严重（分钟）(&amp;T)：</translation>
    </message>
    <message>
        <source>Pa&amp;used warning at (% of retention):</source>
        <translation>暂停警告（保留期的 %）(&amp;U)：</translation>
    </message>
    <message>
        <source>Paused crit&amp;ical at (% of retention):</source>
        <translation>暂停严重（保留期的 %）(&amp;I)：</translation>
    </message>
    <message>
        <source>Announce new alerts in the system tray while Duper is in the &amp;background</source>
        <translation>Duper 在后台时在系统托盘中通知新告警(&amp;B)</translation>
    </message>
    <message>
        <source>These limits apply to this connection only; the alert list shows every alert whatever the tray setting.</source>
        <translation>这些阈值仅适用于此连接；无论托盘设置如何，告警列表都会显示所有告警。</translation>
    </message>
    <message>
        <source>A share of the leader index&apos;s index.soft_deletes.retention_lease.period: after it, resuming fails and the follower must be recreated. Read from the leader when it is a saved connection Duper can reach; otherwise the alert says it assumed the 12h default: leader not saved or not reachable.</source>
        <translation>领导者索引的 index.soft_deletes.retention_lease.period 的比例：超过后恢复会失败，必须重新创建追随者。当领导者是 Duper 可访问的已保存连接时从其读取；否则告警会说明假定了默认值 12h：领导者未保存或无法访问。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AlertsPage</name>
    <message numerus="yes">
        <source>Ale&amp;rts (%n)</source>
        <translation>
            <numerusform>告警 (%n)(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>告警(&amp;R)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Clear cleared</source>
        <translation>清除已解除项</translation>
    </message>
    <message>
        <source>Remove the alerts that are over from the list; the active ones stay</source>
        <translation>从列表中移除已结束的告警；持续中的告警保留</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>没有告警</translation>
    </message>
    <message>
        <source>Active: %1 · Cleared: %2</source>
        <translation>持续中：%1 · 已解除：%2</translation>
    </message>
    <message>
        <source>Alerts appear here when a follower index lags, stops reading from its leader, fails to read, stops on a fatal error or stays paused too long. The Alerts tab of Edit → Preferences… sets the limits for this connection.</source>
        <translation>当追随者索引滞后、停止从领导者读取、读取失败、因致命错误停止或暂停过久时，告警会显示在这里。编辑 → 首选项… 的“告警”选项卡设置此连接的限值。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyMigrationDialog</name>
    <message>
        <source>Migrate remote cluster %1 of %2 to an API key</source>
        <translation>将 %2 的远程集群 %1 迁移到 API 密钥</translation>
    </message>
    <message>
        <source>Remote cluster %1 connects with TLS certificates on the transport port, deprecated since Elasticsearch 9.0. Duper switches it in place to a cross-cluster API key: it creates the key on the leader cluster, pauses what uses the remote cluster, points it at the leader&apos;s remote cluster server with the key, resumes and checks. First a dry run shows exactly what it will do.</source>
        <translation>远程集群 %1 通过传输端口上的 TLS 证书连接，这种方式自 Elasticsearch 9.0 起已弃用。Duper 会将其就地切换到跨集群 API 密钥：在领导者集群上创建密钥，暂停使用该远程集群的内容，使用密钥将其指向领导者的远程集群服务器，然后恢复并检查。首先会通过试运行准确显示将要执行的操作。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>请先保存到领导者集群的连接（文件 → 连接）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The key&lt;/b&gt; — the leader cluster and what the key allows</source>
        <translation>&lt;b&gt;1. 密钥&lt;/b&gt; — 领导者集群及密钥允许的内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Dry run&lt;/b&gt; — what the migration will do; nothing changed yet</source>
        <translation>&lt;b&gt;2. 试运行&lt;/b&gt; — 迁移将执行的操作；尚未做任何更改</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Migration&lt;/b&gt; — key, pause, switch, resume, check</source>
        <translation>&lt;b&gt;3. 迁移&lt;/b&gt; — 密钥、暂停、切换、恢复、检查</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;将密钥存入每个节点的密钥库&lt;/b&gt; — 需要您手动操作</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>开始迁移(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>试运行(&amp;D) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>请选择领导者集群。</translation>
    </message>
    <message>
        <source>Reading what uses remote cluster %1…</source>
        <translation>正在读取使用远程集群 %1 的内容…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No follower or auto-follow pattern uses %1 yet: give the patterns the key may replicate.</source>
        <translation>尚无追随者或自动跟随模式使用 %1：请指定该密钥可复制的模式。</translation>
    </message>
    <message>
        <source>Prefilled with the leader indices of the followers and the patterns of the auto-follow patterns that use %1.</source>
        <translation>已预先填入使用 %1 的追随者的领导者索引和自动跟随模式中的模式。</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <source>Give the leader index patterns the new key may replicate: no key is kept in the keychain for %1.</source>
        <translation>请指定新密钥可复制的领导者索引模式：钥匙串中没有为 %1 保存的密钥。</translation>
    </message>
    <message>
        <source>Start the migration when the plan is right, or go back and change the key.</source>
        <translation>如果计划无误，请开始迁移；否则请返回并更改密钥。</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way: this run goes on from where it is.</source>
        <translation>上次运行中途停止：本次运行将从当前所处的步骤继续。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>此追随者是 Duper 的沙盒：其密钥库模拟器已存储该密钥，因此无需在其节点上运行命令。真实集群需要在每个节点上运行“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused until then.</source>
        <translation>
            <numerusform>密钥需存入 %1 的 %n 个节点中每个节点的密钥库：请在每个节点的 Elasticsearch 目录中运行下面的命令，并在其提示处粘贴密钥（从上一页或您的记录中复制）。随后 Duper 会重新加载所有节点的安全设置并切换 %2。在此之前，其追随者将保持暂停。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>正在等待在每个节点上运行密钥库命令。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Close the window: the Remote clusters tab shows the remote cluster again.</source>
        <translation>请关闭窗口：“远程集群”选项卡会重新显示该远程集群。</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>迁移步骤</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>服务器名称 %1</translation>
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
            <numerusform>%n 个节点连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy socket connection(s)</source>
        <translation>
            <numerusform>%n 个代理套接字连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; cannot be migrated:</source>
        <translation>远程集群 &lt;b&gt;%1&lt;/b&gt; 无法迁移：</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 already connects with a cross-cluster API key: there is nothing to migrate. Start only checks that it is connected and its followers are active.</source>
        <translation>%2 的远程集群 &lt;b&gt;%1&lt;/b&gt; 已通过跨集群 API 密钥连接：无需迁移。“开始迁移”只会检查它是否已连接以及其追随者是否处于活动状态。</translation>
    </message>
    <message>
        <source>Remote cluster &lt;b&gt;%1&lt;/b&gt; of %2 uses certificates now (%3). The migration switches it in place, in this order:</source>
        <translation>%2 的远程集群 &lt;b&gt;%1&lt;/b&gt; 当前使用证书（%3）。迁移会按以下顺序将其就地切换：</translation>
    </message>
    <message>
        <source>the key your keychain keeps for %1 (no new key)</source>
        <translation>钥匙串中为 %1 保存的密钥（不创建新密钥）</translation>
    </message>
    <message>
        <source>a new key on %1 that may replicate %2</source>
        <translation>在 %1 上创建的新密钥，可复制 %2</translation>
    </message>
    <message>
        <source> and search %1</source>
        <translation>，并可搜索 %1</translation>
    </message>
    <message>
        <source>the leader&apos;s remote cluster server (its address read from the leader&apos;s nodes, port 9443 by default), proxy mode</source>
        <translation>领导者的远程集群服务器（其地址从领导者的节点读取，默认端口 9443），proxy 模式</translation>
    </message>
    <message>
        <source>proxy mode on %1</source>
        <translation>%1 上的 proxy 模式</translation>
    </message>
    <message>
        <source>followers: %1; auto-follow patterns: %2</source>
        <translation>追随者：%1；自动跟随模式：%2</translation>
    </message>
    <message>
        <source>nothing active uses %1</source>
        <translation>没有活动的内容使用 %1</translation>
    </message>
    <message>
        <source>%1 moves to %2, with the key in the keystore of every node of %3</source>
        <translation>%1 改为使用 %2，密钥存入 %3 每个节点的密钥库</translation>
    </message>
    <message>
        <source>%1 connected with cluster_credentials, the resumed followers active</source>
        <translation>%1 已通过 cluster_credentials 连接，已恢复的追随者处于活动状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved for a rollback&lt;/b&gt;: %1. If the switch or the check fails, these settings are put back and what was paused is resumed.</source>
        <translation>&lt;b&gt;已保存以便回滚&lt;/b&gt;：%1。如果切换或检查失败，将还原这些设置并恢复已暂停的内容。</translation>
    </message>
    <message>
        <source>An earlier run stopped half-way (it paused %1 and %2): this run goes on from where it is.</source>
        <translation>上次运行中途停止（已暂停 %1 和 %2）：本次运行将从当前所处的步骤继续。</translation>
    </message>
    <message>
        <source>Left paused, as someone paused them before: %1.</source>
        <translation>保持暂停，因为此前已有人暂停了它们：%1。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dry run: nothing was changed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;试运行：未做任何更改。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 now connects with a cross-cluster API key; what was paused runs again.</source>
        <translation>完成：远程集群 %1 现已通过跨集群 API 密钥连接；已暂停的内容已重新运行。</translation>
    </message>
    <message>
        <source>Rolled back: %1. Fix the failure above, then Run again.</source>
        <translation>已回滚：%1。请修复上述失败，然后点击“再次运行”。</translation>
    </message>
    <message>
        <source>The rollback failed too: Run again to go on from the kept state, or put the settings back by hand.</source>
        <translation>回滚也失败了：点击“再次运行”从保存的状态继续，或手动还原设置。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was rolled back: what was paused stays paused until Run again goes on from where this run stopped.</source>
        <translation>已停止。未执行回滚：已暂停的内容将保持暂停，直到“再次运行”从本次运行停止处继续。</translation>
    </message>
    <message>
        <source>Nothing was changed: remote cluster %1 still uses certificates.</source>
        <translation>未做任何更改：远程集群 %1 仍在使用证书。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ApiKeyRemoteDialog</name>
    <message>
        <source>Add remote cluster to %1 with an API key</source>
        <translation>使用 API 密钥向 %1 添加远程集群</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save a connection to the leader cluster first (File → Connections).</source>
        <translation>请先保存到领导者集群的连接（文件 → 连接）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The leader cluster&lt;/b&gt; — the cluster to replicate from</source>
        <translation>&lt;b&gt;1. 领导者集群&lt;/b&gt; — 作为复制来源的集群</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. What the key allows&lt;/b&gt; — and where this cluster connects</source>
        <translation>&lt;b&gt;2. 密钥允许的内容&lt;/b&gt; — 以及此集群的连接目标</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Set up&lt;/b&gt; — key, keystores, reload, remote cluster, check</source>
        <translation>&lt;b&gt;3. 设置&lt;/b&gt; — 密钥、密钥库、重新加载、远程集群、检查</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. The key in every node&apos;s keystore&lt;/b&gt; — this needs you</source>
        <translation>&lt;b&gt;4. 将密钥存入每个节点的密钥库&lt;/b&gt; — 需要您手动操作</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pick the leader cluster.</source>
        <translation>请选择领导者集群。</translation>
    </message>
    <message>
        <source>Give the remote cluster a name.</source>
        <translation>请为远程集群命名。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>This follower is Duper&apos;s sandbox: its keystore emulator stored the key, so there is no command to run on its nodes. A real cluster needs “%1” on every node.</source>
        <translation>此追随者是 Duper 的沙盒：其密钥库模拟器已存储该密钥，因此无需在其节点上运行命令。真实集群需要在每个节点上运行“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch folder, run the command below and paste the key (copied from the previous page or your records) at its prompt. Duper then reloads the secure settings of all nodes.</source>
        <translation>
            <numerusform>密钥需存入 %1 的 %n 个节点中每个节点的密钥库：请在每个节点的 Elasticsearch 目录中运行下面的命令，并在其提示处粘贴密钥（从上一页或您的记录中复制）。随后 Duper 会重新加载所有节点的安全设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the keystore command on every node.</source>
        <translation>正在等待在每个节点上运行密钥库命令。</translation>
    </message>
    <message>
        <source>Done: remote cluster %1 is connected with a cross-cluster API key.</source>
        <translation>完成：远程集群 %1 已通过跨集群 API 密钥连接。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>&amp;Replace and try again</source>
        <translation>替换并重试(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the remote cluster, or go back and give another name.</source>
        <translation>请替换该远程集群，或返回并指定其他名称。</translation>
    </message>
    <message>
        <source>Fix it, then Try again: what is done is not done twice.</source>
        <translation>请修复问题，然后点击“重试”：已完成的步骤不会重复执行。</translation>
    </message>
    <message>
        <source>not reloaded</source>
        <translation>未重新加载</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>已重新加载</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keystore command per node</source>
        <translation>每个节点的密钥库命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the command for node %1</source>
        <translation>复制节点 %1 的命令</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): a new key is created.</source>
        <translation>无法读取钥匙串（%1）：将创建新密钥。</translation>
    </message>
    <message>
        <source>There is no keychain: copy the key now, it is kept only while this window is open. It is a secret.</source>
        <translation>没有钥匙串：请立即复制密钥，它仅在此窗口打开期间保留。它是机密。</translation>
    </message>
    <message>
        <source>The keychain could not keep it (%1): copy it now, it is shown only here. It is a secret.</source>
        <translation>钥匙串无法保存它（%1）：请立即复制，它只在此处显示。它是机密。</translation>
    </message>
    <message>
        <source>not kept in the keychain: %1</source>
        <translation>未保存在钥匙串中：%1</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternDialog</name>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>创建自动跟随模式</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Creating the auto-follow pattern…</source>
        <translation>正在创建自动跟随模式…</translation>
    </message>
    <message>
        <source>Edit auto-follow pattern “%1”</source>
        <translation>编辑自动跟随模式“%1”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving the auto-follow pattern…</source>
        <translation>正在保存自动跟随模式…</translation>
    </message>
    <message>
        <source>Duplicate auto-follow pattern “%1”</source>
        <translation>创建自动跟随模式“%1”的副本</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>The name of an existing pattern cannot change; duplicate it instead.</source>
        <translation>现有模式的名称不能更改；请改为创建其副本。</translation>
    </message>
    <message numerus="yes">
        <source>The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.</source>
        <translation>
            <numerusform>该模式还会在其追随者上设置 %n 项索引设置（%1）；这些设置保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a remote it cannot reach, and an existing pattern follows nothing until it is back.</source>
        <translation>此集群当前无法访问“%1”。Elasticsearch 拒绝为无法访问的远程集群创建模式，而现有模式在其恢复连接之前不会跟随任何索引。</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1”已在列表中。</translation>
    </message>
    <message>
        <source>Add a leader index pattern to see the follower index names it creates.</source>
        <translation>添加领导者索引模式以查看它所创建的追随者索引名称。</translation>
    </message>
    <message>
        <source>New leader indices get followers named like this:</source>
        <translation>新的领导者索引将获得如下名称的追随者：</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message numerus="yes">
        <source>%n existing index(es) on “%1” match. The pattern does not follow indices that exist before it; use “Follow many…” for those:</source>
        <translation>
            <numerusform>“%1”上有 %n 个现有索引匹配。该模式不会跟随在其之前已存在的索引；对这些索引请使用“跟随多个…”：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one in the Remote clusters tab first.</source>
        <translation>此集群还没有远程集群。请先在“远程集群”选项卡中添加一个。</translation>
    </message>
    <message>
        <source>Add at least one leader index pattern.</source>
        <translation>请至少添加一个领导者索引模式。</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have saved the pattern; refresh the list to check.</source>
        <translation>已取消。Elasticsearch 可能仍已保存该模式；请刷新列表进行检查。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>停止等待 Elasticsearch</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n 个错误：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>领导者模式</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>排除项</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>追随者索引模式</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoFollowPatternsPage</name>
    <message>
        <source>Create pattern…</source>
        <translation>创建模式…</translation>
    </message>
    <message>
        <source>Create an auto-follow pattern</source>
        <translation>创建自动跟随模式</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected pattern</source>
        <translation>编辑所选模式</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>创建副本…</translation>
    </message>
    <message>
        <source>Create a new pattern from the selected one</source>
        <translation>以所选模式为基础创建新模式</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop following new leader indices (existing followers keep replicating)</source>
        <translation>停止跟随新的领导者索引（现有追随者继续复制）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Follow new leader indices again</source>
        <translation>重新跟随新的领导者索引</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected patterns (existing followers keep replicating)</source>
        <translation>删除所选模式（现有追随者继续复制）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the patterns</source>
        <translation>重新加载模式</translation>
    </message>
    <message>
        <source>Auto-follow pattern actions</source>
        <translation>自动跟随模式操作</translation>
    </message>
    <message>
        <source>Search by name, remote cluster or pattern</source>
        <translation>按名称、远程集群或模式搜索</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自动跟随模式</translation>
    </message>
    <message>
        <source>Follow existing indices with “Follow many…”</source>
        <translation>使用“跟随多个…”跟随现有索引</translation>
    </message>
    <message>
        <source>Refreshing the auto-follow patterns failed: %1</source>
        <translation>刷新自动跟随模式失败：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Choose a connection to see its auto-follow patterns.</source>
        <translation>选择一个连接以查看其自动跟随模式。</translation>
    </message>
    <message>
        <source>The auto-follow patterns could not be loaded</source>
        <translation>无法加载自动跟随模式</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading auto-follow patterns…</source>
        <translation>正在加载自动跟随模式…</translation>
    </message>
    <message>
        <source>Create your first auto-follow pattern</source>
        <translation>创建您的第一个自动跟随模式</translation>
    </message>
    <message>
        <source>An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name matches, as soon as it is created. Indices that already exist when the pattern is created are not followed: use “Follow many…” for those.</source>
        <translation>自动跟随模式让此集群在远程集群上出现名称匹配的新索引时立即跟随它。创建模式时已存在的索引不会被跟随：对这些索引请使用“跟随多个…”。</translation>
    </message>
    <message>
        <source>Create auto-follow pattern</source>
        <translation>创建自动跟随模式</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n 个模式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pattern(s)</source>
        <translation>
            <numerusform>%1 / %n 个模式</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pattern to see its details.</source>
        <translation>选择一个模式以查看其详细信息。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Leader patterns</source>
        <translation>领导者模式</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>排除模式</translation>
    </message>
    <message>
        <source>Follower index pattern</source>
        <translation>追随者索引模式</translation>
    </message>
    <message>
        <source>Follow settings</source>
        <translation>跟随设置</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s defaults</source>
        <translation>Elasticsearch 的默认值</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Auto-follow pattern “%1” saved.</source>
        <translation>自动跟随模式“%1”已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers keep replicating.</source>
        <translation>
            <numerusform>暂停 %n 个自动跟随模式？它们将停止跟随新的领导者索引；现有追随者继续复制。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n auto-follow pattern(s)?</source>
        <translation>
            <numerusform>恢复 %n 个自动跟随模式？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing follower indices keep replicating.</source>
        <translation>
            <numerusform>删除 %n 个自动跟随模式？新的领导者索引将不再被跟随；现有追随者索引继续复制。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow pattern(s) %1.</source>
        <translation>
            <numerusform>%n 个自动跟随模式%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 auto-follow patterns %3.</source>
        <translation>%2 个自动跟随模式中有 %1 个%3。</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1：%2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>全部完成。</translation>
    </message>
    <message>
        <source>Some patterns could not be changed.</source>
        <translation>部分模式无法更改。</translation>
    </message>
</context>
<context>
    <name>duper::ui::AutoRefreshControl</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>立即刷新 (F5)</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>自动刷新间隔</translation>
    </message>
    <message>
        <source>How often the list refreshes by itself</source>
        <translation>列表自动刷新的频率</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::BidirectionalDialog</name>
    <message>
        <source>Bi-directional replication with %1</source>
        <translation>与 %1 的双向复制</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other: each gets an auto-follow pattern that follows the other one. Follower indices are named &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;, and replicated copies are never followed back, so nothing loops. Pick the other cluster, then &lt;b&gt;Plan&lt;/b&gt;: nothing changes before you confirm.</source>
        <translation>两个集群相互复制：各自获得一个跟随对方的自动跟随模式。追随者索引命名为 &lt;i&gt;index&lt;/i&gt;-replicated_from_&lt;i&gt;alias&lt;/i&gt;，已复制的副本永远不会被反向跟随，因此不会形成循环。选择另一个集群，然后点击&lt;b&gt;计划&lt;/b&gt;：在您确认之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Save a connection to the other cluster first (File → Connections).</source>
        <translation>请先保存到另一个集群的连接（文件 → 连接）。</translation>
    </message>
    <message>
        <source>Pick the other cluster.</source>
        <translation>请选择另一个集群。</translation>
    </message>
    <message>
        <source>Give both remote cluster aliases.</source>
        <translation>请指定两个远程集群别名。</translation>
    </message>
    <message>
        <source>Give each cluster its own alias for the other.</source>
        <translation>请为每个集群指定各自指向对方的别名。</translation>
    </message>
    <message>
        <source>Give the leader indices to replicate.</source>
        <translation>请指定要复制的领导者索引。</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>正在读取两个集群…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected; will point at %1</source>
        <translation>未连接；将指向 %1</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>将被添加</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>远程集群 %1</translation>
    </message>
    <message>
        <source>Seeds: %1</source>
        <translation>种子节点：%1</translation>
    </message>
    <message>
        <source>Points at %1</source>
        <translation>指向 %1</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>将被创建</translation>
    </message>
    <message>
        <source>Exists already</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Auto-follow pattern %1</source>
        <translation>自动跟随模式 %1</translation>
    </message>
    <message>
        <source>%1 → %2, except %3</source>
        <translation>%1 → %2，排除 %3</translation>
    </message>
    <message>
        <source>A different auto-follow pattern has the same name: delete or rename it, then Try again.</source>
        <translation>已有一个同名但不同的自动跟随模式：请删除或重命名它，然后点击“重试”。</translation>
    </message>
    <message>
        <source>Both clusters replicate to each other already: there is nothing to set up.</source>
        <translation>两个集群已相互复制：无需设置任何内容。</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Set up… asks before changing both clusters.</source>
        <translation>尚未做任何更改。“设置…”会在更改两个集群之前询问。</translation>
    </message>
    <message>
        <source>Set up bi-directional replication between %1 and %2?</source>
        <translation>在 %1 和 %2 之间设置双向复制？</translation>
    </message>
    <message>
        <source>Both clusters get an auto-follow pattern, and missing remote clusters are added. New matching indices then replicate to the other cluster.</source>
        <translation>两个集群都会获得一个自动跟随模式，缺失的远程集群会被添加。之后新的匹配索引会复制到另一集群。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Read back as planned</source>
        <translation>回读结果与计划一致</translation>
    </message>
    <message>
        <source>Done: %1 and %2 replicate to each other.</source>
        <translation>完成：%1 与 %2 已相互复制。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed. Try again continues with what is left.</source>
        <translation>
            <numerusform>%n 个步骤失败。“重试”会继续执行剩余部分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already done</source>
        <translation>
            <numerusform>，%n 个早已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not run (cancelled)</source>
        <translation>
            <numerusform>，%n 个未运行（已取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Succeeded</source>
        <translation>✔ 成功</translation>
    </message>
    <message>
        <source>✔ Already done</source>
        <translation>✔ 早已完成</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ 失败</translation>
    </message>
    <message>
        <source>– Not run</source>
        <translation>– 未运行</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n items…</source>
        <translation>
            <numerusform>正在重试 %n 项…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::CcrPage</name>
    <message>
        <source>&amp;Follower indices</source>
        <translation>追随者索引(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Auto-follow patterns</source>
        <translation>自动跟随模式(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;mote clusters</source>
        <translation>远程集群(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disaster recovery</source>
        <translation>灾难恢复(&amp;D)</translation>
    </message>
</context>
<context>
    <name>duper::ui::ClusterStatusLabel</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>%1: not connected — %2</source>
        <translation>%1：未连接 — %2</translation>
    </message>
    <message>
        <source>license unknown</source>
        <translation>许可证未知</translation>
    </message>
    <message>
        <source>%1 license (%2)</source>
        <translation>%1 许可证（%2）</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Connected to %1 · cluster %2 · %3 %4 · %5</source>
        <translation>已连接到 %1 · 集群 %2 · %3 %4 · %5</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionFieldValidator</name>
    <message>
        <source>Enter the cluster&apos;s URL, such as https://localhost:9200, or a Cloud ID.</source>
        <translation>请输入集群的 URL（例如 https://localhost:9200）或 Cloud ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; 不是带主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>This is not a Cloud ID.</source>
        <translation>这不是 Cloud ID。</translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation>%1：%2 不存在。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read.</source>
        <translation>%1：无法读取 %2。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionListModel</name>
    <message>
        <source>%1 (temporary, not saved)</source>
        <translation>%1（临时，未保存）</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionManagerDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>持有者令牌</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Leader cluster</source>
        <translation>领导者集群</translation>
    </message>
    <message>
        <source>Follower cluster</source>
        <translation>追随者集群</translation>
    </message>
    <message>
        <source>Which side of replication this cluster is; the command line uses it as the default --leader / --follower</source>
        <translation>此集群在复制中属于哪一方；命令行将其用作默认的 --leader / --follower</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>未更改（保留在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Only for an encrypted key; stored in the system keychain</source>
        <translation>仅用于加密的密钥；存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>删除连接“%1”及其在钥匙串中的密钥？</translation>
    </message>
    <message>
        <source>The connection is saved, but its secret is not: %1</source>
        <translation>连接已保存，但其密钥未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The connection is saved, but its key passphrase is not: %1</source>
        <translation>连接已保存，但其密钥口令未保存：%1</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>正在从钥匙串读取密钥…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConnectionSelector</name>
    <message>
        <source>The cluster Duper works on</source>
        <translation>Duper 操作的集群</translation>
    </message>
</context>
<context>
    <name>duper::ui::ConsistencyCheckView</name>
    <message>
        <source>Leader cluster:</source>
        <translation>领导者集群：</translation>
    </message>
    <message>
        <source>Check consistency</source>
        <translation>检查一致性</translation>
    </message>
    <message>
        <source>Compares the leader&apos;s and the follower&apos;s document counts and checkpoints</source>
        <translation>比较领导者和跟随者的文档数和检查点</translation>
    </message>
    <message>
        <source>Could not open the leader cluster&apos;s connection: %1</source>
        <translation>无法打开领导者集群的连接：%1</translation>
    </message>
    <message>
        <source>To check consistency, save a connection to the leader cluster (Connections…).</source>
        <translation>要检查一致性，请保存到领导者集群的连接（连接…）。</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>正在对照 %2 检查 %1…</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
</context>
<context>
    <name>duper::ui::CreateFollowerDialog</name>
    <message>
        <source>Do not wait for shard copies (Elasticsearch&apos;s default)</source>
        <translation>不等待分片副本（Elasticsearch 的默认值）</translation>
    </message>
    <message>
        <source>Wait until the primary shards are active</source>
        <translation>等待主分片处于活动状态</translation>
    </message>
    <message>
        <source>Wait until all shard copies are active</source>
        <translation>等待所有分片副本处于活动状态</translation>
    </message>
    <message>
        <source>This cluster cannot reach &quot;%1&quot; right now, so it cannot follow an index there. Check the remote&apos;s seeds or proxy address and that the remote cluster is up.</source>
        <translation>此集群当前无法访问“%1”，因此无法跟随那里的索引。请检查该远程集群的种子节点或代理地址，并确认远程集群正在运行。</translation>
    </message>
    <message>
        <source>%1 (data stream)</source>
        <translation>%1（数据流）</translation>
    </message>
    <message>
        <source>This cluster has no remote clusters. Add one (Remote clusters) before following an index.</source>
        <translation>此集群没有远程集群。请先添加一个（远程集群），再跟随索引。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not connected: this cluster cannot reach it right now, so it cannot follow an index there. Check the remote&apos;s addresses and that it is up.</source>
        <translation>“%1”未连接：此集群当前无法访问它，因此无法跟随那里的索引。请检查该远程集群的地址，并确认它正在运行。</translation>
    </message>
    <message>
        <source>An index, alias or data stream named &quot;%1&quot; already exists on this cluster. Choose another name.</source>
        <translation>此集群上已存在名为“%1”的索引、别名或数据流。请另选一个名称。</translation>
    </message>
    <message>
        <source>Row %1 has a value but no setting name.</source>
        <translation>第 %1 行有值但没有设置名称。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is listed twice.</source>
        <translation>设置“%1”列出了两次。</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still create the follower index; refresh the list to check.</source>
        <translation>已取消。Elasticsearch 可能仍会创建该追随者索引；请刷新列表进行检查。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop waiting for Elasticsearch</source>
        <translation>停止等待 Elasticsearch</translation>
    </message>
</context>
<context>
    <name>duper::ui::DisasterRecoveryPage</name>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>The follower statistics could not be read: followers with errors are counted as active.</source>
        <translation>无法读取追随者统计信息：出错的追随者按活动状态计数。</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The table shows earlier data.</source>
        <translation>上次刷新失败：%1 表格显示的是之前的数据。</translation>
    </message>
    <message>
        <source>Could not read the replication topology: %1</source>
        <translation>无法读取复制拓扑：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connect to a cluster to see what it replicates.</source>
        <translation>连接到集群以查看它复制的内容。</translation>
    </message>
    <message>
        <source>Cannot read the replication topology</source>
        <translation>无法读取复制拓扑</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Reading the remote clusters, follower indices, auto-follow patterns and data streams of this cluster.</source>
        <translation>正在读取此集群的远程集群、追随者索引、自动跟随模式和数据流。</translation>
    </message>
    <message>
        <source>This cluster replicates nothing yet</source>
        <translation>此集群尚未复制任何内容</translation>
    </message>
    <message>
        <source>It has no remote clusters, follower indices or auto-follow patterns. To protect data against the loss of a cluster, add that cluster on the Remote clusters tab and follow its indices; failing over from it then starts here.</source>
        <translation>它没有远程集群、追随者索引或自动跟随模式。为防止某个集群丢失导致数据丢失，请在“远程集群”选项卡上添加该集群并跟随其索引；之后即可从这里开始从它进行故障转移。</translation>
    </message>
    <message>
        <source>Go to &amp;Remote clusters</source>
        <translation>转到远程集群(&amp;R)</translation>
    </message>
    <message>
        <source>Fail o&amp;ver…</source>
        <translation>故障转移(&amp;V)…</translation>
    </message>
    <message>
        <source>Fail o&amp;ver from %1…</source>
        <translation>从 %1 故障转移(&amp;V)…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n items)</source>
        <translation>
            <numerusform>失败（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No reports yet. Every failover saves one in %1.</source>
        <translation>尚无报告。每次故障转移都会在 %1 中保存一份报告。</translation>
    </message>
    <message>
        <source>Reports of earlier runs, newest first, from %1.</source>
        <translation>之前运行的报告（最新的在前），来自 %1。</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>没有可打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>Cannot show the folder %1.</source>
        <translation>无法显示文件夹 %1。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
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
        <translation>报告已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot export the report to %1.</source>
        <translation>无法将报告导出到 %1。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the replication topology again</source>
        <translation>重新读取复制拓扑</translation>
    </message>
    <message>
        <source>Failback</source>
        <translation>故障回切</translation>
    </message>
    <message>
        <source>Switch back</source>
        <translation>切回</translation>
    </message>
</context>
<context>
    <name>duper::ui::EditFollowerDialog</name>
    <message>
        <source>Edit follower index %1</source>
        <translation>编辑追随者索引 %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>早已完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Replication of &quot;%1&quot; resumed with the previous settings.</source>
        <translation>“%1”的复制已以先前设置恢复。</translation>
    </message>
    <message>
        <source>Resuming with the previous settings failed too: %1</source>
        <translation>以先前设置恢复也失败了：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>duper::ui::ErrorNotifier</name>
    <message>
        <source>Follower index %1 stopped replicating.</source>
        <translation>追随者索引 %1 已停止复制。</translation>
    </message>
    <message>
        <source>Follower index %1 stopped replicating: %2</source>
        <translation>追随者索引 %1 已停止复制：%2</translation>
    </message>
    <message>
        <source>Follower indices %1 stopped replicating.</source>
        <translation>追随者索引 %1 已停止复制。</translation>
    </message>
    <message numerus="yes">
        <source>Follower indices %1 and %n more stopped replicating.</source>
        <translation>
            <numerusform>追随者索引 %1 及另外 %n 个已停止复制。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackDialog</name>
    <message>
        <source>Fail back %1</source>
        <translation>故障回切 %1</translation>
    </message>
    <message>
        <source>Save a connection to the promoted cluster first (File → Connections).</source>
        <translation>请先保存到已提升集群的连接（文件 → 连接）。</translation>
    </message>
    <message>
        <source>Pick the promoted cluster.</source>
        <translation>请选择已提升的集群。</translation>
    </message>
    <message>
        <source>Give the remote cluster alias on this cluster that points to the promoted cluster.</source>
        <translation>请指定此集群上指向已提升集群的远程集群别名。</translation>
    </message>
    <message>
        <source>Reading both clusters…</source>
        <translation>正在读取两个集群…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n copy(ies) on %1 for good</source>
        <translation>
            <numerusform>永久删除 %1 上的这 %n 个副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on &lt;b&gt;%1&lt;/b&gt; has to be deleted. Fail back makes it follow %n index(es) from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 上无需删除任何内容。故障回切会让它跟随 &lt;b&gt;%2&lt;/b&gt; 的 %n 个索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot follow an index it already has. These old copies on %1 are deleted for good before it follows the promoted cluster&apos;s indices of the same names; their documents are replaced by those of &lt;b&gt;%2&lt;/b&gt;. Nothing is deleted unless you tick the box.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 无法跟随它已有的索引。在它跟随已提升集群的同名索引之前，%1 上的这些旧副本会被永久删除；其文档将被 &lt;b&gt;%2&lt;/b&gt; 的文档取代。除非您勾选该复选框，否则不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the leader again when you are ready.</source>
        <translation>
            <numerusform>故障回切已完成：%1 跟随 %2 的 %n 个索引，且均已追上。准备就绪后，“切回…”会让 %1 重新成为领导者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>已停止。“重试”会继续执行剩余部分。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n 项失败。“重试”会从每个索引当前所处的步骤继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 4: Plan (nothing changes yet)</source>
        <translation>第 1 步（共 4 步）：计划（尚不做任何更改）</translation>
    </message>
    <message>
        <source>Use this when &lt;b&gt;%1&lt;/b&gt;, the old leader, is back after a failover. It then follows the promoted cluster: a remote cluster pointing to it is added when missing, the old copies here are deleted (only after you confirm them by name), each index is followed under the same name, and the run waits until every follower has caught up. Pick the promoted cluster, then &lt;b&gt;Plan&lt;/b&gt;.</source>
        <translation>当旧的领导者 &lt;b&gt;%1&lt;/b&gt; 在故障转移后恢复时使用此功能。之后它将跟随已提升的集群：缺失时会添加指向已提升集群的远程集群，此处的旧副本会被删除（仅在您按名称确认之后），每个索引都以相同名称被跟随，并且运行会等待每个追随者都追上。选择已提升的集群，然后点击&lt;b&gt;计划&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Step 2 of 4: Confirm</source>
        <translation>第 2 步（共 4 步）：确认</translation>
    </message>
    <message>
        <source>Fail back starts when you click &lt;b&gt;Fail back&lt;/b&gt;.</source>
        <translation>点击&lt;b&gt;故障回切&lt;/b&gt;后开始故障回切。</translation>
    </message>
    <message>
        <source>Step 3 of 4: Failing back</source>
        <translation>第 3 步（共 4 步）：正在故障回切</translation>
    </message>
    <message>
        <source>Step 4 of 4: Result</source>
        <translation>第 4 步（共 4 步）：结果</translation>
    </message>
    <message>
        <source>Failing back &lt;b&gt;%1&lt;/b&gt; to %2. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>正在将 &lt;b&gt;%1&lt;/b&gt; 故障回切到 %2。每个索引会随进度显示其状态；关闭此窗口会等待运行停止。</translation>
    </message>
    <message>
        <source>Optional: Switch back</source>
        <translation>可选：切回</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; the leader again, as before the failover.</source>
        <translation>让 &lt;b&gt;%1&lt;/b&gt; 重新成为领导者，恢复到故障转移前的状态。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>故障回切(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch back… &gt;</source>
        <translation>切回(&amp;W)… &gt;</translation>
    </message>
    <message>
        <source>S&amp;witch back</source>
        <translation>切回(&amp;W)</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailbackPlanView</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The copy here differs from the promoted cluster&apos;s</source>
        <translation>此处的副本与已提升集群上的不同</translation>
    </message>
    <message>
        <source>Remote cluster %1</source>
        <translation>远程集群 %1</translation>
    </message>
    <message>
        <source>Missing: will be added with the seeds %1</source>
        <translation>缺失：将以种子节点 %1 添加</translation>
    </message>
    <message>
        <source>Exists and is connected</source>
        <translation>已存在且已连接</translation>
    </message>
    <message>
        <source>Exists but is not connected: the promoted cluster must be reachable from this one</source>
        <translation>已存在但未连接：必须能从此集群访问已提升的集群</translation>
    </message>
    <message>
        <source>data stream %1</source>
        <translation>数据流 %1</translation>
    </message>
    <message>
        <source>Will be deleted</source>
        <translation>将被删除</translation>
    </message>
    <message>
        <source>Differs; will be deleted</source>
        <translation>不一致；将被删除</translation>
    </message>
    <message>
        <source>Will follow the promoted cluster</source>
        <translation>将跟随已提升的集群</translation>
    </message>
    <message>
        <source>Will be waited for</source>
        <translation>将等待其追上</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>将被检查</translation>
    </message>
    <message>
        <source>The promoted cluster has no index to follow: there is nothing to fail back.</source>
        <translation>已提升的集群没有可跟随的索引：无需故障回切。</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) will follow %1.</source>
        <translation>
            <numerusform>%n 个索引将跟随 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) here differ from the promoted cluster&apos;s (flagged).</source>
        <translation>
            <numerusform>此处有 %n 个副本与已提升集群上的不同（已标记）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster has no remote cluster %1 yet: it will be added.</source>
        <translation>此集群尚无远程集群 %1：将会添加。</translation>
    </message>
    <message>
        <source>The remote cluster %1 is not connected: check that %2 is up and reachable from this cluster.</source>
        <translation>远程集群 %1 未连接：请检查 %2 是否正在运行且可从此集群访问。</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
</context>
<context>
    <name>duper::ui::FailoverDialog</name>
    <message>
        <source>Fail over from %1</source>
        <translation>从 %1 故障转移</translation>
    </message>
    <message>
        <source>Use this when the leader cluster behind the remote cluster &lt;b&gt;%1&lt;/b&gt; is lost. On &lt;b&gt;%2&lt;/b&gt;, Duper pauses the auto-follow patterns of %1, turns every follower index of %1 into a regular index that accepts writes (pause, close, unfollow, open), promotes the replicated data streams, and checks the result. Below is the plan, read from the cluster: nothing has changed yet.</source>
        <translation>当远程集群 &lt;b&gt;%1&lt;/b&gt; 背后的领导者集群丢失时使用此功能。Duper 会在 &lt;b&gt;%2&lt;/b&gt; 上暂停 %1 的自动跟随模式，将 %1 的每个追随者索引转换为可接受写入的普通索引（pause、close、unfollow、open），提升已复制的数据流，并检查结果。下面是从集群读取的计划：尚未做任何更改。</translation>
    </message>
    <message>
        <source>Reading what follows %1…</source>
        <translation>正在读取跟随 %1 的内容…</translation>
    </message>
    <message>
        <source>Could not read what follows %1: %2</source>
        <translation>无法读取跟随 %1 的内容：%2</translation>
    </message>
    <message>
        <source>Will be paused</source>
        <translation>将被暂停</translation>
    </message>
    <message>
        <source>Paused; will become a regular index</source>
        <translation>已暂停；将成为普通索引</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>将成为普通索引</translation>
    </message>
    <message>
        <source>Will be promoted</source>
        <translation>将被提升</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>将被检查</translation>
    </message>
    <message>
        <source>Nothing on this cluster follows %1 any more: there is nothing to fail over.</source>
        <translation>此集群上已没有任何索引跟随 %1：无需故障转移。</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) of %1 will become regular indices.</source>
        <translation>
            <numerusform>%1 的 %n 个追随者索引将成为普通索引。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fail over %n follower index(es) from %1?</source>
        <translation>
            <numerusform>从 %1 故障转移 %n 个追随者索引？</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop replicating from %1 for good and start accepting writes; its auto-follow patterns are paused. To replicate from %1 again later, use Fail back.</source>
        <translation>它们将永久停止从 %1 复制并开始接受写入；其自动跟随模式会被暂停。以后若要再次从 %1 复制，请使用“故障回切”。</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Failing over from &lt;b&gt;%1&lt;/b&gt;. Each index shows its state as it goes; closing this window waits until the run has stopped.</source>
        <translation>正在从 &lt;b&gt;%1&lt;/b&gt; 故障转移。每个索引会随进度显示其状态；关闭此窗口会等待运行停止。</translation>
    </message>
    <message>
        <source>Failover from %1 complete: every index is a regular, writable index now.</source>
        <translation>从 %1 故障转移已完成：每个索引现已成为可写入的普通索引。</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>已停止。“重试”会继续执行剩余部分。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed. Try again continues from where each index is.</source>
        <translation>
            <numerusform>%n 项失败。“重试”会从每个索引当前所处的步骤继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetHealth</name>
    <message>
        <source>no followers</source>
        <translation>无追随者</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetLauncher</name>
    <message>
        <source>Fleet</source>
        <translation>集群总览</translation>
    </message>
    <message>
        <source>Every saved cluster at once: status, followers and who replicates from whom</source>
        <translation>一次查看所有已保存的集群：状态、追随者以及谁从谁复制</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetModel</name>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Reachable (stale)</source>
        <translation>可访问（数据过时）</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自动跟随模式</translation>
    </message>
    <message>
        <source>Worst lag</source>
        <translation>最大延迟</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>距上次读取</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1（已过时）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetPage</name>
    <message>
        <source>Search by connection, cluster, status or remote</source>
        <translation>按连接、集群、状态或远程集群搜索</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>已保存的集群</translation>
    </message>
    <message>
        <source>Replication topology</source>
        <translation>复制拓扑</translation>
    </message>
    <message>
        <source>Double-click a cluster to open it; right-click an arrow for its followers</source>
        <translation>双击集群将其打开；右键单击箭头查看其追随者</translation>
    </message>
    <message>
        <source>Open this cluster</source>
        <translation>打开此集群</translation>
    </message>
    <message>
        <source>Followers of a remote</source>
        <translation>远程集群的追随者</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Open the connection again, asking for a missing secret</source>
        <translation>重新打开连接，并询问缺少的密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n clusters</source>
        <translation>
            <numerusform>%n 个集群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n clusters</source>
        <translation>
            <numerusform>%n 个集群中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster follows no remote</source>
        <translation>此集群未追随任何远程集群</translation>
    </message>
</context>
<context>
    <name>duper::ui::FleetTopologyView</name>
    <message numerus="yes">
        <source>%n followers · %1</source>
        <translation>
            <numerusform>%n 个追随者 · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-follow patterns</source>
        <translation>
            <numerusform>%n 个自动追随模式</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>%1 follows %2 as “%3”</source>
        <translation>%1 以“%3”追随 %2</translation>
    </message>
    <message>
        <source>Not a saved connection</source>
        <translation>不是已保存的连接</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show followers of %1</source>
        <translation>显示 %1 的追随者</translation>
    </message>
    <message>
        <source>Open the leader cluster</source>
        <translation>打开领导者集群</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowManyDialog</name>
    <message>
        <source>Choose a connected remote cluster.</source>
        <translation>请选择一个已连接的远程集群。</translation>
    </message>
    <message>
        <source>Enter at least one leader index pattern.</source>
        <translation>请至少输入一个领导者索引模式。</translation>
    </message>
    <message>
        <source>The follower index name must contain {{leader_index}}, or every leader gets the same follower.</source>
        <translation>追随者索引名称必须包含 {{leader_index}}，否则每个领导者都会得到同一个追随者。</translation>
    </message>
    <message>
        <source>Looking for leader indices…</source>
        <translation>正在查找领导者索引…</translation>
    </message>
    <message>
        <source>Could not list the leader indices: %1</source>
        <translation>无法列出领导者索引：%1</translation>
    </message>
    <message>
        <source>No leader index matches these patterns.</source>
        <translation>没有与这些模式匹配的领导者索引。</translation>
    </message>
    <message numerus="yes">
        <source>%n will be followed</source>
        <translation>
            <numerusform>%n 个将被跟随</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed</source>
        <translation>
            <numerusform>%n 个已被跟随</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a name already taken</source>
        <translation>
            <numerusform>%n 个名称已被占用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an invalid name</source>
        <translation>
            <numerusform>%n 个名称无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n 个已排除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader indices found: %1.</source>
        <translation>
            <numerusform>找到 %n 个领导者索引：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (data stream %2)</source>
        <translation>%1（数据流 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Follow %n index(es)</source>
        <translation>
            <numerusform>跟随 %n 个索引</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message numerus="yes">
        <source>Following %n leader index(es)…</source>
        <translation>
            <numerusform>正在跟随 %n 个领导者索引…</numerusform>
        </translation>
    </message>
    <message>
        <source>Followed (leader %1)</source>
        <translation>已跟随（领导者 %1）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>未开始（已取消）</translation>
    </message>
    <message>
        <source>Auto-follow pattern created: new leader indices follow too</source>
        <translation>自动跟随模式已创建：新的领导者索引也将被跟随</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created: %1</source>
        <translation>自动跟随模式未创建：%1</translation>
    </message>
    <message>
        <source>Auto-follow pattern not created (cancelled)</source>
        <translation>自动跟随模式未创建（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created.</source>
        <translation>
            <numerusform>已创建 %n 个追随者索引。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follower index(es) created, %1 not.</source>
        <translation>
            <numerusform>已创建 %n 个追随者索引，%1 个未创建。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowParametersEditor</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>This value is sent with the request</source>
        <translation>此值会随请求发送</translation>
    </message>
    <message>
        <source>Not sent: Elasticsearch applies its default, %1</source>
        <translation>不发送：Elasticsearch 使用其默认值 %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to pause: the selected follower indices are already paused.</source>
        <translation>无需暂停：所选追随者索引已处于暂停状态。</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>暂停复制</translation>
    </message>
    <message>
        <source>Pause replication to follower index &quot;%1&quot;?</source>
        <translation>暂停向追随者索引“%1”的复制？</translation>
    </message>
    <message>
        <source>It stops copying changes from its leader index until you resume it. Its data stays and it can still be searched.</source>
        <translation>在您恢复之前，它将停止从领导者索引复制更改。其数据保留，且仍可搜索。</translation>
    </message>
    <message numerus="yes">
        <source>Pause replication to %n follower indices?</source>
        <translation>
            <numerusform>暂停向 %n 个追随者索引的复制？</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop copying changes from their leader indices until you resume them. Their data stays and they can still be searched.</source>
        <translation>在您恢复之前，它们将停止从领导者索引复制更改。其数据保留，且仍可搜索。</translation>
    </message>
    <message>
        <source>It has custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>它有自定义高级设置。追随者暂停时 Elasticsearch 会丢弃这些设置；Duper 会记住它们，并在您恢复时再次提供。</translation>
    </message>
    <message>
        <source>%1 have custom advanced settings. Elasticsearch forgets them when a follower is paused; Duper remembers them and offers them again when you resume.</source>
        <translation>%1 有自定义高级设置。追随者暂停时 Elasticsearch 会丢弃这些设置；Duper 会记住它们，并在您恢复时再次提供。</translation>
    </message>
    <message>
        <source>Already paused, skipped: %1</source>
        <translation>已暂停，已跳过：%1</translation>
    </message>
    <message>
        <source>Nothing to resume: none of the selected follower indices is paused.</source>
        <translation>无需恢复：所选追随者索引均未暂停。</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>恢复复制</translation>
    </message>
    <message>
        <source>Resume replication to follower index &quot;%1&quot;?</source>
        <translation>恢复向追随者索引“%1”的复制？</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings. To use other settings, edit the follower index instead.</source>
        <translation>将使用 Elasticsearch 的默认高级设置：它不会保留已暂停追随者的设置。如需使用其他设置，请改为编辑该追随者索引。</translation>
    </message>
    <message>
        <source>Duper remembers the advanced settings it had before the pause:
%1</source>
        <translation>Duper 记住了暂停前的高级设置：
%1</translation>
    </message>
    <message>
        <source>Resume with the settings it had</source>
        <translation>以原有设置恢复</translation>
    </message>
    <message numerus="yes">
        <source>Resume replication to %n follower indices?</source>
        <translation>
            <numerusform>恢复向 %n 个追随者索引的复制？</numerusform>
        </translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default advanced settings will be used: it does not keep a paused follower&apos;s settings.</source>
        <translation>将使用 Elasticsearch 的默认高级设置：它不会保留已暂停追随者的设置。</translation>
    </message>
    <message>
        <source>Duper remembers custom advanced settings for %1; the others resume with Elasticsearch&apos;s defaults.</source>
        <translation>Duper 记住了 %1 的自定义高级设置；其他索引以 Elasticsearch 的默认值恢复。</translation>
    </message>
    <message>
        <source>Resume each with the settings it had</source>
        <translation>各自以原有设置恢复</translation>
    </message>
    <message>
        <source>Not paused, skipped: %1</source>
        <translation>未暂停，已跳过：%1</translation>
    </message>
    <message>
        <source>Could not pause &quot;%1&quot;</source>
        <translation>无法暂停“%1”</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;</source>
        <translation>无法恢复“%1”</translation>
    </message>
    <message>
        <source>Paused follower index %1</source>
        <translation>已暂停追随者索引 %1</translation>
    </message>
    <message>
        <source>Resumed follower index %1</source>
        <translation>已恢复追随者索引 %1</translation>
    </message>
    <message numerus="yes">
        <source>Pausing replication to %n follower indices…</source>
        <translation>
            <numerusform>正在暂停向 %n 个追随者索引的复制…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming replication to %n follower indices…</source>
        <translation>
            <numerusform>正在恢复向 %n 个追随者索引的复制…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n follower indices into regular indices…</source>
        <translation>
            <numerusform>正在将 %n 个追随者索引转换为普通索引…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n follower indices</source>
        <translation>
            <numerusform>已暂停 %n 个追随者索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n follower indices</source>
        <translation>
            <numerusform>已恢复 %n 个追随者索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfollowed %n follower indices</source>
        <translation>
            <numerusform>已取消跟随 %n 个追随者索引</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>；%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>；已取消</translation>
    </message>
    <message>
        <source>Updated follower index %1</source>
        <translation>已更新追随者索引 %1</translation>
    </message>
    <message>
        <source>Unfollow leader index</source>
        <translation>取消跟随领导者索引</translation>
    </message>
    <message>
        <source>Unfollow leader indices</source>
        <translation>取消跟随领导者索引</translation>
    </message>
    <message>
        <source>Convert follower index &quot;%1&quot; into a regular index?</source>
        <translation>将追随者索引“%1”转换为普通索引？</translation>
    </message>
    <message numerus="yes">
        <source>Convert %n follower indices into regular indices?</source>
        <translation>
            <numerusform>将 %n 个追随者索引转换为普通索引？</numerusform>
        </translation>
    </message>
    <message>
        <source>Duper pauses replication, closes the index, unfollows the leader and opens the index again. The index keeps its data but no longer follows its leader and leaves this list.</source>
        <translation>Duper 会暂停复制、关闭索引、取消跟随领导者并重新打开索引。索引保留其数据，但不再跟随其领导者，并从此列表中移除。</translation>
    </message>
    <message>
        <source>This cannot be undone: following again means copying the whole leader index anew.</source>
        <translation>此操作无法撤销：再次跟随意味着重新复制整个领导者索引。</translation>
    </message>
    <message>
        <source>Converting follower index %1 into a regular index: pause, close, unfollow, open.</source>
        <translation>正在将追随者索引 %1 转换为普通索引：暂停、关闭、取消跟随、打开。</translation>
    </message>
    <message>
        <source>Follower index %1 is now a regular index</source>
        <translation>追随者索引 %1 现在是普通索引</translation>
    </message>
    <message>
        <source>Recreate follower index</source>
        <translation>重新创建追随者索引</translation>
    </message>
    <message>
        <source>Recreate</source>
        <translation>重新创建</translation>
    </message>
    <message>
        <source>Recreate follower index &quot;%1&quot; from its leader?</source>
        <translation>从领导者重新创建追随者索引“%1”？</translation>
    </message>
    <message>
        <source>Duper pauses and closes the follower, then follows leader index %1 on %2 again. Elasticsearch deletes the follower&apos;s data and copies the leader index anew; until the copy is done the index is incomplete. Use this when replication stopped with an error it cannot recover from.</source>
        <translation>Duper 会暂停并关闭该追随者，然后再次跟随 %2 上的领导者索引 %1。Elasticsearch 会删除追随者的数据并重新复制领导者索引；复制完成之前索引是不完整的。当复制因无法恢复的错误而停止时使用此操作。</translation>
    </message>
    <message>
        <source>Recreating follower index %1: pause, close, then follow %2 again.</source>
        <translation>正在重新创建追随者索引 %1：暂停、关闭，然后再次跟随 %2。</translation>
    </message>
    <message>
        <source>Recreated follower index %1</source>
        <translation>已重新创建追随者索引 %1</translation>
    </message>
    <message>
        <source>Copied the follow request for %1</source>
        <translation>已复制 %1 的 follow 请求</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 个追随者索引</translation>
    </message>
    <message>
        <source>Follower index %1 is already paused</source>
        <translation>追随者索引 %1 已暂停</translation>
    </message>
    <message>
        <source>Follower index %1 is already active</source>
        <translation>追随者索引 %1 已处于活动状态</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerActionSet</name>
    <message>
        <source>&amp;Create follower index…</source>
        <translation>创建追随者索引(&amp;C)…</translation>
    </message>
    <message>
        <source>Replicate a leader index of a remote cluster into a new follower index</source>
        <translation>将远程集群的领导者索引复制到新的追随者索引</translation>
    </message>
    <message>
        <source>Follow &amp;many…</source>
        <translation>跟随多个(&amp;M)…</translation>
    </message>
    <message>
        <source>Follow existing leader indices that match patterns, in one go</source>
        <translation>一次性跟随与模式匹配的现有领导者索引</translation>
    </message>
    <message>
        <source>&amp;Pause replication</source>
        <translation>暂停复制(&amp;P)</translation>
    </message>
    <message>
        <source>Stop replicating into the selected follower indices</source>
        <translation>停止向所选追随者索引复制</translation>
    </message>
    <message>
        <source>&amp;Resume replication</source>
        <translation>恢复复制(&amp;R)</translation>
    </message>
    <message>
        <source>Start replicating again into the selected paused follower indices</source>
        <translation>重新开始向所选已暂停的追随者索引复制</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>编辑设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the advanced settings of the selected follower index</source>
        <translation>更改所选追随者索引的高级设置</translation>
    </message>
    <message>
        <source>&amp;Unfollow leader index…</source>
        <translation>取消跟随领导者索引(&amp;U)…</translation>
    </message>
    <message>
        <source>Turn the selected follower indices into regular indices</source>
        <translation>将所选追随者索引转换为普通索引</translation>
    </message>
    <message>
        <source>Re&amp;create follower index…</source>
        <translation>重新创建追随者索引(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the follower&apos;s data and copy it again from the leader index</source>
        <translation>删除追随者的数据，并从领导者索引重新复制</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>查看详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Show the shard statistics and errors of the selected follower index (Enter)</source>
        <translation>显示所选追随者索引的分片统计信息和错误 (Enter)</translation>
    </message>
    <message>
        <source>Copy &amp;REST request</source>
        <translation>复制 REST 请求(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the follow request that creates this follower index, for Kibana&apos;s Dev Tools</source>
        <translation>复制创建此追随者索引的 follow 请求，用于 Kibana 的开发工具</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the follower indices again</source>
        <translation>重新加载追随者索引</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerDetailsPanel</name>
    <message>
        <source>Select a follower index to see its details</source>
        <translation>选择一个追随者索引以查看其详细信息</translation>
    </message>
    <message>
        <source>Remote cluster:</source>
        <translation>远程集群：</translation>
    </message>
    <message>
        <source>Leader index:</source>
        <translation>领导者索引：</translation>
    </message>
    <message>
        <source>Edit settings…</source>
        <translation>编辑设置…</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>恢复复制</translation>
    </message>
    <message>
        <source>Settings in force</source>
        <translation>生效中的设置</translation>
    </message>
    <message>
        <source>A paused follower has no running shard-follow tasks, so there are no shard statistics.</source>
        <translation>已暂停的追随者没有正在运行的分片跟随任务，因此没有分片统计信息。</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <source>Replication has stopped</source>
        <translation>复制已停止</translation>
    </message>
    <message>
        <source>The shard-follow task hit an error it cannot recover from and will not retry, so this index no longer receives changes from the leader. The usual fix is to recreate the follower index: that deletes its data and copies it again from the leader index.</source>
        <translation>分片跟随任务遇到了无法恢复的错误且不会重试，因此此索引不再接收来自领导者的更改。通常的解决办法是重新创建追随者索引：这会删除其数据，并从领导者索引重新复制。</translation>
    </message>
    <message>
        <source>Recreate follower index…</source>
        <translation>重新创建追随者索引…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Shard %1: %2</source>
        <translation>分片 %1：%2</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Consistency with the leader</source>
        <translation>与领导者的一致性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerFilterBar</name>
    <message>
        <source>Search follower, leader or remote cluster</source>
        <translation>搜索追随者、领导者或远程集群</translation>
    </message>
    <message>
        <source>Search follower indices</source>
        <translation>搜索追随者索引</translation>
    </message>
    <message>
        <source>Show follower indices with status</source>
        <translation>显示具有此状态的追随者索引</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 个追随者索引</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 个追随者索引</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %2 个中的 %1 个</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerHistoryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 个操作</translation>
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
        <translation>延迟（操作数）</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Operations per second</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Time since last read (seconds)</source>
        <translation>距上次读取的时间（秒）</translation>
    </message>
    <message>
        <source>Since last read</source>
        <translation>距上次读取</translation>
    </message>
    <message>
        <source>Replication history is off.</source>
        <translation>复制历史已关闭。</translation>
    </message>
    <message>
        <source>Replication history is off: %1</source>
        <translation>复制历史已关闭：%1</translation>
    </message>
    <message>
        <source>No figures stored for this period yet. Duper records them at every refresh while the window is open.</source>
        <translation>此期间尚未存储任何数值。窗口打开期间，Duper 会在每次刷新时记录它们。</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowerSettingsView</name>
    <message>
        <source>Elasticsearch does not report settings for a paused follower. Resume it to see the settings in force.</source>
        <translation>Elasticsearch 不报告已暂停追随者的设置。恢复它以查看生效中的设置。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Set for this follower; Elasticsearch&apos;s default is %1.</source>
        <translation>为此追随者设置；Elasticsearch 的默认值为 %1。</translation>
    </message>
    <message>
        <source>Elasticsearch&apos;s default.</source>
        <translation>Elasticsearch 的默认值。</translation>
    </message>
    <message>
        <source>Max read request operation count</source>
        <translation>最大读取请求操作数</translation>
    </message>
    <message>
        <source>Max write request operation count</source>
        <translation>最大写入请求操作数</translation>
    </message>
    <message>
        <source>Max outstanding read requests</source>
        <translation>最大未完成读取请求数</translation>
    </message>
    <message>
        <source>Max outstanding write requests</source>
        <translation>最大未完成写入请求数</translation>
    </message>
    <message>
        <source>Max read request size</source>
        <translation>最大读取请求大小</translation>
    </message>
    <message>
        <source>Max write request size</source>
        <translation>最大写入请求大小</translation>
    </message>
    <message>
        <source>Max write buffer count</source>
        <translation>最大写入缓冲区操作数</translation>
    </message>
    <message>
        <source>Max write buffer size</source>
        <translation>最大写入缓冲区大小</translation>
    </message>
    <message>
        <source>Max retry delay</source>
        <translation>最大重试延迟</translation>
    </message>
    <message>
        <source>Read poll timeout</source>
        <translation>读取轮询超时</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>No limit: Elasticsearch&apos;s %1</source>
        <translation>无限制：Elasticsearch 的 %1</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Select %1 for a bulk action</source>
        <translation>选择 %1 进行批量操作</translation>
    </message>
    <message>
        <source>Select followers for a bulk action</source>
        <translation>选择追随者进行批量操作</translation>
    </message>
    <message>
        <source>Operations the follower is behind: the sum over its shards of the leader&apos;s global checkpoint minus the follower&apos;s</source>
        <translation>追随者落后的操作数：各分片上领导者全局检查点减去追随者全局检查点之和</translation>
    </message>
    <message>
        <source>Operations written per second since the previous refresh</source>
        <translation>自上次刷新以来每秒写入的操作数</translation>
    </message>
    <message>
        <source>The longest time since a shard last read from the leader</source>
        <translation>各分片距上次从领导者读取的最长时间</translation>
    </message>
    <message>
        <source>Failed read requests, summed over the shards</source>
        <translation>失败的读取请求数（各分片之和）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Leader index</source>
        <translation>领导者索引</translation>
    </message>
    <message>
        <source>Lag (ops)</source>
        <translation>延迟（操作数）</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>操作数/秒</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次读取</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>追赶</translation>
    </message>
    <message>
        <source>When the follower will have caught up with its leader, at the pace its lag changed over the last refreshes; “Falling behind” when the lag keeps growing</source>
        <translation>按最近几次刷新中延迟的变化速度，估计追随者索引何时追上其领导者索引；延迟持续增长时显示“正在落后”</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>已追上</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>正在落后</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 分钟</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 分钟</translation>
    </message>
    <message>
        <source>≈ %1 h</source>
        <translation>≈ %1 小时</translation>
    </message>
    <message>
        <source>≈ %1 d</source>
        <translation>≈ %1 天</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Lag trend</source>
        <translation>延迟趋势</translation>
    </message>
    <message>
        <source>The lag over the last hour, from Duper&apos;s replication history (the highest lag of each minute)</source>
        <translation>来自 Duper 复制历史的最近一小时延迟（每分钟的最大延迟）</translation>
    </message>
    <message>
        <source>No lag history: %1</source>
        <translation>无延迟历史：%1</translation>
    </message>
    <message>
        <source>No lag recorded in the last hour yet (a paused follower has none)</source>
        <translation>最近一小时尚未记录延迟（已暂停的追随者没有延迟）</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Lag over the last hour: %1 to %2 operations, %3</source>
        <translation>最近一小时的延迟：%1 至 %2 个操作，%3</translation>
    </message>
</context>
<context>
    <name>duper::ui::FollowersPage</name>
    <message>
        <source>Follower index actions</source>
        <translation>追随者索引操作</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Follower index “%1” created; waiting for it to become active…</source>
        <translation>追随者索引“%1”已创建；正在等待其变为活动状态…</translation>
    </message>
    <message>
        <source>Now following 1 more leader index</source>
        <translation>现已新增跟随 1 个领导者索引</translation>
    </message>
    <message>
        <source>Now following %1 more leader indices</source>
        <translation>现已新增跟随 %1 个领导者索引</translation>
    </message>
    <message>
        <source>Refreshing the follower indices failed: %1</source>
        <translation>刷新追随者索引失败：%1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the data of %2.</source>
        <translation>上次刷新失败：%1 列表显示的是 %2 时的数据。</translation>
    </message>
    <message>
        <source>You can look but not change: the user lacks the cluster privilege “manage_ccr”, which creating, pausing, resuming and unfollowing follower indices need.</source>
        <translation>您只能查看不能更改：该用户缺少集群权限“manage_ccr”，创建、暂停、恢复和取消跟随追随者索引都需要此权限。</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryChartView</name>
    <message numerus="yes">
        <source>%1 (%n refreshes)</source>
        <translation>
            <numerusform>%1（%n 次刷新）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on average, from %3 to %4</source>
        <translation>%1：平均 %2（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryMarkerStyle</name>
    <message>
        <source>Stopped by a fatal error</source>
        <translation>因致命错误而停止</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>重新活动</translation>
    </message>
    <message>
        <source>Read errors cleared</source>
        <translation>读取错误已清除</translation>
    </message>
</context>
<context>
    <name>duper::ui::HistoryNotice</name>
    <message>
        <source>No history</source>
        <translation>无历史</translation>
    </message>
    <message>
        <source>Replication history</source>
        <translation>复制历史</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>管理连接(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>连接： </translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>正在从钥匙串读取 %1 的密钥…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Add, edit, test or remove saved connections</source>
        <translation>添加、编辑、测试或删除已保存的连接</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s status and follower indices again</source>
        <translation>重新读取集群状态和追随者索引</translation>
    </message>
    <message>
        <source>Close Duper</source>
        <translation>关闭 Duper</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Duper</source>
        <translation>关于 Duper(&amp;A)</translation>
    </message>
    <message>
        <source>Version, Qt version and licences</source>
        <translation>版本、Qt 版本和许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt toolkit Duper is built with</source>
        <translation>构建 Duper 所用的 Qt 工具包</translation>
    </message>
    <message>
        <source>Language, auto-refresh, confirmations, network proxy and the connection&apos;s alert rules</source>
        <translation>语言、自动刷新、确认、网络代理和此连接的告警规则</translation>
    </message>
</context>
<context>
    <name>duper::ui::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认 (%1)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or IP address (no scheme, path or port here).</source>
        <translation>“%1”不是主机名或 IP 地址（此处不含协议、路径或端口）。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>请输入代理的端口。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>duper::ui::PrivilegePreflightPanel</name>
    <message>
        <source>Checking the privileges this needs…</source>
        <translation>正在检查所需的权限…</translation>
    </message>
    <message>
        <source>Privileges are missing: see the list, or tick &quot;Send anyway&quot;.</source>
        <translation>缺少权限：请查看列表，或勾选“仍然发送”。</translation>
    </message>
    <message>
        <source>Elasticsearch would refuse this: the user lacks these privileges.</source>
        <translation>Elasticsearch 会拒绝此操作：该用户缺少这些权限。</translation>
    </message>
    <message>
        <source>Could not check:</source>
        <translation>无法检查：</translation>
    </message>
</context>
<context>
    <name>duper::ui::ProcedureDialog</name>
    <message>
        <source>Follower index %1</source>
        <translation>追随者索引 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>早已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Finished: every step is done.</source>
        <translation>已结束：所有步骤均已完成。</translation>
    </message>
    <message>
        <source>Reopening failed: %1</source>
        <translation>重新打开失败：%1</translation>
    </message>
    <message>
        <source>The index %1 is open again. %2</source>
        <translation>索引 %1 已重新打开。%2</translation>
    </message>
    <message>
        <source>&quot;Try again&quot; continues the procedure.</source>
        <translation>“重试”会继续执行该流程。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop after the request in flight is aborted</source>
        <translation>中止进行中的请求后停止</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReadExceptionsView</name>
    <message>
        <source>No read errors</source>
        <translation>没有读取错误</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <source>From sequence number</source>
        <translation>起始序列号</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Elasticsearch does not report when a read failed; this is when it was first seen here.</source>
        <translation>Elasticsearch 不报告读取失败的时间；这是在此处首次发现它的时间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterDialog</name>
    <message>
        <source>Edit remote cluster “%1”</source>
        <translation>编辑远程集群“%1”</translation>
    </message>
    <message>
        <source>A remote cluster named “%1” already exists; edit it instead.</source>
        <translation>名为“%1”的远程集群已存在；请改为编辑它。</translation>
    </message>
    <message>
        <source>Add at least one seed: a node&apos;s transport address as host:port, e.g. 10.0.0.5:9300.</source>
        <translation>请至少添加一个种子节点：节点的传输地址，格式为 host:port，例如 10.0.0.5:9300。</translation>
    </message>
    <message>
        <source>Enter the proxy address as host:port, e.g. proxy.example.com:9400.</source>
        <translation>请以 host:port 格式输入代理地址，例如 proxy.example.com:9400。</translation>
    </message>
    <message>
        <source>Cancelled. Elasticsearch may still have applied the change; the list shows what is in force after the next refresh.</source>
        <translation>已取消。Elasticsearch 可能仍已应用该更改；下次刷新后列表将显示生效中的配置。</translation>
    </message>
    <message>
        <source>Elasticsearch did not save the remote cluster: %1</source>
        <translation>Elasticsearch 未保存该远程集群：%1</translation>
    </message>
    <message>
        <source>The connection to the cluster was closed. Connect again to save the remote cluster.</source>
        <translation>与集群的连接已关闭。请重新连接以保存远程集群。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterEditFlow</name>
    <message>
        <source>Delete remote cluster</source>
        <translation>删除远程集群</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting remote cluster “%1”…</source>
        <translation>正在删除远程集群“%1”…</translation>
    </message>
    <message>
        <source>Elasticsearch did not delete the remote cluster “%1”: %2</source>
        <translation>Elasticsearch 未删除远程集群“%1”：%2</translation>
    </message>
    <message>
        <source>Remote cluster “%1” deleted.</source>
        <translation>远程集群“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterModel</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Not connected (not reported yet)</source>
        <translation>未连接（尚未报告）</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>elasticsearch.yml</source>
        <translation>elasticsearch.yml</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 follower index</source>
        <translation>1 个追随者索引</translation>
    </message>
    <message>
        <source>%1 follower indices</source>
        <translation>%1 个追随者索引</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there, not here.</source>
        <translation>在 elasticsearch.yml 中定义：请在那里更改，而不是在此处。</translation>
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
        <translation>%1 / %2 个套接字</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 / %2 个节点</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Skip unavailable</source>
        <translation>跳过不可用</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Authenticated with a cross-cluster API key, kept in this cluster&apos;s keystore, on the remote cluster server port (usually 9443).</source>
        <translation>使用跨集群 API 密钥进行身份验证，该密钥保存在此集群的密钥库中，通过远程集群服务器端口（通常为 9443）连接。</translation>
    </message>
    <message>
        <source>Authenticated with TLS certificates trusted by both clusters, on the transport port (usually 9300); deprecated since Elasticsearch 9.0.</source>
        <translation>使用两个集群都信任的 TLS 证书进行身份验证，通过传输端口（通常为 9300）连接；自 Elasticsearch 9.0 起已弃用。</translation>
    </message>
    <message>
        <source>How this cluster authenticates to the remote cluster: API key or certificate.</source>
        <translation>此集群向远程集群进行身份验证的方式：API 密钥或证书。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClusterPicker</name>
    <message>
        <source>%1 (connected)</source>
        <translation>%1（已连接）</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>正在加载远程集群…</translation>
    </message>
    <message>
        <source>Could not list the remote clusters: %1</source>
        <translation>无法列出远程集群：%1</translation>
    </message>
    <message>
        <source>This cluster has no remote cluster yet. Add one first.</source>
        <translation>此集群还没有远程集群。请先添加一个。</translation>
    </message>
    <message>
        <source>No remote cluster is connected right now.</source>
        <translation>当前没有已连接的远程集群。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteClustersPage</name>
    <message>
        <source>&amp;Add remote cluster…</source>
        <translation>添加远程集群(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Remote cluster actions</source>
        <translation>远程集群操作</translation>
    </message>
    <message>
        <source>Search by name or address</source>
        <translation>按名称或地址搜索</translation>
    </message>
    <message>
        <source>Remote clusters</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Refreshing the remote clusters failed: %1</source>
        <translation>刷新远程集群失败：%1</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows earlier data.</source>
        <translation>上次刷新失败：%1 列表显示的是之前的数据。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its remote clusters.</source>
        <translation>连接到集群以查看其远程集群。</translation>
    </message>
    <message>
        <source>Could not load the remote clusters</source>
        <translation>无法加载远程集群</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading remote clusters…</source>
        <translation>正在加载远程集群…</translation>
    </message>
    <message>
        <source>No remote clusters</source>
        <translation>没有远程集群</translation>
    </message>
    <message>
        <source>No remote clusters: add the leader cluster as a remote cluster of this cluster, by the transport address of one or more of its nodes (sniff) or of a proxy in front of it. Follower indices replicate from leader indices through it.</source>
        <translation>没有远程集群：请将领导者集群添加为此集群的远程集群，使用其一个或多个节点的传输地址（sniff），或其前端代理的地址。追随者索引通过它从领导者索引复制。</translation>
    </message>
    <message>
        <source>Add remote cluster…</source>
        <translation>添加远程集群…</translation>
    </message>
    <message>
        <source>Defined in elasticsearch.yml: change it there.</source>
        <translation>在 elasticsearch.yml 中定义：请在那里更改。</translation>
    </message>
    <message>
        <source>Edit the selected remote cluster</source>
        <translation>编辑所选远程集群</translation>
    </message>
    <message>
        <source>Delete the selected remote cluster</source>
        <translation>删除所选远程集群</translation>
    </message>
    <message>
        <source>Remote cluster “%1” saved; checking its connection…</source>
        <translation>远程集群“%1”已保存；正在检查其连接…</translation>
    </message>
    <message>
        <source>Add a remote cluster to this cluster</source>
        <translation>为此集群添加远程集群</translation>
    </message>
    <message>
        <source>Load the remote clusters again</source>
        <translation>重新加载远程集群</translation>
    </message>
    <message>
        <source>&amp;Fail over…</source>
        <translation>故障转移(&amp;F)…</translation>
    </message>
    <message>
        <source>The leader cluster behind the selected remote is lost: make this cluster&apos;s followers of it regular, writable indices</source>
        <translation>所选远程集群背后的领导者集群已丢失：将此集群上跟随它的追随者转换为可写入的普通索引</translation>
    </message>
    <message>
        <source>&amp;Migrate to API key…</source>
        <translation>迁移到 API 密钥(&amp;M)…</translation>
    </message>
    <message>
        <source>Switch the selected certificate-based remote cluster to a cross-cluster API key in place: its followers are paused and resumed</source>
        <translation>将所选基于证书的远程集群就地切换到跨集群 API 密钥：其追随者会先暂停再恢复</translation>
    </message>
    <message>
        <source>Already uses a cross-cluster API key.</source>
        <translation>已在使用跨集群 API 密钥。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RemoteSecurityChoiceDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>继续(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>duper::ui::ReplicationTopologyModel</name>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
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
        <translation>已连接（%1）</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>未连接（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 个活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 个出错</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Follower indices or auto-follow patterns name this remote cluster, but this cluster has no remote cluster of that name.</source>
        <translation>有追随者索引或自动跟随模式引用了此远程集群，但此集群没有该名称的远程集群。</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（活动）</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>Remote cluster</source>
        <translation>远程集群</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Follower indices</source>
        <translation>追随者索引</translation>
    </message>
    <message>
        <source>Auto-follow patterns</source>
        <translation>自动跟随模式</translation>
    </message>
    <message>
        <source>Replicated data streams</source>
        <translation>已复制的数据流</translation>
    </message>
</context>
<context>
    <name>duper::ui::RequestPreviewDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunItemState</name>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>早已完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>duper::ui::RunReportFile</name>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
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
        <translation>沙盒无法启动：%1</translation>
    </message>
</context>
<context>
    <name>duper::ui::SandboxMenu</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>The emulated cluster could not be brought back: %1</source>
        <translation>无法恢复模拟集群：%1</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Simulate leader outage</source>
        <translation>模拟领导者故障</translation>
    </message>
    <message>
        <source>Emulator only: the leader cluster stops answering and the follower cluster loses it as a remote</source>
        <translation>仅限模拟器：领导者集群停止响应，追随者集群失去这个远程集群</translation>
    </message>
    <message>
        <source>Bring leader back</source>
        <translation>恢复领导者</translation>
    </message>
    <message>
        <source>Simulate follower outage</source>
        <translation>模拟追随者故障</translation>
    </message>
    <message>
        <source>Emulator only: the follower cluster stops answering</source>
        <translation>仅限模拟器：追随者集群停止响应</translation>
    </message>
    <message>
        <source>Bring follower back</source>
        <translation>恢复追随者</translation>
    </message>
</context>
<context>
    <name>duper::ui::SecretPromptDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>The %1 for %2:</source>
        <translation>%2 的%1：</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShardStatsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Leader checkpoint</source>
        <translation>领导者检查点</translation>
    </message>
    <message>
        <source>Follower checkpoint</source>
        <translation>追随者检查点</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Outstanding reads</source>
        <translation>未完成读取</translation>
    </message>
    <message>
        <source>Outstanding writes</source>
        <translation>未完成写入</translation>
    </message>
    <message>
        <source>Buffered operations</source>
        <translation>缓冲的操作</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>缓冲区大小</translation>
    </message>
    <message>
        <source>Successful reads</source>
        <translation>成功读取</translation>
    </message>
    <message>
        <source>Failed reads</source>
        <translation>失败读取</translation>
    </message>
    <message>
        <source>Successful writes</source>
        <translation>成功写入</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>失败写入</translation>
    </message>
    <message>
        <source>Operations read</source>
        <translation>已读取操作</translation>
    </message>
    <message>
        <source>Operations written</source>
        <translation>已写入操作</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>已读取字节</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次读取</translation>
    </message>
    <message>
        <source>Mapping version</source>
        <translation>映射版本</translation>
    </message>
    <message>
        <source>Settings version</source>
        <translation>设置版本</translation>
    </message>
    <message>
        <source>The leader shard&apos;s global checkpoint: operations up to this sequence number are safe on the leader.</source>
        <translation>领导者分片的全局检查点：此序列号及之前的操作在领导者上是安全的。</translation>
    </message>
    <message>
        <source>The follower shard&apos;s global checkpoint: operations up to this sequence number have been replicated.</source>
        <translation>追随者分片的全局检查点：此序列号及之前的操作已被复制。</translation>
    </message>
    <message>
        <source>Leader checkpoint minus follower checkpoint: operations not yet replicated.</source>
        <translation>领导者检查点减去追随者检查点：尚未复制的操作数。</translation>
    </message>
    <message>
        <source>Operations read from the leader and waiting to be written to the follower.</source>
        <translation>已从领导者读取、等待写入追随者的操作。</translation>
    </message>
    <message>
        <source>Time since the last read request to the leader returned.</source>
        <translation>距上一次发往领导者的读取请求返回的时间。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>duper::ui::ShortcutToolTip</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>duper::ui::SwitchBackPage</name>
    <message>
        <source>Switching back restores the direction from before the failover, once &lt;b&gt;%1&lt;/b&gt; has caught up: its followers become regular indices that take writes, &lt;b&gt;%2&lt;/b&gt;&apos;s copies are deleted and %2 follows %1 again through the remote cluster below, and %2&apos;s paused auto-follow patterns are resumed. Stop writing to %2 first. If a step fails, Try again continues.</source>
        <translation>切回会在 &lt;b&gt;%1&lt;/b&gt; 追上后恢复故障转移前的复制方向：它的追随者成为可接受写入的普通索引，&lt;b&gt;%2&lt;/b&gt; 上的副本被删除，%2 通过下方的远程集群重新跟随 %1，并恢复 %2 上已暂停的自动跟随模式。请先停止向 %2 写入。如果某一步失败，“重试”会继续执行。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n copy(ies) on %1 listed above for good</source>
        <translation>
            <numerusform>永久删除上方列出的 %1 上的 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Fail over on %1: its followers of %2 become regular indices</source>
        <translation>在 %1 上故障转移：其跟随 %2 的追随者成为普通索引</translation>
    </message>
    <message>
        <source>%1 follows %2 again (its copies are deleted first)</source>
        <translation>%1 重新跟随 %2（先删除其副本）</translation>
    </message>
    <message>
        <source>Resume %1&apos;s paused auto-follow patterns</source>
        <translation>恢复 %1 上已暂停的自动跟随模式</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Will become a regular index</source>
        <translation>将成为普通索引</translation>
    </message>
    <message>
        <source>Will be deleted on %1, then follow %2</source>
        <translation>将在 %1 上被删除，然后跟随 %2</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>见下文</translation>
    </message>
    <message>
        <source>Switched back: the original direction is restored.</source>
        <translation>已切回：已恢复原来的复制方向。</translation>
    </message>
    <message>
        <source>Stopped. Try again continues with what is left.</source>
        <translation>已停止。“重试”会继续执行剩余部分。</translation>
    </message>
    <message>
        <source>Switching back did not finish. Try again continues.</source>
        <translation>切回未完成。“重试”会继续执行。</translation>
    </message>
</context>
<context>
    <name>duper::ui::TwoClusterDialog</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>duper::ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation>添加连接…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>试用沙盒</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duper&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Duper&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow patterns and remote clusters.&lt;br&gt;Connect to your follower cluster, or try everything on a sandbox: two emulated clusters running inside Duper.</source>
        <translation>Duper 管理 Elasticsearch 跨集群复制：追随者索引、自动跟随模式和远程集群。&lt;br&gt;连接到您的追随者集群，或在沙盒中试用所有功能：沙盒是在 Duper 内运行的两个模拟集群。</translation>
    </message>
    <message>
        <source>Starts an emulated leader and follower cluster on free local ports and adds a temporary &quot;Sandbox&quot; connection</source>
        <translation>在空闲的本地端口上启动模拟的领导者和追随者集群，并添加一个临时的“Sandbox”连接</translation>
    </message>
</context>
<context>
    <name>duper::values</name>
    <message>
        <source>%1 &quot;%2&quot; has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb.</source>
        <translation>%1“%2”没有大小单位。请使用 b、kb、mb、gb、tb 或 pb，例如 32mb。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Sizes must be 0 or more; only -1 (on its own or as -1b) is accepted as a special value.</source>
        <translation>%1“%2”为负数。大小必须大于或等于 0；只有 -1（单独或写作 -1b）可作为特殊值。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has more than two decimals. Use at most two, e.g. 1.25mb, or a smaller unit.</source>
        <translation>%1“%2”的小数超过两位。最多使用两位小数（例如 1.25mb），或使用更小的单位。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch allows at most %3 bytes (just under 8192pb).</source>
        <translation>%1“%2”过大：Elasticsearch 最多允许 %3 字节（略低于 8192pb）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a size. Write a number and a unit, e.g. 512mb or 1.5gb.</source>
        <translation>%1“%2”不是大小。请写一个数字加单位，例如 512mb 或 1.5gb。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of bytes. Bytes take whole numbers only; use a larger unit for fractions, e.g. 1.5kb.</source>
        <translation>%1“%2”不是整数字节数。字节只能是整数；小数请使用更大的单位，例如 1.5kb。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has spaces around it, which Elasticsearch does not accept here. Remove them.</source>
        <translation>%1“%2”两侧有空格，Elasticsearch 在此处不接受。请删除空格。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1“%2”过大：Elasticsearch 将其存储为 32 位整数，最大为 2147483647。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number, e.g. 5120.</source>
        <translation>%1“%2”不是整数，例如 5120。</translation>
    </message>
    <message>
        <source>text with a unit, such as &quot;32mb&quot; or &quot;30s&quot;</source>
        <translation>带单位的文本，例如 &quot;32mb&quot; 或 &quot;30s&quot;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 为 %2，但必须是%3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1“%2”无效。请使用 &quot;all&quot; 或分片副本数（0 或更大）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Use &quot;all&quot; or a number of shard copies, 0 or more.</source>
        <translation>%1“%2”为负数。请使用 &quot;all&quot; 或分片副本数（0 或更大）。</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be at least 1.</source>
        <translation>%1 为 %2，但必须至少为 1。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but it must be larger than 0 bytes, e.g. 32mb.</source>
        <translation>%1 为“%2”，但必须大于 0 字节，例如 32mb。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too short: Elasticsearch needs at least 1ms.</source>
        <translation>%1“%2”过短：Elasticsearch 至少需要 1ms。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: Elasticsearch allows at most %3.</source>
        <translation>%1“%2”过长：Elasticsearch 最多允许 %3。</translation>
    </message>
    <message>
        <source>%1 %2 is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.</source>
        <translation>%1 %2 过大：Elasticsearch 将其存储为 32 位整数，最大为 2147483647。</translation>
    </message>
    <message>
        <source>Index names are lowercase and may not contain \ / * ? &quot; &lt; &gt; | , # : or spaces, nor start with _, - or +.</source>
        <translation>索引名称须为小写，不能包含 \ / * ? &quot; &lt; &gt; | , # : 或空格，也不能以 _、- 或 + 开头。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 is empty. Enter an index name.</source>
        <translation>%1 为空。请输入索引名称。</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain %3. %4</source>
        <translation>%1“%2”不能包含 %3。%4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;#&apos;. %3</source>
        <translation>%1“%2”不能包含 &apos;#&apos;。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not contain &apos;:&apos; (it separates a remote cluster from an index name). %3</source>
        <translation>%1“%2”不能包含 &apos;:&apos;（它用于分隔远程集群和索引名称）。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not start with &apos;%3&apos;. %4</source>
        <translation>%1“%2”不能以 &apos;%3&apos; 开头。%4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too long: it takes %3 bytes in UTF-8, and Elasticsearch allows at most %4.</source>
        <translation>%1“%2”过长：它在 UTF-8 中占 %3 字节，而 Elasticsearch 最多允许 %4 字节。</translation>
    </message>
    <message>
        <source>%1 must not be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>%1 不能为 &quot;.&quot; 或 &quot;..&quot;。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be lowercase, e.g. &quot;%3&quot;. %4</source>
        <translation>%1“%2”必须为小写，例如 &quot;%3&quot;。%4</translation>
    </message>
    <message>
        <source>Use d, h, m, s, ms, micros or nanos, e.g. 30s.</source>
        <translation>请使用 d、h、m、s、ms、micros 或 nanos，例如 30s。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is negative. Durations must be 0 or more (-1 stands for &quot;no limit&quot; where Elasticsearch allows it).</source>
        <translation>%1“%2”为负数。时长必须大于或等于 0（在 Elasticsearch 允许的地方，-1 表示“无限制”）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range: the number must fit in a 64-bit integer.</source>
        <translation>%1“%2”超出范围：该数字必须能放入 64 位整数。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a fraction, but Elasticsearch takes whole numbers only. Use a smaller unit, e.g. 1500ms instead of 1.5s.</source>
        <translation>%1“%2”包含小数，但 Elasticsearch 只接受整数。请使用更小的单位，例如用 1500ms 代替 1.5s。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a duration. Write a whole number and a unit. %3</source>
        <translation>%1“%2”不是时长。请写一个整数加单位。%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time unit. %3</source>
        <translation>%1“%2”没有时间单位。%3</translation>
    </message>
    <message>
        <source>Remove the spaces around the value.</source>
        <translation>请删除值两侧的空格。</translation>
    </message>
    <message>
        <source>Minutes are a lowercase m; a capital M is not a unit.</source>
        <translation>分钟是小写的 m；大写 M 不是单位。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Elasticsearch Cross-Cluster Replication</source>
        <translation>Elasticsearch 跨集群复制的桌面控制台</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>保存窗口截图并退出。</translation>
    </message>
    <message>
        <source>Start the emulated clusters in this process and connect to them.</source>
        <translation>在此进程中启动模拟集群并连接到它们。</translation>
    </message>
</context>
</TS>
