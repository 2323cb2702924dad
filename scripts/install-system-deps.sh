#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages BVM Desk needs from the system; skips what is present.
#   --gui    only what the desktop app needs: the X11 libraries of Qt's xcb platform plugin
#            (bvmdesk/qt_xcb_libraries.txt, the one list) and Python's venv module. Called by
#            `make run`; never fails: when it cannot install, it prints the command and goes on
#            (the app may still start, e.g. on Wayland).
#   (none)   that, and what the test suite needs (PostgreSQL, poppler-utils, Xvfb, xdotool,
#            zbar-tools, chromium: the verification page is opened in headless Chromium;
#            binutils, whose strip, as and ld the frozen build uses; icu-devtools, whose
#            icupkg trims Qt's ICU data for it: scripts/trim_icu.py).
#            Called by `make test` and .ci/run; fails when it cannot install.
#   --print  with either: print the packages it checks, one a line, and change nothing.
# Installs as root, or with `sudo -n`; otherwise prints what to install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIBRARIES="$here/../bvmdesk/qt_xcb_libraries.txt"

gui_only=false
print_only=false
for arg in "$@"; do
    case "$arg" in
        --gui) gui_only=true ;;
        --print) print_only=true ;;
        *) echo "gebruik: $0 [--gui] [--print]" >&2; exit 2 ;;
    esac
done

[ "$(uname -s)" = Linux ] || exit 0

# `SONAME PACKAGE` pairs from the list: a library counts as present when the dynamic
# loader knows it (whatever package brought it, e.g. Ubuntu's libglib2.0-0t64).
sonames=()
library_packages=()
while read -r soname package _; do
    case "$soname" in ''|'#'*) continue ;; esac
    sonames+=("$soname")
    library_packages+=("$package")
done < "$LIBRARIES"

if $print_only; then
    printf '%s\n' "${library_packages[@]}" | awk '!seen[$0]++'
    echo python3-venv
    $gui_only || printf '%s\n' postgresql poppler-utils xvfb xdotool zbar-tools chromium binutils icu-devtools
    exit 0
fi

loader_cache="$(PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null || true)"
need=()
add() {
    local package
    for package in ${need[@]+"${need[@]}"}; do [ "$package" = "$1" ] && return 0; done
    need+=("$1")
}
for i in "${!sonames[@]}"; do
    grep -qF -- $'\t'"${sonames[$i]} (" <<<"$loader_cache" || add "${library_packages[$i]}"
done
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || add python3-venv
if ! $gui_only; then
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || add postgresql
    command -v pdftotext >/dev/null 2>&1 || add poppler-utils
    command -v Xvfb >/dev/null 2>&1 || add xvfb
    command -v xdotool >/dev/null 2>&1 || add xdotool
    command -v zbarimg >/dev/null 2>&1 || add zbar-tools
    command -v chromium >/dev/null 2>&1 || add chromium  # the verification page's tests
    command -v strip >/dev/null 2>&1 || add binutils  # PyInstaller strips the frozen build
    # scripts/trim_icu.py (the frozen build); Debian puts icupkg in /usr/sbin.
    PATH="$PATH:/usr/sbin:/sbin" command -v icupkg >/dev/null 2>&1 || add icu-devtools
fi

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi

cannot_install() {
    echo "Ontbrekende systeempakketten: ${need[*]}. Installeer ze als root:" >&2
    echo "  sudo apt-get install -y ${need[*]}" >&2
    if $gui_only; then
        echo "(BVM Desk start nu toch; zonder deze pakketten kan Qt onder X11 niet starten.)" >&2
        exit 0
    fi
    exit 1
}

if ! command -v apt-get >/dev/null 2>&1; then
    cannot_install
elif [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    SUDO=(sudo -n)
else
    cannot_install
fi

echo "Systeempakketten installeren: ${need[*]}"
# `env` because sudo drops the caller's environment; CI has no standard input.
if ! { ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        && ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q "${need[@]}"; } </dev/null; then
    cannot_install
fi
