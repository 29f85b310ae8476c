#!/usr/bin/env bash
# Makes PostgreSQL and MariaDB answer on 127.0.0.1 for the integration suite: installs them from
# Debian's packages if missing, starts them if stopped, and prints the DATABASE_* settings to use.
# Fails (exit 1) if either cannot be reached.
set -euo pipefail

log() { echo "[databases] $*" >&2; }
wait_for() { for _ in $(seq 1 60); do if "$@" >/dev/null 2>&1; then return 0; fi; sleep 1; done; return 1; }
apt_install() { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >&2; }

# PostgreSQL
pg_ok() { psql -h 127.0.0.1 -U "${PG_USER}" -d test -c 'select 1' >/dev/null 2>&1; }
PG_USER=postgres
export PGPASSWORD="${PGPASSWORD:-}"
if ! command -v pg_ctlcluster >/dev/null; then log "installing PostgreSQL"; apt_install postgresql; fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  wait_for pg_isready -h 127.0.0.1 -p 5432 -q || { log "PostgreSQL does not answer"; exit 1; }
fi
if ! pg_ok; then
  log "creating database test and a password for user postgres"
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
  su postgres -c "createdb test" >&2 || true
  export PGPASSWORD=postgres
  pg_ok || { log "cannot connect to PostgreSQL database test"; exit 1; }
fi
echo "PG_USER=${PG_USER} PG_PASSWORD=${PGPASSWORD}"

# MariaDB
MY_USER=root
MY_PASSWORD=
my_ok() { mariadb -h 127.0.0.1 -u "${MY_USER}" ${MY_PASSWORD:+-p"${MY_PASSWORD}"} -e 'select 1' test >/dev/null 2>&1; }
if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then log "installing MariaDB"; apt_install mariadb-server; fi
if ! mariadb-admin -h 127.0.0.1 -u root ping >/dev/null 2>&1 && ! mariadb-admin ping >/dev/null 2>&1; then
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_for mariadb-admin ping || { log "MariaDB does not answer"; exit 1; }
fi
if ! my_ok; then
  log "creating database test and user fact_desk"
  mariadb -e "CREATE DATABASE IF NOT EXISTS test; CREATE USER IF NOT EXISTS 'fact_desk'@'127.0.0.1' IDENTIFIED BY 'fact_desk'; GRANT ALL ON *.* TO 'fact_desk'@'127.0.0.1'; FLUSH PRIVILEGES;" >&2
  MY_USER=fact_desk
  MY_PASSWORD=fact_desk
  my_ok || { log "cannot connect to MariaDB database test"; exit 1; }
fi
echo "MY_USER=${MY_USER} MY_PASSWORD=${MY_PASSWORD}"
