#!/usr/bin/env bash
# Starts Debian's pgbouncer in transaction pooling mode in front of the throwaway PostgreSQL that
# .ci/pg-up.sh starts, and is idempotent:
#   - starts (or checks) that PostgreSQL, with the same AKSARA_PG_PORT/AKSARA_PG_DATA;
#   - installs the Debian 'pgbouncer' package if it is missing (root only);
#   - writes pgbouncer.ini and userlist.txt into $AKSARA_PGB_DATA and runs pgbouncer on
#     127.0.0.1:$AKSARA_PGB_PORT (default: the PostgreSQL port + 20), detached, as 'postgres' when
#     root (pgbouncer refuses to run as root).
# pool_mode=transaction: a server connection belongs to a client for one transaction only. Debian 12's
# pgbouncer is 1.18, which does not track protocol-level prepared statements (that came in 1.21), so
# clients must not use server-side prepared statements across transactions (pgjdbc: prepareThreshold=0).
# The pool is small on purpose (default_pool_size=4), so the tests see connections handed between clients.
# stdout: exactly one line with the JDBC URL. Errors go to stderr. Works as root with no TTY (CI).
set -euo pipefail

PG_PORT="${AKSARA_PG_PORT:-55432}"
PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-it-pg-${AKSARA_PG_PORT:-55432}}"
case "$PG_DATA" in /*) ;; *) PG_DATA="$PWD/$PG_DATA" ;; esac
PGB_PORT="${AKSARA_PGB_PORT:-$((PG_PORT + 20))}"
PGB_DATA="${AKSARA_PGB_DATA:-$PG_DATA-pgbouncer}"
case "$PGB_DATA" in /*) ;; *) PGB_DATA="$PWD/$PGB_DATA" ;; esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
me="${0##*/}"
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
die() { echo "$me: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
port_busy() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

AKSARA_PG_PORT="$PG_PORT" AKSARA_PG_DATA="$PG_DATA" bash "$here/pg-up.sh" >/dev/null
cd /

if ! command -v pgbouncer >/dev/null 2>&1; then
  is_root || die "missing: pgbouncer; install package 'pgbouncer' (needs root)"
  echo "$me: installing Debian package 'pgbouncer' ..." >&2
  log=$(mktemp)
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends pgbouncer; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"; die "apt-get install pgbouncer failed"
  fi
  rm -f "$log"
  hash -r
fi
if is_root; then as_pgb() { runuser -u postgres -- "$@"; }; else as_pgb() { "$@"; }; fi

alive() { [ -s "$PGB_DATA/pgbouncer.pid" ] && kill -0 "$(cat "$PGB_DATA/pgbouncer.pid")" 2>/dev/null; }

if ! alive; then
  port_busy "$PGB_PORT" && die "127.0.0.1:$PGB_PORT is already used by another process; set AKSARA_PGB_PORT"
  rm -rf "$PGB_DATA"
  mkdir -p "$PGB_DATA"
  # Plain-text passwords in the auth file let pgbouncer answer SCRAM from clients and use SCRAM towards the server.
  cat >"$PGB_DATA/userlist.txt" <<EOF
"aksara" "aksara"
EOF
  cat >"$PGB_DATA/pgbouncer.ini" <<EOF
[databases]
aksara = host=127.0.0.1 port=$PG_PORT dbname=aksara

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGB_PORT
unix_socket_dir = $PGB_DATA
auth_type = scram-sha-256
auth_file = $PGB_DATA/userlist.txt
pool_mode = transaction
default_pool_size = 4
max_client_conn = 500
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
logfile = $PGB_DATA/pgbouncer.log
pidfile = $PGB_DATA/pgbouncer.pid
admin_users = aksara
EOF
  is_root && chown -R postgres:postgres "$PGB_DATA"
  as_pgb pgbouncer -d -q "$PGB_DATA/pgbouncer.ini" </dev/null >/dev/null 2>&1 \
    || { tail -n 20 "$PGB_DATA/pgbouncer.log" >&2 2>/dev/null || true; die "pgbouncer did not start (log: $PGB_DATA/pgbouncer.log)"; }
  for _ in $(seq 1 40); do
    port_busy "$PGB_PORT" && break
    sleep 0.25
  done
  port_busy "$PGB_PORT" || { tail -n 20 "$PGB_DATA/pgbouncer.log" >&2 2>/dev/null || true; die "pgbouncer is not listening on 127.0.0.1:$PGB_PORT"; }
fi

echo "pgbouncer $(pgbouncer --version 2>/dev/null | head -n 1 | awk '{print $2}') up (transaction pooling): jdbc:postgresql://127.0.0.1:$PGB_PORT/aksara?prepareThreshold=0 (user aksara, password aksara; server 127.0.0.1:$PG_PORT)"
