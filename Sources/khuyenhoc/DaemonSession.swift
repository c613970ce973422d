import ArgumentParser
import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// One command's conversation with the daemon: finds the socket, connects on the first call,
/// prints replies as text or JSON, and turns every failure into one line and an exit status.
///
/// ```swift
/// try await DaemonSession.run(options) { session in
///     try await session.show("vn.khuyenhoc.Service.GetStatus", as: ServiceStatus.self) { status in "…" }
/// }
/// ```
final class DaemonSession {
    let socket: String
    let text: Localizer
    let json: Bool
    private var client: VarlinkClient?

    init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        socket = SocketLocator(environment: environment).socket(flag: options.socket)
        text = Localizer(language: .current(environment: environment))
        json = options.json
    }

    /// Runs `body` with a session; a `CLIFailure` is reported and becomes the exit status, any
    /// other error (an `ExitCode` the command chose) passes through.
    static func run(_ options: GlobalOptions, _ body: (DaemonSession) async throws -> Void) async throws {
        let session = DaemonSession(options: options)
        do {
            try await body(session)
            await session.close()
        } catch let failure as CLIFailure {
            await session.close()
            session.report(failure)
            throw ExitCode(failure.exitCode)
        } catch {
            await session.close()
            throw error
        }
    }

    /// Calls `method`; with `--json` prints the reply's parameters, otherwise decodes them and
    /// prints what `render` makes of them.
    func show<Reply: Decodable>(
        _ method: String, _ parameters: some Encodable & Sendable = NoParameters(), as type: Reply.Type,
        render: (Reply) async throws -> String
    ) async throws {
        let reply = try await call(method, parameters)
        if json {
            print(JSONOutput.text(try decode([String: JSONValue].self, from: reply)))
        } else {
            print(try await render(try decode(Reply.self, from: reply)))
        }
    }

    /// Calls `method` and returns its reply; an error reply throws `CLIFailure.reply`.
    func call(_ method: String, _ parameters: some Encodable & Sendable = NoParameters()) async throws -> VarlinkReply {
        let client = try await connected()
        let reply: VarlinkReply
        do {
            reply = try await client.send(method, parameters: .value(parameters))
        } catch let error as VarlinkClientError {
            switch error {
            case .connectionClosed: throw CLIFailure.connectionClosed(socket: socket)
            case .malformedReply(let reason): throw CLIFailure.malformedReply(reason)
            }
        } catch {
            throw CLIFailure.connectionClosed(socket: socket)
        }
        if let error = reply.asError() { throw CLIFailure.reply(error) }
        return reply
    }

    /// Calls `method` with `more` and hands each reply to `each`; an error reply throws
    /// `CLIFailure.reply`.
    func stream(_ method: String, _ parameters: some Encodable & Sendable, each: (VarlinkReply) async throws -> Void) async throws {
        let client = try await connected()
        do {
            for try await reply in client.stream(method, parameters: .value(parameters)) {
                if let error = reply.asError() { throw CLIFailure.reply(error) }
                try await each(reply)
            }
        } catch let error as VarlinkError {
            throw CLIFailure.reply(error)
        } catch let error as VarlinkClientError {
            switch error {
            case .connectionClosed: throw CLIFailure.connectionClosed(socket: socket)
            case .malformedReply(let reason): throw CLIFailure.malformedReply(reason)
            }
        }
    }

    func decode<Value: Decodable>(_ type: Value.Type, from reply: VarlinkReply) throws -> Value {
        do {
            return try reply.decode(Value.self)
        } catch {
            throw CLIFailure.malformedReply("\(error)")
        }
    }

    /// Prints a failure: one line on stderr, and with `--json` the error object on stdout.
    func report(_ failure: CLIFailure) {
        if json { print(JSONOutput.error(name: failure.errorName, parameters: failure.parameters)) }
        FileHandle.standardError.write(Data((failure.message(text) + "\n").utf8))
    }

    func connected() async throws -> VarlinkClient {
        if let client { return client }
        guard FileManager.default.fileExists(atPath: socket) else { throw CLIFailure.daemonNotRunning(socket: socket) }
        if access(socket, R_OK | W_OK) != 0, errno == EACCES { throw CLIFailure.permissionDenied(socket: socket) }
        do {
            let client = try await VarlinkClient.connect(unixPath: socket)
            self.client = client
            return client
        } catch {
            // Refused: a socket file left behind by a daemon that is gone.
            throw CLIFailure.daemonNotRunning(socket: socket)
        }
    }

    func close() async {
        await client?.close()
        client = nil
    }
}
