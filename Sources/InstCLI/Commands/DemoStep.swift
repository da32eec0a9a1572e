/// One beat of `inst demo`.
enum DemoStep {
    /// A numbered section's title.
    case section(String)
    /// A line of explanation.
    case say(String)
    /// An entry typed at the prompt: shown, run, its value and writes shown.
    case run(String)
    /// Like ``run(_:)``, and replayed (silently) in the later sessions: a definition later entries use.
    case define(String)
    /// From here on, a fresh simulator in live mode: a dry-run's scratch state does not carry over,
    /// as a dry-run against the real service changes nothing.
    case goLive
}

extension DemoStep {
    /// The tour: the demo workspace, the laws, verify-then-load as a dry-run and then live,
    /// two days later, the replies synced to GoHighLevel, and where to go next.
    static let tour: [DemoStep] = [
        .section("The demo workspace, in the embedded simulator: no credentials used, nothing leaves this machine"),
        .run("instantly.campaigns.list | select name status_label daily_limit | table"),

        .section("The laws: inst knows where Instantly's API surprises people (law 3: time zones)"),
        .run("instantly.timezone America/New_York"),
        .run(#"instantly.body "Hi,\n\nWant to [pick a time](https://northwind.test/call)?"   # laws 4, 5: <div> lines"#),

        .section("Verify, then load: a dry-run plans the writes and sends none"),
        .define(#"let leads = ["maria@harbor.test", "sam@invalid.test", "jo@catchall.test", "li@slow.test"]"#),
        .define(#"let peer = (instantly.campaigns.list search="Q4 Executive Peer" | first)"#),
        .define("""
            proc load_verified(campaign, emails) {
              for email in $emails {
                let v = (instantly.verify $email)                      # law 11: waits while pending
                if $v.verification_status == "verified" and not $v.catch_all {
                  instantly.leads.create campaign=$campaign.id email=$email skip_if_in_campaign=true
                }
              }
              let now = (instantly.campaigns.get $campaign.id)         # law 7: leads can activate it
              if $now.status_label == "active" { instantly.campaigns.pause $campaign.id }
            }
            """),
        .run("load_verified $peer $leads"),

        .section("Signed off: the same, live (still the simulator), activated, and two days later"),
        .goLive,
        .run("load_verified $peer $leads"),
        .run("(instantly.campaigns.activate $peer.id).status_label"),
        .run("sim.advance 2d                # the simulator's clock: campaigns send, people reply"),
        .run("instantly.emails.list campaign_id=$peer.id email_type=received | select lead content_preview | table"),

        .section("Each reply becomes a GoHighLevel contact, tagged and in a workflow, exactly once"),
        .run("use sync                     # the standard library, written in inst (stdlib/sync.inst)"),
        .run(#"sync.replies_to_ghl campaign=$peer.id tag=instantly-q4 workflow="Hot reply" | select synced skipped"#),
        .run("ghl.contacts.search query=maria@harbor.test | select email tags source | table"),
        .run(#"(sync.replies_to_ghl campaign=$peer.id tag=instantly-q4 workflow="Hot reply").skipped   # run again: nothing new"#),
    ]

    /// Where to go next, after the tour.
    static let nextSteps = [
        "Next: `inst` (the REPL; `help` lists commands), `inst run SCRIPT [--live]`, `inst serve SCRIPT` (`on reply_received { … }` as replies arrive), docs/.",
    ]
}
