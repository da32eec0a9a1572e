extension InstantlyService {
    /// Email verification (metered), with the reserved test domains of ``EmailVerdict``.
    static let verificationRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/email-verification", scopes: []) { workspace, request throws(SimError) in
            guard let email = request.bodyObject["email"]?.stringValue?.trimmingSpaces, !email.isEmpty else {
                throw .badRequest("body must have required property 'email'")
            }
            return .ok(.object(workspace.startVerification(email)))
        },
        Route(.get, "/api/v2/email-verification/{email}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.pollVerification(request.parameter("email"))))
        },
    ]
}
