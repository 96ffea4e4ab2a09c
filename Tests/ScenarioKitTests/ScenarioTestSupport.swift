import Foundation

@testable import ScenarioKit

/// The repository root, found from this file's path (Tests/ScenarioKitTests/…).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The JSON files of a folder of the repository, sorted by name.
func bundledFiles(in folder: String) -> [String] {
    let dir = repositoryRoot + "/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { dir + "/" + $0 }
}

/// The text of the errors decoding `text` reports, or `nil` when it decodes.
func scenarioErrors(_ text: String, file: String = "Scenarios/broken.json") -> String? {
    do {
        _ = try ScenarioLoader.decode(bytes: Array(text.utf8), file: file)
        return nil
    } catch {
        return error.description
    }
}

/// A minimal valid scenario with `extra` members spliced into the top level and the department's resource
/// given by `resource`; used to build broken files that differ in one place.
func minimalScenario(extra: String = "", resource: String = minimalResource, department: String = "") -> String {
    """
    {
      "$schema": "../docs/scenario.schema.json",
      "name": "minimal",
      "seed": 1,
      "startDate": "2017-03-01",
      "durationDays": 30,\(extra)
      "topology": {
        "governments": [
          {"id": "CN", "name": "国家", "level": "national"},
          {"id": "ZJ", "name": "浙江省", "level": "provincial", "parent": "CN"}
        ],
        "departments": [
          {"id": "ZJ-EDU", "name": "浙江省教育厅", "government": "ZJ"\(department), "resources": [
            \(resource)
          ]}
        ]
      }
    }
    """
}

let minimalResource = """
    {"code": "ZJ-EDU-01", "name": "学籍信息", "classification": {"class": "department"},
             "items": [{"name": "学号"}], "shareType": {"type": "unconditional"}}
    """
