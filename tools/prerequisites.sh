# Checks for what ./run and ./test need; sourced by both. Each check names what is missing and how to install it.

missing() {
  echo "error: $1" >&2
  echo "  install it with: $2" >&2
  exit 1
}

require_java() {
  command -v java >/dev/null 2>&1 || missing "no Java found (JDK 17 or newer is needed)" \
    "sudo apt-get install -y openjdk-17-jdk-headless   (or any JDK 17+ from adoptium.net)"
  command -v javac >/dev/null 2>&1 || missing "java is there but javac is not: a JDK, not a JRE, is needed" \
    "sudo apt-get install -y openjdk-17-jdk-headless"
  local feature
  feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  [ "${feature%%.*}" -ge 17 ] 2>/dev/null || missing "Java $feature is too old (17 or newer is needed)" \
    "sudo apt-get install -y openjdk-17-jdk-headless, then point JAVA_HOME at it"
}

require_maven() {
  command -v mvn >/dev/null 2>&1 || missing "no Maven found (3.8 or newer is needed)" \
    "sudo apt-get install -y maven   (or from maven.apache.org)"
  local version major minor
  version=$(mvn -v 2>/dev/null | strip_colour | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p')
  major=${version%%.*}
  minor=${version#*.}
  minor=${minor%%.*}
  { [ "${major:-0}" -gt 3 ] || { [ "${major:-0}" -eq 3 ] && [ "${minor:-0}" -ge 8 ]; }; } 2>/dev/null \
    || missing "Maven ${version:-of unknown version} is too old (3.8 or newer is needed)" \
    "sudo apt-get install -y maven   (or 3.8+ from maven.apache.org, first on PATH)"
}

# Maven 3.8 prints colour-reset codes (ESC[0m) even in batch mode; they are removed from what it prints.
strip_colour() {
  sed -u $'s/\e\\[[0-9;]*m//g'
}

# Jupyter Notebook, for ./run with no mode: a cheap check, since it runs on every launch.
require_jupyter_notebook() {
  local executable="${JUPYTER:-jupyter}"
  command -v "$executable" >/dev/null 2>&1 && { command -v jupyter-notebook >/dev/null 2>&1 \
      || [ -x "$(dirname "$(command -v "$executable")")/jupyter-notebook" ]; } || missing "no Jupyter Notebook found" \
    "sudo apt-get update && sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient
  or: python3 -m pip install notebook nbconvert nbclient"
}

require_jupyter() {
  "${JUPYTER:-jupyter}" nbconvert --version >/dev/null 2>&1 || missing "no Jupyter with nbconvert found" \
    "sudo apt-get update && sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient
  or: python3 -m pip install notebook nbconvert nbclient"
}

# Node.js with the npm packages of package-lock.json, and a Chromium: the browser test of the site and the
# workflow lint run on them (the tests fail too without them, naming the same commands).
require_node_packages() {
  command -v "${NODE:-node}" >/dev/null 2>&1 || missing "no Node.js found" "sudo apt-get install -y nodejs npm"
  [ -d node_modules/playwright-core ] && [ -d node_modules/@action-validator/cli ] \
    || missing "the npm packages of package-lock.json are not installed" "npm ci"
  [ -n "${CHROMIUM:-${CHROME:-}}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || command -v google-chrome >/dev/null 2>&1 \
    || missing "no Chromium found (or set CHROMIUM to a Chromium or Chrome executable)" "sudo apt-get install -y chromium"
}
