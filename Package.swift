// swift-tools-version:6.0
// Palpate: a terminal curriculum and quiz trainer for massage-therapy students.
// No package dependencies: the toolchain and three system C libraries (SQLite; zlib and libzstd
// for Anki packages, which are zip files holding zstd-compressed collections).
import Foundation
import PackageDescription

let package = Package(
    name: "Palpate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "palpate", targets: ["palpate"]),
        .executable(name: "palpate-bench", targets: ["palpate-bench"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(
            name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        // The C library's allocator settings (glibc's mallopt), for the executables' start-up.
        .systemLibrary(name: "CMalloc"),
        .target(name: "TextFormats"),
        .target(name: "Curriculum", dependencies: ["TextFormats"]),
        .target(name: "Decks", dependencies: ["TextFormats", "Curriculum"]),
        // Referral maps (issue 19): the body model, each muscle's pattern, and drawing them as a grid.
        .target(name: "BodyMaps", dependencies: ["TextFormats", "Curriculum"]),
        .target(name: "Content", dependencies: ["TextFormats", "Curriculum", "Decks", "BodyMaps"]),
        // Question banks from elsewhere (issue 17): GIFT, Moodle XML and Anki packages in and out.
        // Anki collections are SQLite files, read and written through Progress's SQLite wrapper
        // (`package` access), so Progress stays the only module that imports CSQLite; Scheduling
        // for the ratings of an imported review history.
        .target(
            name: "Interchange",
            dependencies: ["CZlib", "CZstd", "TextFormats", "Curriculum", "Decks", "Scheduling", "Progress"]),
        .target(name: "Scheduling", dependencies: ["TextFormats"]),
        .target(name: "Progress", dependencies: ["CSQLite", "TextFormats", "Scheduling"]),
        .target(
            name: "Insights",
            dependencies: ["TextFormats", "Curriculum", "Decks", "Content", "Scheduling", "Progress"]),
        .target(
            name: "Reports",
            dependencies: [
                "TextFormats", "Curriculum", "Decks", "Content", "Scheduling", "Progress", "Insights",
                "BodyMaps",
            ],
            exclude: ["Schema"]
        ),
        .target(
            name: "PalpateCLI",
            dependencies: [
                "CMalloc", "TextFormats", "Curriculum", "Decks", "Content", "Scheduling", "Progress",
                "Insights", "Reports", "Interchange", "BodyMaps",
            ]
        ),
        .executableTarget(name: "palpate", dependencies: ["PalpateCLI"]),
        // The benchmark (issue 6): `swift run -c release palpate-bench`. Not part of the tests.
        .executableTarget(
            name: "palpate-bench",
            dependencies: [
                "PalpateCLI", "TextFormats", "Content", "Scheduling", "Progress", "Insights", "Reports",
                "Interchange",
            ]),
        .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats"]),
        .testTarget(name: "CurriculumTests", dependencies: ["Curriculum"]),
        .testTarget(name: "BodyMapsTests", dependencies: ["BodyMaps", "Curriculum"], exclude: ["Fixtures"]),
        .testTarget(name: "DecksTests", dependencies: ["Decks", "TextFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "BodyMaps"]),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["Interchange", "Decks", "Content", "Progress", "CZlib", "BodyMaps"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"], exclude: ["Fixtures"]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "Scheduling"], exclude: ["Fixtures"]),
        .testTarget(name: "InsightsTests", dependencies: ["Insights"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "BodyMaps", "Curriculum"]),
        .testTarget(name: "PalpateCLITests", dependencies: ["PalpateCLI"], exclude: ["Fixtures"]),
    ]
)

// Release builds on Linux link the Swift runtime and Foundation into the binaries (as
// `swift build --static-swift-stdlib` does): the dynamic loader then no longer maps and relocates
// a dozen shared libraries at every start, which was about a third of the dashboard's time and
// most of a short `scheduler replay` (see README, Performance). Every module is compiled for it,
// so that each links the static forms of the toolchain's libraries.
let staticSwiftRuntime = SwiftSetting.unsafeFlags(
    ["-static-stdlib"], .when(platforms: [.linux], configuration: .release))

// Where the system has the static archives (Debian and Ubuntu's -dev packages ship them) and the
// toolchain its linker, lld, release executables go further: SQLite, zlib, libzstd and the C
// library are linked in too, into one static, position-independent executable (`-static-pie`:
// still loaded at a random address) whose relocations are packed (`pack-relative-relocs`). No
// loader runs at all: `palpate --version` took 4.3 ms and now 2.5. Elsewhere, the link above.
/// Whether the system's library folders hold `lib<name>.a` for each of `libraries`.
func staticArchivesPresent(_ libraries: [String]) -> Bool {
    let folders = [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib",
    ]
    return libraries.allSatisfy { library in
        folders.contains { FileManager.default.fileExists(atPath: "\($0)/lib\(library).a") }
    }
}
/// Whether a GCC installation holds libstdc++.a (the Swift runtime needs the C++ library).
func staticCPlusPlusLibraryPresent() -> Bool {
    let files = FileManager.default
    let gcc = "/usr/lib/gcc"
    return ((try? files.contentsOfDirectory(atPath: gcc)) ?? []).contains { target in
        ((try? files.contentsOfDirectory(atPath: "\(gcc)/\(target)")) ?? []).contains { version in
            files.fileExists(atPath: "\(gcc)/\(target)/\(version)/libstdc++.a")
        }
    }
}
/// Whether ld.lld (which the Swift toolchains for Linux include) is on the PATH.
func toolchainHasLLD() -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/ld.lld")
    }
}
#if os(Linux)
    let linksWhole =
        staticArchivesPresent(["c", "m", "sqlite3", "z", "zstd"]) && staticCPlusPlusLibraryPresent()
        && toolchainHasLLD()
#else
    let linksWhole = false
#endif
// lld runs through `.linker/ld.lld`, which drops the run path SwiftPM gives every executable:
// glibc will not start a static PIE that has one.
let staticLink = LinkerSetting.unsafeFlags(
    linksWhole
        ? [
            "-static-executable", "-Xclang-linker", "-static-pie", "-use-ld=lld", "-Xclang-linker",
            "--ld-path=\(Context.packageDirectory)/.linker/ld.lld", "-Xlinker", "-z", "-Xlinker",
            "pack-relative-relocs",
        ]
        : ["-static-stdlib"],
    .when(platforms: [.linux], configuration: .release))
// Test targets are left out: swift-testing has no static module to compile them against.
for target in package.targets where target.type != .system && target.type != .test {
    target.swiftSettings = (target.swiftSettings ?? []) + [staticSwiftRuntime]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [staticLink]
    }
}
