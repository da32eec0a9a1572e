import InstLanguage
import InstTransport

extension OperationBinding {
    /// Sends `call` and returns the shaped result: what a command that does not list returns.
    ///
    /// Throws the service's error (``APIError/scriptError``, catchable, with the method and
    /// path), a transport fault as one, or a cancellation that stops the script; `interrupts`
    /// is asked while waiting (see ``APIClient/send(_:interrupts:)``).
    public func perform(_ call: APICall, client: APIClient, interrupts: () throws -> Void = {}) throws -> Value {
        service.shape(try fetch(call, client: client, interrupts: interrupts), for: operation)
    }

    /// Sends `call` and returns the decoded, unshaped answer.
    func fetch(_ call: APICall, client: APIClient, interrupts: () throws -> Void) throws -> Value {
        let request = try request(for: call)
        let response = try client.send(request, interrupts: interrupts)
        switch service.result(of: response, for: operation) {
        case .success(let value):
            return value
        case .failure(var error):
            error.method = request.method.rawValue
            error.path = request.path
            throw error.scriptError
        }
    }
}
