import Foundation
import ModelSDK

/// One input of the rubric fuzzer: the bytes of a rubric file, read and checked as the daemon
/// reads `rubric*.json` files and `CheckRubric` texts, and every problem put into words.
public enum RubricFuzzing {
    /// Runs one input; true when it is a valid rubric.
    @discardableResult
    public static func run(_ data: Data) -> Bool {
        do {
            let document = try RubricFileReader.read(data, origin: "fuzz.json")
            // Checked once more for the model the file names, as a plugin loading it would.
            _ = try RubricFileReader.read(data, origin: "fuzz.json", model: document.model)
            return true
        } catch {
            precondition(!error.problems.isEmpty, "a refused rubric names no problem")
            for problem in error.problems { _ = "\(problem.field): \(problem.reason)" }
            _ = String(describing: error)
            return false
        }
    }
}
