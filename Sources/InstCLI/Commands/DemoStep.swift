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
    /// two days later, and where to go next.
    static let tour: [DemoStep] = [
        .section("The demo workspace, in the embedded simulator: no credentials used, nothing leaves this machine"),
        .run("instantly.campaigns.list | select name status_label daily_limit | table"),
        .run("instantly.accounts.list | select email status_label | table"),

        .section("The laws: inst knows where Instantly's API surprises people (law 3: time zones)"),
        .run("instantly.timezone America/New_York"),
        .say("Laws 4 and 5: plain text becomes the <div> lines Instantly keeps; a link keeps its '?' outside."),
        .run(#"instantly.body "Hi {{first_name}},\n\nWant to [pick a time](https://northwind.test/call)?""#),

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
        .run("instantly.campaigns.analytics | select campaign_name leads_count emails_sent_count reply_count | table"),
        .run("instantly.emails.list campaign_id=$peer.id email_type=received | select lead content_preview | table"),
    ]

    /// Where to go next, after the tour.
    static let nextSteps = [
        "Next: `inst` (the REPL; `help` lists commands), `inst help` (the language), `inst run SCRIPT [--live]`, docs/.",
        "Coming with GoHighLevel: each reply becomes a CRM contact, tagged and put in a workflow.",
    ]
}
