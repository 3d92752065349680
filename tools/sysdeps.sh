#!/bin/sh
# Install the system programs of tools/system-packages.tsv that are missing.
# Used by `make demo`, `make test` and .ci/run, so there is one list.
# apt-get (Debian, Ubuntu, Astra), dnf (RED OS, Fedora) or apt-get over rpm (ALT);
# as root, or through sudo; otherwise stop at once and print the exact command.
set -u
cd "$(dirname "$0")/.." || exit 1
LIST=tools/system-packages.tsv

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then family=debian
elif command -v dnf >/dev/null 2>&1; then family=dnf
elif command -v apt-get >/dev/null 2>&1 && command -v rpm >/dev/null 2>&1; then family=alt
else family=unknown
fi

missing=""; why=""
tab=$(printf '\t')
while IFS="$tab" read -r check deb dnf alt reason; do
  case "$check" in ''|'#'*) continue ;; esac
  if sh -c "$check" >/dev/null 2>&1; then continue; fi
  case $family in debian) p=$deb ;; dnf) p=$dnf ;; alt) p=$alt ;; *) p=$deb ;; esac
  [ "$p" = "-" ] && continue
  case " $missing " in *" $p "*) ;; *) missing="$missing $p"; why="$why
  $p: $reason" ;; esac
done < "$LIST"

[ -z "$missing" ] && exit 0

case $family in
  debian) cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing" ;;
  dnf) cmd="dnf install -y$missing" ;;
  alt) cmd="apt-get update && apt-get install -y$missing" ;;
  *) echo "actdesk: missing system programs, and no apt-get or dnf here to install them:$why" >&2
     echo "Install them with your system's package manager (Debian names shown), then run make again." >&2
     exit 1 ;;
esac

echo "actdesk: installing system packages:$why" >&2
if [ "$(id -u)" -eq 0 ]; then
  sh -c "$cmd" || { echo "actdesk: the install failed; the command was: $cmd" >&2; exit 1; }
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  sudo sh -c "$cmd" || { echo "actdesk: the install failed; the command was: sudo sh -c '$cmd'" >&2; exit 1; }
else
  echo "actdesk: cannot install system packages without root or sudo. Run as root:" >&2
  echo "  $cmd" >&2
  exit 1
fi
