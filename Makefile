# KhuyenHoc — build, run, test, benchmark and install.
#
#   make run      install what is missing, build, start khuyenhocd in the foreground (user mode)
#   make test     install what is missing, build once, run every test, the short hostile suite,
#                 then the fuzzers 15 s each
#   make bench    release build, then the benchmarks of the issues' targets (spine, import, reminders)
#   make hostile  hostile clients against the real daemon, with its table, then make fuzz
#   make fuzz     the libFuzzer targets for FUZZ_SECONDS each (Fuzz/README.md)
#   make install  PREFIX=/usr/local (DESTDIR= for packaging)

PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= release
STATE_DIR ?= $(CURDIR)/state
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BINDIR := $(PREFIX)/bin
LIBDIR := $(PREFIX)/lib/khuyenhoc
MODELDIR := $(LIBDIR)/models
SYSTEMD_USER := $(PREFIX)/lib/systemd/user
SYSTEMD_SYSTEM := $(PREFIX)/lib/systemd/system
SYSUSERS := $(PREFIX)/lib/sysusers.d

FUZZ_SECONDS ?= 30
TEST_FUZZ_SECONDS ?= 15
FUZZ_BUILD := .build/fuzz
FUZZERS := varlink rubric spreadsheet

.PHONY: run test build deps bench hostile install uninstall clean fuzz fuzz-build

## Debian packages and Python modules the build and the tests need; installs only what is missing.
deps:
	@missing=""; \
	pkg-config --exists libsystemd 2>/dev/null || missing="$$missing libsystemd-dev pkg-config"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v socat >/dev/null || missing="$$missing socat"; \
	command -v sqlite3 >/dev/null || missing="$$missing sqlite3"; \
	command -v setpriv >/dev/null || missing="$$missing util-linux"; \
	command -v dbus-daemon >/dev/null || missing="$$missing dbus-daemon"; \
	command -v cc >/dev/null || missing="$$missing gcc"; \
	command -v mkfs.ext4 >/dev/null || [ -x /usr/sbin/mkfs.ext4 ] || missing="$$missing e2fsprogs"; \
	command -v python3 >/dev/null || missing="$$missing python3 python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@python3 -c 'import varlink, jsonschema, icalendar, dbus_next' 2>/dev/null || python3 -m pip install -q varlink jsonschema icalendar dbus-next || python3 -m pip install -q --break-system-packages varlink jsonschema icalendar dbus-next

build: deps
	$(SWIFT) build

## The daemon in the foreground, user mode: socket in $$XDG_RUNTIME_DIR/khuyenhoc, state in ./state,
## plugins from the build folder. Ctrl-C stops it.
run: build
	.build/debug/khuyenhocd --state-dir $(STATE_DIR)

## Builds once (code and tests), then runs every test against that build, then the fuzzers
## briefly (their own release build, see fuzz below).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	sh Tests/install/check-install.sh
	.build/debug/khuyenhoc-hostile --short
	$(MAKE) fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS)

## Every hostile case against the real daemon (issue 6): bad frames, wrong types for every
## method, too many and too slow clients, another user, planted symlinks; faults: SIGKILL during
## imports, evaluations and reminder delivery, a read-only or full state folder, plugins that
## crash; prints the table and fails on any crash, data lost or undeclared reply.
## HOSTILE_CONFIG=release for a release daemon; HOSTILE_ARGS="--seed N" repeats a run's random
## choices, HOSTILE_ARGS="--only kills,plugins" runs only those parts. Then `make fuzz`.
HOSTILE_CONFIG ?= debug
HOSTILE_ARGS ?=
hostile: deps
	$(SWIFT) build -c $(HOSTILE_CONFIG)
	@status=0; .build/$(HOSTILE_CONFIG)/khuyenhoc-hostile $(HOSTILE_ARGS) || status=$$?; \
	$(MAKE) fuzz || status=1; \
	exit $$status

## Twice: once where the scheduler puts client and daemon, once all on CPU 0 (same-core wake-ups).
bench: deps
	$(SWIFT) build -c release
	@echo "== unpinned =="; .build/release/khuyenhoc-bench
	@echo "== everything on CPU 0 (taskset -c 0) =="; taskset -c 0 .build/release/khuyenhoc-bench
	@echo "== import of 200,000 people against sqlite3 .import =="; .build/release/khuyenhoc-bench --import-only
	@echo "== reminders (issue 5): Watch latency, 10,000 deadlines, idle context switches =="; .build/release/khuyenhoc-bench --reminders
	@echo "== reminders: Watch latency with everything on CPU 0 (taskset -c 0) =="; taskset -c 0 .build/release/khuyenhoc-bench --reminders --watch-only

## The fuzzers: a release build with libFuzzer and AddressSanitizer in a folder of its own (the
## ordinary build does not see them), then each for FUZZ_SECONDS over a copy of its corpus.
## `--sanitize=fuzzer` tells SwiftPM that libFuzzer brings `main`; swiftc keeps only the last
## -sanitize= flag it is given, so a single -sanitize=fuzzer,address after it adds AddressSanitizer
## without losing the coverage (`--sanitize=fuzzer --sanitize=address` would). gold warns once per
## fuzzer "Cannot export local symbol '__asan_extra_spill_area'" (harmless).
FUZZ_FLAGS := -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
fuzz-build:
	for fuzzer in $(FUZZERS); do \
	  KHUYENHOC_FUZZ=1 $(SWIFT) build --build-path $(FUZZ_BUILD) $(FUZZ_FLAGS) --product fuzz-$$fuzzer || exit 1; \
	done

fuzz: fuzz-build
	sh Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BUILD)/release $(FUZZERS)

## Binaries, plugins, the Swift runtime libraries they need (found through their rpath
## $$ORIGIN/../lib/khuyenhoc), and the systemd units with their ExecStart pointing at $(BINDIR).
install:
	$(SWIFT) build -c $(CONFIG)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MODELDIR) $(DESTDIR)$(SYSTEMD_USER) $(DESTDIR)$(SYSTEMD_SYSTEM) $(DESTDIR)$(SYSUSERS)
	install -m 755 .build/$(CONFIG)/khuyenhocd .build/$(CONFIG)/khuyenhoc $(DESTDIR)$(BINDIR)/
	install -m 644 .build/$(CONFIG)/libKhuyenHoc*.so $(DESTDIR)$(MODELDIR)/
	toolchain=$$(dirname $$(dirname $$(readlink -f $$(command -v swift)))); \
	ldd .build/$(CONFIG)/khuyenhocd .build/$(CONFIG)/khuyenhoc .build/$(CONFIG)/libKhuyenHoc*.so \
	  | awk '$$3 ~ /^\// {print $$3}' | grep "^$$toolchain/" | sort -u \
	  | xargs -r -I{} install -m 644 {} $(DESTDIR)$(LIBDIR)/
	for mode in user system; do \
	  dest=$$( [ $$mode = user ] && echo $(SYSTEMD_USER) || echo $(SYSTEMD_SYSTEM) ); \
	  for unit in systemd/$$mode/khuyenhocd.service systemd/$$mode/khuyenhocd.socket; do \
	    sed 's|@BINDIR@|$(BINDIR)|g' $$unit > $(DESTDIR)$$dest/$$(basename $$unit); \
	  done; \
	done
	install -m 644 systemd/system/khuyenhoc.sysusers $(DESTDIR)$(SYSUSERS)/khuyenhoc.conf

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/khuyenhocd $(DESTDIR)$(BINDIR)/khuyenhoc
	rm -rf $(DESTDIR)$(LIBDIR)
	rm -f $(DESTDIR)$(SYSTEMD_USER)/khuyenhocd.service $(DESTDIR)$(SYSTEMD_USER)/khuyenhocd.socket
	rm -f $(DESTDIR)$(SYSTEMD_SYSTEM)/khuyenhocd.service $(DESTDIR)$(SYSTEMD_SYSTEM)/khuyenhocd.socket
	rm -f $(DESTDIR)$(SYSUSERS)/khuyenhoc.conf

clean:
	rm -rf .build
