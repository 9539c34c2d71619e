#!/usr/bin/env bash
# Builds and tests samples/spring-shop, a Spring Boot application outside the reactor, against the
# Aksara artifacts `./test` has just installed (as an application would use them). Its tests show
# an Aksara write and a jOOQ write in one @Transactional method committing and rolling back together.
# Usage: bash .ci/sample-check.sh   (AKSARA_MVN_ARGS is passed to Maven, as in ./test)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
me="sample-check"
# shellcheck source=.ci/jdk.sh
. "$ROOT/.ci/jdk.sh"
aksara_use_jdk25 || exit 1
aksara_need_maven || exit 1

set -f
# shellcheck disable=SC2206
extra=(${AKSARA_MVN_ARGS:-})
set +f

echo "$me: mvn -f samples/spring-shop/pom.xml verify" >&2
mvn -B -ntp -Dstyle.color=never "${extra[@]}" -f samples/spring-shop/pom.xml verify
