# Source this file (". scripts/env.sh") to put the project's tools on PATH:
# cargo-installed binaries (trunk, wasm-bindgen, wasm-bindgen-test-runner)
# and the repo's node_modules/.bin (wasm-opt from the npm package binaryen).
# shellcheck shell=bash
_servewell_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
for _servewell_dir in "${CARGO_HOME:-$HOME/.cargo}/bin" "$_servewell_root/node_modules/.bin"; do
  case ":$PATH:" in
    *":$_servewell_dir:"*) ;;
    *) PATH="$_servewell_dir:$PATH" ;;
  esac
done
export PATH
unset _servewell_root _servewell_dir
