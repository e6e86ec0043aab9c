#!/usr/bin/env bash
# Extraction speed, side by side: Python trafilatura and warta on the same 181 benchmark pages,
# one thread each, pages inflated in memory first, best of three rounds; prints both rates, the
# ratio and both F1 figures (the trafilatura output is scored by warta's scorer).
#
#   bench/extraction.sh [BENCHMARK_DIR]      (default ../shared/data/article-extraction-benchmark)
#
# Installs trafilatura into a virtualenv under target/ (PyPI); builds warta in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-../shared/data/article-extraction-benchmark}"
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "trafilatura==2.3.1" "lxml_html_clean"
fi
cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
py=$("$venv/bin/python" bench/trafilatura_run.py "$bench" "$out/trafilatura.json")
echo "$py"
mkdir -p "$out/ref/reference-outputs"
cp "$out/trafilatura.json" "$out/ref/reference-outputs/trafilatura-here.json"
ln -s "$(realpath "$bench/ground-truth.json")" "$out/ref/ground-truth.json"
./target/release/warta eval-extraction "$out/ref" --references | grep trafilatura-here | sed 's/^ */trafilatura quality: /'
w=$(./target/release/warta eval-extraction "$bench" --baseline "$out/none.json")
echo "$w"
py_rate=$(echo "$py" | grep -o '[0-9.]* pages/s' | head -1 | cut -d' ' -f1)
w_rate=$(echo "$w" | grep -o '[0-9.]* pages/s' | head -1 | cut -d' ' -f1)
python3 -c "print(f'warta {float($w_rate):.0f} pages/s vs trafilatura {float($py_rate):.1f} pages/s: {float($w_rate) / float($py_rate):.1f}x faster, one thread each')"
