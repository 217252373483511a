#!/bin/sh
# Sets up a CouchDB 3 server for an Escale territory (packaging/couchdb/README.md).
#
#   COUCHDB_URL=https://admin:secret@couchdb.example.org:6984 ./setup.sh territory NAME
#   COUCHDB_URL=… ./setup.sh structure TERRITORY STRUCTURE_ID
#   COUCHDB_URL=… ./setup.sh user NAME PASSWORD coordinator
#   COUCHDB_URL=… ./setup.sh user NAME PASSWORD structure STRUCTURE_ID
#
# Idempotent: running it again updates the security and the design documents.
set -eu

: "${COUCHDB_URL:?set COUCHDB_URL, e.g. https://admin:secret@couchdb.example.org:6984}"
HERE=$(cd "$(dirname "$0")" && pwd)
URL=${COUCHDB_URL%/}

say() { printf '%s\n' "$*" >&2; }
request() { # METHOD PATH [JSON]
    if [ $# -ge 3 ]; then
        curl -sS -f -X "$1" -H 'Content-Type: application/json' --data-binary "$3" "$URL$2"
    else
        curl -sS -f -X "$1" "$URL$2"
    fi
}
json_string() { # file → JSON string (for a function body)
    node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' "$1" 2>/dev/null \
        || python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()), end="")' "$1"
}
create_db() {
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT "$URL/$1")
    case "$code" in
        201|202) say "database $1 created" ;;
        412) say "database $1 already exists" ;;
        *) say "cannot create $1 (HTTP $code)"; exit 1 ;;
    esac
}
put_design() { # DB FILE
    rev=$(curl -sS "$URL/$1/_design/escale" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')
    body="{\"validate_doc_update\": $(json_string "$2")"
    [ -n "$rev" ] && body="$body, \"_rev\": \"$rev\""
    request PUT "/$1/_design/escale" "$body}" >/dev/null
    say "validation rules installed in $1"
}

case "${1:-}" in
territory)
    db=${2:?territory database name}
    create_db "$db"
    request PUT "/$db/_security" \
        '{"admins":{"names":[],"roles":["coordinator"]},"members":{"names":[],"roles":["coordinator","structure"]}}' >/dev/null
    put_design "$db" "$HERE/validate_territory.js"
    ;;
structure)
    territory=${2:?territory database name}
    id=${3:?structure id}
    db="$territory-structure-$id"
    create_db "$db"
    request PUT "/$db/_security" \
        "{\"admins\":{\"names\":[],\"roles\":[\"coordinator\"]},\"members\":{\"names\":[],\"roles\":[\"coordinator\",\"structure:$id\"]}}" >/dev/null
    put_design "$db" "$HERE/validate_structure.js"
    say "structure database: $db"
    ;;
user)
    name=${2:?user name}
    password=${3:?password}
    role=${4:?coordinator or structure}
    case "$role" in
        coordinator) roles='["coordinator"]' ;;
        structure) id=${5:?structure id}; roles="[\"structure\",\"structure:$id\"]" ;;
        *) say "role must be coordinator or structure"; exit 2 ;;
    esac
    rev=$(curl -sS "$URL/_users/org.couchdb.user:$name" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')
    body="{\"name\":\"$name\",\"password\":\"$password\",\"roles\":$roles,\"type\":\"user\""
    [ -n "$rev" ] && body="$body,\"_rev\":\"$rev\""
    request PUT "/_users/org.couchdb.user:$name" "$body}" >/dev/null
    say "user $name ($role) ready"
    ;;
*)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
