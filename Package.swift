// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Installed binaries find the plugins' and the Swift runtime's libraries through these paths
/// (ARCHITECTURE.md decision 3): `$ORIGIN` for the build tree, `$ORIGIN/../lib` and
/// `$ORIGIN/../lib/khuyenhoc` for `make install`.
let installRPath: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "-rpath", "-Xlinker", "$ORIGIN/../lib/khuyenhoc"]),
]

/// The daemon and the plugins it maps are linked by lld with packed relative relocations (RELR,
/// glibc ≥ 2.36): gold's RELA table took 900 KiB in the daemon alone, read once at start and then
/// resident for the daemon's life; RELR describes the same relocations in a few KiB.
let packedRelocations: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"]),
]

/// The version script that leaves a plugin's entry point its only exported symbol.
let exportsMap = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Plugins/exports.map").path

/// The libFuzzer executables (Fuzz/README.md) exist only in a build made with
/// `KHUYENHOC_FUZZ=1` (`make fuzz`): they have no `main`, libFuzzer brings it, so an ordinary
/// build could not link them.
let fuzzing = ProcessInfo.processInfo.environment["KHUYENHOC_FUZZ"] == "1"
let fuzzers = ["Varlink", "Rubric", "Spreadsheet"]

/// A fuzzer: `Fuzz/<Name>Fuzzer`, one file defining `LLVMFuzzerTestOneInput`.
func fuzzer(_ name: String) -> Target {
    .executableTarget(
        name: "\(name)Fuzzer",
        dependencies: ["KhuyenHocFuzzing"],
        path: "Fuzz/\(name)Fuzzer",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

/// The learning models, one plugin each (DOMAIN.md §2).
let models = ["Citizen", "Family", "Clan", "Community", "Unit"]

/// A learning-model plugin: `Plugins/<Model>` with its `rubric*.json` files embedded, built into
/// the dynamic library `libKhuyenHoc<Model>.so` (the products above).
func modelPlugin(_ model: String) -> Target {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Plugins/\(model)")
    let rubrics = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasPrefix("rubric") && $0.hasSuffix(".json") }.sorted()
    return .target(
        name: "\(model)Model",
        dependencies: ["ModelSDK"],
        path: "Plugins/\(model)",
        exclude: ["README.md"],
        resources: rubrics.map { .embedInCode($0) },
        // Bind the plugin's own symbols to its own copy of ModelSDK, never to the host's, and export
        // only the entry point (Plugins/exports.map): ModelSDK's public API in each plugin's dynamic
        // symbol table took 100 KiB of every plugin's resident memory in the daemon.
        linkerSettings: [.unsafeFlags(["-Xlinker", "-Bsymbolic", "-Xlinker", "--version-script=\(exportsMap)"])] + packedRelocations
    )
}

let package = Package(
    name: "KhuyenHoc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "khuyenhocd", targets: ["khuyenhocd"]),
        .executable(name: "khuyenhoc", targets: ["khuyenhoc"]),
        .executable(name: "varlink-certification", targets: ["VarlinkCertification"]),
        .executable(name: "khuyenhoc-bench", targets: ["KhuyenHocBench"]),
        .executable(name: "khuyenhoc-hostile", targets: ["KhuyenHocHostile"]),
    ] + models.map { .library(name: "KhuyenHoc\($0)", type: .dynamic, targets: ["\($0)Model"]) }
        + (fuzzing ? fuzzers.map { .executable(name: "fuzz-\($0.lowercased())", targets: ["\($0)Fuzzer"]) } : []),
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .target(name: "KhuyenHocPluginABI"),
        // Threads of the process's own for blocking and parallel work, instead of libdispatch's
        // workers, whose workqueue monitor would wake the idle daemon every second (issue 5).
        .target(name: "KhuyenHocThreads"),
        .target(name: "ModelSDK", dependencies: ["KhuyenHocPluginABI", "KhuyenHocThreads"]),
        // Reading and writing the registry's CSV files as Excel on Vietnamese Windows makes them.
        .target(name: "KhuyenHocSpreadsheet"),
        .target(
            name: "Varlink",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "KhuyenHocAPI",
            dependencies: ["Varlink", "ModelSDK"],
            resources: [
                .embedInCode("Interfaces/vn.khuyenhoc.Models.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Evaluation.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Service.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Registry.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Reports.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Rollout.varlink"),
                .embedInCode("Interfaces/vn.khuyenhoc.Reminders.varlink"),
            ]
        ),
        .target(
            name: "KhuyenHocCore",
            dependencies: [
                "KhuyenHocPluginABI", "KhuyenHocAPI", "Varlink", "KhuyenHocStore", "KhuyenHocThreads", "CPluginGuard",
                .product(name: "Logging", package: "swift-log"),
            ],
            // The 2025 and 2030 targets progress is measured against (DOMAIN.md §5), as data.
            resources: [.embedInCode("Reports/targets.json")]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "Systemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")]
        ),
        // Delivery channels for due reminders: journal entry, desktop notification, hook command (issue 5).
        .target(
            name: "KhuyenHocReminders",
            dependencies: ["KhuyenHocAPI", "Systemd", "KhuyenHocThreads", .product(name: "Logging", package: "swift-log")]
        ),
        // RFC 5545 calendar export of deadlines and their reminders (issue 5).
        .target(name: "KhuyenHocCalendar"),
        // The district registry behind its own narrow interface (ARCHITECTURE.md decision 6).
        .target(name: "KhuyenHocStore", dependencies: ["KhuyenHocThreads", .product(name: "GRDB", package: "GRDB.swift")]),
        // Deadlines, recurrence rules, reminder planning and the scheduler that sleeps until the
        // next due reminder (issue 5).
        .target(
            name: "KhuyenHocSchedule",
            dependencies: ["KhuyenHocStore", "CTimerFD", .product(name: "HeapModule", package: "swift-collections")]
        ),
        // timerfd for the scheduler's real clock (not in Swift's Glibc module).
        .target(name: "CTimerFD"),
        // Which plugin a crashing thread was inside, recorded from the crash signal's handler (issue 6).
        .target(name: "CPluginGuard"),
        // Import and export of the registry's tables as CSV files (issue 4).
        .target(name: "KhuyenHocTransfer", dependencies: ["KhuyenHocStore", "KhuyenHocSpreadsheet"]),
        .executableTarget(
            name: "khuyenhocd",
            dependencies: [
                "Varlink", "KhuyenHocAPI", "KhuyenHocCore", "Systemd", "KhuyenHocStore", "KhuyenHocSample", "KhuyenHocTransfer",
                "KhuyenHocSchedule", "KhuyenHocReminders", "KhuyenHocCalendar", "KhuyenHocThreads",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            linkerSettings: installRPath + packedRelocations
        ),
        .executableTarget(
            name: "khuyenhoc",
            dependencies: [
                "Varlink", "KhuyenHocAPI", "KhuyenHocSpreadsheet", "KhuyenHocReminders", "Systemd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: installRPath
        ),
        .executableTarget(
            name: "VarlinkCertification",
            dependencies: [
                "Varlink",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/varlink-certification"
        ),
        .executableTarget(
            name: "KhuyenHocBench",
            dependencies: [
                "Varlink", "KhuyenHocAPI", "KhuyenHocCore", "KhuyenHocStore", "KhuyenHocTransfer", "KhuyenHocSample",
                "KhuyenHocSpreadsheet", "KhuyenHocSchedule",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/khuyenhoc-bench"
        ),
        // Hostile clients against the real daemon, and the table `make hostile` prints (issue 6).
        .executableTarget(name: "KhuyenHocHostile", dependencies: ["KhuyenHocSample"], path: "Sources/khuyenhoc-hostile"),
        // The sample district: Thanh Oai's real communes and a synthetic population (issue 4).
        .target(name: "KhuyenHocSample", exclude: ["README.md"]),
        // What each fuzzer runs on one input, also run by the unit tests over the corpus (issue 6).
        .target(
            name: "KhuyenHocFuzzing",
            dependencies: [
                "Varlink", "KhuyenHocAPI", "ModelSDK", "KhuyenHocSpreadsheet", "KhuyenHocTransfer", "KhuyenHocStore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ] + models.map { modelPlugin($0) } + (fuzzing ? fuzzers.map { fuzzer($0) } : []) + [
        // Tests' child processes, spawned and reaped without Foundation's Process (see the type).
        .target(name: "TestProcesses", path: "Tests/Support/TestProcesses"),
        .testTarget(
            name: "VarlinkTests",
            dependencies: [
                "Varlink",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ModelSDKTests", dependencies: ["ModelSDK"]),
        .testTarget(name: "KhuyenHocThreadsTests", dependencies: ["KhuyenHocThreads"]),
        .testTarget(name: "KhuyenHocSpreadsheetTests", dependencies: ["KhuyenHocSpreadsheet"]),
        .testTarget(
            name: "KhuyenHocCoreTests",
            dependencies: ["KhuyenHocCore", "KhuyenHocStore", "KhuyenHocAPI", "CPluginGuard", .product(name: "Logging", package: "swift-log")]
        ),
        // The model plugins through their C table (dlopen), as the daemon calls them.
        .testTarget(name: "ModelPluginTests", dependencies: ["KhuyenHocCore", "KhuyenHocAPI"]),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd", "TestProcesses"]),
        .testTarget(
            name: "KhuyenHocRemindersTests",
            dependencies: ["KhuyenHocReminders", "KhuyenHocAPI", "Systemd", "TestProcesses", .product(name: "Logging", package: "swift-log")]
        ),
        // The CLI's parsing and rendering, without a daemon (the executable's types, @testable).
        .testTarget(
            name: "KhuyenhocCLITests",
            dependencies: [
                "khuyenhoc", "KhuyenHocAPI", "KhuyenHocReminders", "Systemd", "Varlink", "TestProcesses",
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "KhuyenHocCalendarTests", dependencies: ["KhuyenHocCalendar", "TestProcesses"]),
        // The sample district, and every model evaluated on it through the plugins' C tables.
        .testTarget(name: "KhuyenHocSampleTests", dependencies: ["KhuyenHocSample", "KhuyenHocCore", "KhuyenHocAPI"]),
        .testTarget(
            name: "KhuyenHocStoreTests",
            dependencies: ["KhuyenHocStore", "KhuyenHocSample", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "KhuyenHocTransferTests",
            dependencies: ["KhuyenHocTransfer", "KhuyenHocStore", "KhuyenHocSpreadsheet", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "KhuyenHocFuzzingTests", dependencies: ["KhuyenHocFuzzing", "KhuyenHocAPI", "Varlink"]),
        .testTarget(name: "KhuyenHocScheduleTests", dependencies: ["KhuyenHocSchedule", "KhuyenHocStore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Varlink", "KhuyenHocAPI", "KhuyenHocStore", "KhuyenHocSchedule", "TestProcesses"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
