extension InstantlyWorkspace {
    /// Moves the clock to `time`, running everything due on the way in time order: opens and replies
    /// of emails already sent, and every active campaign's sending slots.
    mutating func advance(to time: SimTime) {
        guard time > now else { return }
        var run = makeSendingRun(until: time)
        while true {
            let slot = run.nextCampaignSlot(dueBy: time)
            if let outcomeTime = run.outcomes.nextTime, outcomeTime <= (slot?.time ?? time),
                let (due, outcome) = run.outcomes.pop(dueBy: time)
            {
                now = max(now, due)
                apply(outcome, in: &run)
            } else if let slot {
                now = max(now, slot.time)
                sendSlot(campaign: slot.index, at: slot.time, in: &run)
            } else {
                break
            }
        }
        now = time
    }

    private mutating func apply(_ outcome: SendingRun.Outcome, in run: inout SendingRun) {
        switch outcome {
        case .open(let emailID): recordOpen(ofEmail: emailID)
        case .reply(let emailID): receiveReply(toEmail: emailID, in: &run)
        }
    }
}
