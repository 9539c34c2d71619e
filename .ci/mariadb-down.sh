#!/usr/bin/env bash
# Stops the throwaway MariaDB started by mariadb-up.sh. With --purge, also deletes its datadir.
# It never fails: it runs from EXIT traps and cleanup steps, where a failure would hide the real result.
set -uo pipefail

MY_DATA="${AKSARA_MY_DATA:-/tmp/aksara-it-mariadb-${AKSARA_MY_PORT:-53306}}"
case "$MY_DATA" in /*) ;; *) MY_DATA="$PWD/$MY_DATA" ;; esac   # same rule as mariadb-up.sh
MY_PID="$MY_DATA/mariadbd.pid"

# Use the pid file, and check that the pid is really a mariadbd. After a reboot or a crash, a stale
# pid file may name some unrelated process, and that must never be signalled.
pid="$(cat "$MY_PID" 2>/dev/null || true)"
if [[ "$pid" =~ ^[0-9]+$ ]] && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = mariadbd ]; then
  kill -TERM "$pid" 2>/dev/null
  # A clean InnoDB shutdown takes about 1–2 s. Wait up to 60 s, then SIGKILL: the data is disposable.
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "${0##*/}: mariadbd $pid ignored SIGTERM for 60 s; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null
    sleep 0.5
  fi
fi

if [ "${1:-}" = "--purge" ]; then
  rm -rf "$MY_DATA"
fi
exit 0
