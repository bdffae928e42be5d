#!/usr/bin/env bash
# Issue 24, item 1: two real users of one group take turns appending to one shared progress file
# with `plan log`, as a platform secretary and a colleague do. Needs root (CI runs as root): it
# makes two users and a group, a shared folder (mode 2775, setgid) and one without setgid (0775),
# and has the users alternate ROUNDS times (default 20) in each through setpriv, with umask 002.
# Checks that every entry is written, that the progress file keeps its group and mode, and that the
# lock file is usable by both. Removes the users, the group and the folders again.
#
#   scripts/check-shared-folder.sh [PLAN_BINARY]        (default .build/debug/plan)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "check-shared-folder: needs root (to make two users); CI runs as root" >&2; exit 2; }
command -v setpriv >/dev/null || { echo "check-shared-folder: setpriv not found (util-linux)" >&2; exit 2; }
PLAN=$(realpath "${1:-.build/debug/plan}")
[ -x "$PLAN" ] || swift build >/dev/null
ROUNDS=${ROUNDS:-20}
GROUP=apshared$$
USERS=(apsecr$$ apcoll$$)
WORK=$(mktemp -d /tmp/shared-folder.XXXXXX)
chmod 755 "$WORK"
cleanup() {
    for user in "${USERS[@]}"; do userdel "$user" >/dev/null 2>&1 || true; done
    groupdel "$GROUP" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
groupadd "$GROUP"
# Each user has a private primary group (as Debian makes them); the shared group is a supplementary one.
for user in "${USERS[@]}"; do useradd --no-create-home --user-group --groups "$GROUP" --shell /usr/sbin/nologin "$user"; done
# The binary may live under a folder the users cannot enter: give them a copy.
cp "$PLAN" "$WORK/plan" && chmod 755 "$WORK/plan"

failures=0
check() { if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi; }

for mode in 2775 0775; do
    folder="$WORK/platform-$mode"
    mkdir "$folder"
    cp plans/rotterdam-2024-2026.yaml "$folder/plan.yaml"
    chgrp "$GROUP" "$folder" "$folder/plan.yaml"
    chmod "$mode" "$folder"
    chmod 664 "$folder/plan.yaml"
    # With setgid the first entry makes the progress file (in the folder's group); without it, the
    # file was set up in the shared group beforehand (else it would start in the writer's own group).
    if [ "$mode" = 0775 ]; then : > "$folder/plan.progress.yaml"; chgrp "$GROUP" "$folder/plan.progress.yaml"; chmod 664 "$folder/plan.progress.yaml"; fi
    echo "folder mode $mode:"
    for round in $(seq 1 "$ROUNDS"); do
        for user in "${USERS[@]}"; do
            uid=$(id -u "$user")
            if ! setpriv --reuid="$uid" --regid="$(id -g "$user")" --init-groups \
                    sh -c "umask 002 && cd '$folder' && '$WORK/plan' log plan.yaml 1.1 --note '$user round $round' --date 2025-01-01" \
                    >/dev/null 2>"$WORK/err"; then
                echo "  $user, round $round: $(cat "$WORK/err")"
                failures=$((failures + 1))
                break 2
            fi
        done
    done
    entries=$(grep -c "round" "$folder/plan.progress.yaml" || true)
    check "all $((ROUNDS * 2)) entries written (found $entries)" "[ '$entries' = $((ROUNDS * 2)) ]"
    check "the progress file stays in the shared group ($(stat -c %G "$folder/plan.progress.yaml"))" \
        "[ \"\$(stat -c %G '$folder/plan.progress.yaml')\" = $GROUP ]"
    check "the progress file stays group-writable ($(stat -c %A "$folder/plan.progress.yaml"))" \
        "[ \"\$(stat -c %a '$folder/plan.progress.yaml')\" = 664 ]"
    check "the lock file is in the shared group and group-readable ($(stat -c '%A %G' "$folder/.plan.progress.yaml.lock"))" \
        "[ \"\$(stat -c %G '$folder/.plan.progress.yaml.lock')\" = $GROUP ] && [ \$(( 0\$(stat -c %a '$folder/.plan.progress.yaml.lock') & 040 )) != 0 ]"
    check "the progress file is valid" "'$WORK/plan' validate '$folder/plan.yaml' >/dev/null"
done
[ "$failures" = 0 ] && echo "check-shared-folder: every check passed" || echo "check-shared-folder: $failures check(s) failed"
exit $((failures > 0))
