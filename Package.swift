// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "inst",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "inst", targets: ["inst"]),
        .library(name: "InstLanguage", targets: ["InstLanguage"]),
        .library(name: "InstRuntime", targets: ["InstRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The language: lexer, parser, resolver, interpreter, values. Standard library only.
        .target(name: "InstLanguage"),
        // The seam every API call crosses: request/response types, middleware, errors. No networking.
        .target(name: "InstTransport"),
        // The host: command registry, sandbox policy, files, modules, script parameters.
        .target(
            name: "InstRuntime",
            dependencies: [
                "InstLanguage",
                "InstTransport",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // libedit through static-inline wrappers for its variadic and global API.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Commands, the REPL, rendering.
        .target(
            name: "InstCLI",
            dependencies: [
                "InstLanguage",
                "InstRuntime",
                "InstTransport",
                "InstantlyKit",
                "HighLevelKit",
                "InstHTTP",
                "InstSimulator",
                "InstSimulatorServer",
                "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "inst", dependencies: ["InstCLI"]),
        // The JSON Schema subset, validator and operation model the service catalogs share.
        .target(name: "APISchema", dependencies: ["InstLanguage", "InstTransport"]),
        // Instantly API v2: the operation catalog generated from the official spec (scripts/gen-instantly-catalog).
        .target(name: "InstantlyKit", dependencies: ["APISchema", "InstLanguage", "InstTransport"]),
        // GoHighLevel API v2 contacts and workflows: the catalog generated from the official specs (scripts/gen-highlevel-catalog).
        .target(name: "HighLevelKit", dependencies: ["APISchema", "InstLanguage", "InstTransport"]),
        // The live transport: AsyncHTTPClient with deadlines, body caps and error mapping.
        .target(
            name: "InstHTTP",
            dependencies: [
                "InstTransport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // Both services as in-memory state machines with a virtual clock; an in-process transport.
        // Imports InstTransport only, never the bindings, so a mismatch between them shows in tests.
        .target(name: "InstSimulator", dependencies: ["InstTransport"]),
        // The simulator over HTTP on 127.0.0.1 (`inst sim serve`).
        .target(
            name: "InstSimulatorServer",
            dependencies: [
                "InstSimulator",
                "InstTransport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        .testTarget(name: "InstLanguageTests", dependencies: ["InstLanguage"]),
        .testTarget(name: "InstTransportTests", dependencies: ["InstTransport"]),
        // Helpers shared by the test targets (temporary folders, a recording transport).
        .target(name: "InstTestSupport", dependencies: ["InstTransport"], path: "Tests/InstTestSupport"),
        .testTarget(name: "InstRuntimeTests", dependencies: ["InstRuntime", "InstLanguage", "InstTestSupport"]),
        .testTarget(
            name: "InstCLITests",
            dependencies: ["InstCLI", "InstLanguage", "InstRuntime", "InstTestSupport", "InstantlyKit", "InstSimulator"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "InstantlyKitTests",
            dependencies: ["InstantlyKit", "APISchema", "InstLanguage", "InstTransport", "InstSimulator", "InstTestSupport"]
        ),
        .testTarget(
            name: "HighLevelKitTests",
            dependencies: ["HighLevelKit", "APISchema", "InstLanguage", "InstTransport", "InstSimulator", "InstTestSupport"]
        ),
        .testTarget(
            name: "InstHTTPTests",
            dependencies: ["InstHTTP", "InstTransport", "InstSimulator", "InstSimulatorServer"]
        ),
        .testTarget(name: "InstSimulatorTests", dependencies: ["InstSimulator", "InstTransport"]),
        .testTarget(
            name: "InstSimulatorServerTests",
            dependencies: [
                "InstSimulatorServer",
                "InstSimulator",
                "InstTransport",
                "InstTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
    ]
)
