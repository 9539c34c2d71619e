#!/usr/bin/env bash
# Starts a streaming replica of the throwaway PostgreSQL that .ci/pg-up.sh starts, and is idempotent:
#   - starts (or checks) the primary through pg-up.sh, with the same AKSARA_PG_PORT/AKSARA_PG_DATA;
#   - creates the role 'replicator' (REPLICATION, password 'replicator') on the primary; initdb's
#     pg_hba.conf already lets replication connections in over 127.0.0.1 with a password;
#   - copies the primary with pg_basebackup (-R writes standby.signal and primary_conninfo, -X stream
#     brings the WAL written during the copy) into $AKSARA_PG_REPLICA_DATA and starts it on
#     127.0.0.1:$AKSARA_PG_REPLICA_PORT (default: the primary's port + 10) as a hot standby.
# A replica data directory that is no longer a standby (it was promoted, see pg-promote.sh) or that
# belongs to another primary is made again from scratch: it is test data.
# Re-running it while both are up only checks them.
# stdout: exactly one line with the replica's JDBC URL. Errors go to stderr. Works as root with no TTY (CI).
set -euo pipefail

PG_PORT="${AKSARA_PG_PORT:-55432}"
PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-it-pg-${AKSARA_PG_PORT:-55432}}"
case "$PG_DATA" in /*) ;; *) PG_DATA="$PWD/$PG_DATA" ;; esac
REPLICA_PORT="${AKSARA_PG_REPLICA_PORT:-$((PG_PORT + 10))}"
REPLICA_DATA="${AKSARA_PG_REPLICA_DATA:-$PG_DATA-replica}"
case "$REPLICA_DATA" in /*) ;; *) REPLICA_DATA="$PWD/$REPLICA_DATA" ;; esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
me="${0##*/}"
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
die() { echo "$me: $*" >&2; exit 1; }

AKSARA_PG_PORT="$PG_PORT" AKSARA_PG_DATA="$PG_DATA" bash "$here/pg-up.sh" >/dev/null
cd /   # the server's binaries run as postgres, which cannot read /root

PG_BIN="/usr/lib/postgresql/$(cat "$PG_DATA/PG_VERSION")/bin"
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
psql_primary() { as_pg "$PG_BIN/psql" -h "$PG_DATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }
port_busy() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

if [ "$(psql_primary -c "select 1 from pg_roles where rolname = 'replicator'")" != 1 ]; then
  psql_primary -c "create role replicator replication login password 'replicator'" >/dev/null
fi

# The primary's system identifier, to tell our replica from a copy of some other cluster.
system_id() { as_pg "$PG_BIN/pg_controldata" "$1" 2>/dev/null | sed -n 's/^Database system identifier: *//p'; }
primary_id="$(system_id "$PG_DATA")"

if ! as_pg "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" status >/dev/null 2>&1; then
  port_busy "$REPLICA_PORT" && die "127.0.0.1:$REPLICA_PORT is already used by another process; set AKSARA_PG_REPLICA_PORT"
  if [ ! -f "$REPLICA_DATA/standby.signal" ] || [ "$(system_id "$REPLICA_DATA")" != "$primary_id" ]; then
    rm -rf "$REPLICA_DATA"
    mkdir -p "$(dirname "$REPLICA_DATA")"
    if [ "$(id -u)" -eq 0 ]; then install -d -m 0700 -o postgres -g postgres "$REPLICA_DATA"; else install -d -m 0700 "$REPLICA_DATA"; fi
    out=$(as_pg env PGPASSWORD=replicator "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U replicator \
            -D "$REPLICA_DATA" -R -X stream --checkpoint=fast --no-sync 2>&1) \
      || { echo "$out" >&2; die "pg_basebackup from 127.0.0.1:$PG_PORT failed"; }
    rm -f "$REPLICA_DATA/server.log" "$REPLICA_DATA/postmaster.pid"
  fi
  # The same durability settings as the primary (pg-up.sh); hot_standby answers read-only queries.
  if ! as_pg "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -l "$REPLICA_DATA/server.log" -w -t 60 \
        -o "-p $REPLICA_PORT -c listen_addresses=127.0.0.1 -k $REPLICA_DATA -c fsync=off -c full_page_writes=off -c max_connections=200 -c hot_standby=on" \
        start >/dev/null 2>&1; then
    tail -n 20 "$REPLICA_DATA/server.log" >&2 || true
    die "the replica did not start (log: $REPLICA_DATA/server.log)"
  fi
fi

# Wait until the primary sees the replica streaming, so a test that starts right after reads fresh data.
for _ in $(seq 1 120); do
  [ "$(psql_primary -c "select count(*) from pg_stat_replication where state = 'streaming'")" -ge 1 ] && break
  sleep 0.25
done
[ "$(psql_primary -c "select count(*) from pg_stat_replication where state = 'streaming'")" -ge 1 ] \
  || die "the replica on 127.0.0.1:$REPLICA_PORT is up but not streaming from 127.0.0.1:$PG_PORT (log: $REPLICA_DATA/server.log)"

echo "postgresql replica up: jdbc:postgresql://127.0.0.1:$REPLICA_PORT/aksara (user aksara, password aksara; primary 127.0.0.1:$PG_PORT)"
