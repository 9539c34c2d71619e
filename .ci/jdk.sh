#!/usr/bin/env bash
# shellcheck shell=bash
# Sourced by ./test and ./demo (it does nothing when sourced; call the functions).
#
# Why this exists: the project compiles with --release 25, and this Debian image has Java 17
# as its default `java`. So Maven must run on a JDK 25 found on purpose, not on whatever is on PATH.
# The functions print what is missing and return non-zero. They do not exit, so the caller
# decides what to do (both callers stop with exit 1).

# True if command $1 is on PATH and is executable. `command -v` alone also accepts a file that is not executable.
aksara_have() { local p; p=$(command -v "$1" 2>/dev/null) && [ -x "$p" ]; }

# Prints the full Java version of the JDK at $1 (e.g. 25.0.3). Fails if $1 is not a JDK.
# A JRE is not enough (we compile), so bin/javac must exist.
aksara_jdk_version() {
  local home=$1 v=""
  [ -x "$home/bin/javac" ] || return 1
  # The `release` file is cheap to read. Running javac costs about 0.3 s, so do that only when it is missing.
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9][^ ]*\).*/\1/p')
  fi
  [ -n "$v" ] || return 1
  printf '%s\n' "$v"
}

# True if the JDK at $1 is a Java 25.
aksara_is_jdk25() {
  local v
  v=$(aksara_jdk_version "$1") || return 1
  [ "${v%%[.+-]*}" = 25 ]
}

# Sets and exports JAVA_HOME and PATH for a JDK 25, in this order of preference:
#   1. $JAVA_HOME, if it is a JDK 25 (respect the caller's choice);
#   2. the newest JDK 25 under /usr/lib/jvm/*25*, by its real version, not by its directory name;
#   3. the javac on PATH, if it is a 25 (for machines that do not use /usr/lib/jvm).
aksara_use_jdk25() {
  local found="" d javac_path
  if [ -n "${JAVA_HOME:-}" ] && aksara_is_jdk25 "$JAVA_HOME"; then
    found=$JAVA_HOME
  else
    # Pair each candidate with its version ("25.0.3<TAB>/usr/lib/jvm/x"), sort by version, and keep the last one.
    found=$(
      for d in /usr/lib/jvm/*25*; do
        { [ -d "$d" ] && aksara_is_jdk25 "$d"; } || continue
        printf '%s\t%s\n' "$(aksara_jdk_version "$d")" "$d"
      done | sort -V -k1,1 | tail -n 1 | cut -f2-
    )
    if [ -z "$found" ] && javac_path=$(command -v javac 2>/dev/null); then
      d=$(dirname "$(dirname "$(readlink -f "$javac_path")")")
      aksara_is_jdk25 "$d" && found=$d
    fi
  fi
  if [ -z "$found" ]; then
    echo "${0##*/}: missing: a JDK 25 (the build uses maven.compiler.release=25)." >&2
    echo "  looked at: JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/*25*, and javac on PATH." >&2
    echo "  fix: install a JDK 25 (e.g. Eclipse Temurin 25) or set JAVA_HOME to one." >&2
    return 1
  fi
  export JAVA_HOME=$found
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's bundled guava calls sun.misc.Unsafe. Without this flag, JDK 25 prints 4 WARNING lines on every run.
  case " ${MAVEN_OPTS:-} " in
    *" --sun-misc-unsafe-memory-access=allow "*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
}

# Makes sure `mvn` is on PATH. As root (CI, a fresh container) we install Debian's maven package.
# As any other user we only say what is missing: never sudo behind someone's back.
aksara_need_maven() {
  aksara_have mvn && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "${0##*/}: mvn not found; installing Debian package 'maven' (running as root)" >&2
    # Write apt's chatter to a log. Show it only if the install fails, so CI output stays readable.
    local log
    log=$(mktemp)
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends maven; } >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      rm -f "$log"
      echo "${0##*/}: missing: Maven (mvn); 'apt-get install maven' failed (see above)." >&2
      return 1
    fi
    rm -f "$log"
    hash -r
    aksara_have mvn && return 0
  fi
  echo "${0##*/}: missing: Maven 3.8+ ('mvn' is not on PATH)." >&2
  echo "  fix: install it (Debian/Ubuntu: 'sudo apt-get install maven') or put mvn on PATH." >&2
  return 1
}
