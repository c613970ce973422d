import Varlink

extension KhuyenHocErrors {
    /// A parameter of a `vn.khuyenhoc.Reminders` method that cannot be used, and why.
    public static func remindersInvalidValue(field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).InvalidValue", parameters: ["field": .string(field), "reason": .string(reason)])
    }

    /// No commune carries the code given in `field`.
    public static func remindersCommuneNotFound(field: String, code: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).CommuneNotFound", parameters: ["field": .string(field), "code": .string(code)])
    }

    /// No deadline with this id.
    public static func deadlineNotFound(field: String, id: Int64) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).DeadlineNotFound", parameters: ["field": .string(field), "id": .number(Double(id))])
    }

    /// No delivered reminder with this id.
    public static func deliveryNotFound(field: String, id: Int64) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).DeliveryNotFound", parameters: ["field": .string(field), "id": .number(Double(id))])
    }

    /// The deadline is a rollout plan's day, changed only through `vn.khuyenhoc.Rollout`.
    public static func managedByRollout(field: String, id: Int64, commune: CommuneReference, model: String, phase: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).ManagedByRollout", parameters: [
            "field": .string(field), "id": .number(Double(id)),
            "commune": .object(["code": .string(commune.code), "name": .string(commune.name)]),
            "model": .string(model), "phase": .string(phase),
        ])
    }

    public static func remindersStorageFull(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).StorageFull", parameters: ["reason": .string(reason)])
    }

    public static func remindersStorageFailed(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.reminders).StorageFailed", parameters: ["reason": .string(reason)])
    }
}
