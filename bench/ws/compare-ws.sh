#!/usr/bin/env bash
# compare-ws.sh LABEL[:ERA]=URL ... — the two loads of ../shared/bench/compare.sh (echo; progress_burst of 100 steps)
# over WebSocket: starts the bare Vert.x WebSocket floor (WsFloor, 127.0.0.1:18085), then runs WsLoad against it and
# the servers you name (already running; ERA 2025, the default, or 2026 for 2026-07-28 messages), interleaved, and
# prints the medians and each server's ratio to the floor.
#   bench/ws/compare-ws.sh ours=ws://127.0.0.1:18091/mcp/ws ours:2026=ws://127.0.0.1:18091/mcp/ws
# env: ROUNDS (3), SECS (8), CONC (16). Needs Maven and a JDK 17+; builds bench/ws once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=${ROUNDS:-3}; secs=${SECS:-8}; conc=${CONC:-16}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ ! -d "$here/target/lib" ]; then
    (cd "$here" && mvn -q -B package -DskipTests) >&2
fi
cp="$here/target/classes:$here/target/lib/*"
"$java" -cp "$cp" bench.ws.WsFloor 18085 > "$here/target/floor.log" 2>&1 &
floor=$!
trap 'kill $floor 2>/dev/null || true' EXIT
sleep 2
servers=("floor=ws://127.0.0.1:18085/mcp/ws" "$@")
load() { # url tool era seconds
    "$java" -cp "$cp" bench.ws.WsLoad "$1" "$2" "$3" "$conc" "$4"
}
echo "warming up each server..." >&2
for pair in "${servers[@]}"; do
    label=${pair%%=*}; era=2025; [[ $label == *:* ]] && era=${label#*:}
    load "${pair#*=}" echo "$era" 3 > /dev/null; load "${pair#*=}" progress_burst "$era" 3 > /dev/null
done
results=$(mktemp)
for round in $(seq 1 "$rounds"); do
    for pair in "${servers[@]}"; do
        label=${pair%%=*}; era=2025; [[ $label == *:* ]] && era=${label#*:}
        echo_line=$(load "${pair#*=}" echo "$era" "$secs")
        burst_line=$(load "${pair#*=}" progress_burst "$era" "$secs")
        echo "round $round $label: echo $echo_line | burst $burst_line" >&2
        echo "$label $echo_line | $burst_line" >> "$results"
    done
done
python3 - "$results" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    label, rest = line.split(" ", 1)
    e, b = rest.split("|")
    ev, bv = e.split(), b.split()
    rows.setdefault(label, []).append((float(ev[1]), float(ev[5]), float(bv[1]), float(bv[3]), float(bv[5]),
                                       int(ev[7]) + int(bv[7])))
med = {k: [statistics.median(r[i] for r in v) for i in range(5)] + [sum(r[5] for r in v)] for k, v in rows.items()}
print("| server | echo calls/s | echo p99 ms | burst calls/s | progress/s | burst p99 ms | bad responses |")
print("|---|---|---|---|---|---|---|")
for k, m in med.items():
    print(f"| {k} | {m[0]:.0f} | {m[1]:.1f} | {m[2]:.0f} | {m[3]:.0f} | {m[4]:.1f} | {m[5]} |")
print()
f = med["floor"]
print("| server | echo vs floor | progress/s vs floor |")
print("|---|---|---|")
for k, m in med.items():
    print(f"| {k} | {m[0]/f[0]:.0%} | {m[3]/f[3]:.0%} |")
PY
rm -f "$results"
