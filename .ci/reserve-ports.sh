#!/usr/bin/env bash
# Keeps the kernel from handing the test servers' ports to outgoing connections.
#
#   bash .ci/reserve-ports.sh        # uses AKSARA_PG_PORT and AKSARA_MY_PORT
#
# The servers listen on ports inside Linux's range for outgoing (ephemeral) ports, 32768-60999 by
# default. The suites stop a server and start another on a nearby port (the replica on PG+12, the
# pgbouncer's PostgreSQL on PG+3, the shards on PG+30 and +31, Galera on MY+100..+402); while they do,
# any outgoing connection on the machine may be given that port as its local end, and the next
# server fails with "Address already in use". Reserved ports are skipped by that choice (they can
# still be listened on). Only root can reserve; for anyone else, or where /proc/sys is read-only
# (a container), this says so and changes nothing.
set -uo pipefail

pg="${AKSARA_PG_PORT:-55432}"
my="${AKSARA_MY_PORT:-53306}"
file=/proc/sys/net/ipv4/ip_local_reserved_ports
# PostgreSQL: the shared server and every port derived from it (+1 .. +45); MariaDB: the shared
# server, the fault suite's (+1) and the Galera nodes with their group, IST and SST ports (+100 .. +402).
wanted="$pg-$((pg + 45)),$my-$((my + 402))"

if [ "$(id -u)" -ne 0 ] || [ ! -w "$file" ]; then
  echo "reserve-ports: not reserving $wanted (needs root and a writable $file)" >&2
  exit 0
fi
current="$(cat "$file")"
if [ -n "$current" ]; then wanted="$current,$wanted"; fi
if echo "$wanted" >"$file" 2>/dev/null; then
  echo "reserve-ports: reserved $wanted" >&2
else
  echo "reserve-ports: the kernel refused $wanted; carrying on without" >&2
fi
exit 0
