import Foundation
import Testing

/// The Python `varlink` package's certification, run against the `varlink-certification`
/// executable in both directions. Fails (never skips) when python3 or its varlink module is missing.
@Suite("varlink certification", .serialized, .timeLimit(.minutes(2)))
struct CertificationTests {
    /// The Python side of test_01 in `varlink/tests/test_certification.py`: calls out of order,
    /// with a wrong value, or with an unknown client id must each fail with a Varlink error.
    static let pythonErrorChecks = """
        import sys, varlink
        def must_fail(call, *args):
            try:
                call(*args)
            except varlink.VarlinkError as error:
                print("refused:", error.error())
                return
            sys.exit("no error for %r" % (args,))
        with varlink.Client("unix:" + sys.argv[1]) as client, client.open("org.varlink.certification") as con:
            client_id = con.Start()["client_id"]
            ret = con.Test02(client_id, con.Test01(client_id)["bool"])
            must_fail(con.Test03, "test")
            must_fail(con.Test03, client_id, 0)
            must_fail(con.Test03, client_id, ret["int"])
            client_id = con.Start()["client_id"]
            con.Test02(client_id, con.Test01(client_id)["bool"])
            must_fail(con.Test01, client_id)
        print("error checks passed")
        """

    @Test("the Python certification client passes against our server")
    func pythonClientAgainstOurServer() async throws {
        try await requirePythonVarlink()
        let socket = TemporarySocketPath.make("vc")
        let server = try ChildProcess(try Self.certificationBinary(), ["server", "--socket", socket])
        do {
            try await Self.waitForSocket(socket, of: server)
            for _ in 0..<2 {
                let client = try ChildProcess(
                    "python3", ["-m", "varlink.tests.test_certification", "--client", "--varlink=unix:\(socket)"])
                let status = await client.wait()
                #expect(status == 0, "\(client.output)\n\(server.output)")
                #expect(client.standardOutput.contains("Certification passed"))
            }
            let errors = try ChildProcess("python3", ["-c", Self.pythonErrorChecks, socket])
            #expect(await errors.wait() == 0, "\(errors.output)\n\(server.output)")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        unlink(socket)
    }

    @Test("our certification client passes against the Python server")
    func ourClientAgainstPythonServer() async throws {
        try await requirePythonVarlink()
        let socket = TemporarySocketPath.make("vc")
        let server = try ChildProcess("python3", ["-m", "varlink.tests.test_certification", "--varlink=unix:\(socket)"])
        do {
            try await Self.waitForSocket(socket, of: server)
            let client = try ChildProcess(try Self.certificationBinary(), ["client", "--socket", socket])
            let status = await client.wait()
            #expect(status == 0, "\(client.output)\n\(server.output)")
            let lines = client.standardOutput.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("varlink certification passed"), "\(client.output)")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        unlink(socket)
    }

    @Test("our client passes against our server")
    func ourClientAgainstOurServer() async throws {
        let socket = TemporarySocketPath.make("vc")
        let binary = try Self.certificationBinary()
        let server = try ChildProcess(binary, ["server", "--socket", socket])
        do {
            try await Self.waitForSocket(socket, of: server)
            let client = try ChildProcess(binary, ["client", "--socket", socket])
            #expect(await client.wait() == 0, "\(client.output)\n\(server.output)")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(!FileManager.default.fileExists(atPath: socket), "the server removes its socket on SIGTERM")
    }

    /// Fails the test, with the fix in the message, when python3 cannot import varlink.
    private func requirePythonVarlink() async throws {
        let probe = try ChildProcess("python3", ["-c", "import varlink"])
        let status = await probe.wait()
        try #require(status == 0, "python3 with the varlink module is required (pip install varlink):\n\(probe.output)")
    }

    /// The built `varlink-certification` executable: in the products folder the test runner
    /// lives in (or one of its parents), else in the package's `.build/debug`.
    static func certificationBinary() throws -> String {
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        starts.append(Bundle.main.bundleURL)
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        starts.append(packageRoot.appendingPathComponent(".build/debug"))
        for start in starts {
            var directory = start.standardizedFileURL.resolvingSymlinksInPath()
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("varlink-certification").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                directory.deleteLastPathComponent()
            }
        }
        throw RawSocket.Failure(description: "varlink-certification not found near \(starts.map(\.path)); run swift build")
    }

    /// Waits until the server's socket file exists; fails if the server exits or takes over 15 s.
    static func waitForSocket(_ path: String, of server: ChildProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(15)
        while !FileManager.default.fileExists(atPath: path) {
            guard server.isRunning else {
                throw RawSocket.Failure(description: "the server exited before listening:\n\(server.output)")
            }
            guard ContinuousClock.now < deadline else {
                throw RawSocket.Failure(description: "no socket at \(path) after 15 s:\n\(server.output)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
