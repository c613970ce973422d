import Foundation

/// Every parameter of every method the daemon describes: wrong types and huge numbers.
extension HostileSuite {
    func wrongTypes() {
        group("wrong types, every parameter of every method") { result in
            var connection = try UnixConnection(path: daemon.socket)
            var parametersTried = 0
            for (interface, method) in methods {
                for parameter in method.parameters {
                    parametersTried += 1
                    for value in factory.wrong(parameter.type) {
                        let parameters = factory.parameters(method, replacing: parameter.name, with: value)
                        for more in [false, true] {
                            let call = #"{"method":"\#(interface).\#(method.name)","parameters":\#(parameters)\#(more ? #","more":true"# : "")}"#
                            let outcome: Outcome = connection.send(frame: call) ? judge.outcome(of: connection) : .closed
                            result.count(outcome, "\(interface).\(method.name) \(parameter.name)=\(value.prefix(60))")
                            switch outcome {
                            case .answered:
                                result.fail("\(interface).\(method.name) accepted \(parameter.name)=\(value.prefix(80))")
                            case .declaredError, .undeclaredError: break
                            default: connection = try UnixConnection(path: daemon.socket)
                            }
                        }
                    }
                }
                // A parameter no method has, and parameters that are not an object.
                for parameters in [#"{"noSuchParameter":1}"#, "[]", "1", "\"x\""] {
                    let call = #"{"method":"\#(interface).\#(method.name)","parameters":\#(parameters)}"#
                    let outcome: Outcome = connection.send(frame: call) ? judge.outcome(of: connection) : .closed
                    result.count(outcome, "\(interface).\(method.name) parameters=\(parameters)")
                    if case .closed = outcome { connection = try UnixConnection(path: daemon.socket) }
                    if case .hang = outcome { connection = try UnixConnection(path: daemon.socket) }
                    if case .answered = outcome, parameters != #"{"noSuchParameter":1}"# {
                        result.fail("\(interface).\(method.name) accepted parameters=\(parameters)")
                    }
                }
            }
            result.notes.append("\(methods.count) methods in \(interfaces.count) interfaces, \(parametersTried) parameters, each wrong value with and without more")
        }
    }

    func hugeNumbers() {
        group("huge numbers in every numeric parameter") { result in
            var connection = try UnixConnection(path: daemon.socket)
            var places = 0
            var accepted: [String: Int] = [:]
            for (interface, method) in methods {
                for parameter in method.parameters {
                    let values = factory.huge(parameter.type)
                    if !values.isEmpty { places += 1 }
                    for value in values {
                        let call = #"{"method":"\#(interface).\#(method.name)","parameters":\#(factory.parameters(method, replacing: parameter.name, with: value))}"#
                        let outcome: Outcome = connection.send(frame: call) ? judge.outcome(of: connection) : .closed
                        result.count(outcome, "\(interface).\(method.name) \(parameter.name)=\(value.prefix(40))")
                        switch outcome {
                        case .answered: accepted["\(method.name).\(parameter.name)", default: 0] += 1
                        case .declaredError, .undeclaredError: break
                        default: connection = try UnixConnection(path: daemon.socket)
                        }
                    }
                }
            }
            result.notes.append("\(places) numeric parameters × \(ValueFactory.hugeNumbers.count) numbers (1e400, 2^64, -0, 10,000 digits, …)")
            if !accepted.isEmpty {
                // -0 is 0 and 1e-400 / 0.111… are floats: a valid call answered is right for those.
                result.notes.append("answered (valid after all: -0, tiny or long floats): " + accepted.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))
            }
        }
    }
}
