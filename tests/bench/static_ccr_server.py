#!/usr/bin/env python3
"""A static-fixture Elasticsearch stand-in for benchmarks (issue 13): serves pre-captured CCR bodies from memory.

The sandbox spends ~250 ms building a 13 MB answer, so timing Duper against it mostly times the sandbox. This server
answers from bytes held in memory, so a benchmark measures the client and the wire only.

The bodies come from `duper sandbox` once (the same field set the sandbox and Elasticsearch 8 send: active and
paused followers, every shard field, `auto_follow_stats`) and are cached on disk per shape. Served paths:
  GET /                      GET /_ccr/stats           GET /_all/_ccr/info     GET /_all/_ccr/stats
  GET /<index>[,<index>...]/_ccr/info|stats  (names or wildcards; sliced from the full bodies)
Any of them with ?filter_path=a.b,c.*.d (included paths, `*` within a name; filtered once, then kept in memory).
HTTP/1.1 keep-alive, Content-Length, no compression: every client receives the same bytes. Loopback only.

  static_ccr_server.py --duper build/ci/bin/duper --followers 10000 --shards 1 [--port 0] [--cache DIR]

It prints `static-ccr-server: http://127.0.0.1:PORT ...` once listening and serves until stdin closes or SIGTERM.
Python 3 standard library only.
"""

import argparse
import fnmatch
import http.client
import http.server
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

# Captured from the sandbox: (file name, request path).
CAPTURED = [
    ("root.json", "/"),
    ("all_ccr_info.json", "/_all/_ccr/info"),
    ("all_ccr_stats.json", "/_all/_ccr/stats"),
    ("ccr_stats.json", "/_ccr/stats"),
]


def follower_name(i):
    return "follower-%05d" % i  # the sandbox's pre-created followers: follower-00001 ..


def start_sandbox(duper, followers, shards, fatal, failing):
    args = [duper, "sandbox", "--follower-port", "0", "--leader-port", "0", "--followers", str(followers),
            "--shards", str(shards), "--tick", "0"]
    for name in fatal:
        args += ["--fault", "fatal:" + name]
    if failing:
        args += ["--failing-reads", ",".join(failing)]
    process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = b""
    url = None
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        output += line
        match = re.search(rb"follower cluster:\s+(\S+)", line)
        if match:
            url = match.group(1).decode()
        if b"Press Ctrl+C to stop." in line and url:
            return process, url
    process.kill()
    raise SystemExit("static_ccr_server: the sandbox did not start:\n" + output.decode(errors="replace"))


def capture(duper, followers, shards, paused_every, directory):
    """Starts a sandbox, pauses every n-th follower, and stores the bodies it answers with."""
    active = [i for i in range(1, followers + 1) if paused_every <= 0 or i % paused_every != 0]
    # A few followers in trouble, as on a real cluster: one fatal, two with failing reads (when that many exist).
    fatal = [follower_name(active[len(active) // 2])] if len(active) > 3 else []
    failing = [follower_name(i) for i in active[1:3]] if len(active) > 3 else []
    process, url = start_sandbox(duper, followers, shards, fatal, failing)
    try:
        host, port = re.match(r"https?://([^:/]+):(\d+)", url).groups()
        connection = http.client.HTTPConnection(host, int(port), timeout=120)
        for i in range(1, followers + 1):
            if paused_every > 0 and i % paused_every == 0:
                connection.request("POST", "/%s/_ccr/pause_follow" % follower_name(i))
                response = connection.getresponse()
                body = response.read()
                if response.status != 200:
                    raise SystemExit("static_ccr_server: pause_follow failed: %s" % body[:300])
        os.makedirs(directory, exist_ok=True)
        for name, path in CAPTURED:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise SystemExit("static_ccr_server: GET %s answered %d" % (path, response.status))
            with open(os.path.join(directory, name + ".tmp"), "wb") as out:
                out.write(body)
        make_realistic(directory)
        for name, _ in CAPTURED:  # complete fixtures only: a capture cut short is redone next time
            os.replace(os.path.join(directory, name + ".tmp"), os.path.join(directory, name))
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


_MISSING = object()


def _filtered(value, patterns):
    """Elasticsearch's filter_path inclusion: a path that ends here keeps the whole subtree; arrays are transparent;
    objects and arrays left with nothing are dropped."""
    if any(not pattern for pattern in patterns):
        return value
    if isinstance(value, list):
        kept = [item for item in (_filtered(element, patterns) for element in value) if item is not _MISSING]
        return kept if kept else _MISSING
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            rest = [pattern[1:] for pattern in patterns if fnmatch.fnmatchcase(key, pattern[0])]
            if rest:
                item = _filtered(item, rest)
                if item is not _MISSING:
                    out[key] = item
        return out if out else _MISSING
    return _MISSING


def filter_path(value, expression):
    """The body filtered as ES does for ?filter_path=expression; None for what this server does not emulate
    (exclusions, `**`)."""
    patterns = [part.split(".") for part in expression.split(",") if part]
    if any(pattern[0].startswith("-") or "**" in pattern for pattern in patterns):
        return None
    result = _filtered(value, patterns)
    return {} if result is _MISSING else result


def make_realistic(directory):
    """A sandbox with --tick 0 never replicated: every counter is 0 or -1 and no shard has failed. A cluster that has
    run for months sends 7-12 digit counters, some read exceptions and the odd fatal one; those are what a parser and
    the wire carry, so the stats get deterministic values of that size (same fields, same order, compact)."""
    rng = random.Random(13)
    path = os.path.join(directory, "all_ccr_stats.json.tmp")
    stats = json.loads(open(path, "rb").read())
    indices = stats["indices"]
    for n, entry in enumerate(indices):
        lag_total = 0
        for shard in entry["shards"]:
            leader = rng.randrange(1_000, 50_000_000)
            lag = rng.choice((0, 0, 0, rng.randrange(1, 5_000)))
            reads = rng.randrange(1_000, 3_000_000)
            values = {
                "leader_global_checkpoint": leader, "leader_max_seq_no": leader,
                "follower_global_checkpoint": leader - lag, "follower_max_seq_no": leader - lag,
                "last_requested_seq_no": leader - lag, "outstanding_read_requests": 1,
                "write_buffer_operation_count": rng.choice((0, rng.randrange(1, 500))),
                "write_buffer_size_in_bytes": rng.choice((0, rng.randrange(1_000, 900_000))),
                "follower_mapping_version": rng.randrange(1, 40), "follower_settings_version": rng.randrange(1, 9),
                "follower_aliases_version": rng.randrange(1, 5), "total_read_time_millis": reads * 11,
                "total_read_remote_exec_time_millis": reads * 3, "successful_read_requests": reads,
                "failed_read_requests": rng.choice((0, 0, 0, rng.randrange(1, 40))), "operations_read": leader,
                "bytes_read": leader * rng.randrange(300, 2_000), "total_write_time_millis": reads * 7,
                "successful_write_requests": reads // 2, "operations_written": leader - lag,
                "time_since_last_read_millis": rng.randrange(0, 60_000),
            }
            for key, value in values.items():
                if key in shard:
                    shard[key] = value
            lag_total += lag
        if "total_global_checkpoint_lag" in entry:
            entry["total_global_checkpoint_lag"] = lag_total
        shard = entry["shards"][0]
        if n % 997 == 500:  # a follower whose reads keep failing
            shard["read_exceptions"] = [{"from_seq_no": shard.get("follower_global_checkpoint", 0) + 1, "retries": 12,
                                         "exception": {"type": "node_disconnected_exception",
                                                       "reason": "[leader-node-1][10.0.3.17:9300][indices:data/read/"
                                                                 "xpack/ccr/shard_changes] disconnected"}}]
        if n % 4999 == 2500:  # and, rarely, one that stopped
            shard["fatal_exception"] = {"type": "illegal_argument_exception",
                                        "reason": "the leader index [%s] has been closed" % shard["leader_index"]}
    with open(path, "wb") as out:
        out.write(compact(stats))
    path = os.path.join(directory, "ccr_stats.json.tmp")
    ccr = json.loads(open(path, "rb").read())
    ccr["follow_stats"]["indices"] = indices
    auto = ccr["auto_follow_stats"]
    auto.update(number_of_successful_follow_indices=len(indices) // 2, number_of_failed_follow_indices=3,
                number_of_failed_remote_cluster_state_requests=1)
    auto["auto_followed_clusters"] = [{"cluster_name": "leader", "time_since_last_check_millis": 1832,
                                       "last_seen_metadata_version": 9871}]
    with open(path, "wb") as out:
        out.write(compact(ccr))


class Fixture:
    """The response bytes per path, headers included, so each answer is one sendall() of a prebuilt buffer."""

    def __init__(self, directory):
        self.bodies = {}
        for name, path in CAPTURED:
            with open(os.path.join(directory, name), "rb") as f:
                self.bodies[path] = f.read()
        self.bodies["/_ccr/info"] = self.bodies["/_all/_ccr/info"]
        info = json.loads(self.bodies["/_all/_ccr/info"])["follower_indices"]
        stats = json.loads(self.bodies["/_all/_ccr/stats"])["indices"]
        self.info_by_index = {entry["follower_index"]: entry for entry in info}
        self.stats_by_index = {entry["index"]: entry for entry in stats}
        self.responses = {path: self.response(200, body) for path, body in self.bodies.items()}
        self.filtered = {}  # (path, filter_path) -> response
        self.followers = len(info)
        self.paused = sum(1 for entry in info if entry.get("status") == "paused")
        self.megabytes = (len(self.bodies["/_all/_ccr/info"]) + len(self.bodies["/_ccr/stats"])) / 1e6

    @staticmethod
    def response(status, body):
        reason = http.client.responses.get(status, "")
        head = ("HTTP/1.1 %d %s\r\nX-elastic-product: Elasticsearch\r\ncontent-type: application/json\r\n"
                "content-length: %d\r\n\r\n" % (status, reason, len(body)))
        return head.encode() + body

    def answer(self, target):
        path, _, query = target.partition("?")
        expression = urllib.parse.parse_qs(query).get("filter_path")
        if not expression:
            return self.answer_path(path)
        key = (path, expression[-1])
        data = self.filtered.get(key)
        if data is None:
            data = self.answer_path(path)
            if data is None or not data.startswith(b"HTTP/1.1 200"):
                return data  # like ES, error bodies stay whole
            body = filter_path(json.loads(data[data.index(b"\r\n\r\n") + 4:]), expression[-1])
            if body is None:
                return self.response(400, compact({"error": "filter_path not emulated: " + expression[-1],
                                                   "status": 400}))
            data = self.response(200, compact(body))
            self.filtered[key] = data  # one assignment: safe across the handler threads
        return data

    def answer_path(self, path):
        cached = self.responses.get(path)
        if cached is not None:
            return cached
        match = re.fullmatch(r"/([^/_][^/]*)/_ccr/(info|stats)", path)
        if not match:
            return None
        patterns = match.group(1).split(",")
        table = self.info_by_index if match.group(2) == "info" else self.stats_by_index
        names = [name for name in table if any(fnmatch.fnmatchcase(name, p) for p in patterns)]
        missing = [p for p in patterns if "*" not in p and p not in table]
        if missing:
            error = {"error": {"root_cause": [], "type": "index_not_found_exception",
                               "reason": "no such index [%s]" % missing[0], "index": missing[0]}, "status": 404}
            return self.response(404, compact(error))
        key = "follower_indices" if match.group(2) == "info" else "indices"
        return self.response(200, compact({key: [table[name] for name in names]}))


def make_handler(fixture, unknown, request_log=None, pace_bytes_per_second=0):
    log_lock = threading.Lock()

    def write_paced(wfile, data):
        # As a link of that speed delivers it (a cluster in another data centre): 64 KiB at a time, on schedule.
        started = time.monotonic()
        for offset in range(0, len(data), 65536):
            wfile.write(data[offset:offset + 65536])
            wfile.flush()
            due = started + (offset + 65536) / pace_bytes_per_second
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive
        disable_nagle_algorithm = True

        def do_GET(self):
            if request_log:  # what a client asked for, so a benchmark can have curl fetch exactly that
                with log_lock:
                    request_log.write(self.path + "\n")
                    request_log.flush()
            data = fixture.answer(self.path)
            if data is None:
                unknown.append(self.path)
                sys.stderr.write("static-ccr-server: no fixture for GET %s\n" % self.path)
                data = fixture.response(404, compact({"error": "no fixture for " + self.path, "status": 404}))
            if pace_bytes_per_second > 0:
                write_paced(self.wfile, data)
            else:
                self.wfile.write(data)

        def do_HEAD(self):
            data = fixture.answer(self.path) or fixture.response(404, b"")
            self.wfile.write(data[: data.index(b"\r\n\r\n") + 4])

        def log_message(self, format, *args):
            pass  # a line per request would cost more than the answer

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duper", help="the duper executable (to capture the bodies from its sandbox)")
    parser.add_argument("--followers", type=int, default=10000)
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--paused-every", type=int, default=10, help="pause every n-th follower (0 = none)")
    parser.add_argument("--cache", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "duper-bench-fixtures"),
                        help="directory holding captured bodies, one folder per shape")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--recapture", action="store_true", help="capture again even if the cache has the shape")
    parser.add_argument("--stop-on-eof", action="store_true", help="stop when standard input closes (for scripts)")
    parser.add_argument("--request-log", help="append the target of every GET to this file, one a line")
    parser.add_argument("--pace", type=float, default=0,
                        help="deliver each answer at most this many MB/s (a slower link; 0 = as fast as loopback)")
    args = parser.parse_args()

    directory = os.path.join(args.cache, "%dx%d-p%d" % (args.followers, args.shards, args.paused_every))
    if args.recapture or not all(os.path.exists(os.path.join(directory, n)) for n, _ in CAPTURED):
        if not args.duper:
            raise SystemExit("static_ccr_server: no cached fixture in %s; pass --duper to capture one" % directory)
        capture(args.duper, args.followers, args.shards, args.paused_every, directory)
    fixture = Fixture(directory)

    unknown = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(
        fixture, unknown, open(args.request_log, "a") if args.request_log else None, args.pace * 1e6))
    server.daemon_threads = True
    print("static-ccr-server: http://127.0.0.1:%d  %d followers (%d paused) x %d shards, info + stats %.1f MB, "
          "fixture %s" % (server.server_address[1], fixture.followers, fixture.paused, args.shards, fixture.megabytes,
                          directory), flush=True)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    if args.stop_on_eof:  # the parent closing our stdin stops us even if it dies without a SIGTERM
        threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    if unknown:
        sys.stderr.write("static-ccr-server: %d requests had no fixture\n" % len(unknown))


if __name__ == "__main__":
    main()
