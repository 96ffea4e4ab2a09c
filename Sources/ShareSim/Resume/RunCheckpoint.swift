import Foundation
import Metrics

/// Where finished runs are kept until all are done, so an interrupted `run` or `experiment` resumes where it
/// stopped (issue 12; docs/cli.md "Interrupt and resume").
///
/// The checkpoint is the hidden folder `.sharesim-work` in the output directory. It holds `fingerprint`
/// (what the runs depend on: version, scenario hashes, seeds, durations; a resume with another fingerprint
/// is refused) and one file per finished run, `<key>.run` (``ReplicationCodec``), each written atomically by
/// `AtomicFile`, so a kill at any moment leaves whole files or none. When every run is done the outputs are
/// written (atomically, all or none) and the folder is removed.
public struct RunCheckpoint: Sendable {
    /// The name of the hidden folder in the output directory.
    public static let folderName = ".sharesim-work"

    /// The folder.
    public let directory: URL

    /// Opens the checkpoint of `outputDirectory` for runs with `fingerprint`. Without `resume`, any earlier
    /// checkpoint there is discarded; with it, one made for another fingerprint is an error.
    public init(outputDirectory: String, fingerprint: String, resume: Bool) throws(CheckpointError) {
        directory = URL(fileURLWithPath: outputDirectory).appendingPathComponent(Self.folderName)
        let fingerprintFile = directory.appendingPathComponent("fingerprint")
        let fileManager = FileManager.default
        if resume, let data = fileManager.contents(atPath: fingerprintFile.path) {
            let found = String(decoding: data, as: UTF8.self)
            guard found == fingerprint else {
                throw CheckpointError(
                    message: "\(directory.path): the finished runs there belong to another run "
                        + "(\(found.split(separator: "\n").first ?? "")); rerun without --resume to start over")
            }
            return
        }
        if fileManager.fileExists(atPath: directory.path) {
            do { try fileManager.removeItem(at: directory) } catch {
                throw CheckpointError(message: "\(directory.path): cannot remove the old checkpoint: \(error)")
            }
        }
        do { try AtomicFile.write(fingerprint, to: fingerprintFile) } catch {
            throw CheckpointError(message: "\(error)")
        }
    }

    /// The finished run `key`, if it was saved and reads back.
    public func load(_ key: String) -> ReplicationResult? {
        guard let data = FileManager.default.contents(atPath: file(key).path) else { return nil }
        return ReplicationCodec.decode(data)
    }

    /// Saves the finished run `key` atomically.
    public func save(_ result: ReplicationResult, as key: String) throws(CheckpointError) {
        do { try AtomicFile.write(ReplicationCodec.encode(result), to: file(key)) } catch {
            throw CheckpointError(message: "\(error)")
        }
    }

    /// Removes the folder once the outputs are written.
    public func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func file(_ key: String) -> URL { directory.appendingPathComponent("\(key).run") }
}

/// A checkpoint that cannot be used.
public struct CheckpointError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// One finished replication as text, exactly: every number as the bits of its `Double`, so a resumed run
/// gives the same bytes as an uninterrupted one. One record per line, fields separated by tabs; names and
/// trace lines (compact JSON) hold no tab or newline.
enum ReplicationCodec {
    static let header = "sharesim-replication 1"

    static func encode(_ r: ReplicationResult) -> Data {
        var lines = [header, "i\t\(r.index)\t\(r.seed)"]
        lines.reserveCapacity(r.metrics.rows.count + r.series.count + 8)
        for row in r.metrics.rows { lines.append("m\t\(bits(row.value))\t\(row.name)") }
        for p in r.series { lines.append("s\t\(p.day)\t\(bits(p.value))\t\(p.metric)") }
        for v in r.stalenessSamples { lines.append("a\t\(bits(v))") }
        for v in r.responseSamples { lines.append("r\t\(bits(v))") }
        if let trace = r.traceLines {
            lines.append("T\t\(trace.count)")
            for line in trace { lines.append("t\t\(line)") }
        }
        lines.append("end")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The replication, or `nil` when the text is not a whole record (then the run is simply made again).
    static func decode(_ data: Data) -> ReplicationResult? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.count >= 3, lines[lines.count - 2] == "end" else { return nil }
        var result = ReplicationResult(index: 0, seed: 0, metrics: MetricTable(), series: [], stalenessSamples: [])
        var metrics: [MetricTable.Row] = []
        for line in lines.dropFirst().dropLast(2) {
            let f = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            switch f.first {
            case "i":
                guard f.count == 3, let i = Int(f[1]), let s = UInt64(f[2]) else { return nil }
                result.index = i
                result.seed = s
            case "m":
                guard f.count == 3, let v = value(f[1]) else { return nil }
                metrics.append(MetricTable.Row(String(f[2]), v))
            case "s":
                guard f.count == 4, let day = Int(f[1]), let v = value(f[2]) else { return nil }
                result.series.append(SeriesPoint(day: day, metric: String(f[3]), value: v))
            case "a":
                guard f.count == 2, let v = value(f[1]) else { return nil }
                result.stalenessSamples.append(v)
            case "r":
                guard f.count == 2, let v = value(f[1]) else { return nil }
                result.responseSamples.append(v)
            case "T":
                result.traceLines = []
            case "t":
                guard result.traceLines != nil else { return nil }
                result.traceLines?.append(String(line.dropFirst(2)))
            default:
                return nil
            }
        }
        result.metrics = MetricTable(metrics)
        return result
    }

    private static func bits(_ v: Double) -> String { String(v.bitPattern, radix: 16) }

    private static func value(_ text: Substring) -> Double? {
        UInt64(text, radix: 16).map(Double.init(bitPattern:))
    }
}

extension RunCheckpoint {
    /// What the replications of `input` depend on (with `seed` as the base seed and replication 0 traced or
    /// not), so that `--resume` never mixes results of different runs. The number of replications is not
    /// part of it: replication r depends only on the seed + r, so a resume may ask for more.
    public static func fingerprint(run input: RunInput, seed: UInt64, trace: Bool) -> String {
        [
            "sharesim \(ShareSimVersion.current) run",
            "scenario \(input.file) \(RunOutputs.hex(input.scenarioHash))",
            "seed \(seed)", "days \(input.durationDays)", "trace \(trace)",
        ].joined(separator: "\n") + "\n"
    }

    /// What the runs of an experiment depend on: every point's scenario (overrides included), seed and length.
    public static func fingerprint(
        experiment: String, points: [ExperimentPointInput], shard: ExperimentRun.Shard?
    )
        -> String
    {
        var lines = [
            "sharesim \(ShareSimVersion.current) experiment \(experiment)", "shard \(shard?.description ?? "all")",
        ]
        for p in points {
            lines.append(
                "point \(p.index) \(RunOutputs.hex(p.input.scenarioHash)) seed \(p.input.world.seed) "
                    + "days \(p.input.durationDays) \(p.name)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
