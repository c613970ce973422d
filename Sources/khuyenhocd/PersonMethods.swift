import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The people of `vn.khuyenhoc.Registry`.
enum PersonMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddPerson", access: .privileged) { (parameters: AddPersonParameters, _) in
                let person = try RecordViews.person(parameters.person, householdID: parameters.householdID)
                let added = try await RegistryCall.run(notFound: [.household: "householdID"]) {
                    try await registry.addPerson(person)
                }
                return PersonReply(person: try RecordViews.person(added))
            },
            .typed("UpdatePerson", access: .privileged) { (parameters: UpdatePersonParameters, _) in
                let person = try RecordViews.person(parameters.person, id: parameters.id, householdID: parameters.householdID)
                let updated = try await RegistryCall.run(notFound: [.household: "householdID"]) {
                    try await registry.updatePerson(person)
                }
                return PersonReply(person: try RecordViews.person(updated))
            },
            .typed("GetPerson") { (parameters: RecordIDParameters, _) in
                let person = try await RegistryCall.run { try await registry.person(id: parameters.id) }
                return PersonReply(person: try RecordViews.person(person))
            },
            .typed("ListPeople") { (parameters: ListPeopleParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let query = PersonQuery(
                    name: RegistryParameters.query(parameters.query), householdID: parameters.householdID,
                    communeID: try await RegistryParameters.communeID(
                        code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry))
                let found = try await RegistryCall.run { try await registry.people(query, page: page) }
                var people: [PersonInfo] = []
                for person in found.items { people.append(try RecordViews.person(person)) }
                return ListPeopleReply(people: people, nextCursor: found.next?.token)
            },
        ]
    }
}
