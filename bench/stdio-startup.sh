#!/usr/bin/env bash
# Start-up of the stdio server: the time from exec to the first answer to `initialize` on stdout, as a desktop client
# sees it. Median (and min/max) of N launches; stdin is then closed and the process exits by itself.
#
# Usage: bench/stdio-startup.sh [runs] [command...]
#   runs     how many launches (default 10)
#   command  how to launch the server (default: this machine's java on the packaged demo app), e.g. the native runner:
#            bench/stdio-startup.sh 10 integration-tests/target/quarkus-mcp-integration-tests-1.0.0-SNAPSHOT-runner
#            (-Dquarkus.mcp.stdio.enabled=true is added after the first word)
# Needs python3. Build the demo first: ./mvnw -B package -DskipTests -Dskip.npm -pl integration-tests -am
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
shift || true
if [ "$#" -eq 0 ]; then
    set -- java -jar integration-tests/target/quarkus-app/quarkus-run.jar
fi
python3 - "$runs" "$@" <<'PY'
import json, statistics, subprocess, sys, time

runs = int(sys.argv[1])
command = [sys.argv[2], "-Dquarkus.mcp.stdio.enabled=true"] + sys.argv[3:]
init = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}}}) + "\n"
times = []
for run in range(runs):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdin.write(init.encode())
    process.stdin.flush()
    line = process.stdout.readline()
    took = (time.perf_counter() - start) * 1000
    answer = json.loads(line)
    assert answer.get("id") == 1 and "result" in answer, line
    process.stdin.close()
    status = process.wait(timeout=30)
    assert status == 0, f"exit status {status}"
    times.append(took)
    print(f"run {run + 1}: {took:.0f} ms", file=sys.stderr)
print(f"exec -> first initialize answer, {runs} runs: median {statistics.median(times):.0f} ms, "
      f"min {min(times):.0f} ms, max {max(times):.0f} ms")
PY
