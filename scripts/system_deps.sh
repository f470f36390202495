#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when run as root and they are missing.
# Not root: prints what is missing and carries on (the tests that need them say why they skip).
set -eu
PKGS=(
  libportaudio2 libasound2-plugins pulseaudio pulseaudio-utils   # real capture path (virtual microphone)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt (offscreen/xcb)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  fonts-noto-cjk                                                  # Chinese glyphs in the UI and screenshots
  fonts-wqy-microhei    # TrueType Chinese font the PDF report can embed (Noto CJK is CFF, reportlab can't)
  xvfb xauth                                                      # screenshots and the frozen GUI check
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages (run 'sudo make test' or install them): ${missing[*]}" >&2
fi
