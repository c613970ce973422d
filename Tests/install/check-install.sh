#!/bin/sh
# Installs into a temporary prefix with `make install` (debug build, already built by the tests)
# and checks that the installed daemon finds its plugins and libraries on its own: no
# LD_LIBRARY_PATH, started from the installed path, and queried with the Python varlink client.
set -eu
prefix=$(mktemp -d /tmp/khinstall-XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$prefix"' EXIT
make --no-print-directory install PREFIX="$prefix" CONFIG=debug >/dev/null
for file in bin/khuyenhocd bin/khuyenhoc lib/khuyenhoc/models/libKhuyenHocCitizen.so lib/khuyenhoc/models/libKhuyenHocFamily.so \
            lib/systemd/user/khuyenhocd.service lib/systemd/system/khuyenhocd.socket lib/sysusers.d/khuyenhoc.conf; do
  [ -e "$prefix/$file" ] || { echo "install check: $file was not installed"; exit 1; }
done
grep -q "ExecStart=$prefix/bin/khuyenhocd" "$prefix/lib/systemd/user/khuyenhocd.service" \
  || { echo "install check: ExecStart does not point at the installed daemon"; exit 1; }
readelf -d "$prefix/bin/khuyenhocd" | grep -q 'ORIGIN/../lib/khuyenhoc' \
  || { echo "install check: khuyenhocd has no \$ORIGIN/../lib/khuyenhoc rpath"; exit 1; }
env -u LD_LIBRARY_PATH "$prefix/bin/khuyenhocd" --socket "$prefix/s.sock" --state-dir "$prefix/state" --log-level warning &
pid=$!
for _ in $(seq 100); do [ -S "$prefix/s.sock" ] && break; sleep 0.1; done
models=$(python3 -m varlink.cli call "unix:$prefix/s.sock/vn.khuyenhoc.Models.ListModels" '{}')
echo "$models" | python3 -c '
import json, sys
models = json.load(sys.stdin)["models"]
assert {"citizen", "family", "clan", "community", "unit"} <= {m["id"] for m in models}, models
assert all(m["state"] == "loaded" for m in models), models
assert all("/lib/khuyenhoc/models/" in m["file"] for m in models), models
'
kill -TERM "$pid"
wait "$pid"
echo "install check: 1 passed, 0 failed"
