import Foundation
import Testing

@testable import ScenarioKit

struct ScenarioSchemaTests {
    static let schemaPath = "docs/scenario.schema.json".relativeToRoot
    static let checker = ScenarioSchemaChecker(schema: try! JSONParser().parseFile(atPath: schemaPath))

    static var bundled: [String] { bundledFiles(in: "Scenarios") + bundledFiles(in: "Simulations") }

    @Test(arguments: bundled)
    func bundledFileConformsToTheSchema(file: String) throws {
        let value = try JSONParser().parseFile(atPath: file)
        #expect(Self.checker.check(value) == [])
    }

    @Test(arguments: bundled)
    func bundledFileNamesTheSchema(file: String) throws {
        let value = try JSONParser().parseFile(atPath: file)
        let reference = try #require(value.objectValue?["$schema"]?.stringValue)
        #expect(reference == "../docs/scenario.schema.json")
        let resolved = ExperimentLoader.resolve(reference, relativeTo: file)
        #expect(FileManager.default.fileExists(atPath: resolved))
    }

    @Test(arguments: [
        ("\"seed\": 2017", "\"seed\": \"2017\"", "seed: expected integer, found a string"),
        ("\"durationDays\": 365", "\"durationDays\": -1", "durationDays: below 1.0"),
        ("\"startDate\": \"2017-03-01\"", "\"startDate\": \"1 March\"", "startDate: \"1 March\" does not match"),
        ("\"name\": \"small-sync\",", "\"name\": \"small-sync\", \"nmae\": 1,", "nmae: unknown key"),
        ("\"name\": \"small-sync\",", "", "$: missing required name"),
        ("\"compare\": \"==\"", "\"compare\": \"=\"", "expect[0].compare: \"=\" is not one of the enum values"),
        ("{\"type\": \"unconditional\"}", "{\"type\": \"never\"}", "matches 0 of 3 oneOf options"),
    ])
    func checkerFindsWhatTheSchemaForbids(original: String, broken: String, problem: String) throws {
        let text = try String(contentsOfFile: "Scenarios/small-sync.json".relativeToRoot, encoding: .utf8)
        let range = try #require(text.range(of: original))
        let value = try JSONParser().parse(text.replacingCharacters(in: range, with: broken))
        let problems = Self.checker.check(value)
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    /// The schema's top-level keys are exactly the ones the loaders accept (their unknown-key message lists them).
    @Test func schemaAndLoadersAgreeOnTopLevelKeys() throws {
        let schema = Self.checker.schema.objectValue?["$defs"]?.objectValue
        let scenarioKeys = schema?["scenario"]?.objectValue?["properties"]?.objectValue?.keys ?? []
        let experimentKeys = schema?["experiment"]?.objectValue?["properties"]?.objectValue?.keys ?? []
        let scenarioError = try #require(Self.firstUnknownKeyExpectation("{\"zzz\": 1}"))
        #expect(scenarioError.sorted() == scenarioKeys.sorted())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("schema-keys-\(getpid()).json")
        try "{\"zzz\": 1}".write(to: dir, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ExperimentLoader.load(path: dir.path)
        } catch {
            let expected = try #require(error.errors.first { $0.code == .unknownKey }?.expected)
            #expect(
                expected.dropFirst("one of ".count).components(separatedBy: ", ").sorted() == experimentKeys.sorted())
        }
    }

    private static func firstUnknownKeyExpectation(_ text: String) -> [String]? {
        do {
            _ = try ScenarioLoader.decode(bytes: Array(text.utf8), file: "x")
            return nil
        } catch {
            guard let expected = error.errors.first(where: { $0.code == .unknownKey })?.expected else { return nil }
            return expected.dropFirst("one of ".count).components(separatedBy: ", ")
        }
    }

    /// Every property of the schema says what it is, so editors can show it.
    @Test func everySchemaPropertyHasADescription() {
        var missing: [String] = []
        func visit(_ value: JSONValue, _ path: String) {
            if let o = value.objectValue {
                if let properties = o["properties"]?.objectValue {
                    for m in properties.members {
                        let p = m.value.objectValue
                        // A `const` discriminator inside a oneOf option is described by its option.
                        if p?["description"] == nil && p?["const"] == nil { missing.append(path + "." + m.key) }
                    }
                }
                for m in o.members { visit(m.value, path + "/" + m.key) }
            } else if let a = value.arrayValue {
                for (i, e) in a.enumerated() { visit(e, path + "[\(i)]") }
            }
        }
        visit(Self.checker.schema, "#")
        #expect(missing == [])
    }
}
