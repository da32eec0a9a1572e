import Hummingbird
import InstTransport
import NIOCore

/// Answers every HTTP request by sending it through a ``Transport``, apart from the clock's
/// requests (`/_sim/…`) when the server has a clock.
struct TransportResponder: HTTPResponder {
    let transport: any Transport
    let clock: ClockEndpoints?
    /// Requests with a larger body get 413.
    let bodyLimit: Int

    func respond(to request: Request, context: ServerContext) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: bodyLimit)
        } catch is NIOTooManyBytesError {
            return Self.plainText(.contentTooLarge, "the request body is larger than the \(bodyLimit) byte limit")
        }
        let transportRequest = TransportRequest(head: request.head, body: Array(buffer: body))
        if let clock, let answer = await clock.answer(transportRequest) { return Response(answer) }
        do {
            return Response(try await transport.send(transportRequest))
        } catch TransportError.connection {
            // A simulated reset: drop the connection without an answer. The server's own attempt
            // to write a 500 afterwards then fails on the closed channel, which it ignores.
            try? await context.channel.close()
            throw TransportError.connection("reset by the simulator")
        } catch {
            return Self.plainText(.badGateway, "the simulator failed: \(error)")
        }
    }

    static func plainText(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n"))
        )
    }
}
