#!/usr/bin/env python3
"""Regenerates tests/fuzz/corpus/<target>/ from the real Elasticsearch answers in ../shared/es-examples/ and the
inputs of the unit tests' data tables. The committed corpus is this script's output; run it again when either grows.

Usage: tests/fuzz/seed-corpus.py [ES_EXAMPLES_DIR]
"""
import hashlib
import pathlib
import re
import shutil
import sys

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent.parent
EXAMPLES = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "es-examples"
CORPUS = FUZZ / "corpus"
MAX_SEED = 16 * 1024  # keeps the committed corpus small; libFuzzer grows its own copy

# fuzz_json_reader's first byte picks the parser, in the order of its kParsers table.
JSON_READER = ["acknowledged", "auto_follow_patterns", "close", "cluster_info", "cluster_settings", "data_streams",
               "follow", "forget_follower", "index_stats", "license", "nodes_info", "open", "privileges",
               "remote_info", "resolve_index", "api_keys", "created_api_key", "invalidate_api_keys",
               "reload_secure_settings", "remote_cluster_server_nodes"]

# Which unit test tables hold inputs for which target (the first string after `QTest::newRow(...) <<`).
TABLES = {
    "fuzz_byte_size": ["tst_bytesize.cpp", "tst_followparameterlimits.cpp"],
    "fuzz_time_value": ["tst_timevalue.cpp"],
    "fuzz_index_name": ["tst_indexname.cpp"],
    "fuzz_remote_address": ["tst_remoteaddress.cpp"],
    "fuzz_follow_parameters": ["tst_followparameters.cpp"],
    "fuzz_duperrc": ["tst_simpleyamlreader.cpp"],
}
# Shapes of ~/.duperrc.yml the earlier tool wrote (see DuperrcImporter.h and tests/cli/tst_cli_config.cpp).
DUPERRC = [
    """clusters:
  - name: us-cluster
    options:
      node:
        url: http://localhost:9200
        ssl: {key: /k.pem, cert: /c.pem, ca: [/ca.pem]}
      auth:
        username: elastic
        password: 'plain # text-pw'
  - name: japan-cluster   # the follower
    options:
      node:
        url: "http://localhost:8200"
      auth: {apiKey: {id: abc, api_key: def}}
      cloud: {id: "name:bG9jYWxob3N0JGFiYyQ="}
leaderCluster: us-cluster
followerCluster: japan-cluster
""",
    "---\nclusters:\n- url: http://localhost:9200\n  name: us-cluster\n  sslCa: ~\n  nodes: [a, b]\n- {}\ncurrent: us-cluster\n",
    "clusters:\n  - name: a\n     url: bad-indent\n",
]
ROW = re.compile(r'QTest::newRow\([^;]*?\)\s*<<\s*(?:QStringLiteral\(|QByteArray\(|QString\()?"((?:[^"\\]|\\.)*)"')


def write(target, data):
    if not data or len(data) > MAX_SEED:
        return
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def examples(pattern):
    return sorted(p for p in EXAMPLES.glob(pattern) if p.is_file())


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    for path in examples("ccr.follow_info/*.json"):
        write("fuzz_follow_info", path.read_bytes())
    for path in examples("ccr.follow_stats/*.json"):
        write("fuzz_follow_stats", path.read_bytes())
    for path in examples("ccr.stats/*.json"):
        write("fuzz_ccr_stats", path.read_bytes())
    for path in examples("*/*error*.json") + examples("security/*.json"):
        write("fuzz_error_body", path.read_bytes())
    for path in examples("*/*request*.json"):
        write("fuzz_sandbox_request_body", path.read_bytes())
        write("fuzz_follow_parameters", bytes([10]) + path.read_bytes())  # 10: wait_for_active_shards
    responses = [p for p in examples("*/*.json") if "request" not in p.name and "error" not in p.name]
    responses += sorted((ROOT / "tests" / "unit" / "fixtures").glob("*.json"))
    for path in responses:
        body = path.read_bytes()
        # Each answer seeds the parser it belongs to; the rest find it through mutation of the first byte.
        api = path.parent.name
        picks = {"cluster.remote_info": 13, "ccr.get_auto_follow_pattern": 1, "indices.close": 2, "indices.open": 11,
                 "ccr.follow": 6, "ccr.forget_follower": 7, "fixtures": 13}
        write("fuzz_json_reader", bytes([picks.get(api, 0)]) + body)
    for target, files in TABLES.items():
        for name in files:
            source = (ROOT / "tests" / "unit" / name).read_text(encoding="utf-8")
            for match in ROW.finditer(source):
                text = match.group(1).encode("utf-8").decode("unicode_escape").encode("utf-8", "surrogatepass")
                if target == "fuzz_follow_parameters":
                    for which in range(11):
                        write(target, bytes([which]) + text)
                else:
                    write(target, text)
    for text in ["my-deployment:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRjZWM2ZjI2MWE3NGJmMjRjZTMzYmI4ODExYjg0Mjk0ZiRjNmMyY2E2ZDA0MjI0OWFmMGNjN2Q3YTllOTYyNTc0Mw==",
                 "name:bG9jYWxob3N0OjkyNDMkZXNfdXVpZDo5MjAwJGtpYmFuYV91dWlkOjU2MDE=", ":bG9jYWxob3N0JGFiYyQ="]:
        write("fuzz_cloud_id", text.encode())
    for yaml in DUPERRC:
        write("fuzz_duperrc", yaml.encode())


if __name__ == "__main__":
    main()
