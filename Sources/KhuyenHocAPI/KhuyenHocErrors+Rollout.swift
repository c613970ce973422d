import Varlink

extension KhuyenHocErrors {
    /// A parameter of a `vn.khuyenhoc.Rollout` method that cannot be used, and why.
    public static func rolloutInvalidValue(field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).InvalidValue", parameters: ["field": .string(field), "reason": .string(reason)])
    }

    /// No commune carries the code given in `field` (on `asOf`, when given).
    public static func rolloutCommuneNotFound(field: String, code: String, asOf: String?) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).CommuneNotFound", parameters: [
            "field": .string(field), "code": .string(code), "asOf": asOf.map(JSONValue.string) ?? .null,
        ])
    }

    /// The commune no longer exists; its rollout can only be read.
    public static func communeReadOnly(
        field: String, code: String, name: String, validUntil: String?, mergedInto: CommuneReference?, mergedOn: String?
    ) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).CommuneReadOnly", parameters: [
            "field": .string(field), "code": .string(code), "name": .string(name),
            "validUntil": validUntil.map(JSONValue.string) ?? .null,
            "mergedInto": mergedInto.map { .object(["code": .string($0.code), "name": .string($0.name)]) } ?? .null,
            "mergedOn": mergedOn.map(JSONValue.string) ?? .null,
        ])
    }

    /// Going back or skipping a phase without a note.
    public static func noteRequired(from: String, to: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).NoteRequired", parameters: [
            "field": .string("note"), "from": .string(from), "to": .string(to),
        ])
    }

    public static func rolloutStorageFull(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).StorageFull", parameters: ["reason": .string(reason)])
    }

    public static func rolloutStorageFailed(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.rollout).StorageFailed", parameters: ["reason": .string(reason)])
    }
}
