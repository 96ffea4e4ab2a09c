import Foundation
import SimKernel
import Testing

@testable import ScenarioKit

/// Parses `text` and reads it with `body`, returning the collected errors.
private func read(
    _ text: String, file: String = "Scenarios/x.json", _ body: (ObjectReader) -> Void
) throws -> [ScenarioError] {
    let value = try JSONParser().parse(text)
    let diagnostics = DiagnosticsCollector(file: file)
    let reader = ObjectReader(value, path: JSONPath(), diagnostics: diagnostics)
    body(reader)
    reader.finish()
    return diagnostics.result.errors
}

private enum Mode: String, CaseIterable, ScenarioDecodable {
    case api, frontEnd, spreadsheet
}

struct SuggestionsTests {
    @Test(arguments: [
        ("sead", ["name", "seed", "topology"], "seed"),
        ("notshared", ["unconditional", "conditional", "notShared"], "notShared"),
        ("conditonal", ["unconditional", "conditional", "notShared"], "conditional"),
        ("nmae", ["name", "seed"], "name"),
        ("frontend", ["api", "frontEnd", "spreadsheet"], "frontEnd"),
        ("departmnets", ["departments", "provinces"], "departments"),
    ])
    func suggestsTheClosestCandidate(word: String, candidates: [String], expected: String) {
        #expect(Suggestions.closest(to: word, among: candidates) == expected)
    }

    @Test(arguments: [
        ("xyz", ["seed", "name"]), ("topology", ["seed", "name"]), ("ab", ["xy"]), ("anything", []),
    ])
    func suggestsNothingWhenNothingIsClose(word: String, candidates: [String]) {
        #expect(Suggestions.closest(to: word, among: candidates) == nil)
    }

    @Test func breaksTiesByCaseThenByTextRegardlessOfCandidateOrder() {
        // "sad" and "sea" are both one edit from "sed": the text order decides, whatever the candidates' order.
        #expect(Suggestions.closest(to: "sed", among: ["sad", "sea"]) == "sad")
        #expect(Suggestions.closest(to: "sed", among: ["sea", "sad"]) == "sad")
        // A difference in case only is the closest, and among those the one with fewer case changes wins.
        #expect(Suggestions.closest(to: "Kind", among: ["kind", "Kinds"]) == "kind")
        #expect(Suggestions.closest(to: "NAME", among: ["Name", "name"]) == "Name")
        #expect(Suggestions.closest(to: "NAME", among: ["name", "Name"]) == "Name")
    }

    @Test(arguments: [
        ("", "abc", 3), ("abc", "abc", 0), ("abc", "acb", 1), ("kitten", "sitting", 3), ("ca", "abc", 3),
        ("seed", "Seed", 1),
    ])
    func measuresOptimalStringAlignmentDistance(a: String, b: String, expected: Int) {
        #expect(Suggestions.distance(a, b) == expected)
        #expect(Suggestions.distance(b, a) == expected)
    }
}

struct ScenarioErrorTests {
    @Test func describesAnErrorOnOneLine() {
        let error = ScenarioError(
            code: .unknownEnumValue, file: "Scenarios/x.json",
            path: JSONPath(parsing: "topology.cities[0].departments[2].shareType")!, line: 12, column: 7,
            message: "unknown value \"notshared\"", expected: "one of unconditional, conditional, notShared",
            found: "\"notshared\"", suggestion: "notShared")
        #expect(
            error.description
                == "Scenarios/x.json:12:7: topology.cities[0].departments[2].shareType: unknown value \"notshared\"; "
                + "expected one of unconditional, conditional, notShared (did you mean \"notShared\"?)")
    }

    @Test func leavesOutTheRootPathAndAnUnknownPosition() {
        let error = ScenarioError(code: .io, file: "a.json", message: "cannot read file: no such file")
        #expect(error.description == "a.json: cannot read file: no such file")
        let atRoot = ScenarioError(
            code: .missingField, file: "a.json", line: 1, column: 1, message: "missing required field \"seed\"",
            expected: "an integer")
        #expect(atRoot.description == "a.json:1:1: missing required field \"seed\"; expected an integer")
    }

    @Test func codesAreDistinctAndNamed() {
        let codes: [ScenarioError.Code] = [
            .invalidJSON, .wrongType, .unknownKey, .missingField, .invalidValue, .unknownEnumValue,
            .unknownReference, .ruleViolation, .outOfRange, .limitExceeded, .io,
        ]
        #expect(Set(codes).count == codes.count)
        #expect(ScenarioError.Code.unknownKey.description == "unknownKey")
        #expect(ScenarioError.Code.io.description == "io")
    }

    @Test func sortsErrorsByLineColumnAndPathAndSummarisesThem() {
        func error(_ line: Int?, _ column: Int?, _ path: String, _ message: String) -> ScenarioError {
            ScenarioError(
                code: .invalidValue, file: "s.json", path: JSONPath(parsing: path)!, line: line, column: column,
                message: message)
        }
        let errors = ScenarioErrors([
            error(9, 2, "b", "third"), error(3, 5, "a[10]", "second"), error(3, 5, "a[2]", "first (same place)"),
            error(nil, nil, "$", "no position"), error(9, 1, "c", "between"),
        ])
        #expect(errors.errors.map(\.message) == ["no position", "first (same place)", "second", "between", "third"])
        #expect(
            errors.description == """
                s.json: no position
                s.json:3:5: a[2]: first (same place)
                s.json:3:5: a[10]: second
                s.json:9:1: c: between
                s.json:9:2: b: third
                5 errors in s.json
                """)
    }

    @Test func turnsASyntaxErrorIntoInvalidJSONForTheFile() throws {
        #expect(throws: ScenarioErrors.self) { try JSONParser().parse(Array("{\"a\": 1,}".utf8), file: "s.json") }
        do {
            _ = try JSONParser().parse(Array("{\n\"a\" 1}".utf8), file: "s.json")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].code == .invalidJSON)
            #expect(
                error.errors[0].description
                    == "s.json:2:5: invalid JSON: expected ':' after object key \"a\", found '1'")
        }
        let deep = String(repeating: "[", count: 600)
        do {
            _ = try JSONParser().parse(Array(deep.utf8), file: "s.json")
        } catch {
            #expect(error.errors.first?.code == .limitExceeded)
        }
    }

    @Test func readsFilesAndChecksTheirSize() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scenariojson-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("s.json")
        try Data(#"{"seed": 7}"#.utf8).write(to: file)

        let value = try JSONParser().parseFile(atPath: file.path, displayName: "Scenarios/s.json")
        #expect(value.objectValue?["seed"]?.numberValue?.int64 == 7)

        do {
            _ = try JSONParser().parseFile(atPath: file.path, displayName: "Scenarios/s.json", maxBytes: 5)
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.errors.first?.code == .limitExceeded)
            #expect(error.errors.first?.file == "Scenarios/s.json")
        }
        do {
            _ = try JSONParser().parseFile(atPath: directory.appendingPathComponent("none.json").path)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.errors.first?.code == .io)
            #expect(error.errors.first?.message == "cannot read file: no such file")
        }
    }
}

struct DiagnosticsCollectorTests {
    @Test func keepsIdenticalErrorsOnceAndCountsThoseOverTheLimit() {
        let diagnostics = DiagnosticsCollector(file: "f.json", maxErrors: 2)
        #expect(diagnostics.isEmpty)
        for line in [1, 1, 2, 3, 4] {
            diagnostics.report(
                .invalidValue, at: JSONPath(), position: JSONPosition(line: line, column: 1, offset: 0), message: "bad")
        }
        #expect(diagnostics.errors.count == 2)
        #expect(diagnostics.omittedCount == 2)
        #expect(diagnostics.count == 4)
        #expect(diagnostics.result.description.hasSuffix("… and 2 more not shown\n4 errors in f.json"))
        #expect(throws: ScenarioErrors.self) { try diagnostics.check() }
    }

    @Test func checkDoesNotThrowWhenEmpty() throws {
        try DiagnosticsCollector(file: "f.json").check()
    }
}

struct ObjectReaderTests {
    @Test func readsTheBriefsExampleWithoutErrors() throws {
        var name = ""
        var count = 0
        var kind = ""
        let errors = try read(#"{"name": "City A", "kind": "frontEnd"}"#) { r in
            name = r.string("name")
            count = r.int("count", in: 0...1_000_000, default: 1)
            kind = r.enumValue("kind", allowed: ["api", "frontEnd", "spreadsheet"], default: "api")
        }
        #expect(errors.isEmpty)
        #expect(name == "City A" && count == 1 && kind == "frontEnd")
    }

    @Test func reportsAnUnknownKeyWithTheClosestAskedKey() throws {
        let errors = try read("{\"name\": \"A\",\n  \"sead\": 7}") { r in
            _ = r.string("name")
            _ = r.int("seed", default: 1)
            _ = r.string("topology", default: "")
        }
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.code == .unknownKey)
        #expect(error.path.description == "sead")
        #expect(error.line == 2 && error.column == 3)
        #expect(error.suggestion == "seed")
        #expect(
            error.description
                == "Scenarios/x.json:2:3: sead: unknown key \"sead\"; expected one of name, seed, topology "
                + "(did you mean \"seed\"?)")
    }

    @Test func acceptsIgnoredKeysAndReportsEachUnknownKeyOnce() throws {
        let errors = try read(#"{"$schema": "s.json", "zzz": 1}"#) { r in
            r.ignore("$schema")
            r.finish()
            r.finish()
        }
        #expect(errors.map(\.code) == [.unknownKey])
        #expect(errors.first?.suggestion == nil)
    }

    @Test func reportsAMissingRequiredFieldAtTheObject() throws {
        var name = "unset"
        let errors = try read("{\"unit\": {\n  \"kind\": \"api\"}}") { r in
            _ = r.object("unit") { unit in
                name = unit.string("name")
                _ = unit.string("kind")
            }
        }
        #expect(name == "")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.code == .missingField)
        #expect(error.path.description == "unit")
        #expect(error.line == 1 && error.column == 10)
        #expect(
            error.description == "Scenarios/x.json:1:10: unit: missing required field \"name\"; expected a string")
    }

    @Test func reportsAWrongTypeWithWhatWasFound() throws {
        var count = -1
        let errors = try read(#"{"count": "12", "flag": 1, "list": {}}"#) { r in
            count = r.int("count", in: 0...)
            _ = r.bool("flag")
            _ = r.array("list") { $0.string() }
        }
        #expect(count == 0)
        #expect(errors.map(\.code) == [.wrongType, .wrongType, .wrongType])
        #expect(
            errors[0].description
                == "Scenarios/x.json:1:11: count: wrong type: found a string \"12\"; expected an integer >= 0")
        #expect(errors[0].found == "a string \"12\"")
        #expect(errors[1].expected == "true or false")
        #expect(errors[2].description.hasSuffix("list: wrong type: found an empty object; expected an array"))
    }

    @Test func rejectsANegativeCountAsOutOfRange() throws {
        let errors = try read(#"{"count": -3, "share": 1.5}"#) { r in
            _ = r.int("count", in: 0...)
            _ = r.double("share", in: 0...1)
        }
        #expect(errors.map(\.code) == [.outOfRange, .outOfRange])
        #expect(
            errors[0].description == "Scenarios/x.json:1:11: count: value -3 is out of range; expected an integer >= 0")
        #expect(errors[1].expected == "a number in 0.0...1.0")
    }

    @Test func rejectsFractionsWhereAnIntegerIsWanted() throws {
        var days = 0
        let errors = try read(#"{"days": 2.5, "whole": 3.0, "huge": 1e30}"#) { r in
            days = r.int("days", default: 10)
            _ = r.int("whole")
            _ = r.int("huge")
        }
        #expect(days == 10)
        #expect(errors.map(\.code) == [.invalidValue, .outOfRange])
        #expect(errors[0].message == "value 2.5 is not an integer")
    }

    @Test func reportsABadDateWithTheTextFound() throws {
        var start = CivilDate(year: 2000, month: 1, day: 1)!
        var end = start
        let errors = try read(#"{"start": "2024-02-30", "end": "2024/03/01", "ok": "2024-02-29"}"#) { r in
            start = r.date("start")
            end = r.date("end", default: CivilDate(year: 2025, month: 1, day: 1)!)
            #expect(r.date("ok") == CivilDate(year: 2024, month: 2, day: 29))
        }
        #expect(start == CivilDate(dayNumber: 0))
        #expect(end == CivilDate(year: 2025, month: 1, day: 1))
        #expect(errors.map(\.code) == [.invalidValue, .invalidValue])
        #expect(errors[0].message == "bad date \"2024-02-30\"")
        #expect(errors[0].found == "\"2024-02-30\"")
        #expect(errors[1].description.contains("end: bad date \"2024/03/01\"; expected a real date written YYYY-MM-DD"))
    }

    @Test func suggestsTheClosestAllowedEnumValue() throws {
        var mode = Mode.api
        let errors = try read(#"{"shareType": "notshared", "mode": "Spreadsheet", "kind": 3}"#) { r in
            _ = r.enumValue("shareType", allowed: ["unconditional", "conditional", "notShared"])
            mode = r.enumValue("mode", default: Mode.frontEnd)
            _ = r.enumValue("kind", as: Mode.self)
        }
        #expect(mode == .frontEnd)
        #expect(errors.map(\.code) == [.unknownEnumValue, .unknownEnumValue, .wrongType])
        #expect(
            errors[0].description
                == "Scenarios/x.json:1:15: shareType: unknown value \"notshared\"; expected one of unconditional, "
                + "conditional, notShared (did you mean \"notShared\"?)")
        #expect(errors[1].suggestion == "spreadsheet")
        #expect(errors[2].expected == "one of api, frontEnd, spreadsheet")
    }

    @Test func treatsAbsentAndNullOptionalMembersAlikeButNullRequiredOnesAsWrongType() throws {
        var label = ""
        var flag = false
        let errors = try read(#"{"label": null, "name": null}"#) { r in
            label = r.string("label", default: "none")
            flag = r.bool("flag", default: true)
            _ = r.string("name")
            #expect(r.optional("label", as: String.self) == nil)
        }
        #expect(label == "none" && flag)
        #expect(errors.map(\.code) == [.wrongType])
        #expect(errors[0].message == "wrong type: found null")
    }

    @Test func readsNestedArraysOfObjectsWithTheirPaths() throws {
        let text = """
            {"topology": {"provinces": [
              {"name": "P0", "cities": []},
              {"name": "P1", "cities": [{"name": "C0", "departments": -1}]}
            ]}}
            """
        var names: [String] = []
        let errors = try read(text) { r in
            _ = r.object("topology") { t in
                names = t.objects("provinces") { p in
                    _ = p.objects("cities") { c in
                        _ = c.string("name")
                        return c.int("departments", in: 0...)
                    }
                    return p.string("name")
                }
            }
        }
        #expect(names == ["P0", "P1"])
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.path.description == "topology.provinces[1].cities[0].departments")
        #expect(error.line == 3 && error.column == 59)
    }

    @Test func reportsEveryErrorOfAFileSortedByPosition() throws {
        let text = """
            {
              "name": 5,
              "seed": -1,
              "sead": 2,
              "start": "2024-13-01",
              "mode": "spreadshet",
              "units": [{"id": "a", "size": 1}, {"id": "b", "colour": "red"}]
            }
            """
        let errors = try read(text) { r in
            _ = r.enumValue("mode", as: Mode.self)
            _ = r.objects("units") { u in
                _ = u.string("id")
                return u.int("size", in: 1...10)
            }
            _ = r.date("start")
            _ = r.int("seed", in: 0...)
            _ = r.string("name")
            _ = r.string("title")
        }
        #expect(
            errors.map(\.description) == [
                "Scenarios/x.json:1:1: missing required field \"title\"; expected a string",
                "Scenarios/x.json:2:11: name: wrong type: found the number 5; expected a string",
                "Scenarios/x.json:3:11: seed: value -1 is out of range; expected an integer >= 0",
                "Scenarios/x.json:4:3: sead: unknown key \"sead\"; expected one of mode, units, start, seed, name, "
                    + "title (did you mean \"seed\"?)",
                "Scenarios/x.json:5:12: start: bad date \"2024-13-01\"; expected a real date written YYYY-MM-DD",
                "Scenarios/x.json:6:11: mode: unknown value \"spreadshet\"; expected one of api, frontEnd, "
                    + "spreadsheet (did you mean \"spreadsheet\"?)",
                "Scenarios/x.json:7:37: units[1]: missing required field \"size\"; expected an integer in 1...10",
                "Scenarios/x.json:7:49: units[1].colour: unknown key \"colour\"; expected one of id, size",
            ])
    }

    @Test func reportsAWrongTypeOnceForAReaderOverANonObject() throws {
        let diagnostics = DiagnosticsCollector(file: "f.json")
        let reader = ObjectReader(try JSONParser().parse("[1]"), diagnostics: diagnostics)
        #expect(!reader.isObject)
        #expect(reader.string("name") == "")
        #expect(reader.int("count", in: 5...9) == 5)
        reader.finish()
        #expect(diagnostics.errors.map(\.message) == ["wrong type: found an array"])
    }

    @Test func boundsTheNumberOfArrayElements() throws {
        let errors = try read(#"{"steps": [], "tags": ["a", 1, "b"]}"#) { r in
            _ = r.array("steps", count: 1...Int.max) { $0.int() }
            #expect(r.array("tags") { $0.string() } == ["a", "b"])
            #expect(r.array("absent", required: false) { $0.string() } == [])
        }
        #expect(errors.map(\.code) == [.outOfRange, .wrongType])
        #expect(errors[0].message == "the array has 0 elements")
        #expect(errors[0].expected == "at least 1 element")
        #expect(errors[1].path.description == "tags[1]")
    }

    @Test func readsMapsInFileOrderWithKeyPaths() throws {
        var entries: [(key: String, value: String)] = []
        let errors = try read(#"{"days": {"2024-10-01": "holiday", "2024-09-29": "workday", "2024-10-02": 7}}"#) { r in
            entries = r.entries("days") { _, value in value.enumValue(allowed: ["holiday", "workday"]) }
        }
        #expect(entries.map(\.key) == ["2024-10-01", "2024-09-29"])
        #expect(entries.map(\.value) == ["holiday", "workday"])
        #expect(errors.map(\.path.description) == [#"days["2024-10-02"]"#])
    }

    @Test func decodesScenarioDecodableTypesAndKeepsLocations() throws {
        let diagnostics = DiagnosticsCollector(file: "f.json")
        let value = try JSONParser().parse("{\"mode\": \"api\",\n \"dates\": [\"2024-01-01\"], \"ref\": \"dept-9\"}")
        let r = ObjectReader(value, diagnostics: diagnostics)
        #expect(r.required("mode", as: Mode.self) == .api)
        #expect(r.required("dates", as: [CivilDate].self) == [CivilDate(year: 2024, month: 1, day: 1)!])
        #expect(r.optional("other", default: 3) == 3)
        #expect(r.required("absent", as: Int.self) == nil)
        #expect(r.has("ref"))
        let ref = r.location(ofKey: "ref")
        _ = r.string("ref")
        r.finish()
        // A check after decoding (e.g. a reference) reports at the kept location.
        diagnostics.report(.unknownReference, at: ref, message: "unknown department \"dept-9\"")
        #expect(
            diagnostics.result.errors.map(\.description) == [
                "f.json:1:1: missing required field \"absent\"; expected an integer",
                "f.json:2:34: ref: unknown department \"dept-9\"",
            ])
    }
}
