import Foundation

extension JSONParser {
    /// The default limit for `readFile(atPath:maxBytes:)`: 64 MiB, far above any hand-written or generated
    /// scenario, low enough that a wrong path (a disk image, a log) fails fast.
    public static let defaultMaxFileSize = 64 << 20

    /// Parses a document of `file`, turning a syntax error into `ScenarioErrors` naming the file.
    public func parse(_ bytes: [UInt8], file: String) throws(ScenarioErrors) -> JSONValue {
        do {
            return try parse(bytes)
        } catch {
            throw ScenarioErrors([ScenarioError(error, file: file)])
        }
    }

    /// Parses a document of `file`, turning a syntax error into `ScenarioErrors` naming the file.
    public func parse(_ data: Data, file: String) throws(ScenarioErrors) -> JSONValue {
        do {
            return try parse(data)
        } catch {
            throw ScenarioErrors([ScenarioError(error, file: file)])
        }
    }

    /// Reads and parses the file at `path`. Errors name the file as `displayName` (default: `path`, as the user
    /// typed it): `io` when it cannot be read, `limitExceeded` when it is larger than `maxBytes`, else the
    /// parser's error.
    public func parseFile(
        atPath path: String, displayName: String? = nil, maxBytes: Int = JSONParser.defaultMaxFileSize
    ) throws(ScenarioErrors) -> JSONValue {
        let name = displayName ?? path
        let data = try JSONParser.readFile(atPath: path, displayName: name, maxBytes: maxBytes)
        return try parse(data, file: name)
    }

    /// The bytes of the file at `path`, checked against `maxBytes` before they are read.
    public static func readFile(
        atPath path: String, displayName: String? = nil, maxBytes: Int = JSONParser.defaultMaxFileSize
    ) throws(ScenarioErrors) -> Data {
        let name = displayName ?? path
        func fail(_ code: ScenarioError.Code, _ message: String, expected: String? = nil) -> ScenarioErrors {
            ScenarioErrors([ScenarioError(code: code, file: name, message: message, expected: expected)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail(.io, "cannot read file: no such file")
        }
        guard !isDirectory.boolValue else { throw fail(.io, "cannot read file: it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.intValue > maxBytes
        {
            throw fail(
                .limitExceeded, "file is too large (\(size.intValue) bytes)", expected: "at most \(maxBytes) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail(.io, "cannot read file: permission denied or not a regular file")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: the file may have grown since it was measured.
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw fail(.io, "cannot read file: \(error.localizedDescription)")
        }
        if data.count > maxBytes {
            throw fail(
                .limitExceeded, "file is too large (more than \(maxBytes) bytes)",
                expected: "at most \(maxBytes) bytes")
        }
        return data
    }
}
