import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore
import Testing
@testable import KhuyenHocTransfer

/// The mapping between table files and records, through the importer and exporter on an
/// in-memory registry.
@Suite struct RowMappingTests {
    @Test func vietnameseHeadersAndWordsBecomeRecords() async throws {
        let fixture = try TransferFixture()
        let outcome = try await fixture.importText(.communes, """
            Mã số;Mã xã;Tên;Loại;Hiệu lực từ\r
            1;10144;Thanh Thùy;xã;01/01/2000\r
            2;10150;Kim Bài;Thị trấn;\r
            3;4;Xã mã ngắn;phuong;\r

            """)
        #expect(fixture.written(outcome) == 3)
        let kimBai = try await fixture.store.commune(id: 2)
        #expect(kimBai.kind == .town)
        #expect(try await fixture.store.commune(id: 1).validFrom == KhuyenHocStore.CalendarDate("2000-01-01"))
        // Excel drops a code's leading zeros; they come back.
        #expect(try await fixture.store.commune(id: 3).statisticsCode == "00004")
        #expect(try await fixture.store.commune(id: 3).kind == .ward)
    }

    @Test func aCommuneMergedIntoALaterRowWaitsForIt() async throws {
        let fixture = try TransferFixture()
        let outcome = try await fixture.importText(.communes, """
            id,statisticsCode,name,validFrom,validUntil,mergedInto,mergedOn
            1,10174,Cao Dương,,30/11/2024,3,2024-12-01
            2,10177,Xuân Dương,,30/11/2024,3,2024-12-01
            3,10174,Cao Xuân Dương,01/12/2024,,,

            """)
        #expect(fixture.written(outcome) == 3, "\(outcome)")
        #expect(try await fixture.store.commune(id: 1).mergedInto == 3)
    }

    @Test func communesAreNamedByCodeOrIdAndTheyMustAgree() async throws {
        let fixture = try TransferFixture()
        try await fixture.communes()
        let good = try await fixture.importText(.units, """
            Mã xã,Tên,Loại
            10144,Trường Tiểu học Thanh Thùy,trường học

            """)
        #expect(fixture.written(good) == 1)
        let bad = try await fixture.importText(.units, """
            communeID,communeCode,name,kind
            1,10150,Trạm y tế,khác
            ,,Không xã,khác
            1,,Hợp tác xã,hợp tác

            """)
        let problems = fixture.problems(bad)
        #expect(problems.map(\.line) == [2, 3, 4])
        #expect(problems.map(\.field) == ["communeCode", "communeCode", "kind"])
        #expect(problems[0].column == 2)
        #expect(problems[2].reason.contains("hợp tác xã (cooperative)"))
    }

    @Test func aRowTheStoreRefusesIsPlacedByLineColumnAndField() async throws {
        let fixture = try TransferFixture()
        try await fixture.communes()
        let outcome = try await fixture.importText(.communities, """
            ID,Commune ID,Name
            1,1,Thôn Đông
            2,1,Thôn Tây
            3,1,thon dong
            4,9,Thôn Bắc

            """)
        let problems = fixture.problems(outcome)
        #expect(problems.count == 2)
        #expect(problems[0].line == 4 && problems[0].field == "name" && problems[0].column == 3)
        #expect(problems[1].line == 5 && problems[1].field == "communeID" && problems[1].column == 2)
        #expect(problems[1].reason == "no commune has the id 9")
        #expect(try await fixture.store.communities(CommunityQuery(), page: .first()).items.isEmpty)
    }

    @Test func badCellsAndRefusedRowsAreReportedInOnePass() async throws {
        let fixture = try TransferFixture()
        try await fixture.communes()
        let outcome = try await fixture.importText(.communities, """
            id,communeID,name,kind
            1,1,Thôn Một,thôn
            2,x,Thôn Hai,thôn
            3,7,Thôn Ba,thôn

            """)
        let problems = fixture.problems(outcome)
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems.map(\.field) == ["communeID", "communeID"])
    }

    @Test func peopleWithNFDNamesDecimalCommaAndBooleansInWords() async throws {
        let fixture = try TransferFixture()
        try await fixture.households()
        let nfd = "Nguyễn Thị Hoà".decomposedStringWithCanonicalMapping
        let outcome = try await fixture.importText(.people, """
            Mã số;Mã số hộ;Họ và tên;Năm sinh;Giới tính;Đang đi học;Biết chữ;Học lực trung bình trở lên\r
            10;1;\(nfd);2010;Nữ;có;x;đạt\r
            11;1;Trần Văn Bình;1.980,0;nam;không;;\r

            """)
        #expect(fixture.written(outcome) == 2, "\(outcome)")
        let hoa = try await fixture.store.person(id: 10)
        #expect(hoa.name == "Nguyễn Thị Hoà".precomposedStringWithCanonicalMapping)
        #expect(hoa.name.unicodeScalars.count == "Nguyễn Thị Hoà".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(hoa.sex == .female && hoa.inSchool && hoa.literate && hoa.resultsAverageOrBetter)
        let binh = try await fixture.store.person(id: 11)
        #expect(binh.birthYear == 1980 && binh.sex == .male && !binh.literate)
    }

    @Test func theStoreStoppingAtItsLimitStopsTheReaderToo() async throws {
        let fixture = try TransferFixture()
        try await fixture.households()
        // 20,000 people in households that do not exist: far more rows than the reader may queue.
        var text = "id,householdID,name,birthYear\n"
        for id in 1...20_000 { text += "\(id),\(id + 100),Lê Văn \(id),1990\n" }
        let path = fixture.folder.appendingPathComponent("people.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = try await TableImporter(table: .people, maxErrors: 3, importer: 0).run(file: path, into: fixture.store, dryRun: false)
        guard case .rejected(let problems, let more) = outcome else { Issue.record("\(outcome)"); return }
        #expect(problems.map(\.line) == [2, 3, 4] && more)
        #expect(problems.allSatisfy { $0.field == "householdID" && $0.column == 2 })
    }

    @Test func aDryRunWritesNothing() async throws {
        let fixture = try TransferFixture()
        let outcome = try await fixture.importText(.communes, "code,name\n10144,Thanh Thùy\n", dryRun: true)
        guard case .accepted(let summary) = outcome else { Issue.record("\(outcome)"); return }
        #expect(summary.dryRun && summary.written == 1)
        #expect(try await fixture.store.communes(CommuneQuery(), page: .first()).items.isEmpty)
    }

    @Test func everyTableRoundTripsThroughExportAndImport() async throws {
        let source = try TransferFixture()
        try await source.households()
        _ = try await source.store.insertBatch([
            .person(Person(id: 5, householdID: 1, name: "Lê Thị Mai", birthYear: 1975, sex: .female, targetGroup: "farmers",
                           literate: true, studiedThisYear: true, learningCitizen: true)),
            .person(Person(id: 6, householdID: nil, name: "=Hiệu trưởng", birthYear: 1970)),
            .clan(Clan(id: 1, communeID: 1, name: "Họ Nguyễn Văn")),
            .clanMember(ClanMembership(clanID: 1, householdID: 1)),
            .unit(Unit(id: 1, communeID: 2, name: "Trường THCS Kim Bài", kind: .school)),
            .staffMember(UnitStaffMember(unitID: 1, personID: 6, role: "Hiệu trưởng; kiêm \"tổ trưởng\"", trainedThisYear: true)),
            .evidence(Evidence(model: .citizen, subjectID: 5, year: 2025, facts: #"{"scores":{"sl1":8.5}}"#, enteredBy: 1000,
                               enteredAt: TransferFixture.instant)),
            .result(StoredResult(id: 1, model: .citizen, subjectID: 5, year: 2025, rubricVersion: "2022.1", recognized: true,
                                 total: 87.25, grade: "good", result: #"{"recognized":true}"#, evaluatedAt: TransferFixture.instant)),
        ])
        let target = try TransferFixture()
        for separator in [FieldSeparator.comma, .semicolon] {
            let target = try TransferFixture()
            for table in TransferTable.allCases {
                let bytes = try await source.export(table, separator: separator)
                let outcome = try await target.importBytes(table, bytes)
                guard case .accepted = outcome else { Issue.record("\(table) \(separator): \(outcome)"); return }
            }
            for table in TransferTable.allCases {
                let before = try await source.store.rows(of: table.entity, page: .first(1000)).items
                let after = try await target.store.rows(of: table.entity, page: .first(1000)).items
                #expect(before == after, "\(table) with \(separator)")
            }
        }
        _ = target
    }

    @Test func anExportIsWhatExcelOpens() async throws {
        let fixture = try TransferFixture()
        try await fixture.communes()
        let bytes = try await fixture.export(.communes, separator: .semicolon)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Mã số;Mã xã;Tên;Loại;"))
        #expect(text.contains("\r\n1;10144;Thanh Thùy;xã;;;;\r\n"))
        let plain = try await fixture.export(.communes, separator: .comma, bom: false)
        #expect(plain.starts(with: Array("Mã số,".utf8)))
    }
}
