#!/usr/bin/env bash
# The set-up of ./run and ./test (and through ./test, of CI; binder/postBuild uses its Maven): finds what
# tools/dependencies.txt lists for a command and installs what is missing, saying what and where first.
#   - Debian or Ubuntu, as root or with password-less sudo: the Debian packages, with apt-get;
#   - anywhere else: a Python virtual environment in the project, .venv/, from the pinned requirements.txt
#     (never pip into the system's Python); Node.js then has to be there already;
#   - for the runner's tests: `npm ci` when node_modules/ is older than package-lock.json, and a Chromium
#     (CHROMIUM or CHROME, one on PATH, Debian's package, else the one playwright-core downloads);
#   - Maven: the mvn on PATH when it is 3.8 or newer, else ./mvnw (Maven Central's wrapper, pinned in
#     .mvn/wrapper/maven-wrapper.properties).
# A JUPYTER variable names your own Jupyter: the set-up then installs no Python package.
#
# Sourced by ./run and ./test. Run on its own, it prints the plan and the commands it would run, and changes
# nothing:   tools/setup.sh --plan run|test [MAVEN_ARGUMENT...]
# SETUP_OS_RELEASE names the os-release file that says which system this is (/etc/os-release).

SETUP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SETUP_PLAN=${SETUP_PLAN:-}

setup_say() {
  echo "set-up: $*"
}

# Stops with what failed and the command that does it by hand.
setup_fail() {
  echo "error: $1" >&2
  echo "  run it by hand: $2" >&2
  exit 1
}

# Runs a command, or in plan mode prints it.
setup_run() {
  if [ -n "$SETUP_PLAN" ]; then
    echo "  would run: $*"
  else
    "$@"
  fi
}

# Maven 3.8 prints colour-reset codes (ESC[0m) even in batch mode; they are removed from what it prints.
strip_colour() {
  sed -u $'s/\e\\[[0-9;]*m//g'
}

require_java() {
  command -v java >/dev/null 2>&1 || setup_fail "no Java found (a JDK 17 or newer is needed)" \
    "sudo apt-get install -y openjdk-17-jdk-headless   (or any JDK 17+ from adoptium.net)"
  command -v javac >/dev/null 2>&1 || setup_fail "java is there but javac is not: a JDK, not a JRE, is needed" \
    "sudo apt-get install -y openjdk-17-jdk-headless"
  local feature
  feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  [ "${feature%%.*}" -ge 17 ] 2>/dev/null || setup_fail "Java $feature is too old (17 or newer is needed)" \
    "sudo apt-get install -y openjdk-17-jdk-headless, then point JAVA_HOME at it"
}

# Sets MAVEN to the command that runs Maven: mvn when it is 3.8 or newer, else the project's wrapper.
maven_command() {
  local version="" major minor
  if command -v mvn >/dev/null 2>&1; then
    version=$(mvn -v 2>/dev/null | strip_colour | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p')
    major=${version%%.*}
    minor=${version#*.}
    minor=${minor%%.*}
    if { [ "${major:-0}" -gt 3 ] || { [ "${major:-0}" -eq 3 ] && [ "${minor:-0}" -ge 8 ]; }; } 2>/dev/null; then
      MAVEN=(mvn)
      return
    fi
  fi
  local pinned
  pinned=$(sed -n 's|^distributionUrl=.*/apache-maven-\([0-9.]*\)-bin\.zip$|\1|p' \
    "$SETUP_ROOT/.mvn/wrapper/maven-wrapper.properties")
  setup_say "no Maven 3.8+ on PATH${version:+ (mvn is $version)}: using ./mvnw, which fetches Maven $pinned" \
    "from Maven Central into ${MAVEN_USER_HOME:-~/.m2}/wrapper/ once"
  MAVEN=("$SETUP_ROOT/mvnw")
}

# The rows of tools/dependencies.txt needed by any of the given targets (run, lib, kernel, runner, binder).
setup_needs() {
  local needed check package what target
  while read -r needed check package what; do
    case "$needed" in ''|'#'*) continue ;; esac
    for target in "$@"; do
      if [[ ",$needed," == *",$target,"* ]]; then
        printf '%s\t%s\t%s\n' "$check" "$package" "$what"
        break
      fi
    done
  done <"$SETUP_ROOT/tools/dependencies.txt"
}

# The Maven modules whose tests `mvn verify ARGS` runs: all of them, or those that -pl/--projects names.
modules_tested() {
  local all=(lib kernel runner) selected="" also_make="" argument
  while [ $# -gt 0 ]; do
    argument=$1
    shift
    case "$argument" in
      -pl|--projects) selected=${1:-}; shift || true ;;
      -pl=*|--projects=*) selected=${argument#*=} ;;
      -pl*) selected=${argument#-pl} ;;
      -am|--also-make) also_make=yes ;;
    esac
  done
  if [ -z "$selected" ]; then
    echo "${all[*]}"
    return
  fi
  local module entry kept=()
  for module in "${all[@]}"; do
    IFS=, read -ra entries <<<"$selected"
    for entry in "${entries[@]}"; do
      entry=${entry#:}
      entry=${entry#nll-notebooks-}
      entry=${entry%/}
      # With -am Maven also tests the modules a selected one depends on: the runner needs lib and kernel.
      if [ "$entry" = "$module" ] || { [ -n "$also_make" ] && [ "$entry" = runner ]; }; then
        kept+=("$module")
        break
      fi
    done
  done
  echo "${kept[*]:-}"
}

# The interpreter on a script's #! line ("#!/usr/bin/env python3" names it in its second word).
shebang_interpreter() {
  local first words
  [ -f "$1" ] || return 1
  IFS= read -r first <"$1" || true
  [[ "$first" == '#!'* ]] || return 1
  read -ra words <<<"${first#\#!}"
  if [[ "${words[0]}" == */env ]]; then echo "${words[1]:-}"; else echo "${words[0]}"; fi
}

# Sets JUPYTER_COMMAND, JUPYTER_ORIGIN (yours, .venv, system or none) and SETUP_PYTHON, its Python.
select_jupyter() {
  JUPYTER_COMMAND=""
  if [ -n "${JUPYTER:-}" ]; then
    JUPYTER_COMMAND=$(command -v "$JUPYTER" 2>/dev/null || echo "$JUPYTER")
    JUPYTER_ORIGIN=yours
  elif [ -x "$SETUP_ROOT/.venv/bin/jupyter" ]; then
    JUPYTER_COMMAND=$SETUP_ROOT/.venv/bin/jupyter
    JUPYTER_ORIGIN=.venv
  elif command -v jupyter >/dev/null 2>&1; then
    JUPYTER_COMMAND=$(command -v jupyter)
    JUPYTER_ORIGIN=system
  else
    JUPYTER_ORIGIN=none
  fi
  SETUP_PYTHON=""
  if [ "$JUPYTER_ORIGIN" = .venv ]; then
    SETUP_PYTHON=$SETUP_ROOT/.venv/bin/python
  elif [ -n "$JUPYTER_COMMAND" ]; then
    SETUP_PYTHON=$(shebang_interpreter "$JUPYTER_COMMAND" || true)
  fi
  if [ -z "$SETUP_PYTHON" ]; then
    SETUP_PYTHON=$(command -v python3 2>/dev/null || true)
  fi
}

describe_jupyter() {
  case "$JUPYTER_ORIGIN" in
    yours) echo "Jupyter: $JUPYTER_COMMAND (yours, from JUPYTER)" ;;
    .venv) echo "Jupyter: .venv/bin/jupyter (the project's virtual environment)" ;;
    system) echo "Jupyter: $JUPYTER_COMMAND (the system's)" ;;
    *) echo "Jupyter: none" ;;
  esac
}

# The Chromium the browser test will drive, or nothing.
find_chromium() {
  local name variable
  for variable in CHROMIUM CHROME; do
    if [ -n "${!variable:-}" ]; then
      [ -x "${!variable}" ] || setup_fail "$variable=${!variable} is not an executable Chromium or Chrome" \
        "unset $variable, or point it at one"
      echo "${!variable}"
      return
    fi
  done
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return
    fi
  done
  playwright_chromium
}

# The Chromium playwright-core has downloaded, if it has.
playwright_chromium() {
  local found
  [ -d "$SETUP_ROOT/node_modules/playwright-core" ] && command -v node >/dev/null 2>&1 || return 0
  found=$(cd "$SETUP_ROOT" && node -e 'console.log(require("playwright-core").chromium.executablePath())' \
    2>/dev/null || true)
  if [ -n "$found" ] && [ -x "$found" ]; then echo "$found"; fi
}

# Which needs of the given rows are missing, as rows again.
missing_needs() {
  local check package what modules=() absent=""
  while IFS=$'\t' read -r check package what; do
    if [[ "$check" == python:* ]]; then modules+=("${check#python:}"); fi
  done <<<"$1"
  if [ ${#modules[@]} -gt 0 ] && [ -n "$SETUP_PYTHON" ]; then
    absent=$("$SETUP_PYTHON" -c 'import importlib.util, sys
print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))' "${modules[@]}" 2>/dev/null) \
      || absent="${modules[*]}"
  else
    absent="${modules[*]}"
  fi
  while IFS=$'\t' read -r check package what; do
    [ -n "$check" ] || continue
    case "$check" in
      python:*) [[ " $absent " == *" ${check#python:} "* ]] || continue ;;
      command:*) ! command -v "${check#command:}" >/dev/null 2>&1 || continue ;;
      browser) [ -z "$(find_chromium)" ] || continue ;;
    esac
    printf '%s\t%s\t%s\n' "$check" "$package" "$what"
  done <<<"$1"
}

# How this machine installs system packages: "root", "sudo", or nothing when it cannot (not Debian or Ubuntu,
# or neither root nor password-less sudo).
apt_access() {
  local release=${SETUP_OS_RELEASE:-/etc/os-release} id="" id_like=""
  [ -r "$release" ] || return 0
  id=$(sed -n 's/^ID="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$release")
  id_like=$(sed -n 's/^ID_LIKE="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$release")
  [[ " $id $id_like " == *" debian "* || " $id $id_like " == *" ubuntu "* ]] || return 0
  command -v apt-get >/dev/null 2>&1 || return 0
  if [ "$(id -u)" = 0 ]; then
    echo root
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    echo sudo
  fi
}

is_ubuntu() {
  grep -qE '^ID="?ubuntu"?$' "${SETUP_OS_RELEASE:-/etc/os-release}" 2>/dev/null
}

# The "what" column of rows, as one list.
what_of() {
  local check package what names=()
  while IFS=$'\t' read -r check package what; do
    [ -n "$check" ] && names+=("${what%%,*}")
  done <<<"$1"
  local IFS=';'
  echo "${names[*]}" | sed 's/;/; /g'
}

apt_install() {
  local access=$1 packages=("${@:2}") sudo=()
  [ "$access" = sudo ] && sudo=(sudo)
  local by_hand="sudo apt-get update && sudo apt-get install -y ${packages[*]}"
  setup_say "installing the Debian packages ${packages[*]}, system-wide with apt-get$( [ "$access" = sudo ] \
    && echo ' through sudo')"
  setup_run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
    || setup_fail "apt-get update failed" "$by_hand"
  setup_run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${packages[@]}" || setup_fail "apt-get could not install ${packages[*]}" "$by_hand"
}

venv_install() {
  local python
  python=$(command -v python3 2>/dev/null || true)
  [ -n "$python" ] || setup_fail "no python3 found, which the project's .venv/ is made with" \
    "install Python 3.9 or newer (python.org, or: brew install python), then run this command again"
  setup_say "installing what requirements.txt pins into .venv/, a Python environment inside the project" \
    "(nothing outside it changes)"
  if [ ! -x "$SETUP_ROOT/.venv/bin/python" ]; then
    setup_run "$python" -m venv "$SETUP_ROOT/.venv" || setup_fail "$python could not create .venv/" \
      "$python -m venv .venv   (on Debian or Ubuntu it needs: sudo apt-get install -y python3-venv)"
  fi
  setup_run "$SETUP_ROOT/.venv/bin/python" -m pip install -q --disable-pip-version-check \
    -r "$SETUP_ROOT/requirements.txt" || setup_fail "pip could not install requirements.txt into .venv/" \
    ".venv/bin/python -m pip install -r requirements.txt"
  setup_run cp "$SETUP_ROOT/requirements.txt" "$SETUP_ROOT/.venv/requirements.installed"
}

# npm ci, when node_modules/ is missing or older than package-lock.json.
npm_packages() {
  if [ "$SETUP_ROOT/node_modules/.package-lock.json" -nt "$SETUP_ROOT/package-lock.json" ]; then
    return
  fi
  setup_say "installing the npm packages of package-lock.json into node_modules/ (npm ci)"
  (cd "$SETUP_ROOT" && setup_run npm ci --no-audit --no-fund) \
    || setup_fail "npm ci failed" "cd $SETUP_ROOT && npm ci"
}

# Sets up what the targets need (run, lib, kernel, runner) and exports JUPYTER and CHROMIUM for what follows.
setup_for() {
  local needs missing access python_missing="" system_missing=() browser_missing="" check package what
  needs=$(setup_needs "$@")
  if [[ " $* " == *" runner "* ]]; then
    find_chromium >/dev/null # a CHROMIUM or CHROME that names no executable stops here, saying so
  fi
  select_jupyter
  if [ "$JUPYTER_ORIGIN" = .venv ] && ! cmp -s "$SETUP_ROOT/requirements.txt" \
      "$SETUP_ROOT/.venv/requirements.installed"; then
    setup_say "requirements.txt changed since .venv/ was made"
    venv_install
  fi
  missing=$(missing_needs "$needs")
  access=$(apt_access)
  while IFS=$'\t' read -r check package what; do
    case "$check" in
      python:*) python_missing=yes ;;
      browser) browser_missing=yes ;;
      command:*) system_missing+=("$package	${what%%,*}") ;;
    esac
  done <<<"$missing"
  if [ -n "$missing" ]; then
    setup_say "missing: $(what_of "$missing")"
  fi

  local apt_packages=()
  if [ -n "$python_missing" ]; then
    if [ "$JUPYTER_ORIGIN" = yours ]; then
      setup_fail "JUPYTER=$JUPYTER lacks $(what_of "$(grep '^python:' <<<"$missing")")" \
        "$SETUP_PYTHON -m pip install -r $SETUP_ROOT/requirements.txt   (into that Jupyter's environment)"
    elif [ "$JUPYTER_ORIGIN" != .venv ] && [ -n "$access" ]; then
      while IFS=$'\t' read -r check package what; do
        [[ "$check" == python:* ]] && apt_packages+=("$package")
      done <<<"$missing"
    else
      venv_install
    fi
  fi
  local entry
  for entry in "${system_missing[@]}"; do
    if [ -n "$access" ]; then
      apt_packages+=("${entry%%	*}")
    else
      setup_fail "no ${entry#*	} found, which the runner's tests need" \
        "install Node.js 18 or newer with npm (nodejs.org, or: brew install node), then run this command again"
    fi
  done
  # Ubuntu's chromium package is a snap, which containers cannot run: playwright-core's Chromium instead.
  if [ -n "$browser_missing" ] && [ -n "$access" ] && ! is_ubuntu; then
    apt_packages+=(chromium)
    browser_missing=""
  fi
  if [ ${#apt_packages[@]} -gt 0 ]; then
    apt_install "$access" "${apt_packages[@]}"
  fi
  if [[ " $* " == *" runner "* ]]; then
    npm_packages
  fi
  if [ -n "$browser_missing" ]; then
    setup_say "downloading playwright-core's Chromium into ~/.cache/ms-playwright/"
    (cd "$SETUP_ROOT" && setup_run node_modules/.bin/playwright-core install chromium) \
      || setup_fail "playwright-core could not download Chromium" \
        "cd $SETUP_ROOT && npx playwright-core install chromium   (or set CHROMIUM to a Chromium or Chrome)"
  fi

  [ -n "$SETUP_PLAN" ] && return
  select_jupyter
  missing=$(missing_needs "$needs")
  if [ -n "$missing" ]; then
    setup_fail "still missing after the set-up: $(what_of "$missing")" \
      "tools/setup.sh --plan $*   (shows what the set-up does)"
  fi
  if [ "$JUPYTER_ORIGIN" != none ]; then
    export JUPYTER=$JUPYTER_COMMAND
  fi
  if [[ " $* " == *" runner "* ]]; then
    CHROMIUM=$(find_chromium)
    export CHROMIUM
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ "${1:-}" != --plan ] || [ $# -lt 2 ]; then
    echo "usage: tools/setup.sh --plan run|test [MAVEN_ARGUMENT...]" >&2
    exit 2
  fi
  SETUP_PLAN=yes
  case "$2" in
    run) targets=(run) ;;
    test) read -ra targets <<<"$(modules_tested "${@:3}")" ;;
    *) echo "usage: tools/setup.sh --plan run|test [MAVEN_ARGUMENT...]" >&2; exit 2 ;;
  esac
  echo "plan for ${targets[*]:-nothing}, on $( case "$(apt_access)" in root) echo "Debian/Ubuntu as root" ;;
    sudo) echo "Debian/Ubuntu with sudo" ;; *) echo "a machine without apt-get access" ;; esac)"
  setup_for "${targets[@]}"
  select_jupyter
  if [ "$JUPYTER_ORIGIN" != none ]; then describe_jupyter; fi
  maven_command
  echo "Maven: ${MAVEN[*]}"
fi
