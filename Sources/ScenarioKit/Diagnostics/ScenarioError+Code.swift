extension ScenarioError {
    /// The kind of a `ScenarioError`. A struct over a private enum, so that new kinds can be added without
    /// breaking code that switches over them.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: Hashable, Sendable {
            case invalidJSON
            case wrongType
            case unknownKey
            case missingField
            case invalidValue
            case unknownEnumValue
            case unknownReference
            case ruleViolation
            case outOfRange
            case limitExceeded
            case io
        }

        private let wrapped: Wrapped

        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// The file is not RFC 8259 JSON (syntax, encoding, duplicate keys).
        public static let invalidJSON = Code(.invalidJSON)
        /// A value has the wrong JSON type, e.g. a string where a number belongs.
        public static let wrongType = Code(.wrongType)
        /// An object has a key the format does not know.
        public static let unknownKey = Code(.unknownKey)
        /// A required key is absent.
        public static let missingField = Code(.missingField)
        /// A value of the right type is malformed, e.g. a bad date or a fraction where an integer belongs.
        public static let invalidValue = Code(.invalidValue)
        /// A string is not one of the allowed names.
        public static let unknownEnumValue = Code(.unknownEnumValue)
        /// A name refers to something (a department, a resource) that is not defined.
        public static let unknownReference = Code(.unknownReference)
        /// The values are well-formed but break a rule of the domain (cite the rule id in the message).
        public static let ruleViolation = Code(.ruleViolation)
        /// A number is outside its allowed range, e.g. a negative count.
        public static let outOfRange = Code(.outOfRange)
        /// A size limit is exceeded: file size, nesting depth, generated world size.
        public static let limitExceeded = Code(.limitExceeded)
        /// The file cannot be read.
        public static let io = Code(.io)

        /// The name of the code, e.g. `unknownKey`.
        public var description: String {
            switch wrapped {
            case .invalidJSON: return "invalidJSON"
            case .wrongType: return "wrongType"
            case .unknownKey: return "unknownKey"
            case .missingField: return "missingField"
            case .invalidValue: return "invalidValue"
            case .unknownEnumValue: return "unknownEnumValue"
            case .unknownReference: return "unknownReference"
            case .ruleViolation: return "ruleViolation"
            case .outOfRange: return "outOfRange"
            case .limitExceeded: return "limitExceeded"
            case .io: return "io"
            }
        }
    }
}
