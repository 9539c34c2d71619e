#!/usr/bin/env bash
# Starts the PostgreSQL that ./benchmark measures against, and is idempotent. It is .ci/pg-up.sh on its
# own port and data directory (so it never disturbs the test server), plus the benchmark-only settings
# of benchmarks.md §6.1 that pg-up.sh does not set: shared_buffers=256MB and autovacuum off.
# (fsync, synchronous_commit and full_page_writes are already off in pg-up.sh.) They are written with
# ALTER SYSTEM into the data directory, and the server is restarted once when they are not yet in force.
#   AKSARA_PG_PORT (default 55433), AKSARA_PG_DATA (default /tmp/aksara-bench-pg)
# Stop it with: AKSARA_PG_DATA=/tmp/aksara-bench-pg bash .ci/pg-down.sh [--purge]
# stdout: one line with the JDBC URL. Errors go to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export AKSARA_PG_PORT="${AKSARA_PG_PORT:-55433}"
export AKSARA_PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-bench-pg}"
case "$AKSARA_PG_DATA" in /*) ;; *) AKSARA_PG_DATA="$PWD/$AKSARA_PG_DATA" ;; esac
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"   # runuser

bash "$HERE/pg-up.sh" >/dev/null
cd /   # the postgres user may not be able to read the cwd

PG_BIN="/usr/lib/postgresql/$(cat "$AKSARA_PG_DATA/PG_VERSION")/bin"
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
psql_su() { as_pg "$PG_BIN/psql" -h "$AKSARA_PG_DATA" -p "$AKSARA_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }

settings() { psql_su -c "select current_setting('shared_buffers') || ',' || current_setting('autovacuum')"; }
if [ "$(settings)" != "256MB,off" ]; then
  psql_su -c "alter system set shared_buffers = '256MB'" -c "alter system set autovacuum = off" >/dev/null
  bash "$HERE/pg-down.sh"
  bash "$HERE/pg-up.sh" >/dev/null
  [ "$(settings)" = "256MB,off" ] || { echo "${0##*/}: benchmark settings did not take effect: $(settings)" >&2; exit 1; }
fi
echo "postgresql $(cat "$AKSARA_PG_DATA/PG_VERSION") up for benchmarks: jdbc:postgresql://127.0.0.1:$AKSARA_PG_PORT/aksara (user aksara, password aksara; shared_buffers=256MB, autovacuum=off, fsync=off)"
