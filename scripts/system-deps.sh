#!/usr/bin/env bash
# Checks the Debian packages Intake Desk needs outside Python and installs the missing ones.
#   scripts/system-deps.sh run    Qt's X11/xcb libraries, for the desktop window
#   scripts/system-deps.sh test   the above plus the peers the tests interoperate with
# As root it installs with apt-get; otherwise it prints the exact command and fails,
# because a half-working setup is worse than a clear instruction.
set -euo pipefail

mode=${1:-run}
run_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
          libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# age: the stock tool our bundles must interoperate with; ssh-keygen verifies our SSHSIG
# signatures independently.
test_pkgs=(age openssh-client)

case $mode in
  run) wanted=("${run_pkgs[@]}") ;;
  test) wanted=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-like system: install the equivalents of ${wanted[*]} yourself." >&2
  exit 0
fi

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  # Debian installs sudo only when no root password is set: offer su otherwise, so the
  # line printed is one this machine can actually run.
  install="apt-get update && apt-get install ${missing[*]}"
  if command -v sudo >/dev/null 2>&1; then
    line="sudo sh -c '$install'"
  else
    line="su -c '$install'"
  fi
  echo "Missing system packages. Run this once, then try again:" >&2
  echo "  $line" >&2
  exit 1
fi
