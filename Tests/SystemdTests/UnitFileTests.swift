import Foundation
import Testing

/// The unit files in `systemd/` at the package root, checked with `systemd-analyze verify`.
private enum UnitFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("systemd").path

    static let systemdAnalyze = "/usr/bin/systemd-analyze"
    static let systemdSysusers = "/usr/bin/systemd-sysusers"

    static func text(_ mode: String, _ name: String) throws -> String {
        try String(contentsOfFile: "\(root)/\(mode)/\(name)", encoding: .utf8)
    }
}

extension ProcessStateTests {
    @Suite(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: UnitFiles.systemdAnalyze),
            "systemd-analyze is not installed, so the unit files cannot be verified here"))
    struct UnitFileTests {
        /// Copies the units with `@BINDIR@` replaced by a directory holding a real executable (a copy
        /// of /bin/true named khuyenhocd), runs `systemd-analyze verify`, and expects silence: verify
        /// exits 0 even for unknown keys or bad values, which it only prints.
        @Test(arguments: ["system", "user"])
        func unitsPassSystemdAnalyzeVerify(mode: String) throws {
            let directory = try TemporaryDirectory()
            let bin = directory.file("bin")
            let units = directory.file(mode)
            let runtime = directory.file("runtime")
            for path in [bin, units, runtime] {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            }
            try FileManager.default.copyItem(atPath: "/bin/true", toPath: bin + "/khuyenhocd")
            var paths: [String] = []
            for name in ["khuyenhocd.service", "khuyenhocd.socket"] {
                let text = try UnitFiles.text(mode, name)
                #expect(text.contains("@BINDIR@") == (name.hasSuffix(".service")))
                let path = "\(units)/\(name)"
                try text.replacingOccurrences(of: "@BINDIR@", with: bin).write(
                    toFile: path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
            var environment = ProcessInfo.processInfo.environment
            // The user manager needs a runtime directory; this container has no logged-in user.
            environment["XDG_RUNTIME_DIR"] = runtime
            let arguments = ["verify", "--man=no"] + (mode == "user" ? ["--user"] : []) + paths
            let result = try run(UnitFiles.systemdAnalyze, arguments, environment: environment)
            if result.output.contains("Failed to initialize manager") {
                try Test.cancel("systemd-analyze cannot run in this environment: \(result.output)")
            }
            #expect(result.status == 0, "systemd-analyze verify (\(mode)) said: \(result.output)")
            let complaints = result.output.split(separator: "\n").filter { $0.contains("khuyenhocd") }
            #expect(complaints.isEmpty, "systemd-analyze verify (\(mode)) said: \(complaints.joined(separator: "\n"))")
        }

        @Test func verifyReallyReportsMistakes() throws {
            let directory = try TemporaryDirectory()
            let path = directory.file("khuyenhocd.service")
            let broken = try UnitFiles.text("system", "khuyenhocd.service")
                .replacingOccurrences(of: "@BINDIR@", with: directory.file("missing"))
                .replacingOccurrences(of: "ProtectHome=read-only", with: "ProtectHome=readonly")
            try broken.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try run(UnitFiles.systemdAnalyze, ["verify", "--man=no", path])
            #expect(result.status != 0)
            #expect(result.output.contains("is not executable"))
            #expect(result.output.contains("readonly"))
        }

        @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: UnitFiles.systemdSysusers)))
        func sysusersFileCreatesTheUserAndGroup() throws {
            let root = try TemporaryDirectory()
            let result = try run(
                UnitFiles.systemdSysusers,
                ["--dry-run", "--root=\(root.path)", "\(UnitFiles.root)/system/khuyenhoc.sysusers"])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("Creating group 'khuyenhoc'"))
            #expect(result.output.contains("Creating user 'khuyenhoc'"))
        }
    }
}

@Suite struct UnitFileContentTests {
    @Test(arguments: ["system", "user"])
    func servicesAreNotifyWithWatchdogAndReload(mode: String) throws {
        let service = try UnitFiles.text(mode, "khuyenhocd.service")
        for line in [
            "Type=notify", mode == "system" ? "ExecStart=@BINDIR@/khuyenhocd --mode system" : "ExecStart=@BINDIR@/khuyenhocd",
            "ExecReload=/bin/kill -HUP $MAINPID",
            "WatchdogSec=30s", "Restart=on-failure", "ProtectSystem=strict", "NoNewPrivileges=yes",
            "RestrictAddressFamilies=AF_UNIX", "StateDirectory=khuyenhoc", "PrivateTmp=yes",
            "SystemCallArchitectures=native", "Requires=khuyenhocd.socket",
        ] {
            #expect(service.split(separator: "\n").contains(Substring(line)), "\(mode) service lacks \(line)")
        }
        // The socket unit owns the runtime directory; a RuntimeDirectory= would delete the socket.
        #expect(!service.split(separator: "\n").contains { $0.hasPrefix("RuntimeDirectory=") })
    }

    @Test func socketsNameTheVarlinkDescriptor() throws {
        let user = try UnitFiles.text("user", "khuyenhocd.socket")
        let system = try UnitFiles.text("system", "khuyenhocd.socket")
        #expect(user.contains("ListenStream=%t/khuyenhoc/khuyenhocd.sock\n"))
        #expect(system.contains("ListenStream=/run/khuyenhoc/khuyenhocd.sock\n"))
        for socket in [user, system] { #expect(socket.contains("FileDescriptorName=varlink\n")) }
        #expect(user.contains("SocketMode=0600\n"))
        #expect(system.contains("SocketMode=0660\n") && system.contains("SocketGroup=khuyenhoc\n"))
    }
}
