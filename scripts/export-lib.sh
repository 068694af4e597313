# Shared by scripts/export-check and scripts/export-serve: exports the site with the
# release server and runs Debian's nginx on it as an ordinary process (no root needed,
# nothing outside the given folder is written).

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The release server, with the site built first if it is missing.
build_release_server() {
  if [ ! -f site/index.html ]; then
    ensure_rust
    ensure_wasm_bindgen
    build_site
  fi
  step "building the release server"
  cargo build -q --release -p server --bin vagvisaren
  SERVER_BIN="$CARGO_TARGET_DIR/release/vagvisaren"
}

# Debian's nginx, installed if it is missing; sets NGINX.
ensure_nginx() {
  NGINX="$(command -v nginx || true)"
  [ -n "$NGINX" ] || NGINX=/usr/sbin/nginx
  if [ ! -x "$NGINX" ]; then
    step "installing nginx-light from Debian"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light
  fi
}

# The module that sends .br copies, if Debian's libnginx-mod-http-brotli-static is there.
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

# Debian's brotli_static module, so nginx sends the same .br files as the server.
ensure_brotli_module() {
  if [ ! -f "$BROTLI_MODULE" ]; then
    step "installing Debian's brotli_static module for nginx"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libnginx-mod-http-brotli-static
  fi
}

# start_export_nginx: exports the site with $SERVER_BIN into a new folder and starts
# nginx on it in the background on a free port; sets WORK, EXPORT_PORT and NGINX_PID.
start_export_nginx() {
  WORK="$(readable_temp_dir)"
  "$SERVER_BIN" export "$WORK/export" 2>/dev/null
  EXPORT_PORT="$(free_port)"
  local conf
  conf="$(write_nginx_conf "$WORK/export" "$EXPORT_PORT")"
  "$NGINX" -e stderr -p "$(dirname "$conf")" -c "$conf" 2>/dev/null &
  NGINX_PID=$!
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$EXPORT_PORT/" && return 0; sleep 0.1; done
  echo "nginx did not start on port $EXPORT_PORT" >&2
  return 1
}

# A free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A new temporary folder that nginx's worker can read (it runs as `nobody` when nginx
# is started by root); prints its path.
readable_temp_dir() {
  local dir
  dir="$(mktemp -d)"
  chmod 755 "$dir"
  echo "$dir"
}

# write_nginx_conf EXPORT_DIR PORT: a complete nginx.conf around the exported server
# block, listening on 127.0.0.1:PORT, with its pid and temporary files in
# EXPORT_DIR/nginx/. Prints the path of the file; run it with
#   "$NGINX" -e stderr -p "$(dirname "$CONF")" -c "$CONF"
write_nginx_conf() {
  local export_dir="$1" port="$2"
  local prefix="$export_dir/nginx"
  mkdir -p "$prefix"
  chmod -R a+rX "$export_dir"
  local block brotli_load=""
  block="$(sed "s|^    listen 80;$|    listen 127.0.0.1:$port;|" "$export_dir/nginx.conf")"
  if ! grep -q "listen 127.0.0.1:$port;" <<<"$block"; then
    echo "the exported nginx.conf has no 'listen 80;' line to replace" >&2
    return 1
  fi
  if [ -f "$BROTLI_MODULE" ]; then
    brotli_load="load_module $BROTLI_MODULE;"
    block="$(sed 's|^    # brotli_static on;$|    brotli_static on;|' <<<"$block")"
  fi
  cat >"$prefix/nginx.conf" <<EOF
# Written by scripts/export-lib.sh around the exported server block.
$brotli_load
daemon off;
worker_processes auto;
pid $prefix/nginx.pid;
error_log stderr warn;
events {
    worker_connections 1024;
}
http {
    client_body_temp_path $prefix/client_body;
    proxy_temp_path $prefix/proxy;
    fastcgi_temp_path $prefix/fastcgi;
    uwsgi_temp_path $prefix/uwsgi;
    scgi_temp_path $prefix/scgi;
    access_log off;
    sendfile on;
    tcp_nopush on;

$block
}
EOF
  echo "$prefix/nginx.conf"
}
