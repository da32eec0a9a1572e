import InstLanguage
import InstRuntime
import InstTransport
import InstantlyKit

/// Reads Instantly back for the ledger (``LedgerMiddleware``), with the checks of
/// ``InstantlyOutcomeCheck``: a landed write is answered with what was found, as a 200.
struct InstantlyOutcomeProbe: OutcomeProbe {
    func check(
        _ write: TransportRequest, read: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async -> OutcomeVerdict {
        guard let check = InstantlyOutcomeCheck.check(for: write) else {
            return .cannotCheck("Instantly offers no way to read back \(write.operationID)")
        }
        let response: TransportResponse
        do {
            response = try await read(check.read)
        } catch {
            return .cannotCheck("reading it back failed: \(error)")
        }
        switch check.judge(response) {
        case .landed(let found):
            guard let body = try? JSONPrinter.bytes(found) else { return .cannotCheck("the record read back cannot be printed") }
            return .landed(TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: body))
        case .notLanded:
            return .notLanded
        case .unreadable(let why):
            return .cannotCheck(why)
        }
    }
}
