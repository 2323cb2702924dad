#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (PostgreSQL server, poppler-utils).
# Skips what is present; called by `make test` and by .ci/run.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
else
    echo "Ontbrekende systeempakketten: ${need[*]}. Installeer ze als root:" >&2
    echo "  apt-get install -y ${need[*]}" >&2
    exit 1
fi

echo "Systeempakketten installeren: ${need[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
