#!/usr/bin/env bash
# Installs what the build needs and a fresh Debian machine may lack:
# cmark (libcmark-dev) and pkg-config, through apt, as root or with sudo.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "libcmark-dev is missing and this is not root: run 'apt-get install -y libcmark-dev pkg-config' as root" >&2
    exit 1
  fi
fi
echo "Installing libcmark-dev and pkg-config with apt-get…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libcmark-dev pkg-config >/dev/null
pkg-config --modversion libcmark
