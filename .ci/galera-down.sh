#!/usr/bin/env bash
# Stops the Galera nodes started by galera-up.sh (all, or the node numbers given). With --purge, also
# deletes the cluster's data. It never fails: it runs from EXIT traps and cleanup steps.
set -uo pipefail

DATA="${AKSARA_GALERA_DATA:-/tmp/aksara-it-galera}"
case "$DATA" in /*) ;; *) DATA="$PWD/$DATA" ;; esac
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
purge=no nodes=()
for a in "$@"; do
  if [ "$a" = --purge ]; then purge=yes; else nodes+=("$a"); fi
done
[ ${#nodes[@]} -eq 0 ] && nodes=(3 2 1)   # the first node last: it is the one galera-up.sh bootstraps from

for n in "${nodes[@]}"; do
  pidfile="$DATA/node$n/mariadbd.pid"
  [ -s "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -9 "$pid" 2>/dev/null
done
[ "$purge" = yes ] && rm -rf "$DATA"
exit 0
