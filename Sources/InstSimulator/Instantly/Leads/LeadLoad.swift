/// One lead load (`POST /leads` or `POST /leads/add`): where the leads go, the `skip_if_*` rules, and
/// the counts the bulk answer reports.
struct LeadLoad {
    var campaign: String?
    var list: String?
    var skipIfInWorkspace = false
    var skipIfInCampaign = false
    var skipIfInList = false
    /// `POST /leads/add` reads skip_if_in_campaign/list as "in ANY campaign/list"; `POST /leads` as
    /// "in the campaign/list it is added to".
    var bulk = false

    var uploaded: [(index: Int, lead: JSONObject)] = []
    var inBlocklist = 0, duplicatedLeads = 0, skipped = 0, invalidEmails = 0, duplicateEmails = 0
    private var seenEmails: Set<String> = []

    init(campaign: String?, list: String?, flags: JSONObject, bulk: Bool) {
        self.campaign = campaign
        self.list = list
        skipIfInWorkspace = flags["skip_if_in_workspace"]?.boolValue ?? false
        skipIfInCampaign = flags["skip_if_in_campaign"]?.boolValue ?? false
        skipIfInList = flags["skip_if_in_list"]?.boolValue ?? false
        self.bulk = bulk
    }

    /// Why a lead is not added, or `nil` when it is.
    enum Skip: Equatable {
        case invalidEmail, duplicateInRequest, blocked, skipIf, alreadyThere
    }

    /// Adds one input lead to `workspace` unless a rule skips it.
    mutating func add(_ input: JSONObject, index: Int, to workspace: inout InstantlyWorkspace) -> Skip? {
        let email = input["email"]?.stringValue
        if let skip = skipReason(email, in: workspace) {
            switch skip {
            case .invalidEmail: invalidEmails += 1
            case .duplicateInRequest: duplicateEmails += 1
            case .blocked: inBlocklist += 1
            case .skipIf: skipped += 1
            case .alreadyThere: duplicatedLeads += 1
            }
            return skip
        }
        if let email { seenEmails.insert(email.lowercased()) }
        let lead = workspace.newLead(input, campaign: campaign, list: list)
        workspace.insertLead(lead)
        uploaded.append((index, lead))
        return nil
    }

    private func skipReason(_ email: String?, in workspace: InstantlyWorkspace) -> Skip? {
        guard let email, !email.isEmpty else { return campaign != nil ? .invalidEmail : nil }
        guard JSONFormat.isEmail(email) else { return .invalidEmail }
        if seenEmails.contains(email.lowercased()) { return .duplicateInRequest }
        if workspace.isBlocked(email) { return .blocked }
        if skipIfInWorkspace, workspace.hasLead(email: email) { return .skipIf }
        if skipIfInCampaign, bulk ? workspace.hasLead(email: email, anyCampaign: true) : workspace.hasLead(email: email, campaign: campaign ?? "") {
            return .skipIf
        }
        if skipIfInList, bulk ? workspace.hasLead(email: email, anyList: true) : workspace.hasLead(email: email, list: list ?? "") {
            return .skipIf
        }
        if workspace.hasLead(email: email, campaign: campaign, list: list), campaign != nil || list != nil { return .alreadyThere }
        return nil
    }
}
