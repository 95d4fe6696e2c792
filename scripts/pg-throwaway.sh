#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a free port and prints its URL.
# Usage: eval "$(scripts/pg-throwaway.sh start)"  → exports PG_THROWAWAY_DIR and PG_THROWAWAY_URL
#        scripts/pg-throwaway.sh stop "$PG_THROWAWAY_DIR"
# initdb refuses to run as root, so the cluster belongs to the postgres user (ENVIRONMENT.md).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/pg-throwaway.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "export PG_THROWAWAY_DIR=$dir"
    echo "export PG_THROWAWAY_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl" -D "$2/data" -m immediate stop >/dev/null || true
    rm -rf "$2"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
