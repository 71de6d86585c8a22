#!/usr/bin/python3
"""Drives `duper sandbox` with Elastic's official Python client (Debian's python3-elasticsearch), unchanged.

The client refuses servers that do not look like Elasticsearch (product header, version, tagline), parses every
response itself and raises typed errors from ES's error bodies — so this checks the sandbox's wire format from the
outside. Usage: official_client.py <path to the duper executable>
"""
import re
import subprocess
import sys
import time

from elasticsearch import Elasticsearch, NotFoundError, RequestError


def start_sandbox(executable):
    process = subprocess.Popen([executable, "sandbox", "--follower-port", "0", "--leader-port", "0"],
                               stdout=subprocess.PIPE, text=True)
    urls = {}
    deadline = time.time() + 20
    while len(urls) < 2 and time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.search(r"(follower|leader) cluster:\s+(http://\S+)", line)
        if match:
            urls[match.group(1)] = match.group(2)
    if len(urls) < 2:
        process.kill()
        sys.exit("the sandbox did not print its URLs")
    return process, urls


def wait_for(predicate, what):
    deadline = time.time() + 20
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    sys.exit("timed out waiting for " + what)


def main():
    process, urls = start_sandbox(sys.argv[1])
    try:
        leader = Elasticsearch(urls["leader"])
        follower = Elasticsearch(urls["follower"])

        assert follower.info()["tagline"] == "You Know, for Search"
        leader.indices.create(index="logs", settings={"index.soft_deletes.enabled": True})
        for number in range(25):
            leader.index(index="logs", id=str(number), document={"message": "event %d" % number})
        leader.indices.refresh(index="logs")

        created = follower.ccr.follow(index="logs-copy", body={"remote_cluster": "leader", "leader_index": "logs"})
        assert created["follow_index_created"] is True, created
        info = follower.ccr.follow_info(index="logs-copy")["follower_indices"][0]
        assert info["status"] == "active" and info["parameters"]["max_read_request_size"] == "32mb", info

        for number in range(25, 40):
            leader.index(index="logs", id=str(number), document={"message": "event %d" % number})

        def caught_up():
            shards = follower.ccr.follow_stats(index="logs-copy")["indices"][0]["shards"]
            return shards[0]["follower_global_checkpoint"] == 39
        wait_for(caught_up, "the follower to catch up")
        follower.indices.refresh(index="logs-copy")
        assert follower.count(index="logs-copy")["count"] == 40
        assert follower.get(index="logs-copy", id="39")["_source"]["message"] == "event 39"

        try:
            follower.ccr.unfollow(index="logs-copy")
            sys.exit("unfollow of an open follower must fail")
        except RequestError as error:
            assert error.status_code == 400 and "has not been closed" in error.info["error"]["reason"], error.info

        # What clients read around CCR: the follower's uuid (the Node tool of the same name does this before
        # forget_follower), index stats, and a filtered response.
        settings = follower.indices.get_settings(index="logs-copy", name="index.uuid")
        uuid = settings["logs-copy"]["settings"]["index"]["uuid"]
        stats = follower.indices.stats(index="logs-copy")
        assert stats["indices"]["logs-copy"]["uuid"] == uuid, stats
        assert stats["indices"]["logs-copy"]["primaries"]["docs"]["count"] == 40, stats
        docs = follower.indices.stats(index="logs-copy", metric="docs", human=True)
        assert list(docs["indices"]["logs-copy"]["primaries"]) == ["docs"], docs
        filtered = follower.ccr.follow_info(index="logs-copy", filter_path="follower_indices.status")
        assert filtered == {"follower_indices": [{"status": "active"}]}, filtered

        follower.ccr.pause_follow(index="logs-copy")
        follower.indices.close(index="logs-copy")
        assert follower.ccr.unfollow(index="logs-copy")["acknowledged"] is True
        forgotten = leader.ccr.forget_follower(index="logs", body={
            "follower_cluster": follower.info()["cluster_name"], "follower_index": "logs-copy",
            "follower_index_uuid": uuid, "leader_remote_cluster": "leader"})
        assert forgotten["_shards"]["failed"] == 0, forgotten
        follower.indices.open(index="logs-copy")
        assert follower.ccr.follow_info(index="logs-copy")["follower_indices"] == []

        try:
            follower.ccr.pause_follow(index="absent")
            sys.exit("pausing a missing index must fail")
        except NotFoundError as error:
            assert error.error == "index_not_found_exception", error.info

        follower.ccr.put_auto_follow_pattern(name="beats", body={
            "remote_cluster": "leader", "leader_index_patterns": ["beats-*"],
            "follow_index_pattern": "{{leader_index}}-copy"})
        leader.indices.create(index="beats-1")
        wait_for(lambda: follower.indices.exists(index="beats-1-copy"), "auto-follow to create beats-1-copy")
        stats = follower.ccr.stats()
        assert stats["auto_follow_stats"]["number_of_successful_follow_indices"] == 1, stats
        remote = follower.cluster.remote_info()["leader"]
        assert remote["connected"] is True and remote["mode"] == "sniff", remote
        print("official client: all calls behaved as Elasticsearch")
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
