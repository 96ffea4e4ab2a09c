import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader, or a run that is interrupted, never sees half a file.
///
/// Each file is written to a temporary sibling `.<name>.tmp-<pid>` in the same directory (so the rename
/// cannot cross file systems), flushed with `fsync`, then moved over the target with POSIX `rename`, which
/// replaces an existing file atomically. The target directory is created if needed. Two writers of the same
/// path in one process must not run at the same time (they would share the temporary name).
public enum AtomicFile {
    /// One file of a set written by `writeAll(_:in:)`.
    public struct Entry: Sendable, Equatable {
        /// The file name inside the directory (no `/`, not `.` or `..`).
        public var name: String
        /// The bytes to write.
        public var data: Data

        /// A file with these bytes.
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }

        /// A file with this text, UTF-8 encoded.
        public init(name: String, contents: String) {
            self.init(name: name, data: Data(contents.utf8))
        }
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws(AtomicFileError) {
        let directory = url.deletingLastPathComponent()
        try writeAll([Entry(name: url.lastPathComponent, data: data)], in: directory)
    }

    /// Writes `string` as UTF-8 to `url` atomically.
    public static func write(_ string: String, to url: URL) throws(AtomicFileError) {
        try write(Data(string.utf8), to: url)
    }

    /// Writes a set of files into one directory: every temporary file is written first, and only if all of
    /// them succeeded are they renamed into place, in the given order. On an error every temporary file is
    /// removed and the targets are left as they were, except that a `rename` failing after others succeeded
    /// (rare: the checks beforehand reject targets that are directories) leaves the earlier files replaced.
    public static func writeAll(_ entries: [Entry], in directory: URL) throws(AtomicFileError) {
        for entry in entries {
            guard !entry.name.isEmpty, !entry.name.contains("/"), entry.name != ".", entry.name != ".." else {
                throw AtomicFileError(.invalidName, path: entry.name, "not a plain file name")
            }
        }
        let names = entries.map(\.name)
        if Set(names).count != names.count {
            throw AtomicFileError(.invalidName, path: directory.path, "the same file name appears twice")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(.createDirectory, path: directory.path, "\(error)")
        }
        let targets = entries.map { directory.appendingPathComponent($0.name).path }
        for target in targets {
            var status = stat()
            if lstat(target, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                throw AtomicFileError(.targetIsDirectory, path: target, "a directory is in the way")
            }
        }
        let pid = getpid()
        let temporaries = entries.map { directory.appendingPathComponent(".\($0.name).tmp-\(pid)").path }
        var written: [String] = []
        do throws(AtomicFileError) {
            for (entry, temporary) in zip(entries, temporaries) {
                written.append(temporary)
                try writeFile(entry.data, to: temporary)
            }
            for (temporary, target) in zip(temporaries, targets) {
                guard rename(temporary, target) == 0 else {
                    throw AtomicFileError(.rename, path: target, errnoDescription())
                }
            }
        } catch {
            for temporary in written { unlink(temporary) }
            throw error
        }
    }

    private static func writeFile(_ data: Data, to path: String) throws(AtomicFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFileError(.write, path: path, errnoDescription())
        }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let result = posixWrite(descriptor, base + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errnoDescription()
                    return
                }
                offset += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errnoDescription() }
        if close(descriptor) != 0, failure == nil { failure = errnoDescription() }
        if let failure { throw AtomicFileError(.write, path: path, failure) }
    }

    private static func errnoDescription() -> String {
        let code = errno
        return String(cString: strerror(code)) + " (errno \(code))"
    }
}

/// POSIX `write`, named apart from `AtomicFile.write`.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
        Darwin.write(descriptor, buffer, count)
    #elseif canImport(Musl)
        Musl.write(descriptor, buffer, count)
    #else
        Glibc.write(descriptor, buffer, count)
    #endif
}
