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
request() { # METHOD PATH [JSON] — the body goes through stdin (never in the process list); on an HTTP
           # error the server's answer is shown (its reason, e.g. a validation message) and the script stops.
    if [ $# -ge 3 ]; then
        out=$(printf '%s' "$3" | curl -sS -w '\n%{http_code}' -X "$1" -H 'Content-Type: application/json' \
            --data-binary @- "$URL$2") || exit 1
    else
        out=$(curl -sS -w '\n%{http_code}' -X "$1" "$URL$2") || exit 1
    fi
    code=$(printf '%s\n' "$out" | tail -n 1)
    case "$code" in
        2*) printf '%s\n' "$out" | sed '$d' ;;
        *) say "$1 $2: HTTP $code $(printf '%s\n' "$out" | sed '$d')"; exit 1 ;;
    esac
}
json_string() { # file → JSON string (for a function body)
    node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' "$1" 2>/dev/null \
        || python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()), end="")' "$1"
}
json_quote() { # text → JSON string (a user name or password with quotes or backslashes stays intact)
    node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$1" 2>/dev/null \
        || python3 -c 'import json,sys; print(json.dumps(sys.argv[1]), end="")' "$1"
}
create_db() {
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT "$URL/$1")
    case "$code" in
        201|202) say "database $1 created" ;;
        412) say "database $1 already exists" ;;
        401|403) say "cannot create $1 (HTTP $code): COUCHDB_URL must carry the administrator's name and password"; exit 1 ;;
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
    # A CouchDB 3 whose single-node set-up was never finished has no _users database yet.
    create_db _users
    rev=$(curl -sS "$URL/_users/org.couchdb.user:$name" | sed -n 's/.*"_rev":"\([^"]*\)".*/\1/p')
    body="{\"name\":$(json_quote "$name"),\"password\":$(json_quote "$password"),\"roles\":$roles,\"type\":\"user\""
    [ -n "$rev" ] && body="$body,\"_rev\":\"$rev\""
    request PUT "/_users/org.couchdb.user:$name" "$body}" >/dev/null
    say "user $name ($role) ready"
    ;;
*)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
