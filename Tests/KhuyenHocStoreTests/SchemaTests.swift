import Foundation
import GRDB
@testable import KhuyenHocStore
import Testing

@Suite("Schema, migrations and the database file")
struct SchemaTests {
    @Test("migrations build every table on an empty database, and running them again changes nothing")
    func migrationsIdempotent() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let tables = try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
        }
        #expect(tables == ["clan_households", "clans", "communes", "communities", "deadline_reached", "deadlines", "evidence",
                           "households", "people", "record_origins", "reminder_deliveries", "result_inputs", "results",
                           "rollout_deadlines", "rollout_transitions", "unit_staff", "units"])
        let schema = try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        }
        try RegistrySchema.migrator.migrate(store.writer)
        try RegistrySchema.migrator.migrate(store.writer)
        let after = try await store.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"),
             try RegistrySchema.migrator.appliedMigrations(db))
        }
        #expect(after.0 == schema)
        #expect(after.1 == RegistrySchema.migrator.migrations)
        #expect(Array(after.1.prefix(4)) == ["v1", "v2", "v3-report-indexes", "v4-result-inputs"])
        #expect(after.1.contains("v5-rollout"))
    }

    @Test("a file database is in WAL mode, keeps its data when reopened, and migrates once")
    func fileDatabase() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let store = try SQLiteRegistryStore(path: path)
            _ = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
        }
        let reopened = try SQLiteRegistryStore(path: path)
        #expect(try await reopened.commune(statisticsCode: "10144")?.name == "Thanh Thùy")
        let (journal, synchronous, migrations) = try await reopened.writer.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try RegistrySchema.migrator.appliedMigrations(db))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2, "FULL")
        #expect(migrations == RegistrySchema.migrator.migrations)
        // The file itself says WAL: header bytes 18 and 19 (write and read format versions) are 2.
        let header = try #require(FileManager.default.contents(atPath: path)).prefix(20)
        #expect(Array(header.suffix(2)) == [2, 2])
    }

    @Test("another connection pool on the same file sees committed data, and its writes are seen back")
    func secondConnection() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SQLiteRegistryStore(path: path)
        let second = try SQLiteRegistryStore(path: path)
        let raw = try DatabasePool(path: path)

        let kimBai = try await first.addCommune(Commune(statisticsCode: "10114", name: "Kim Bài", kind: .town))
        #expect(try await second.commune(id: kimBai.id!) == kimBai)
        #expect(try await raw.read { db in try String.fetchOne(db, sql: "SELECT name FROM communes") } == "Kim Bài")

        _ = try await second.addCommunity(Community(communeID: kimBai.id!, name: "Tổ dân phố 1", kind: .urbanBlock))
        #expect(try await first.communities(CommunityQuery(communeID: kimBai.id!), page: .first()).items.map(\.name) == ["Tổ dân phố 1"])
    }

    @Test("a v1 registry is migrated to v2 with its communes, their references and ids kept")
    func fromV1() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let pool = try DatabasePool(path: path, configuration: configuration)
            try RegistrySchema.migrator.migrate(pool, upTo: "v1")
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO communes (id, statistics_code, name, name_key, sort_key, kind) VALUES (7, '10180', 'Hồng Dương', 'hong duong', 'x', 'commune');
                    INSERT INTO communes (id, statistics_code, name, name_key, sort_key, kind, valid_until, merged_into_id, merged_on)
                        VALUES (8, '10177', 'Xuân Dương', 'xuan duong', 'y', 'commune', '2024-11-30', 7, '2024-12-01');
                    INSERT INTO communities (id, commune_id, name, name_key, sort_key, kind) VALUES (3, 7, 'Thôn Một', 'thon mot', 'z', 'village');
                    """)
            }
            try pool.close()
        }
        let store = try SQLiteRegistryStore(path: path)
        #expect(try await store.commune(id: 8).mergedInto == 7)
        #expect(try await store.community(id: 3).communeID == 7)
        let problems = try await store.writer.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count }
        #expect(problems == 0)
        // The references still lead to the rebuilt table: a community of a missing commune is refused.
        let missing = await caughtError { try await store.addCommunity(Community(communeID: 99, name: "Thôn Hai")) }
        #expect(missing == .notFound(entity: .commune, id: 99))
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in try db.execute(sql: "DELETE FROM communes WHERE id = 7") }
        }
    }

    @Test("a v6 registry with a rollout plan is migrated to v7 with a deadline per planned day, armed from the migration, reached as its phase")
    func fromV6() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let pool = try DatabasePool(path: path, configuration: configuration)
            try RegistrySchema.migrator.migrate(pool, upTo: "v6-deadlines")
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO communes (id, statistics_code, name, name_key, sort_key, kind) VALUES (4, '10144', 'Thanh Thùy', 'thanh thuy', 'x', 'commune');
                    INSERT INTO rollout_transitions (commune_id, model, from_phase, phase, effective_on, made_by, made_at, sample)
                        VALUES (4, 'citizen', 'notStarted', 'pilot', '2021-03-01', 77, '2022-10-05T01:00:00.000Z', 1);
                    INSERT INTO rollout_deadlines (commune_id, model, phase, due, set_by, set_at, sample) VALUES
                        (4, 'citizen', 'pilot', '2021-02-28', 55, '2022-10-05T01:00:00.000Z', 1),
                        (4, 'citizen', 'massRollout', '2024-12-15', 55, '2022-10-05T01:00:00.000Z', 1),
                        (4, 'family', 'pilot', '2023-12-31', 56, '2022-10-05T01:00:00.000Z', 0);
                    """)
            }
            try pool.close()
        }
        let before = Date().addingTimeInterval(-1)
        let store = try SQLiteRegistryStore(path: path)
        let deadlines = try await store.allDeadlines()
        #expect(deadlines.map(\.phase) == [.pilot, .massRollout, .pilot])
        #expect(deadlines.map(\.sample) == [true, true, false])
        #expect(deadlines.map(\.createdBy) == [55, 55, 56])
        #expect(deadlines.map(\.title) == ["Thanh Thùy: reach pilot of Learning Citizen (sample)",
                                            "Thanh Thùy: reach mass rollout of Learning Citizen (sample)", "Thanh Thùy: reach pilot of Learning Family"])
        #expect(deadlines[1].titleVi == "Thanh Thùy: đạt giai đoạn triển khai đại trà mô hình Công dân học tập (dữ liệu mẫu)")
        #expect(deadlines.allSatisfy { $0.armedAt >= before })
        #expect(deadlines.map(\.due) == [.date(CalendarDate("2021-02-28")!), .date(CalendarDate("2024-12-15")!), .date(CalendarDate("2023-12-31")!)])
        #expect(try await store.reminderHistory(deadlines[0].id).reached == ["2021-02-28"])
        #expect(try await store.reminderHistory(deadlines[1].id).reached.isEmpty)
        #expect(try await store.writer.read { db in try RegistrySchema.migrator.appliedMigrations(db).last } == "v7-deadline-links")
    }

    @Test("foreign keys are enforced, even for rows written without the store's own checks")
    func foreignKeys() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let enabled = try await store.writer.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(enabled == true)
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in
                try db.execute(sql: "INSERT INTO communities (commune_id, name, name_key, sort_key, kind) VALUES (99, 'x', 'x', 'x', 'village')")
            }
        }
    }

    @Test("check constraints hold for rows written without the store's own checks", arguments: [
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind) VALUES ('1014', 'x', 'x', 'x', 'commune')",
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind) VALUES ('10144', '  ', 'x', 'x', 'commune')",
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind, valid_from) VALUES ('10144', 'x', 'x', 'x', 'commune', '2023-02-30')",
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind, valid_from) VALUES ('10144', 'x', 'x', 'x', 'commune', '2023-4-1')",
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind, valid_from, valid_until) VALUES ('10144', 'x', 'x', 'x', 'commune', '2023-04-01', '2023-03-31')",
        "INSERT INTO communes (statistics_code, name, name_key, sort_key, kind, merged_on) VALUES ('10144', 'x', 'x', 'x', 'commune', '2024-01-01')",
        "INSERT INTO people (name, name_key, sort_key, birth_year) VALUES ('x', 'x', 'x', 1850)",
        "INSERT INTO people (name, name_key, sort_key, birth_year, results_average_or_better) VALUES ('x', 'x', 'x', 2010, 1)",
        "INSERT INTO people (name, name_key, sort_key, birth_year, literate) VALUES ('x', 'x', 'x', 2010, 2)",
        "INSERT INTO evidence (model, subject_id, year, facts, entered_by, entered_at) VALUES ('citizen', 1, 2024, '[1]', 0, '2024-01-01T00:00:00.000Z')",
        "INSERT INTO evidence (model, subject_id, year, facts, entered_by, entered_at) VALUES ('village', 1, 2024, '{}', 0, '2024-01-01T00:00:00.000Z')",
        "INSERT INTO results (model, subject_id, year, rubric_version, recognized, total, result, evaluated_at) VALUES ('family', 1, 2024, '2022.1', 1, -1, '{}', '2024-01-01T00:00:00.000Z')",
    ])
    func checkConstraints(sql: String) async throws {
        let store = try SQLiteRegistryStore.inMemory()
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in try db.execute(sql: sql) }
        }
    }

    @Test("a filtered deadline list reads the commune index for both the communes' and the district's deadlines")
    func deadlineFilterIndex() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let (condition, arguments) = SQLiteRegistryStore.condition(DeadlineFilter(communeIDs: [1, 2], model: .family), table: "deadlines")
        let plan = try await store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM deadlines WHERE \(condition) ORDER BY id", arguments: arguments)
                .map { try $0.decode(String.self, forColumn: "detail") }
        }
        #expect(plan.filter { $0.contains("SEARCH deadlines USING INDEX deadlines_by_commune") }.count == 2, "\(plan)")
        #expect(!plan.contains { $0.contains("SCAN deadlines") }, "\(plan)")
    }

    @Test("the lists' queries use their indexes", arguments: [
        ("SELECT * FROM people WHERE (sort_key, id) > ('a', 0) ORDER BY sort_key, id LIMIT 10", "people_by_name"),
        ("SELECT * FROM people WHERE instr(' ' || name_key, ' thanh') > 0 ORDER BY sort_key, id LIMIT 10", "people_by_name"),
        ("SELECT * FROM households WHERE community_id = 1 ORDER BY sort_key, id LIMIT 10", "households_by_community"),
        ("SELECT * FROM results WHERE model = 'family' AND subject_id = 1 AND year = 2024 ORDER BY evaluated_at DESC, id DESC LIMIT 1",
         "results_latest"),
        ("SELECT * FROM results WHERE model = 'family' AND subject_id = 1 ORDER BY year DESC, evaluated_at DESC, id DESC",
         "results_latest"),
        // A progress report reads each subject's latest recognised flag from the index alone.
        ("SELECT recognized FROM results WHERE model = 'family' AND year = 2024 AND subject_id = 1 ORDER BY evaluated_at DESC, id DESC LIMIT 1",
         "COVERING INDEX results_latest"),
        ("SELECT subject_id, max(evaluated_at) FROM results WHERE model = 'family' AND year = 2024 GROUP BY subject_id",
         "results_by_year"),
        ("SELECT * FROM evidence WHERE model = 'citizen' AND year = 2024 ORDER BY subject_id", "evidence_by_year"),
        ("SELECT * FROM reminder_deliveries WHERE delivered_at >= '2025-01-01' ORDER BY delivered_at DESC, id DESC LIMIT 20",
         "reminder_deliveries_by_time"),
        ("SELECT * FROM deadlines WHERE commune_id = 1 AND model = 'unit' AND rollout_phase = 'pilot'", "deadlines_by_phase"),
    ])
    func indexes(sql: String, index: String) async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let plan = try await store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { try $0.decode(String.self, forColumn: "detail") }
        }
        #expect(plan.contains { $0.contains(index) }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
