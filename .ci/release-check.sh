#!/usr/bin/env bash
# Checks that a release would publish what users need, without publishing anything:
#   1. `mvn deploy -Prelease` of the library modules to a file repository under target/ (no network);
#   2. every library module has its jar, pom, -sources.jar and -javadoc.jar there, and aksara-bom its pom;
#   3. a throwaway consumer project imports aksara-bom from that repository and resolves
#      aksara-jooq-bridge with no version of its own (what the README tells users to do).
# Javadoc runs with doclint on, so a broken {@link} fails here rather than at release time.
# Usage: bash .ci/release-check.sh   (AKSARA_MVN_ARGS is passed to Maven, as in ./test)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
me="release-check"
# shellcheck source=.ci/jdk.sh
. "$ROOT/.ci/jdk.sh"
aksara_use_jdk25 || exit 1
aksara_need_maven || exit 1

set -f
# shellcheck disable=SC2206
extra=(${AKSARA_MVN_ARGS:-})
set +f

REPO="$ROOT/target/release-repo"
rm -rf "$REPO"
mkdir -p "$REPO"
LIBRARIES=(aksara-api aksara-codegen aksara-jooq-bridge aksara-schema aksara-schema-first aksara-test aksara-micrometer aksara-cli aksara-maven-plugin aksara-spring aksara-spring-boot-starter)

echo "$me: deploying the library modules with sources and Javadoc to $REPO" >&2
mvn -B -ntp -Dstyle.color=never "${extra[@]}" deploy -Prelease -DskipTests \
    -pl '!src-it,!aksara-benchmarks,!aksara-examples' \
    -DaltDeploymentRepository="local::file://$REPO"

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
missing=()
for artifact in "${LIBRARIES[@]}"; do
  dir="$REPO/io/aksara/$artifact/$version"
  for suffix in .jar .pom -sources.jar -javadoc.jar; do
    compgen -G "$dir/$artifact-*$suffix" >/dev/null || missing+=("$artifact $suffix")
  done
done
compgen -G "$REPO/io/aksara/aksara-bom/$version/aksara-bom-*.pom" >/dev/null || missing+=("aksara-bom .pom")
if [ ${#missing[@]} -gt 0 ]; then
  echo "$me: missing from the release repository:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

# A consumer that pins nothing but the BOM.
consumer="$ROOT/target/release-consumer"
rm -rf "$consumer"
mkdir -p "$consumer"
cat > "$consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>bom-consumer</artifactId><version>1</version>
  <repositories><repository><id>release-check</id><url>file://$REPO</url></repository></repositories>
  <dependencyManagement><dependencies>
    <dependency><groupId>io.aksara</groupId><artifactId>aksara-bom</artifactId><version>$version</version><type>pom</type><scope>import</scope></dependency>
  </dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>io.aksara</groupId><artifactId>aksara-jooq-bridge</artifactId></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
  </plugins></build>
</project>
POM
tree=$(mvn -B -ntp -Dstyle.color=never "${extra[@]}" -f "$consumer/pom.xml" dependency:tree)
grep -q "io.aksara:aksara-jooq-bridge:jar:$version:compile" <<<"$tree" \
  || { echo "$tree" >&2; echo "$me: the BOM did not give aksara-jooq-bridge its version" >&2; exit 1; }
echo "$me: OK: ${#LIBRARIES[@]} libraries with sources and Javadoc, and a BOM that versions them" >&2
