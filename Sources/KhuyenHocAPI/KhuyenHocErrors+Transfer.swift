import Varlink

/// The declared errors of the registry's import, export and backup methods.
extension KhuyenHocErrors {
    /// The file was refused and nothing changed: its errors by line and column.
    public static func importRejected(errors: [ImportErrorInfo], more: Bool) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).ImportRejected", parameters: [
            "errors": .array(errors.map { error in
                var members: [String: JSONValue] = ["reason": .string(error.reason)]
                if let line = error.line { members["line"] = .number(Double(line)) }
                if let row = error.row { members["row"] = .number(Double(row)) }
                if let column = error.column { members["column"] = .number(Double(column)) }
                if let name = error.columnName { members["columnName"] = .string(name) }
                if let field = error.field { members["field"] = .string(field) }
                if let reasonVi = error.reasonVi { members["reasonVi"] = .string(reasonVi) }
                return .object(members)
            }),
            "more": .bool(more),
        ])
    }

    /// No upload with this id is open for the caller (never begun, finished, cancelled or expired).
    public static func importNotFound(_ importId: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).ImportNotFound", parameters: ["importId": .string(importId)])
    }

    /// The upload would pass its size limit (`what` says which); it has been discarded.
    public static func uploadTooLarge(limit: Int, what: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).UploadTooLarge", parameters: [
            "limit": .number(Double(limit)), "reason": .string(what),
        ])
    }
}
