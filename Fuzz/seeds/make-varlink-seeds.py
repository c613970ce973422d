#!/usr/bin/env python3
"""Writes Fuzz/corpus/varlink: one valid call of every method of every interface the daemon
serves (read from the IDL files), with plausible values chosen by field name, plus a few streams
of several calls. Run from the repository's root; the files are committed, rerun after an IDL
change (MethodParameterCatalogTests fails for a method without a seed)."""
import base64, glob, json, os, varlink
import varlink.scanner as s

OUT = "Fuzz/corpus/varlink"
CSV = "\ufeffMã số;Mã số hộ;Họ và tên;Năm sinh\r\n1;1;Nguyễn Thị Hà;1990\r\n"

def string_for(name):
    n = name.lower()
    if n.endswith("at") and n not in ("format",): return "2025-12-01T08:00:00+07:00"
    if "date" in n or n in ("on", "due", "asof", "from", "until", "since", "day", "today", "before", "after", "validfrom", "validuntil", "mergedon"): return "2025-12-01"
    if "code" in n or n in ("commune", "into", "area") or n.startswith("commune"): return "10144"
    if n in ("model",): return "family"
    if "time" in n: return "08:00"
    if n == "table": return "people"
    if n == "separator": return ";"
    if n == "data": return base64.b64encode(CSV.encode()).decode()
    if n in ("rule", "recurrence", "rrule"): return "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1"
    # Short, so the call stays under the fuzzer's frame limit; the rubric fuzzer reads whole rubrics.
    if n == "text": return '{"model": "family", "version": "2022", "variants": []}'
    if n in ("file",): return "rubric-2022.json"
    if n in ("version", "rubricversion"): return "2022"
    if n in ("variant",): return "standard"
    if n in ("interface",): return "vn.khuyenhoc.Registry"
    if "id" in n: return "abc123"
    if "phase" in n: return "launched"
    return "Gia đình học tập Nguyễn Văn Bình"

def value(t, name, iface, depth=0):
    if isinstance(t, s._Maybe): return value(t.element_type, name, iface, depth)
    if isinstance(t, s._Array): return [value(t.element_type, name, iface, depth)]
    if isinstance(t, s._Dict): return {"citizen": value(t.element_type, name, iface, depth)}
    if isinstance(t, s._Enum): return t.fields[0]
    if isinstance(t, s._Struct): return {k: value(v, k, iface, depth + 1) for k, v in t.fields.items()}
    if isinstance(t, s._CustomType): return value(iface.members[t.name].type, name, iface, depth)
    if isinstance(t, s._Object): return {"year": 2025}
    # The scanner stands for the base types by an instance of each.
    if isinstance(t, bool): return True
    if isinstance(t, int): return 2025 if "year" in name.lower() else 1
    if isinstance(t, float): return 0.5
    if isinstance(t, str): return string_for(name)
    raise SystemExit(f"unknown type {t!r} for {name}")

def frame(call):
    return json.dumps(call, ensure_ascii=False, separators=(",", ":")).encode() + b"\0"

os.makedirs(OUT, exist_ok=True)
everything = []
for path in sorted(glob.glob("Sources/KhuyenHocAPI/Interfaces/*.varlink")):
    iface = varlink.Interface(open(path, encoding="utf-8").read())
    for name, member in iface.members.items():
        if not isinstance(member, s._Method): continue
        parameters = value(member.in_type, name, iface)
        call = {"method": f"{iface.name}.{name}"}
        if parameters: call["parameters"] = parameters
        if name in ("Watch", "Export", "Backup"): call["more"] = True
        data = frame(call)
        everything.append(data)
        with open(f"{OUT}/{iface.name}.{name}", "wb") as f: f.write(data)
# Several calls in one stream, as a client pipelines them; and the service interface's own.
with open(f"{OUT}/stream-pipelined", "wb") as f: f.write(b"".join(everything[:12]))
with open(f"{OUT}/stream-service", "wb") as f:
    f.write(frame({"method": "org.varlink.service.GetInfo"}))
    f.write(frame({"method": "org.varlink.service.GetInterfaceDescription", "parameters": {"interface": "vn.khuyenhoc.Models"}}))
    f.write(frame({"method": "vn.khuyenhoc.Service.GetStatus", "oneway": True}))
