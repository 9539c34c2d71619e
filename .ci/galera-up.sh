#!/usr/bin/env bash
# Starts a throwaway three-node MariaDB Galera cluster (synchronous multi-primary) on loopback, and is
# idempotent: nodes that are up are left alone, nodes that are down are started and join the others.
#   - installs Debian's 'mariadb-server', 'galera-4' and 'rsync' if missing (root only);
#   - node N (1..3) keeps everything in $AKSARA_GALERA_DATA/nodeN (datadir, socket, pid, log, my.cnf)
#     and listens on 127.0.0.1:$((AKSARA_GALERA_PORT + N - 1)) for SQL; its group communication,
#     incremental state transfer and full state transfer (rsync) ports are that port + 100, + 200 and + 300;
#   - with no node up, node 1 bootstraps a new cluster (--wsrep-new-cluster); the others join it and copy
#     its state by rsync, so the accounts made on node 1 (aksara/aksara, ALL ON *.*) exist everywhere.
# Buffers are small (32 MB buffer pool, 64 MB gcache): three nodes share two cores with the tests.
# Arguments: node numbers to start (default: all three), so a test can restart one node it killed.
# stdout: one line with the three JDBC addresses. Errors go to stderr. Works as root with no TTY (CI).
set -euo pipefail

BASE_PORT="${AKSARA_GALERA_PORT:-53400}"
DATA="${AKSARA_GALERA_DATA:-/tmp/aksara-it-galera}"
case "$DATA" in /*) ;; *) DATA="$PWD/$DATA" ;; esac
DB_USER=aksara DB_PASS=aksara DB_NAME=aksara
me="${0##*/}"
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
die() { echo "$me: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
have() { local p; p=$(command -v "$1" 2>/dev/null) && [ -x "$p" ]; }
port_busy() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }
cd /

PROVIDER=/usr/lib/galera/libgalera_smm.so
if ! have mariadbd || [ ! -f "$PROVIDER" ] || ! have rsync; then
  is_root || die "missing: mariadb-server, galera-4 or rsync; install them (needs root)"
  echo "$me: installing Debian packages 'mariadb-server galera-4 rsync' ..." >&2
  log=$(mktemp)
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mariadb-server galera-4 rsync; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"; die "apt-get install failed"
  fi
  rm -f "$log"
  hash -r
fi
if is_root; then
  ADMIN=root RUN_AS=mysql
  id mysql >/dev/null 2>&1 || die "missing: system user 'mysql' (reinstall package mariadb-server)"
else
  ADMIN="$(id -un)" RUN_AS="$(id -un)"
fi

sql_port()  { echo $((BASE_PORT + $1 - 1)); }
gcomm_port(){ echo $((BASE_PORT + 100 + $1 - 1)); }
node_dir()  { echo "$DATA/node$1"; }
admin()     { mariadb-admin --no-defaults --socket="$(node_dir "$1")/mariadbd.sock" -u"$ADMIN" --connect-timeout=2 "${@:2}"; }
alive()     { admin "$1" ping >/dev/null 2>&1; }
synced()    { [ "$(mariadb --no-defaults --socket="$(node_dir "$1")/mariadbd.sock" -u"$ADMIN" -N -B \
                 -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')" = Synced ]; }

write_config() {
  local n=$1 dir; dir="$(node_dir "$n")"
  local members="127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"
  cat >"$dir.cnf" <<EOF
[mysqld]
user=$RUN_AS
datadir=$dir
socket=$dir/mariadbd.sock
tmpdir=$dir/tmp
pid-file=$dir/mariadbd.pid
log-error=$dir/mariadbd.err
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max-connections=200
binlog-format=ROW
default-storage-engine=InnoDB
innodb-autoinc-lock-mode=2
innodb-buffer-pool-size=32M
innodb-log-file-size=16M
innodb-flush-log-at-trx-commit=2
innodb-doublewrite=0
performance-schema=OFF
wsrep-on=ON
wsrep-provider=$PROVIDER
wsrep-cluster-name=aksara-it
wsrep-cluster-address=gcomm://$members
wsrep-node-name=node$n
wsrep-node-address=127.0.0.1:$(gcomm_port "$n")
wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$((BASE_PORT + 200 + n - 1));gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;pc.weight=1
wsrep-sst-method=rsync
wsrep-sst-receive-address=127.0.0.1:$((BASE_PORT + 300 + n - 1))
wsrep-slave-threads=2
EOF
}

start_node() {
  local n=$1 bootstrap=$2 dir; dir="$(node_dir "$n")"
  port_busy "$(sql_port "$n")" && die "127.0.0.1:$(sql_port "$n") is already used by another process; set AKSARA_GALERA_PORT"
  if [ ! -d "$dir/mysql" ]; then
    rm -rf "$dir"
    if is_root; then install -d -m 0750 -o mysql -g mysql "$dir"; else install -d -m 0750 "$dir"; fi
    if [ "$bootstrap" = yes ]; then
      out=$(mariadb-install-db --no-defaults --user="$RUN_AS" --datadir="$dir" \
              --auth-root-authentication-method=socket --auth-root-socket-user="$ADMIN" --skip-test-db 2>&1) \
        || { echo "$out" >&2; rm -rf "$dir"; die "mariadb-install-db failed in $dir"; }
    fi
  fi
  # Temporary tables in the node's own directory, not /tmp (see mariadb-up.sh).
  if is_root; then install -d -m 0750 -o mysql -g mysql "$dir/tmp"; else install -d -m 0750 "$dir/tmp"; fi
  write_config "$n"
  local extra=()
  if [ "$bootstrap" = yes ]; then
    extra=(--wsrep-new-cluster)
    # A cluster that was stopped as a whole may be bootstrapped again from this node.
    [ -f "$dir/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/grastate.dat"
  fi
  rm -f "$dir/mariadbd.pid"
  setsid nohup mariadbd --defaults-file="$dir.cnf" "${extra[@]}" </dev/null >/dev/null 2>&1 &
  local pid=$!
  # A joiner first copies the donor's data (rsync), so allow it up to 120 s.
  for _ in $(seq 1 480); do
    alive "$n" && synced "$n" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 30 "$dir/mariadbd.err" >&2 2>/dev/null || true
  die "Galera node $n did not start and sync (log: $dir/mariadbd.err)"
}

mkdir -p "$DATA"
nodes=("$@")
[ ${#nodes[@]} -eq 0 ] && nodes=(1 2 3)
any_up=no
for n in 1 2 3; do alive "$n" && any_up=yes; done
for n in "${nodes[@]}"; do
  alive "$n" && continue
  if [ "$any_up" = no ]; then
    start_node "$n" yes
    any_up=yes
    mariadb --no-defaults --socket="$(node_dir "$n")/mariadbd.sock" -u"$ADMIN" <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost';
SQL
  else
    start_node "$n" no
  fi
done

echo "galera up: jdbc:mariadb://127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/$DB_NAME (user $DB_USER, password $DB_PASS)"
