import Foundation

/// Why `AtomicFile` could not write.
public struct AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable {
            case invalidName = "invalid file name"
            case createDirectory = "cannot create directory"
            case targetIsDirectory = "target is a directory"
            case write = "cannot write temporary file"
            case rename = "cannot rename into place"
        }

        private let kind: Kind

        private init(_ kind: Kind) { self.kind = kind }

        /// A file name with `/`, empty, `.`, `..`, or given twice.
        public static let invalidName = Code(.invalidName)
        /// The output directory could not be created.
        public static let createDirectory = Code(.createDirectory)
        /// A directory exists where a file should go.
        public static let targetIsDirectory = Code(.targetIsDirectory)
        /// Opening, writing, flushing or closing a temporary file failed.
        public static let write = Code(.write)
        /// Renaming a temporary file over its target failed.
        public static let rename = Code(.rename)

        /// A short phrase naming the failure.
        public var description: String { kind.rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// The path concerned.
    public var path: String
    /// Details, such as the system's error text.
    public var message: String

    /// An error of `code` about `path`.
    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `<code>: <path>: <message>`.
    public var description: String { "\(code): \(path): \(message)" }
}
