#!/usr/bin/env bash
# Quick exit, timed from outside as the user lives it (tmux pane, 80x24): from the moment the key is
# sent to the moment the reader's process has ended and its shell wrapper has printed its exit
# status. Four cases: the full-screen reader on an article (Ctrl-X, then F12; the screen must then
# hold no article text), and, while a page load never ends (a loopback server that accepts and stays
# silent), the full-screen reader (Ctrl-X) and line mode ('x' then Enter). Includes tmux's
# send-keys/capture-pane round trips (a few ms each): an upper bound. Target: 200 ms.
# Usage: bench/quick-exit.sh [PAGE]     (RUNS=N, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-demo:/solidarite/violences-conjugales}
runs=${RUNS:-7}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (the silent server)" >&2; exit 1; }
./liseuse read demo:/ >/dev/null   # builds if sources changed
session=liseuse-quick-$$
silent_pid=
trap 'tmux -L "$session" kill-server 2>/dev/null || true; [ -n "$silent_pid" ] && kill "$silent_pid" 2>/dev/null || true' EXIT
# a loopback server that accepts connections and never answers; prints its port, ends after 10 minutes
exec 9< <(exec python3 -c '
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64); s.settimeout(0.5)
print(s.getsockname()[1], flush=True)
held, end = [], time.monotonic() + 600
while time.monotonic() < end:
    try: held.append(s.accept()[0])
    except OSError: pass')
silent_pid=$!
read -r port <&9
stalled="http://127.0.0.1:$port/page"
now() { date +%s%N; }
screen() { tmux -L "$session" capture-pane -p -t "$session"; }
times=()
# measure NAME READY_TEXT KEYS... -- ARGS...: starts ./liseuse ARGS, waits for READY_TEXT, sends KEYS
measure() {
  local name=$1 ready=$2; shift 2
  local keys=()
  while [ "$1" != "--" ]; do keys+=("$1"); shift; done; shift
  for _ in $(seq 1 "$runs"); do
    tmux -L "$session" new-session -d -s "$session" -x 80 -y 24 \
      env TERM=xterm-256color LANG=fr_FR.UTF-8 sh -c './liseuse "$@"; echo EXIT=$?; exec sleep 600' sh "$@"
    until screen | grep -q "$ready"; do sleep 0.02; done
    sleep 0.3
    t0=$(now); tmux -L "$session" send-keys -t "$session" "${keys[@]}"
    until screen | grep -q 'EXIT='; do :; done
    t1=$(now)
    screen | grep -q 'EXIT=0' || { echo "$name: exit status was not 0" >&2; screen >&2; exit 1; }
    screen | grep -qi 'violences' && { echo "$name: article text left on screen" >&2; exit 1; }
    times+=("$name $(( (t1 - t0) / 1000000 ))")
    tmux -L "$session" kill-session -t "$session"
  done
}
measure C-x 'Vous subissez' C-x -- "$page"
measure F12 'Vous subissez' F12 -- "$page"
measure C-x-loading 'Chargement' C-x -- --timeout 600 "$stalled"
measure line-x-loading 'Chargement…$' x Enter -- --line-mode --timeout 600 "$stalled"
for name in C-x F12 C-x-loading line-x-loading; do
  printf '%s\n' "${times[@]}" | awk -v k="$name" '$1 == k {print $2}' | sort -n \
    | awk -v k="$name" '{a[NR]=$1} END {printf "quick exit (%s): median %d ms, min %d, max %d, %d runs\n", k, a[int((NR+1)/2)], a[1], a[NR], NR}'
done
