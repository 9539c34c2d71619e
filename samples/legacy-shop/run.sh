#!/usr/bin/env bash
# Adopts the legacy shop database with the aksara-maven-plugin, as a user would, and checks each step:
#   1. loads legacy/VENDOR.sql into a fresh database `legacy_shop` (the tables an older application made);
#   2. mvn aksara:inspectdb        -> model classes in src/main/java/shop/models
#   3. mvn aksara:makemigrations   -> migrations/0001_initial.yaml
#   4. mvn aksara:migrate -Daksara.fakeInitial   -> the baseline: 0001 recorded as applied, not run
#   5. a field added to Customer:  mvn verify fails (aksara:check), mvn aksara:makemigrations writes 0002
#   6. mvn aksara:migrate          -> 0002 applied; mvn verify passes; the application's queries run.
# Along the way: mvn aksara:generate-models -Daksara.checkModels (the committed models match the live
# schema, and stop matching when a column is added behind their back) and mvn aksara:lint (the
# migrations are safe on a live database).
# It works on a copy under target/ and never touches the sample's own files.
#
# Usage: samples/legacy-shop/run.sh postgresql|mariadb
#   needs the Aksara artifacts installed (./test does that) and the servers of ./test on
#   AKSARA_PG_PORT / AKSARA_MY_PORT (user and password aksara). AKSARA_MVN_ARGS goes to every mvn call.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
# shellcheck source=../../.ci/jdk.sh
. "$ROOT/.ci/jdk.sh"
aksara_use_jdk25 || exit 1
aksara_need_maven || exit 1
VENDOR="${1:?usage: run.sh postgresql|mariadb}"
me="legacy-shop ($VENDOR)"
set -f
# shellcheck disable=SC2206
extra=(${AKSARA_MVN_ARGS:-})
set +f
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

case "$VENDOR" in
  postgresql)
    PSQL="$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)"
    sql() { PGPASSWORD=aksara "$PSQL" -h 127.0.0.1 -p "${AKSARA_PG_PORT:-55432}" -U aksara -v ON_ERROR_STOP=1 -q "$@"; }
    sql -d aksara -c "drop database if exists legacy_shop" -c "create database legacy_shop"
    sql -d legacy_shop -f "$HERE/legacy/postgresql.sql"
    legacy_sql() { sql -d legacy_shop -c "$1"; }
    export AKSARA_DATABASE_URL="jdbc:postgresql://127.0.0.1:${AKSARA_PG_PORT:-55432}/legacy_shop" ;;
  mariadb)
    sql() { mariadb -h 127.0.0.1 -P "${AKSARA_MY_PORT:-53306}" -u aksara -paksara "$@"; }
    sql -e "drop database if exists legacy_shop; create database legacy_shop"
    sql legacy_shop < "$HERE/legacy/mariadb.sql"
    legacy_sql() { sql legacy_shop -e "$1"; }
    export AKSARA_DATABASE_URL="jdbc:mariadb://127.0.0.1:${AKSARA_MY_PORT:-53306}/legacy_shop" ;;
  *) echo "$me: unknown database $VENDOR (postgresql or mariadb)" >&2; exit 2 ;;
esac
export AKSARA_DATABASE_USER=aksara AKSARA_DATABASE_PASSWORD=aksara

WORK="$ROOT/target/samples/legacy-shop-$VENDOR"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$HERE/pom.xml" "$HERE/src" "$WORK/"
cd "$WORK"
LOG="$WORK/steps.log"
: >"$LOG"
step() { # description, then the mvn arguments; prints the output, keeps it in $LOG for the checks
  echo "$me: $1" >&2
  shift
  mvn -B -ntp -Dstyle.color=never "${extra[@]}" "$@" 2>&1 | tee "$WORK/last.log" >>"$LOG"
  return "${PIPESTATUS[0]}"
}
expect() { # a text the last step must have printed
  grep -qF -- "$1" "$WORK/last.log" || { echo "$me: expected '$1' in:" >&2; cat "$WORK/last.log" >&2; exit 1; }
}

step "inspectdb" aksara:inspectdb
expect "shop/models/Customer.java"
expect "shop/models/Order.java"
expect "shop/models/Shipment.java"
grep -qF '@Meta(table = "Shipment")' src/main/java/shop/models/Shipment.java \
  || { echo "$me: Shipment does not name its table in PascalCase" >&2; cat src/main/java/shop/models/Shipment.java >&2; exit 1; }
expect "shop/models/OrderItem.java"
grep -q "@Meta(primaryKey = {\"order\", \"product\"})" src/main/java/shop/models/OrderItem.java \
  || { echo "$me: order_items did not become a model keyed by (order, product)" >&2; exit 1; }
grep -q "@ManyToMany(through = OrderItem.class) public Many<Product> products;" src/main/java/shop/models/Order.java \
  || { echo "$me: Order has no many-to-many to Product through OrderItem" >&2; exit 1; }
step "generate-models --check (the models just written match the live schema)" \
  aksara:generate-models -Daksara.checkModels=true -Daksara.out=src/main/java
expect "match the schema"
legacy_sql "alter table customers add column loyalty_points integer"
if step "generate-models --check after a column was added behind the models' back (must fail)" \
  aksara:generate-models -Daksara.checkModels=true -Daksara.out=src/main/java; then
  echo "$me: the stale-model check passed although customers has a column Customer.java lacks" >&2
  exit 1
fi
expect "Customer.java: differs from the schema"
legacy_sql "alter table customers drop column loyalty_points"

# the application code (shop.Report) uses a column the next migration adds; leave it out until then
mv src/main/java/shop/Report.java "$WORK/Report.java.later"

step "makemigrations (the initial migration of the inspected models)" aksara:makemigrations
expect "0001_initial.yaml"
step "migrate --fake-initial (the baseline: the tables exist already)" aksara:migrate -Daksara.fakeInitial
expect "Faked 0001_initial"
step "check after the baseline" verify
expect "No changes detected."

# A change to the models: a new nullable column.
sed -i 's|^\(    @BooleanField public boolean vip.*\)$|\1\n    @StringField(maxLength = 30, nullable = true) public String phone;|' src/main/java/shop/models/Customer.java
grep -q "public String phone" src/main/java/shop/models/Customer.java || { echo "$me: could not add the field" >&2; exit 1; }
if step "check with a model change and no migration (must fail)" verify; then
  echo "$me: mvn verify passed although Customer changed without a migration" >&2
  exit 1
fi
expect "Models have changes without a migration"
step "makemigrations (the new column)" aksara:makemigrations -Daksara.name=add_customer_phone
expect "0002_add_customer_phone.yaml"
step "lint (a nullable column is safe on a live table)" aksara:lint
expect "No unsafe operations in 2 migration(s)."
step "migrate" aksara:migrate
expect "Applied 0002_add_customer_phone"
step "showmigrations" aksara:showmigrations
expect "[X] 0001_initial"
expect "[X] 0002_add_customer_phone"

mv "$WORK/Report.java.later" src/main/java/shop/Report.java
step "the application's queries" verify exec:java
expect "customers: 2"
expect "paid orders: 2"
expect "orders of vip customers: 3"
expect "ada's orders: 3, total 210.49"
expect "ada's phone: +44 20 7946 0000"
expect "new order status: [open]"
expect "DHL shipments: 2"
expect "carriers: [DHL, FedEx]"
expect "ink in order 1: 3"
expect "orders with ink: 2"
expect "products of order 1: [Ink, Pen]"
echo "$me: adopted, migrated and queried" >&2
