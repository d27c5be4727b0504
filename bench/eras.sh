#!/usr/bin/env bash
# eras.sh URL [ROUNDS] [SECS] — the same two loads as ../../shared/bench/compare.sh (echo, progress_burst of 100),
# against one server, in both protocol eras, interleaved: 2025 on one session (../../shared/bench/wrk-mcp.sh), and
# 2026-07-28 stateless, every request with its _meta and metadata headers (wrk-stateless.sh). Prints the median of
# the rounds for each: calls/s, p99 and progress notifications/s.
# Needs wrk and ../../shared (beside the project).
set -euo pipefail
url=$1 rounds=${2:-3} secs=${3:-8}
here=$(cd "$(dirname "$0")" && pwd)
shared=$(cd "$here/../../shared/bench" && pwd)
out=$(mktemp -d)
for round in $(seq 1 "$rounds"); do
  for era in 2025 2026; do
    for load in echo burst; do
      if [ "$load" = echo ]; then tool=echo args='{"text":"hi"}'; else tool=progress_burst args='{"steps":100}'; fi
      if [ "$era" = 2025 ]; then
        "$shared/wrk-mcp.sh" "$url" "$tool" "$args" 16 "$secs" > "$out/$era-$load-$round.txt"
      else
        "$here/wrk-stateless.sh" "$url" "$tool" "$args" 16 "$secs" > "$out/$era-$load-$round.txt"
      fi
    done
  done
done
python3 - "$out" "$rounds" <<'PY'
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    p99ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    secs = float(re.search(r"requests in ([\d.]+)(s|m)", text).group(1))
    progress = int(re.search(r"progress_total (\d+)", text).group(1))
    bad = int(re.search(r"bad (\d+)", text).group(1))
    return rps, p99ms, progress / secs, bad
print("| era | echo calls/s | echo p99 ms | burst calls/s | progress/s | burst p99 ms | bad |")
print("|---|---|---|---|---|---|---|")
runs = {era: {load: [parse(f"{out}/{era}-{load}-{r}.txt") for r in range(1, rounds + 1)] for load in ("echo", "burst")}
        for era in ("2025", "2026")}
med = lambda rows, i: statistics.median(row[i] for row in rows)
for era, loads in runs.items():
    echo, burst = loads["echo"], loads["burst"]
    print(f"| {era} | {med(echo,0):,.0f} | {med(echo,1):.2f} | {med(burst,0):,.0f} | {med(burst,2):,.0f} | "
          f"{med(burst,1):.2f} | {sum(r[3] for r in echo + burst)} |")
# The rounds too: on a noisy machine a median alone hides whether the two eras overlap.
for era, loads in runs.items():
    print(f"{era} rounds: echo " + " / ".join(f"{row[0]:,.0f}" for row in loads["echo"])
          + ", progress/s " + " / ".join(f"{row[2]:,.0f}" for row in loads["burst"]))
PY
rm -rf "$out"
