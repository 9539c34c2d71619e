#!/usr/bin/env bash
# Stops the pgbouncer started by pgbouncer-up.sh (its data directory goes too: it holds only generated
# settings and the log). It never fails: it runs from EXIT traps and cleanup steps.
set -uo pipefail

PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-it-pg-${AKSARA_PG_PORT:-55432}}"
case "$PG_DATA" in /*) ;; *) PG_DATA="$PWD/$PG_DATA" ;; esac
PGB_DATA="${AKSARA_PGB_DATA:-$PG_DATA-pgbouncer}"
case "$PGB_DATA" in /*) ;; *) PGB_DATA="$PWD/$PGB_DATA" ;; esac

if [ -s "$PGB_DATA/pgbouncer.pid" ]; then
  pid="$(cat "$PGB_DATA/pgbouncer.pid")"
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -9 "$pid" 2>/dev/null
fi
rm -rf "$PGB_DATA"
exit 0
