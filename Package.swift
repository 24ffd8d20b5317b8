// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "portreport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portreport", targets: ["portreport"]),
        .library(name: "PortReportKit", targets: ["PortReportKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libcmark renders the service explanations; only Explaining/MarkdownRenderer.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libxml2's SAX2 parser reads the XML scanner formats as a stream. Swift never imports
        // it directly (its ICU types clash with Foundation's); CXMLStream wraps it in plain C.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CXMLStream", dependencies: ["CLibXML2"]),
        // Sixteen-byte searches for the next byte to look at, for the XML reader and HTML writer.
        .target(name: "CByteScan"),
        // Templates/ is a target of its own so that SwiftPM bundles the top-level folder as resources.
        .target(
            name: "PortReportTemplates",
            path: "Templates",
            exclude: ["README.md"],
            resources: [.copy("site"), .copy("services"), .copy("iana-services.tsv")]
        ),
        .target(
            name: "PortReportKit",
            dependencies: [
                "CCmark",
                "CXMLStream",
                "CByteScan",
                "PortReportTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "portreport",
            dependencies: [
                "PortReportKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PortReportKitTests",
            dependencies: ["PortReportKit"]
        ),
    ]
)
