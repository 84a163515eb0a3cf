// swift-tools-version:6.0
// Targets are listed in pipeline order: the math, the Markdown layer, the language, the guide, the command.
import PackageDescription

// Release builds of TransformerCore use AVX2 and FMA (x86-64-v3: Intel Haswell or later, AMD Zen or
// later), so that its SIMD kernels (GEMM+MicroKernel.swift, Softmax+Rows.swift) get 256-bit registers
// and fused multiply-adds; by default swiftc targets SSE2, where `addingProduct` becomes calls to
// `fma`. A release binary therefore needs such a CPU (CI's machines have AVX2, FMA and AVX-512).
// Debug builds (`make test`) keep the default target, and the results are the same bits in both,
// since the kernels use explicit fused multiply-adds only.
#if arch(x86_64)
let transformerCoreSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"], .when(configuration: .release))]
#else
let transformerCoreSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "study",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "study", targets: ["study"]),
        .library(name: "TransformerCore", targets: ["TransformerCore"]),
        .library(name: "ComputeKit", targets: ["ComputeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The transformer math. Depends on nothing, so it can be lifted out unchanged.
        .target(name: "TransformerCore", swiftSettings: transformerCoreSettings),

        // The language's builtins, records and operators as ordinary Swift over the math: a block pasted into a Swift
        // program with `import ComputeKit` compiles and computes the same numbers (`make swiftc-check` proves it).
        .target(name: "ComputeKit", dependencies: ["TransformerCore"]),

        // cmark-gfm, as Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev install it.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Lessons as Markdown documents: parsing with cmark-gfm, cells, source positions.
        .target(name: "LessonDocument", dependencies: ["CCMarkGFM", .product(name: "Yams", package: "Yams")]),

        // The swift-compute language: parsed by swift-syntax, evaluated against TransformerCore.
        .target(
            name: "ComputeLanguage",
            dependencies: [
                "TransformerCore",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ]
        ),

        // The pipeline: evaluate lessons, render HTML and GFM, check, update, write.
        .target(name: "StudyGuide", dependencies: ["LessonDocument", "ComputeLanguage", "TransformerCore"]),

        // `make swiftc-check`: every lesson and reference example compiled with swiftc against ComputeKit, run, and each
        // value compared with the interpreter's. ComputeKit is a dependency so that SwiftPM builds it first.
        .target(
            name: "SwiftcCheck",
            dependencies: [
                "StudyGuide", "LessonDocument", "ComputeLanguage", "TransformerCore",
                .product(name: "SwiftSyntax", package: "swift-syntax"), .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        .executableTarget(name: "swiftc-check", dependencies: ["SwiftcCheck", "StudyGuide", "LessonDocument", "ComputeKit"]),

        // The command line, nothing else.
        .executableTarget(
            name: "study",
            dependencies: ["StudyGuide", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // `make bench`: the math in release beside NumPy. Depends on the core alone, so it builds in seconds.
        .executableTarget(name: "transformer-bench", dependencies: ["TransformerCore"], path: "Benchmarks/TransformerBench"),

        .testTarget(name: "TransformerCoreTests", dependencies: ["TransformerCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LessonDocumentTests", dependencies: ["LessonDocument", "TransformerCore"]),
        .testTarget(name: "ComputeLanguageTests", dependencies: ["ComputeLanguage"]),
        .testTarget(name: "ComputeKitTests", dependencies: ["ComputeKit"]),
        .testTarget(name: "SwiftcCheckTests", dependencies: ["SwiftcCheck", "ComputeLanguage", "LessonDocument", "StudyGuide"]),
        .testTarget(
            name: "StudyGuideTests",
            dependencies: [
                "StudyGuide", "LessonDocument", "ComputeLanguage",
                .product(name: "SwiftSyntax", package: "swift-syntax"), .product(name: "SwiftParser", package: "swift-syntax"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)

// `make fuzz`: two libFuzzer targets, declared only when STUDY_FUZZ is set, so that `swift build` and `swift test` never
// see them; they are built apart (`--scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address`). `-parse-as-library`:
// libFuzzer's driver is the entry point (Fuzz/*/…Fuzz.swift).
if Context.environment["STUDY_FUZZ"] != nil {
    package.targets += [
        .executableTarget(name: "fuzz-pipeline", dependencies: ["StudyGuide", "LessonDocument", "ComputeLanguage"], path: "Fuzz/Pipeline",
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "fuzz-builtins", dependencies: ["ComputeLanguage"], path: "Fuzz/Builtins",
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
}
