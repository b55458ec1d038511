import Foundation

/// summary.json: a known status and the six components, within tolerance of the recomputed ones.
enum SummaryClaims {
    static func check(folder: String, components: RecomputedComponents, log: inout FindingLog) {
        let file = FolderLayout.summary
        let path = (folder as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else {
            log.add(file, nil, "file missing, expected {\"status\": …, \"components\": {…}}")
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.add(file, nil, "cannot be read (check its permissions)")
            return
        }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            log.add(file, nil, "is not valid JSON, expected an object with \"status\" and \"components\"")
            return
        }
        guard case .object(let object) = root else {
            log.add(file, nil, "is not a JSON object, expected an object with \"status\" and \"components\"")
            return
        }

        switch object["status"] {
        case .string(let status) where status == "optimal" || status == "feasible":
            break
        case .string(let status):
            log.add(file, nil, "status is \"\(status)\", expected \"optimal\" or \"feasible\"")
        case nil:
            log.add(file, nil, "has no \"status\", expected \"optimal\" or \"feasible\"")
        case .some:
            log.add(file, nil, "status is not a string, expected \"optimal\" or \"feasible\"")
        }

        guard case .object(let claimed) = object["components"] else {
            log.add(file, nil, object["components"] == nil
                    ? "has no \"components\", expected an object with floor, service, fairness_max, fairness_sum, contracts and economy"
                    : "components is not an object, expected one with floor, service, fairness_max, fairness_sum, contracts and economy")
            return
        }
        for (key, actual) in components.named {
            let shown = NumberText.format(actual, decimals: 6)
            switch claimed[key] {
            case .number(let value):
                if !Tolerance.component(claimed: value, actual: actual) {
                    log.add(file, nil,
                            "components.\(key) is \(NumberText.format(value, decimals: 6)), expected \(shown) (recomputed from the plan and roster.csv)")
                }
            case nil:
                log.add(file, nil, "components has no \"\(key)\", expected \(shown)")
            case .some:
                log.add(file, nil, "components.\(key) is not a number, expected \(shown)")
            }
        }
    }
}

/// Just enough JSON to tell numbers, strings, booleans and objects apart.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
