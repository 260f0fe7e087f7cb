#!/usr/bin/env bash
# Container health probe: exit 0 when GET /healthz answers 200, 1 otherwise.
# Uses bash's /dev/tcp because the .NET runtime images carry neither curl nor wget.
# HEALTHCHECK_PORT overrides the port (tests run it against a local listener).
set -uo pipefail
port="${HEALTHCHECK_PORT:-3978}"
# A server may answer and close before the whole request is written; that must not kill the probe with SIGPIPE.
trap '' PIPE
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf -v request 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'
printf '%s' "$request" >&3 2>/dev/null
IFS= read -r -t 4 status <&3 || exit 1
status="${status%$'\r'}"
[[ "$status" =~ ^HTTP/1\.[01]\ 200(\ |$) ]]
