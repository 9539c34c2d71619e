#!/usr/bin/env bash
# Starts a throwaway MariaDB for the MySQL-dialect integration tests, and is idempotent.
# Debian 12 has no MySQL server. MariaDB speaks the same protocol, and the tests connect with MySQL Connector/J.
#   - installs the Debian 'mariadb-server' package if mariadbd is missing (root only). The image's policy-rc.d
#     refuses to start the system service, and that is fine: we never use it;
#   - creates a private datadir in $AKSARA_MY_DATA and runs our own mariadbd on 127.0.0.1:$AKSARA_MY_PORT,
#     detached from this shell (setsid + nohup + pid file), so a CI step or EXIT trap can stop it later;
#   - creates database aksara and user aksara/aksara with ALL PRIVILEGES ON *.*, because the tests create
#     extra databases.
# Re-running it while the server is up only re-applies the idempotent SQL (about 0.02 s).
# stdout: exactly one line with the JDBC URL. Errors go to stderr. Works as root with no TTY (CI).
set -euo pipefail

MY_PORT="${AKSARA_MY_PORT:-53306}"
MY_DATA="${AKSARA_MY_DATA:-/tmp/aksara-it-mariadb-${AKSARA_MY_PORT:-53306}}"
case "$MY_DATA" in /*) ;; *) MY_DATA="$PWD/$MY_DATA" ;; esac   # mariadb-down.sh uses the same rule
# The socket, pid file and error log all live in the datadir, so one `rm -rf` purges everything.
# A unix socket path must be shorter than about 107 bytes.
MY_SOCK="$MY_DATA/mariadbd.sock"
MY_PID="$MY_DATA/mariadbd.pid"
MY_ERR="$MY_DATA/mariadbd.err"
DB_USER=aksara DB_PASS=aksara DB_NAME=aksara
me="${0##*/}"
# Debian puts mariadbd and runuser in /usr/sbin, and a normal user's PATH does not include it.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
die() { echo "$me: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
# `command -v` alone also accepts a file that is not executable, so check -x too.
have() { local p; p=$(command -v "$1" 2>/dev/null) && [ -x "$p" ]; }

if ! have mariadbd; then
  is_root || die "missing: MariaDB server (mariadbd); install package 'mariadb-server' (needs root)"
  echo "$me: installing Debian package 'mariadb-server' ..." >&2
  log=$(mktemp)
  # Expect "invoke-rc.d: policy-rc.d denied execution of start." in that log. It is harmless here.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mariadb-server; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"; die "apt-get install mariadb-server failed"
  fi
  rm -f "$log"
  hash -r
fi

# Admin access is over the unix socket with unix_socket authentication (no password to keep anywhere).
# As root the server runs as the 'mysql' system user (mariadbd refuses root unless forced). As anyone else
# it runs as that user, and mariadb-install-db grants that user the socket login.
if is_root; then
  ADMIN=root RUN_AS=(--user=mysql)
  id mysql >/dev/null 2>&1 || die "missing: system user 'mysql' (reinstall package mariadb-server)"
else
  ADMIN="$(id -un)" RUN_AS=()
fi
# --no-defaults everywhere: Debian's /etc/mysql/*.cnf is written for the system service. It must not change our server or clients.
admin()   { mariadb-admin --no-defaults --socket="$MY_SOCK" -u"$ADMIN" "$@"; }
alive()   { admin --connect-timeout=2 ping >/dev/null 2>&1; }
port_busy() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

if ! alive; then
  port_busy "$MY_PORT" && die "127.0.0.1:$MY_PORT is already used by another process (not our server in $MY_DATA); set AKSARA_MY_PORT"
  # A datadir without the 'mysql' system schema was never finished. Start it again from scratch.
  if [ ! -d "$MY_DATA/mysql" ]; then
    rm -rf "$MY_DATA"
    mkdir -p "$(dirname "$MY_DATA")"
    if is_root; then install -d -m 0750 -o mysql -g mysql "$MY_DATA"; else install -d -m 0750 "$MY_DATA"; fi
    out=$(mariadb-install-db --no-defaults "${RUN_AS[@]}" --datadir="$MY_DATA" \
            --auth-root-authentication-method=socket --auth-root-socket-user="$ADMIN" \
            --skip-test-db 2>&1) \
      || { echo "$out" >&2; rm -rf "$MY_DATA"; die "mariadb-install-db failed in $MY_DATA"; }
  fi
  rm -f "$MY_PID"
  # Temporary tables in the datadir, not /tmp: two servers on one machine (the fault tests', the Galera
  # nodes, a developer's) name their temporary files alike, and one server's cleanup then deletes the
  # other's files under it (seen as "Error on delete of '/tmp/#sql-temptable...'" and a crash).
  if is_root; then install -d -m 0750 -o mysql -g mysql "$MY_DATA/tmp"; else install -d -m 0750 "$MY_DATA/tmp"; fi
  # setsid + nohup + all three standard streams redirected: the server must not hold on to the CI job's
  # pipes or terminal, or the runner would wait for it. It outlives this script. Stop it with mariadb-down.sh.
  # innodb-flush-log-at-trx-commit=0 and doublewrite=0: a crash may lose data. That is fine for a test database and much faster.
  # AKSARA_DB_CRASH_SAFE=1 (the fault tests' own server, which they kill) writes the log at every commit (=2), so a
  # killed server keeps every committed transaction.
  flush_log=0
  [ "${AKSARA_DB_CRASH_SAFE:-}" = 1 ] && flush_log=2
  # utf8mb4 + utf8mb4_unicode_ci: full Unicode, with the same collation on every test machine.
  setsid nohup mariadbd --no-defaults "${RUN_AS[@]}" --datadir="$MY_DATA" --socket="$MY_SOCK" \
      --pid-file="$MY_PID" --log-error="$MY_ERR" --port="$MY_PORT" --bind-address=127.0.0.1 --tmpdir="$MY_DATA/tmp" \
      --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-flush-log-at-trx-commit=$flush_log --innodb-doublewrite=0 --max-connections=200 \
      </dev/null >/dev/null 2>&1 &
  server_pid=$!
  # Wait up to 60 s. Give up at once if the process has died, instead of waiting out the timeout.
  for _ in $(seq 1 240); do
    alive && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.25
  done
  if ! alive; then
    tail -n 20 "$MY_ERR" >&2 2>/dev/null || true
    die "MariaDB did not start (log: $MY_ERR)"
  fi
fi

# All of this SQL is idempotent. The tests need ALL ON *.*, because they create and drop their own databases.
# There are two accounts: 127.0.0.1 for TCP (JDBC), and localhost for the socket and the `mariadb -h localhost` habit.
mariadb --no-defaults --socket="$MY_SOCK" -u"$ADMIN" <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost';
SQL

echo "mariadb $(mariadbd --version 2>/dev/null | sed -n 's/.*Ver \([^ ]*\).*/\1/p') up: jdbc:mysql://127.0.0.1:$MY_PORT/$DB_NAME (user $DB_USER, password $DB_PASS)"
