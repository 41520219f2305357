#!/usr/bin/env bash
# Shared cache for e-Stat and OECD in front of the SME Policy Toolkit (docs/DEPLOY.md).
#   deploy/nginx/run.sh start|stop|reload|config
# Everything is configured by environment variables (defaults in brackets):
#   PROXY_PORT        port to listen on                                [8080]
#   PROXY_LISTEN      address to listen on                             [127.0.0.1]
#   ESTAT_UPSTREAM    e-Stat API root                                  [https://api.e-stat.go.jp]
#   OECD_UPSTREAM     OECD SDMX root                                   [https://sdmx.oecd.org]
#   ESTAT_APP_ID_FILE file holding the organisation's e-Stat appId; set → clients send none  [unset]
#   ADDIN_ORIGIN      origin of the add-in pages, for CORS (https://addin.example.go.jp)     [required]
#   ADDIN_DIST        the add-in's built dist/ folder to serve at /     [unset: not served]
#   PROXY_STATE_DIR   cache, logs, pid file, generated config          [./nginx-state]
#   CACHE_TTL         how long a 200 answer is fresh                   [24h]
#   CACHE_INACTIVE    how long an unused entry is kept (and can be served stale) [30d]
#   CACHE_MAX_SIZE    cache size limit                                 [2g]
#   ESTAT_RATE / ESTAT_BURST  upstream requests to e-Stat, nginx limit_req syntax   [2r/s / 20]
#   OECD_RATE / OECD_BURST    upstream requests to OECD (OECD: 60 downloads/hour) [1r/m / 5]
#   PROXY_USER        worker user when started as root                 [nobody]
#   NGINX_BIN         the nginx binary (not NGINX: nginx reads that one itself) [nginx on PATH, else /usr/sbin/nginx]
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true # bash 5.2: "&" in ${x//a/b} replacements stays literal

die() {
  echo "run.sh: $*" >&2
  exit 1
}

cmd="${1:-}"
case "$cmd" in start | stop | reload | config) ;; *) die "usage: run.sh start|stop|reload|config / 使い方: run.sh start|stop|reload|config" ;; esac

NGINX_BIN="${NGINX_BIN:-$(command -v nginx || true)}"
[ -n "$NGINX_BIN" ] || { [ -x /usr/sbin/nginx ] && NGINX_BIN=/usr/sbin/nginx; }
[ -n "$NGINX_BIN" ] && [ -x "$NGINX_BIN" ] || die "nginx が見つかりません / nginx not found. Debian/Ubuntu: apt-get install -y nginx (or set NGINX_BIN=/path/to/nginx)"

PROXY_PORT="${PROXY_PORT:-8080}"
PROXY_LISTEN="${PROXY_LISTEN:-127.0.0.1}"
ESTAT_UPSTREAM="${ESTAT_UPSTREAM:-https://api.e-stat.go.jp}"
OECD_UPSTREAM="${OECD_UPSTREAM:-https://sdmx.oecd.org}"
PROXY_STATE_DIR="${PROXY_STATE_DIR:-$PWD/nginx-state}"
CACHE_TTL="${CACHE_TTL:-24h}"
CACHE_INACTIVE="${CACHE_INACTIVE:-30d}"
CACHE_MAX_SIZE="${CACHE_MAX_SIZE:-2g}"
ESTAT_RATE="${ESTAT_RATE:-2r/s}"
ESTAT_BURST="${ESTAT_BURST:-20}"
OECD_RATE="${OECD_RATE:-1r/m}"
OECD_BURST="${OECD_BURST:-5}"
PROXY_USER="${PROXY_USER:-nobody}"

[[ "$PROXY_PORT" =~ ^[0-9]+$ ]] && [ "$PROXY_PORT" -ge 1 ] && [ "$PROXY_PORT" -le 65535 ] ||
  die "PROXY_PORT は 1〜65535 の数字です / PROXY_PORT must be a number 1-65535 (got '$PROXY_PORT')"
[[ "$PROXY_LISTEN" =~ ^[][0-9A-Za-z.:-]+$ ]] || die "PROXY_LISTEN is not an address: '$PROXY_LISTEN'"
[[ "$CACHE_TTL" =~ ^[0-9]+(ms|s|m|h|d|w|M|y)?$ ]] || die "CACHE_TTL は 24h のような期間です / CACHE_TTL must be a duration like 24h (got '$CACHE_TTL')"
[[ "$CACHE_INACTIVE" =~ ^[0-9]+(s|m|h|d|w|M|y)?$ ]] || die "CACHE_INACTIVE must be a duration like 30d (got '$CACHE_INACTIVE')"
[[ "$CACHE_MAX_SIZE" =~ ^[0-9]+[kKmMgG]?$ ]] || die "CACHE_MAX_SIZE must be a size like 2g (got '$CACHE_MAX_SIZE')"
for v in ESTAT_RATE OECD_RATE; do
  [[ "${!v}" =~ ^[0-9]+r/[sm]$ ]] || die "$v は 2r/s や 1r/m の形です / $v must look like 2r/s or 1r/m (got '${!v}')"
done
for v in ESTAT_BURST OECD_BURST; do [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a number (got '${!v}')"; done

# An upstream root: scheme, host, optional port, no path. Splits into the parts nginx needs.
split_upstream() {
  local name="$1" url="$2"
  [[ "$url" =~ ^(https?)://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:([0-9]+))?/?$ ]] ||
    die "$name は https://host[:port] の形です（パスなし）/ $name must be http(s)://host[:port] without a path (got '$url')"
  local scheme="${BASH_REMATCH[1]}" host="${BASH_REMATCH[2]}" port="${BASH_REMATCH[4]}"
  [ -n "$port" ] || { [ "$scheme" = https ] && port=443 || port=80; }
  printf '%s %s %s' "$scheme" "$host" "$port"
}
read -r ESTAT_SCHEME ESTAT_HOST ESTAT_PORT <<<"$(split_upstream ESTAT_UPSTREAM "$ESTAT_UPSTREAM")"
read -r OECD_SCHEME OECD_HOST OECD_PORT <<<"$(split_upstream OECD_UPSTREAM "$OECD_UPSTREAM")"

if [ "$cmd" != stop ]; then
  [ -n "${ADDIN_ORIGIN:-}" ] || die "ADDIN_ORIGIN を設定してください（アドインのページのオリジン）/ set ADDIN_ORIGIN to the add-in pages' origin, e.g. https://addin.example.go.jp"
  [[ "$ADDIN_ORIGIN" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] ||
    die "ADDIN_ORIGIN is an origin without a path, e.g. https://addin.example.go.jp (got '$ADDIN_ORIGIN')"
  if [ -n "${ADDIN_DIST:-}" ]; then
    [ -f "$ADDIN_DIST/taskpane.html" ] || die "ADDIN_DIST に taskpane.html がありません（npm run build の dist/ を指定）/ ADDIN_DIST has no taskpane.html: point it at the built dist/ ($ADDIN_DIST)"
    ADDIN_DIST="$(cd "$ADDIN_DIST" && pwd)"
  fi
  if [ -n "${ESTAT_APP_ID_FILE:-}" ]; then
    [ -r "$ESTAT_APP_ID_FILE" ] || die "ESTAT_APP_ID_FILE を読めません / cannot read ESTAT_APP_ID_FILE ($ESTAT_APP_ID_FILE)"
    APP_ID="$(tr -d ' \t\r\n' <"$ESTAT_APP_ID_FILE")"
    [[ "$APP_ID" =~ ^[A-Za-z0-9]+$ ]] || die "ESTAT_APP_ID_FILE does not hold an e-Stat appId (letters and digits)"
  fi
fi

mkdir -p "$PROXY_STATE_DIR"/{cache,tmp,logs}
PROXY_STATE_DIR="$(cd "$PROXY_STATE_DIR" && pwd)"
CONF="$PROXY_STATE_DIR/nginx.conf"
PID="$PROXY_STATE_DIR/nginx.pid"
here="$(cd "$(dirname "$0")" && pwd)"

running() { [ -f "$PID" ] && kill -0 "$(cat "$PID")" 2>/dev/null; }

if [ "$cmd" = stop ]; then
  if running; then
    "$NGINX_BIN" -p "$PROXY_STATE_DIR" -c "$CONF" -s quit
    for _ in $(seq 1 50); do running || break; sleep 0.1; done
    running && die "nginx did not stop (pid $(cat "$PID"))"
    echo "stopped / 停止しました"
  else
    echo "not running / 起動していません"
  fi
  exit 0
fi

# The appId lives in a file only the master reads (mode 600), included by the config, never in the main file.
APPID_CONF="$PROXY_STATE_DIR/estat-appid.conf"
if [ -n "${APP_ID:-}" ]; then
  (umask 077 && printf 'set $estat_server_appid "%s";\n' "$APP_ID" >"$APPID_CONF")
else
  (umask 077 && printf 'set $estat_server_appid "";\n' >"$APPID_CONF")
fi

USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  id "$PROXY_USER" >/dev/null 2>&1 || die "PROXY_USER $PROXY_USER does not exist"
  USER_LINE="user $PROXY_USER $(id -gn "$PROXY_USER");"
  chown -R "$PROXY_USER" "$PROXY_STATE_DIR/cache" "$PROXY_STATE_DIR/tmp"
  # Workers run as PROXY_USER and must reach cache/ and tmp/ (traversal only; the appId file stays mode 600).
  chmod o+x "$PROXY_STATE_DIR"
fi

CSP=""
if [ -n "${ADDIN_DIST:-}" ]; then
  # The same policy the build put in the page's <meta> tag, sent as a header too (frame-ancestors is not set:
  # Office frames the pane from its own origins). The built page is minified: http-equiv's value has no quotes.
  CSP="$(sed -n 's/.*http-equiv="\{0,1\}Content-Security-Policy"\{0,1\} content="\([^"]*\)".*/\1/p' "$ADDIN_DIST/taskpane.html" | head -n 1)"
fi

# Add-in files at / (optional): hashed chunks are immutable; everything else (manifest, HTML, entry scripts,
# functions metadata) is revalidated, because their names stay the same from release to release.
if [ -n "${ADDIN_DIST:-}" ]; then
  ADDIN_LOCATIONS="    root $ADDIN_DIST;
    location ~* \"\\.[0-9a-f]{8}\\.(js|css)\$\" {
      add_header Cache-Control \"public, max-age=31536000, immutable\" always;
      add_header X-Content-Type-Options nosniff always;
    }
    location / {
      try_files \$uri =404;
      add_header Cache-Control \"no-cache\" always;
      add_header X-Content-Type-Options nosniff always;
      add_header Referrer-Policy strict-origin-when-cross-origin always;
      add_header Content-Security-Policy \"$CSP\" always;
    }"
else
  ADDIN_LOCATIONS="    location / { return 404; }"
fi

# nginx refuses burst=0: no burst is written then. e-Stat's excess waits in the queue (no bursts upstream);
# OECD's is refused at once (nodelay), since a queue at 1r/m would outlast any client's timeout.
ESTAT_BURST_ARG=""
[ "$ESTAT_BURST" -gt 0 ] && ESTAT_BURST_ARG=" burst=$ESTAT_BURST"
OECD_BURST_ARG=""
[ "$OECD_BURST" -gt 0 ] && OECD_BURST_ARG=" burst=$OECD_BURST nodelay"

render() {
  local t
  t="$(cat "$here/nginx.conf.template")"
  t="${t//@@USER_LINE@@/$USER_LINE}"
  t="${t//@@STATE@@/$PROXY_STATE_DIR}"
  t="${t//@@LISTEN@@/$PROXY_LISTEN}"
  t="${t//@@PORT@@/$PROXY_PORT}"
  t="${t//@@CACHE_TTL@@/$CACHE_TTL}"
  t="${t//@@CACHE_INACTIVE@@/$CACHE_INACTIVE}"
  t="${t//@@CACHE_MAX_SIZE@@/$CACHE_MAX_SIZE}"
  t="${t//@@ESTAT_RATE@@/$ESTAT_RATE}"
  t="${t//@@ESTAT_BURST_ARG@@/$ESTAT_BURST_ARG}"
  t="${t//@@OECD_RATE@@/$OECD_RATE}"
  t="${t//@@OECD_BURST_ARG@@/$OECD_BURST_ARG}"
  t="${t//@@ESTAT_SCHEME@@/$ESTAT_SCHEME}"
  t="${t//@@ESTAT_HOST@@/$ESTAT_HOST}"
  t="${t//@@ESTAT_PORT@@/$ESTAT_PORT}"
  t="${t//@@OECD_SCHEME@@/$OECD_SCHEME}"
  t="${t//@@OECD_HOST@@/$OECD_HOST}"
  t="${t//@@OECD_PORT@@/$OECD_PORT}"
  t="${t//@@ADDIN_ORIGIN@@/$ADDIN_ORIGIN}"
  t="${t//@@APPID_CONF@@/$APPID_CONF}"
  t="${t//@@ADDIN_LOCATIONS@@/$ADDIN_LOCATIONS}"
  printf '%s\n' "$t"
}
render >"$CONF.new"
mv "$CONF.new" "$CONF"
"$NGINX_BIN" -t -q -p "$PROXY_STATE_DIR" -c "$CONF" || die "nginx rejected the generated configuration ($CONF)"

case "$cmd" in
  config) echo "$CONF" ;;
  start)
    running && die "already running (pid $(cat "$PID")); use reload / すでに起動しています"
    # The daemon must not keep the caller's stdout/stderr open (a caller waiting for them would hang).
    "$NGINX_BIN" -p "$PROXY_STATE_DIR" -c "$CONF" </dev/null >/dev/null 2>"$PROXY_STATE_DIR/logs/start.log" ||
      die "nginx did not start: $(cat "$PROXY_STATE_DIR/logs/start.log")"
    for _ in $(seq 1 50); do running && break; sleep 0.1; done
    running || die "nginx did not start; see $PROXY_STATE_DIR/logs/error.log"
    echo "listening on http://$PROXY_LISTEN:$PROXY_PORT (e-Stat: /estat, OECD: /oecd) / 起動しました"
    ;;
  reload)
    running || die "not running / 起動していません"
    "$NGINX_BIN" -p "$PROXY_STATE_DIR" -c "$CONF" -s reload </dev/null >/dev/null
    echo "reloaded / 再読み込みしました"
    ;;
esac
