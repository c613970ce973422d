import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// Who may call methods that change data: the daemon's owner, root, and members of one group.
struct PeerAuthorizer: Sendable {
    let ownerUID: uid_t
    let groupID: gid_t?

    /// Resolves the configured group name; nil name means no group.
    init(ownerUID: uid_t = getuid(), groupName: String?) throws {
        self.ownerUID = ownerUID
        guard let groupName else {
            groupID = nil
            return
        }
        guard let group = getgrnam(groupName) else { throw DaemonError.unknownGroup(groupName) }
        groupID = group.pointee.gr_gid
    }

    func allows(_ peer: PeerCredentials?) -> Bool {
        guard let peer else { return false }
        if peer.uid == 0 || peer.uid == ownerUID { return true }
        guard let groupID else { return false }
        if peer.gid == groupID { return true }
        return Self.isMember(uid: peer.uid, of: groupID)
    }

    /// Whether the user is listed as a member of the group (supplementary membership).
    private static func isMember(uid: uid_t, of gid: gid_t) -> Bool {
        guard let user = getpwuid(uid), let name = user.pointee.pw_name, let group = getgrgid(gid) else { return false }
        let userName = String(cString: name)
        var member = group.pointee.gr_mem
        while let entry = member?.pointee {
            if String(cString: entry) == userName { return true }
            member = member?.successor()
        }
        return false
    }
}
