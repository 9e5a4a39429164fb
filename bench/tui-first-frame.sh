#!/usr/bin/env bash
# Full-screen reader timings, measured from outside as a user sees them (tmux pane, 80x24):
#  1. process start -> first full frame of PAGE, against `./liseuse read PAGE --format text`
#     (start -> exit) on the same page. A frame is full when the status row names the keys (F2, F1,
#     Ctrl-X: the same in every UI language), the page's text is drawn (more rows than the title,
#     message and status rows) and the screen then stays unchanged for SETTLE_MS (default 300 ms,
#     which lets the message row announce the page): its time is when that screen first appeared.
#     Nothing depends on the UI language or on what the page says; a run that shows no full frame
#     within LIMIT seconds (default 30) stops the script with the last screen, instead of hanging;
#  2. keystroke -> redraw (PageDown, then Tab) on a generated 10,000-word article.
# Times include tmux's own send-keys/capture-pane round trip (a few ms): they are upper bounds.
# Usage: bench/tui-first-frame.sh [PAGE [OPTION...]]   OPTIONs go to liseuse, e.g. --lang en
#   (RUNS=N to change the number of runs, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-demo:/solidarite/violences-conjugales}
[ $# -gt 0 ] && shift
options=("$@")
runs=${RUNS:-7}
settle_ms=${SETTLE_MS:-300}
limit=${LIMIT:-30}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
[ -f target/liseuse.jar ] || ./mvnw -q -B -DskipTests package >&2
# build if sources changed, warm the page cache, train the start-up caches of read and of the reader
./liseuse read demo:/ >/dev/null
./liseuse menu demo:/ >/dev/null
cache_dir=${LISEUSE_HOME:+$LISEUSE_HOME/cache}
cache_dir=${cache_dir:-${XDG_CACHE_HOME:-$HOME/.cache}/liseuse}
for _ in $(seq 1 240); do ls -d "$cache_dir"/training-* >/dev/null 2>&1 || break; sleep 0.5; done
work=$(mktemp -d)
session=liseuse-bench-$$
# a private tmux server (-L): other tmux users on the machine neither see nor disturb it
trap 'tmux -L "$session" kill-session -t "$session" 2>/dev/null || true; rm -rf "$work" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$session"' EXIT

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

start_pane() {
  tmux -L "$session" new-session -d -s "$session" -x 80 -y 24 \
    env TERM=xterm-256color LANG=fr_FR.UTF-8 sh -c './liseuse "$@"; exec sleep 600' sh "${options[@]}" "$@"
}
screen() { tmux -L "$session" capture-pane -p -t "$session"; }
# The status row names the keys, and the page's own rows are drawn (not only title, message, status).
full() {
  tail -n 1 <<<"$1" | grep -q 'F2.*F1.*Ctrl-X' && [ "$(grep -c '[^[:space:]]' <<<"$1")" -gt 3 ]
}
# Prints when (ns) the first full frame appeared: a full screen unchanged for settle_ms.
# Polls every 10 ms: a busy loop of tmux clients took a core from the reader it measures (+140 ms).
wait_full_frame() {
  local deadline shown="" since=0 t current
  deadline=$(( $(now) + limit * 1000000000 ))
  while :; do
    t=$(now)
    if [ "$t" -gt "$deadline" ]; then
      printf 'no full frame within %s s; the last screen:\n%s\n' "$limit" "$shown" >&2
      return 1
    fi
    current=$(screen)
    if [ "$current" != "$shown" ]; then
      shown=$current; since=$t
    elif full "$shown" && [ $(( t - since )) -ge $(( settle_ms * 1000000 )) ]; then
      echo "$since"
      return 0
    fi
    sleep 0.01
  done
}

first_frame() {
  local t0 t1
  t0=$(now); start_pane "$page"; t1=$(wait_full_frame)
  tmux -L "$session" kill-session -t "$session"
  ms "$t0" "$t1"
}

read_text() {
  local t0 t1
  t0=$(now); ./liseuse "${options[@]}" read "$page" --format text >/dev/null; t1=$(now)
  ms "$t0" "$t1"
}

for _ in $(seq "$runs"); do first_frame; done >"$work/tui"
for _ in $(seq "$runs"); do read_text; done >"$work/read"
tui=$(median <"$work/tui"); read=$(median <"$work/read")
echo "page: $page ${options[*]}, $runs runs, median (min-max)"
echo "first full frame (TUI):       ${tui} ms ($(sort -n "$work/tui" | head -1)-$(sort -n "$work/tui" | tail -1))"
echo "read --format text (to exit): ${read} ms ($(sort -n "$work/read" | head -1)-$(sort -n "$work/read" | tail -1))"
awk -v a="$tui" -v b="$read" 'BEGIN {printf "ratio TUI / read: %.2f\n", a / b}'

# A 10,000-word article: 200 paragraphs of 50 words, a heading every 20 paragraphs.
long="$work/long.html"
{
  echo '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Article long</title></head><body><main><article><h1>Article long</h1>'
  for p in $(seq 200); do
    [ $((p % 20)) -eq 1 ] && echo "<h2>Partie $p</h2>"
    printf '<p>'
    for w in $(seq 50); do printf 'mot%d-%d ' "$p" "$w"; done
    [ $((p % 10)) -eq 0 ] && printf '<a href="https://example.org/%d">lien %d</a>' "$p" "$p"
    echo '</p>'
  done
  echo '</article></main></body></html>'
} >"$long"

start_pane "$long"
wait_full_frame >/dev/null
redraw() {  # KEY: time from send-keys to a changed screen
  local before t0 t1
  before=$(tmux -L "$session" capture-pane -p -t "$session")
  t0=$(now); tmux -L "$session" send-keys -t "$session" "$1"
  until [ "$(tmux -L "$session" capture-pane -p -t "$session")" != "$before" ]; do :; done
  t1=$(now)
  ms "$t0" "$t1"
}
for _ in $(seq "$runs"); do redraw NPage; done >"$work/pagedown"
for _ in $(seq "$runs"); do redraw Tab; done >"$work/tab"
echo "10,000-word article: PageDown -> redraw: $(median <"$work/pagedown") ms, Tab -> redraw: $(median <"$work/tab") ms (median of $runs)"
