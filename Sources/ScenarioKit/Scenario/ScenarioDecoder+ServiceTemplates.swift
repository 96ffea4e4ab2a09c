import Foundation
import SharingModel

/// A service written once for every generated city or province (`generate.services`).
struct DecodedServiceTemplate {
    /// Which generated governments get a copy.
    enum Each: String, CaseIterable {
        /// Every generated city; `{city}` is its id and `{province}` its province's.
        case city
        /// Every generated province; `{province}` is its id.
        case province
    }

    var each: Each
    /// The service with placeholders in its ids, name, department and needs.
    var service: DecodedService
}

extension ScenarioDecoder {
    /// One element of `generate.services`: `{"each": "city" | "province", "service": <a service>}`. The
    /// service's strings may hold `{city}` and `{province}`, replaced by each government's generated id, so a
    /// national world's demand is written once, not 333 times, and shrinks with the counts.
    func readServiceTemplate(_ r: ObjectReader) -> DecodedServiceTemplate? {
        let each = r.enumValue("each", as: DecodedServiceTemplate.Each.self)
        let service = r.object("service") { readService($0) }
        guard let each, let service else { return nil }
        if each == .province, mentions(service, "{city}") {
            r.report(
                .invalidValue, key: "service", "a service made for every province cannot name {city}",
                expected: "only {province} with \"each\": \"province\"")
        }
        return DecodedServiceTemplate(each: each, service: service)
    }

    private func mentions(_ s: DecodedService, _ placeholder: String) -> Bool {
        let strings =
            [s.spec.id.rawValue, s.spec.name, s.spec.department.rawValue]
            + s.spec.needs.flatMap { [$0.provider.rawValue, $0.resource.rawValue] }
        return strings.contains { $0.contains(placeholder) }
    }

    /// The template services made concrete for the generated governments of `template`, cities first, each
    /// template in file order for every government (so a scaled-down world keeps the same services per city).
    func expandServiceTemplates(_ templates: [DecodedServiceTemplate], template t: WorldTemplate) -> [DecodedService] {
        var out: [DecodedService] = []
        guard t.provinces > 0 else { return out }
        for template in templates where template.each == .city {
            for c in 0..<t.cities {
                let p = c % t.provinces
                out.append(
                    instantiate(
                        template.service,
                        [
                            "{city}": WorldSpec.generatedCityID(c).rawValue,
                            "{province}": WorldSpec.generatedProvinceID(p).rawValue,
                        ]))
            }
        }
        for template in templates where template.each == .province {
            for p in 0..<t.provinces {
                out.append(instantiate(template.service, ["{province}": WorldSpec.generatedProvinceID(p).rawValue]))
            }
        }
        return out
    }

    private func instantiate(_ s: DecodedService, _ values: [String: String]) -> DecodedService {
        func fill(_ text: String) -> String {
            var result = text
            // Sorted, so the replacement order never depends on hashing.
            for key in values.keys.sorted() { result = result.replacingOccurrences(of: key, with: values[key]!) }
            return result
        }
        var copy = s
        copy.spec.id = ServiceID(fill(s.spec.id.rawValue))
        copy.spec.name = fill(s.spec.name)
        copy.spec.department = DepartmentID(fill(s.spec.department.rawValue))
        copy.spec.needs = s.spec.needs.map {
            ServiceSpec.Need(
                provider: DepartmentID(fill($0.provider.rawValue)), resource: ResourceCode(fill($0.resource.rawValue)))
        }
        return copy
    }
}
