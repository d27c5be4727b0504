#!/usr/bin/env bash
# The soak and fault harness of issue 15: starts the packaged demo app on a free loopback port, drives it with real
# MCP clients (Streamable HTTP, WebSocket and stdio, both protocol eras) through a load phase and six fault phases,
# prints the tables of figures, stops every server it started, and exits non-zero if any invariant failed.
#
#   bench/soak/run.sh [--minutes N] [--sessions N] [--native | --native-only] [--phases a,b] [more: bench/README.md]
#
# Build the app first: ./mvnw -B -o install -DskipTests   (and -Dnative in integration-tests for --native)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/integration-tests/target/quarkus-app/quarkus-run.jar"
native=false
native_only=false
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --native) native=true; shift ;;
        --native-only) native=true; native_only=true; args+=("$1"); shift ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done

if ! $native_only && [ ! -f "$jar" ]; then
    echo "soak: no $jar; build it first: ./mvnw -B -o install -DskipTests" >&2
    exit 2
fi
runner_args=()
if $native; then
    runner="$(ls "$root"/integration-tests/target/*-runner 2>/dev/null | head -n 1 || true)"
    if [ -n "$runner" ] && [ -x "$runner" ]; then
        runner_args=(--native-runner "$runner")
    elif $native_only; then
        echo "soak: --native-only given but there is no integration-tests/target/*-runner: build it with -Dnative" >&2
        exit 2
    else
        echo "soak: --native given but there is no integration-tests/target/*-runner; the JVM run only" >&2
    fi
fi

run_dir="$here/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run_dir" "$here/target/classes"
javac --release 17 -d "$here/target/classes" "$here"/src/*.java

# Every process the harness starts is listed in $run_dir/pids; whatever way this script ends (an invariant failed,
# the harness crashed, Ctrl-C), those still alive are stopped by PID: TERM, then KILL.
harness_pid=""
cleanup() {
    status=$?
    trap - EXIT INT TERM
    if [ -n "$harness_pid" ] && kill -0 "$harness_pid" 2>/dev/null; then
        kill -TERM "$harness_pid" 2>/dev/null || true
        wait "$harness_pid" 2>/dev/null || true
    fi
    if [ -f "$run_dir/pids" ]; then
        while read -r pid; do
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                kill -TERM "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
                kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
            fi
        done < "$run_dir/pids"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The harness's own heap holds the figures and the clients' buffers; 2,000+ client threads of 256 KB stacks.
java -Xmx1g -XX:+UseParallelGC -cp "$here/target/classes" Soak --jar "$jar" --run-dir "$run_dir" \
    ${runner_args[@]+"${runner_args[@]}"} ${args[@]+"${args[@]}"} &
harness_pid=$!
set +e
wait "$harness_pid"
status=$?
set -e
harness_pid=""
echo "soak: figures and logs in $run_dir"
exit "$status"
