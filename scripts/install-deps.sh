#!/usr/bin/env bash
# Installs the Debian 12 packages jaal needs to build and test, and only those missing,
# so a second run costs one dpkg query.
set -euo pipefail

build_pkgs=(cmake ninja-build g++ ccache pkg-config
            librocksdb-dev libicu-dev libfmt-dev libboost-graph-dev doctest-dev libcli11-dev)
# Tools the test suite uses to check exports against real consumers.
# graphviz renders the DOT export, raptor2-utils (rapper) parses the N-Triples, fonts-noto-core gives
# Graphviz a Devanagari font; clang and its runtime build the libFuzzer smoke runs.
test_pkgs=(libxml2-utils python3 python3-networkx python3-igraph libjgrapht-java unzip
           graphviz raptor2-utils fonts-noto-core
           clang libclang-rt-14-dev)

want=("${build_pkgs[@]}")
[[ "${1:-}" == "--with-tests" ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The Cytoscape.js check runs cytoscape (from npm) under Node. Any node and npm will do (a
# NodeSource nodejs bundles npm), so Debian's are installed only when there are none.
if [[ "${1:-}" == "--with-tests" ]] && ! { command -v node && command -v npm; } >/dev/null; then
  missing+=(nodejs npm)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
