import Dispatch
import Foundation
import ShareSim

/// Ctrl-C for long runs (issue 12): SIGINT (and SIGTERM, which cluster schedulers send) set a
/// ``StopRequest`` through a Dispatch signal source — no code runs in a signal handler. Runs then stop within a
/// simulated day, finished runs stay in the checkpoint, and no output file is written. A second signal ends
/// the process at once (exit 130); the checkpoint's files are whole either way.
final class Interrupts: @unchecked Sendable {
    /// The exit status of an interrupted command (128 + SIGINT, as shells report it).
    static let exitStatus: Int32 = 130

    let stop = StopRequest()
    private var sources: [DispatchSourceSignal] = []

    /// Starts listening; the default actions are ignored while this object lives.
    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let stop = self.stop
            source.setEventHandler {
                if stop.isRequested { exit(Interrupts.exitStatus) }
                stop.request()
                FileHandle.standardError.write(
                    Data("\nsharesim: stopping (finished runs are kept; press Ctrl-C again to quit now)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
