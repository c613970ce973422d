import Foundation
import Testing

import Systemd

@Suite struct SocketActivationSelectionTests {
    @Test func noDescriptorsMeansNotActivated() throws {
        #expect(try SocketActivation.selectVarlink(from: []) == nil)
    }

    @Test func theOnlyDescriptorIsTakenWhateverItsName() throws {
        let only = ListenDescriptor(fd: 3, name: "unknown")
        #expect(try SocketActivation.selectVarlink(from: [only]) == only)
    }

    @Test func theDescriptorNamedVarlinkWins() throws {
        let descriptors = [
            ListenDescriptor(fd: 3, name: "metrics"),
            ListenDescriptor(fd: 4, name: "varlink"),
            ListenDescriptor(fd: 5, name: "other"),
        ]
        #expect(try SocketActivation.selectVarlink(from: descriptors)?.fd == 4)
        #expect(try SocketActivation.selectVarlink(from: [descriptors[1]])?.fd == 4)
    }

    @Test func severalWithoutVarlinkIsAnError() throws {
        let descriptors = [ListenDescriptor(fd: 3, name: "a"), ListenDescriptor(fd: 4, name: "b")]
        #expect(throws: SystemdError.ambiguousListenDescriptors(names: ["a", "b"])) {
            try SocketActivation.selectVarlink(from: descriptors)
        }
        let message = SystemdError.ambiguousListenDescriptors(names: ["a", "b"]).description
        #expect(message.contains("FileDescriptorName=varlink"))
    }
}

extension ProcessStateTests {
    @Suite struct SocketActivationEnvironmentTests {
        @Test func withoutListenFdsThereIsNothing() throws {
            unsetenv("LISTEN_FDS")
            unsetenv("LISTEN_PID")
            unsetenv("LISTEN_FDNAMES")
            #expect(try SocketActivation.listenDescriptors().isEmpty)
            #expect(try SocketActivation.varlinkDescriptor() == nil)
        }

        @Test func listenFdsForAnotherProcessAreIgnored() throws {
            setenv("LISTEN_FDS", "1", 1)
            setenv("LISTEN_PID", "1", 1)
            setenv("LISTEN_FDNAMES", "varlink", 1)
            defer { clearListenEnvironment() }
            #expect(try SocketActivation.listenDescriptors().isEmpty)
        }

        /// Descriptor 3 announced the way systemd does it, through the real `sd_listen_fds_with_names`.
        ///
        /// `F_DUPFD_CLOEXEC` with a minimum of 3 takes descriptor 3 atomically if, and only if, it is
        /// free, so the test never replaces a descriptor the test runner owns. Under `swift test`
        /// descriptor 3 is usually libdispatch's epoll descriptor: then the test still runs against it,
        /// since all libsystemd does to a passed descriptor is set `FD_CLOEXEC`, which it already has.
        @Test func descriptorThreeIsFoundWithItsNameAndEnvironmentCleared() throws {
            let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            try #require(listener >= 0)
            defer { close(listener) }
            let duplicate = fcntl(listener, F_DUPFD_CLOEXEC, 3)
            try #require(duplicate >= 0)
            let ownsThree = duplicate == 3
            defer { close(duplicate) }
            if !ownsThree {
                let flags = fcntl(3, F_GETFD)
                guard flags >= 0, flags & FD_CLOEXEC != 0 else {
                    try Test.cancel("descriptor 3 is the test runner's and not close-on-exec; not touching it")
                }
            }

            setenv("LISTEN_FDS", "1", 1)
            setenv("LISTEN_PID", "\(getpid())", 1)
            setenv("LISTEN_FDNAMES", "varlink", 1)
            defer { clearListenEnvironment() }

            let descriptors = try SocketActivation.listenDescriptors()
            #expect(descriptors == [ListenDescriptor(fd: 3, name: "varlink")])
            #expect(getenv("LISTEN_FDS") == nil)
            #expect(getenv("LISTEN_PID") == nil)
            #expect(getenv("LISTEN_FDNAMES") == nil)
            if ownsThree {
                var type: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                #expect(getsockopt(3, SOL_SOCKET, SO_TYPE, &type, &length) == 0)
                #expect(type == Int32(SOCK_STREAM.rawValue))
            }
            #expect(fcntl(3, F_GETFD) & FD_CLOEXEC != 0)
            // Read once: the environment is gone, so a second call finds nothing.
            #expect(try SocketActivation.listenDescriptors().isEmpty)
        }
    }
}

private func clearListenEnvironment() {
    for name in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"] { unsetenv(name) }
}
