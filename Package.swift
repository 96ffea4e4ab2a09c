// swift-tools-version:6.0
// ShareSim: a deterministic simulator of China's government information-resource sharing system.
// The module table, and what each module may import, is DESIGN.md's; see docs/architecture.md.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6)
]

let package = Package(
    name: "ShareSim",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ShareSim", targets: ["ShareSim"]),
        .executable(name: "sharesim", targets: ["sharesim"]),
    ],
    targets: [
        // MARK: Kernel
        .target(name: "SimKernel", swiftSettings: swiftSettings),

        // MARK: Model
        .target(name: "SharingModel", dependencies: ["SimKernel"], swiftSettings: swiftSettings),

        // MARK: Actors
        .target(name: "PlatformCore", dependencies: ["SharingModel", "SimKernel"], swiftSettings: swiftSettings),
        .target(name: "NationalPlatform", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),
        .target(name: "ProvincialPlatform", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),
        .target(name: "MunicipalPlatform", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),
        .target(name: "Departments", dependencies: ["SharingModel", "SimKernel"], swiftSettings: swiftSettings),
        .target(
            name: "CoordinationCouncil", dependencies: ["SharingModel", "SimKernel"], swiftSettings: swiftSettings),

        // MARK: Files
        .target(name: "ScenarioKit", dependencies: ["SharingModel"], swiftSettings: swiftSettings),

        // MARK: Metrics
        .target(name: "Metrics", dependencies: ["SharingModel"], swiftSettings: swiftSettings),

        // MARK: Facade
        .target(
            name: "ShareSim",
            dependencies: [
                "SimKernel", "SharingModel", "PlatformCore", "NationalPlatform", "ProvincialPlatform",
                "MunicipalPlatform", "Departments", "CoordinationCouncil", "ScenarioKit", "Metrics",
            ],
            swiftSettings: swiftSettings),

        // MARK: Tool
        .executableTarget(name: "sharesim", dependencies: ["ShareSim"], swiftSettings: swiftSettings),

        // MARK: Tests
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"], swiftSettings: swiftSettings),
        .testTarget(name: "SharingModelTests", dependencies: ["SharingModel"], swiftSettings: swiftSettings),
        .testTarget(name: "PlatformCoreTests", dependencies: ["PlatformCore"], swiftSettings: swiftSettings),
        .testTarget(name: "NationalPlatformTests", dependencies: ["NationalPlatform"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ProvincialPlatformTests", dependencies: ["ProvincialPlatform"], swiftSettings: swiftSettings),
        .testTarget(name: "MunicipalPlatformTests", dependencies: ["MunicipalPlatform"], swiftSettings: swiftSettings),
        .testTarget(name: "DepartmentsTests", dependencies: ["Departments"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CoordinationCouncilTests", dependencies: ["CoordinationCouncil"], swiftSettings: swiftSettings),
        // FuzzRegressions holds the inputs the scenario-loader fuzzer found (scripts/fuzz-scenarios).
        .testTarget(
            name: "ScenarioKitTests", dependencies: ["ScenarioKit"], exclude: ["FuzzRegressions"],
            swiftSettings: swiftSettings),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics"], swiftSettings: swiftSettings),
        .testTarget(name: "ShareSimTests", dependencies: ["ShareSim", "Departments"], swiftSettings: swiftSettings),
        // Runs every bundled scenario and experiment, and golden tests of the real `sharesim` binary.
        .testTarget(
            name: "ScenarioTests", dependencies: ["ShareSim", "sharesim"], exclude: ["Golden", "Broken"],
            swiftSettings: swiftSettings),
    ]
)
