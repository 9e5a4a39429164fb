#!/usr/bin/env bash
# Quick exit, timed from outside as the user lives it (tmux pane, 80x24): from the moment Ctrl-X (or
# F12) is sent to the moment the reader's process has ended and its shell wrapper has printed its
# exit status; the screen then holds no article text. Includes tmux's send-keys/capture-pane round
# trips (a few ms each): an upper bound. Target: 200 ms.
# Usage: bench/quick-exit.sh [PAGE]     (RUNS=N, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-demo:/solidarite/violences-conjugales}
runs=${RUNS:-7}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
./liseuse read demo:/ >/dev/null   # builds if sources changed
session=liseuse-quick-$$
trap 'tmux -L "$session" kill-server 2>/dev/null || true' EXIT
now() { date +%s%N; }
screen() { tmux -L "$session" capture-pane -p -t "$session"; }
times=()
for key in C-x F12; do
  for _ in $(seq 1 "$runs"); do
    tmux -L "$session" new-session -d -s "$session" -x 80 -y 24 \
      env TERM=xterm-256color LANG=fr_FR.UTF-8 sh -c './liseuse "$@"; echo EXIT=$?; exec sleep 600' sh "$page"
    until screen | grep -q 'Vous subissez'; do sleep 0.02; done
    sleep 0.3
    t0=$(now); tmux -L "$session" send-keys -t "$session" "$key"
    until screen | grep -q 'EXIT='; do :; done
    t1=$(now)
    screen | grep -q 'EXIT=0' || { echo "exit status was not 0" >&2; screen >&2; exit 1; }
    screen | grep -qi 'violences' && { echo "article text left on screen" >&2; exit 1; }
    times+=("$key $(( (t1 - t0) / 1000000 ))")
    tmux -L "$session" kill-session -t "$session"
  done
done
for key in C-x F12; do
  printf '%s\n' "${times[@]}" | awk -v k="$key" '$1 == k {print $2}' | sort -n \
    | awk -v k="$key" '{a[NR]=$1} END {printf "quick exit (%s): median %d ms, min %d, max %d, %d runs\n", k, a[int((NR+1)/2)], a[1], a[NR], NR}'
done
