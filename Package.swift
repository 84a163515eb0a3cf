// swift-tools-version:6.0
// Targets are listed in pipeline order: the math, the Markdown layer, the language, the guide, the command.
import PackageDescription

let package = Package(
    name: "study",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "study", targets: ["study"]),
        .library(name: "TransformerCore", targets: ["TransformerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // The transformer math. Depends on nothing, so it can be lifted out unchanged.
        .target(name: "TransformerCore"),

        // cmark-gfm, as Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev install it.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Lessons as Markdown documents: parsing with cmark-gfm, cells, source positions.
        .target(name: "LessonDocument", dependencies: ["CCMarkGFM"]),

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
            ]
        ),

        // The pipeline: evaluate lessons, render HTML and GFM, check, update, write.
        .target(name: "StudyGuide", dependencies: ["LessonDocument", "ComputeLanguage", "TransformerCore"]),

        // The command line, nothing else.
        .executableTarget(
            name: "study",
            dependencies: ["StudyGuide", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "TransformerCoreTests", dependencies: ["TransformerCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LessonDocumentTests", dependencies: ["LessonDocument"]),
        .testTarget(name: "ComputeLanguageTests", dependencies: ["ComputeLanguage"]),
        .testTarget(name: "StudyGuideTests", dependencies: ["StudyGuide", "LessonDocument", "ComputeLanguage"], exclude: ["Fixtures"]),
    ]
)
