import Foundation

/// One change to summary.json: the value at `path` (`week`, `roster.shifts`, `stages[3].bound`)
/// replaced by the JSON text `json`, or removed when `json` is nil. An index one past the end of a
/// list appends.
struct SummaryEdit: Sendable, CustomStringConvertible {
    let path: String
    let json: String?

    static func set(_ path: String, _ json: String) -> SummaryEdit { SummaryEdit(path: path, json: json) }
    static func remove(_ path: String) -> SummaryEdit { SummaryEdit(path: path, json: nil) }

    var description: String { json.map { "\(path) = \($0)" } ?? "remove \(path)" }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private enum Step {
        case key(String)
        case index(Int)
    }

    /// `stages[3].bound` → key stages, index 3, key bound.
    private var steps: [Step] {
        get throws {
            var steps: [Step] = []
            for part in path.split(separator: ".") {
                let pieces = part.split(separator: "[")
                guard let name = pieces.first else { throw Failure(description: "empty step in \(path)") }
                steps.append(.key(String(name)))
                for piece in pieces.dropFirst() {
                    guard piece.hasSuffix("]"), let index = Int(piece.dropLast()) else {
                        throw Failure(description: "bad index in \(path)")
                    }
                    steps.append(.index(index))
                }
            }
            return steps
        }
    }

    /// `document` with this edit applied.
    func applied(to document: Any) throws -> Any {
        let value = try json.map { try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) }
        return try Self.replacing(in: document, at: try steps[...], with: value, path: path)
    }

    private static func replacing(in node: Any, at steps: ArraySlice<Step>, with value: Any?, path: String) throws -> Any {
        guard let step = steps.first else { return value as Any }
        let rest = steps.dropFirst()
        switch step {
        case .key(let key):
            guard var object = node as? [String: Any] else { throw Failure(description: "\(path): \(key) is not in an object") }
            if rest.isEmpty, value == nil {
                object[key] = nil
            } else {
                object[key] = try replacing(in: object[key] as Any, at: rest, with: value, path: path)
            }
            return object
        case .index(let index):
            guard var list = node as? [Any], index <= list.count else { throw Failure(description: "\(path): no item \(index)") }
            if rest.isEmpty, value == nil {
                list.remove(at: index)
            } else if index == list.count {
                list.append(try replacing(in: NSNull(), at: rest, with: value, path: path))
            } else {
                list[index] = try replacing(in: list[index], at: rest, with: value, path: path)
            }
            return list
        }
    }
}

extension RosterFolder {
    /// Applies `edits` to summary.json, which is parsed and written again (pretty, keys sorted).
    mutating func editSummary(_ edits: [SummaryEdit]) throws {
        let text = (files["summary.json"] ?? []).joined(separator: "\n")
        var document = try JSONSerialization.jsonObject(with: Data(text.utf8))
        for edit in edits { document = try edit.applied(to: document) }
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        files["summary.json"] = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    }
}
