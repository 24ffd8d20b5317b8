@testable import PortReportKit

/// Loads one file with the loader its content calls for, as the pipeline does.
func loadScan(_ path: String) -> (ScanResult, InputSummary) {
    let result = InputLoader().load([path])
    return (result, result.inputs[0])
}
