#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the integration tests, and is idempotent:
#   - installs the Debian 'postgresql' package if no server binaries are present (root only);
#   - creates a private cluster in $AKSARA_PG_DATA (not the system 'main' cluster), so the port, the
#     settings and the cleanup belong to this project;
#   - starts it on 127.0.0.1:$AKSARA_PG_PORT with durability turned off (it is test data: speed matters more);
#   - creates role aksara/aksara (login, createdb) and database aksara owned by it.
# Re-running it while the server is up only checks the role and database (well under 0.1 s).
# stdout: exactly one line with the JDBC URL. Errors go to stderr. Works as root with no TTY (CI).
set -euo pipefail

PG_PORT="${AKSARA_PG_PORT:-55432}"
PG_DATA="${AKSARA_PG_DATA:-/tmp/aksara-it-pg-${AKSARA_PG_PORT:-55432}}"
case "$PG_DATA" in /*) ;; *) PG_DATA="$PWD/$PG_DATA" ;; esac   # we cd / below
DB_USER=aksara DB_PASS=aksara DB_NAME=aksara
me="${0##*/}"
# runuser lives in /usr/sbin, and a minimal or non-root PATH may not include it.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
die() { echo "$me: $*" >&2; exit 1; }

# The server's binaries run as the postgres user. That user must be able to read the cwd,
# and /root usually is not readable to it.
cd /

is_root() { [ "$(id -u)" -eq 0 ]; }

if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  is_root || die "missing: PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); install package 'postgresql' (needs root)"
  echo "$me: installing Debian package 'postgresql' ..." >&2
  log=$(mktemp)
  # The package's postinst creates and tries to start the system 'main' cluster. We do not use that cluster.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"; die "apt-get install postgresql failed"
  fi
  rm -f "$log"
fi
# Several majors can be installed side by side (/usr/lib/postgresql/15, 16, ...). Use the newest one.
PG_BIN="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_MAJOR="$(basename "$(dirname "$PG_BIN")")"

# PostgreSQL refuses to run as root, so as root everything runs as the 'postgres' system user
# (the package creates it). A non-root user runs the server as itself.
if is_root; then
  id postgres >/dev/null 2>&1 || die "missing: system user 'postgres' (reinstall package postgresql-common)"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

port_busy() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# pg_ctl status exits 0 only when *this* data directory has a live postmaster.
if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  port_busy "$PG_PORT" && die "127.0.0.1:$PG_PORT is already used by another process (not our cluster in $PG_DATA); set AKSARA_PG_PORT"
  # Re-initialise a missing or half-made datadir, and one made by another major version. Nothing in it is worth keeping.
  if [ "$(cat "$PG_DATA/PG_VERSION" 2>/dev/null || true)" != "$PG_MAJOR" ]; then
    rm -rf "$PG_DATA"
    mkdir -p "$(dirname "$PG_DATA")"
    if is_root; then install -d -m 0700 -o postgres -g postgres "$PG_DATA"; else install -d -m 0700 "$PG_DATA"; fi
    # Local (socket) connections use trust, for this script. TCP connections (the tests) use SCRAM passwords.
    out=$(as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-sync 2>&1) \
      || { echo "$out" >&2; die "initdb failed in $PG_DATA"; }
  fi
  # -k "$PG_DATA": the socket lives in the datadir, so it cannot clash with another server and is purged along with the datadir.
  # fsync/synchronous_commit/full_page_writes off: a crash may lose data. That is fine for a test database and much faster.
  # AKSARA_DB_CRASH_SAFE=1 (the fault tests' own server, which they kill) keeps synchronous_commit on, so a killed
  # server keeps every committed transaction (the OS, which does not crash, still has what fsync would have flushed).
  sync_commit=off
  [ "${AKSARA_DB_CRASH_SAFE:-}" = 1 ] && sync_commit=on
  # max_connections=200: the tests run connection pools on many threads.
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DATA -c fsync=off -c synchronous_commit=$sync_commit -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
    tail -n 20 "$PG_DATA/server.log" >&2 || true
    die "PostgreSQL did not start (log: $PG_DATA/server.log)"
  fi
fi

psql_su() { as_pg "$PG_BIN/psql" -h "$PG_DATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }
if [ "$(psql_su -c "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
  psql_su -c "create role \"$DB_USER\" login createdb password '$DB_PASS'" >/dev/null
fi
if [ "$(psql_su -c "select 1 from pg_database where datname = '$DB_NAME'")" != 1 ]; then
  psql_su -c "create database \"$DB_NAME\" owner \"$DB_USER\"" >/dev/null
fi

echo "postgresql $PG_MAJOR up: jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME (user $DB_USER, password $DB_PASS)"
