#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Sets up a Debian 12 machine for Schul-IT Koordination, builds it, and then either starts
# the program on a fresh demo database (`run`) or runs every test (`test`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${SCHULIT_BUILD_DIR:-$top/build}"
mode="${1:-run}"

install_missing_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^#' "$here/debian-packages.txt" | sed '/^\s*$/d')
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build_project() {
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" --parallel "$(nproc)"
}

# A throwaway PostgreSQL server for the tests that run on SQLite and PostgreSQL: a temporary
# data folder, a free port on localhost, the superuser trusted, members of the group
# schulit_password_login asked for a password (tst_postgresdatabase); stopped and deleted
# when the script ends. The server refuses to run as root, so root starts it as postgres.
start_test_postgres() {
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
        echo "PostgreSQL's server programs are missing (Debian package postgresql)." >&2
        exit 1
    fi
    pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/schulit-pg.XXXXXX")"
    pg_run=()
    if [ "$(id -u)" -eq 0 ]; then
        local pg_user=postgres
        id -u "$pg_user" >/dev/null 2>&1 || pg_user=nobody
        chown "$pg_user" "$pg_dir"
        pg_run=(runuser -u "$pg_user" --)
    fi
    trap stop_test_postgres EXIT
    "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U schulit_test -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 1; }
    "${pg_run[@]}" tee "$pg_dir/data/pg_hba.conf" >/dev/null <<'HBA'
local all all trust
host all +schulit_password_login 127.0.0.1/32 scram-sha-256
host all +schulit_password_login ::1/128 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
HBA
    local port
    pg_port=""
    for port in $(seq 54320 54419); do
        # Something answers on this port already.
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        if "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
            -o "-p $port -k $pg_dir -c listen_addresses=localhost -c fsync=off -c max_connections=200" \
            start >/dev/null; then
            pg_port="$port"
            break
        fi
    done
    if [ -z "$pg_port" ]; then
        echo "The test PostgreSQL server did not start:" >&2
        cat "$pg_dir/server.log" >&2
        exit 1
    fi
    export SCHULIT_TEST_PG_URL="postgresql://schulit_test@localhost:$pg_port/postgres"
    "$pg_bin/psql" "$SCHULIT_TEST_PG_URL" -qc "CREATE ROLE schulit_password_login NOLOGIN" >/dev/null
    echo "Test PostgreSQL server: $SCHULIT_TEST_PG_URL"
}

stop_test_postgres() {
    if [ -n "${pg_dir:-}" ] && [ -d "$pg_dir" ]; then
        [ -f "$pg_dir/data/postmaster.pid" ] &&
            "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
        rm -rf "$pg_dir"
    fi
}

install_missing_packages
build_project

case "$mode" in
run)
    exec "$build/app/schulit" --demo
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    # The PostgreSQL tests fail instead of skipping when no server is there; a server given
    # in SCHULIT_TEST_PG_URL is used as it is.
    export SCHULIT_REQUIRE_PG=1
    [ -n "${SCHULIT_TEST_PG_URL:-}" ] || start_test_postgres
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
