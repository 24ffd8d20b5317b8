import Foundation

/// Measures how long each pipeline stage takes, for `--timings` and the benchmark.
public final class StageTimer {
    /// Seconds per stage, in the order the stages ran.
    public private(set) var timings: [(stage: String, seconds: Double)] = []
    /// The process's peak resident memory in bytes at the end of each stage (`getrusage`), in
    /// the order of `timings`: where memory grows.
    public private(set) var peakMemory: [Int] = []

    public init() {}

    /// Runs `work`, recording its duration under `stage`.
    public func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            peakMemory.append(StageTimer.peakResidentBytes())
        }
        return try work()
    }

    /// Peak resident set size so far; Linux reports `ru_maxrss` in kilobytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
    }
}
