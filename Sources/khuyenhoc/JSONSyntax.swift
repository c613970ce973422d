import Foundation

/// Where a JSON text goes wrong, in the parser's words with its position: JSONDecoder only
/// says that it does.
enum JSONSyntax {
    /// The syntax error, or nil when the text is JSON.
    static func error(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        }
    }
}
