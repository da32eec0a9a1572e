import APISchema
import InstLanguage
import InstTransport

/// What a dry-run knows about Instantly calls so far, and the advice that follows from it: the
/// objects planned calls made up (placeholder ids), the leads loaded per campaign and what the
/// script did about law 7 afterwards, the verifications planned. A value: the advisor in the
/// runtime holds one behind a lock and calls these in the order the calls are made.
public struct InstantlyPlanState: Sendable {
    /// Made-up objects by placeholder id, as a later read of them answers.
    var objects: [String: Value] = [:]
    var issuedPlaceholders = 0
    var loads = LeadLoadLog()
    /// `campaign-or-list|email` of every lead loaded so far → the write that loaded it.
    var loadedLeads: [String: Int] = [:]
    var plannedVerifications = 0

    public init() {}

    /// The API-key scopes of which any one allows the request's operation, most specific first.
    public static func scopes(for request: TransportRequest) -> [String] {
        InstantlyCatalog.operation(named: request.operationID)?.scopes
            ?? InstantlyCatalog.operation(request.method, request.pathTemplate)?.scopes ?? []
    }

    /// Takes note of write number `sequence` (planned or sent) and returns its warnings: the
    /// email body lint (laws 4, 5) and campaign rules, and leads loaded twice in the run.
    public mutating func review(_ request: TransportRequest, sequence: Int, planned: Bool) -> [String] {
        let call = PlannedRequest(request)
        if request.effect == .metered, planned, request.operationID == InstantlyCatalog.emailVerificationCreate.name {
            plannedVerifications += 1
        }
        let warnings = InstantlyPlanLint.bodyWarnings(call) + duplicates(in: call, sequence: sequence)
        loads.review(call)
        return warnings
    }

    /// A warning for each lead `call` loads that an earlier write of the run loaded to the same place.
    private mutating func duplicates(in call: PlannedRequest, sequence: Int) -> [String] {
        let skips = call.fields["skip_if_in_campaign"]?.isTruthy == true
        return InstantlyPlanLint.leads(in: call).compactMap { lead in
            guard let earlier = loadedLeads[lead.key] else {
                loadedLeads[lead.key] = sequence
                return nil
            }
            let skipped = skips && lead.destination.hasPrefix("campaign") ? " (skip_if_in_campaign: the service skips it)" : ""
            return "duplicate lead: \(lead.email) was already loaded into \(lead.destination) by write \(earlier) of this run\(skipped)"
        }
    }

    /// Sees the answer a call got: campaign names, and the status of a campaign re-read after a load.
    public mutating func observe(_ request: TransportRequest, response: TransportResponse) {
        // Only GET reads of campaigns matter: nothing else is decoded.
        guard response.isSuccess, request.effect == .read, request.body == nil else { return }
        let call = PlannedRequest(request)
        guard loads.wantsAnswer(to: call), let answer = try? JSONParser.parse(response.body) else { return }
        loads.observe(call, answer: answer)
    }

    /// What to say about the run as a whole: law 7 per campaign loaded, verifications planned.
    public func notes() -> [String] {
        var notes = loads.notes()
        if plannedVerifications > 0 {
            let count = plannedVerifications == 1 ? "1 email verification was" : "\(plannedVerifications) email verifications were"
            notes.append("\(count) planned, not sent (each spends a credit): the answers say \"verified\"; run with --spend to verify for real in a dry-run")
        }
        return notes
    }
}
