import Foundation

/// Measures how long each pipeline stage takes, for `--timings` and the benchmark.
public final class StageTimer {
    /// Seconds per stage, in the order the stages ran.
    public private(set) var timings: [(stage: String, seconds: Double)] = []

    public init() {}

    /// Runs `work`, recording its duration under `stage`.
    public func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }
}
