import Varlink

extension KhuyenHocErrors {
    /// A parameter of a `vn.khuyenhoc.Reports` method that cannot be used, and why.
    public static func reportInvalidValue(field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reports).InvalidValue", parameters: [
            "field": .string(field), "reason": .string(reason),
        ])
    }

    /// No commune has ever had the code given in `field`.
    public static func reportCommuneNotFound(field: String, code: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reports).CommuneNotFound", parameters: [
            "field": .string(field), "code": .string(code),
        ])
    }

    /// The code names communes, but none on the report's day: the commune came later (with the
    /// communes it replaced) or was merged away before (with the one it went into).
    public static func communeNotInYear(
        field: String, code: String, year: Int, day: String, name: String, validFrom: String?, validUntil: String?,
        replaced: [CommuneReference], mergedInto: CommuneReference?, mergedOn: String?
    ) -> VarlinkError {
        func reference(_ commune: CommuneReference) -> JSONValue {
            .object(["code": .string(commune.code), "name": .string(commune.name)])
        }
        return VarlinkError("\(KhuyenHocInterfaces.reports).CommuneNotInYear", parameters: [
            "field": .string(field), "code": .string(code), "year": .number(Double(year)), "day": .string(day),
            "name": .string(name),
            "validFrom": validFrom.map(JSONValue.string) ?? .null,
            "validUntil": validUntil.map(JSONValue.string) ?? .null,
            "replaced": .array(replaced.map(reference)),
            "mergedInto": mergedInto.map(reference) ?? .null,
            "mergedOn": mergedOn.map(JSONValue.string) ?? .null,
        ])
    }

    public static func reportStorageFailed(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reports).StorageFailed", parameters: ["reason": .string(reason)])
    }
}
