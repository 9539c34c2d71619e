#!/usr/bin/env bash
# Stops the throwaway PostgreSQL started by pg-up.sh. With --purge, also deletes its data directory.
# It never fails: it runs from EXIT traps and cleanup steps, where a failure would hide the real result.
set -uo pipefail

PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-it-pg-${AKSARA_PG_PORT:-55432}}"
case "$PG_DATA" in /*) ;; *) PG_DATA="$PWD/$PG_DATA" ;; esac   # same rule as pg-up.sh
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"   # runuser lives in /usr/sbin
cd / 2>/dev/null   # pg_ctl runs as 'postgres', which may not be able to read the cwd

# Use the pg_ctl of the major version that made this cluster. pg-up.sh always uses the newest one installed.
PG_BIN="/usr/lib/postgresql/$(cat "$PG_DATA/PG_VERSION" 2>/dev/null)/bin"
[ -x "$PG_BIN/pg_ctl" ] || PG_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

if [ -x "$PG_BIN/pg_ctl" ] && [ -s "$PG_DATA/postmaster.pid" ]; then
  # 'fast' rolls back open transactions and disconnects clients. A test run that leaves a connection open must not block this.
  # 'immediate' is the fallback if that hangs: there is no data to protect.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
    || as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1
fi

if [ "${1:-}" = "--purge" ]; then
  rm -rf "$PG_DATA"
fi
exit 0
