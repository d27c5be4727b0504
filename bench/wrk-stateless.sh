#!/usr/bin/env bash
# wrk-stateless.sh URL TOOL ARGS_JSON [CONNECTIONS] [SECONDS] — drive 2026-07-28 (stateless) tools/call with wrk:
# no initialize, no session; every request carries its _meta and the request metadata headers.
# Prints wrk's summary and the counters of stateless-call.lua; the figure that matters is Requests/sec.
set -euo pipefail
url=$1 tool=$2 args=$3 conns=${4:-16} secs=${5:-8}
here=$(cd "$(dirname "$0")" && pwd)
MCP_TOOL=$tool MCP_ARGS=$args wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$here/stateless-call.lua" "$url"
