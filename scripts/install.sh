#!/usr/bin/env bash
# Builds `plan` as a release binary with the Swift runtime linked in (no Swift needed to run it)
# and copies it onto your PATH.
#
#   scripts/install.sh                 # installs to ~/.local/bin/plan (no sudo needed)
#   PREFIX=/usr/local scripts/install.sh   # installs to /usr/local/bin/plan (may need sudo)
#
# Afterwards `plan --version` shows the installed version. Shell completion: see docs/install.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX="${PREFIX:-$HOME/.local}"
BIN="$PREFIX/bin"

echo "building plan (release, static Swift runtime); the first build takes a few minutes…"
swift build -c release --static-swift-stdlib --product plan
BUILT="$(swift build -c release --static-swift-stdlib --product plan --show-bin-path)/plan"

mkdir -p "$BIN"
# Copy beside the target and rename over it, so a running `plan` is never half-written.
cp "$BUILT" "$BIN/.plan.installing"
chmod 755 "$BIN/.plan.installing"
mv -f "$BIN/.plan.installing" "$BIN/plan"
echo "installed $BIN/plan ($("$BIN/plan" --version))"

case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "note: $BIN is not on your PATH; add this line to ~/.bashrc or ~/.zshrc:  export PATH=\"$BIN:\$PATH\"" ;;
esac
