import HTTPTypes
import Hummingbird
import InstTransport

extension Response {
    /// The transport's answer as an HTTP response. Framing headers (`Content-Length`,
    /// `Transfer-Encoding`, `Connection`) are the server's to set; a header name that is not a
    /// valid token is dropped; a status outside 100…999 becomes a 502, since no client could read it.
    init(_ answer: TransportResponse) {
        guard (100...999).contains(answer.status) else {
            self.init(status: .badGateway, body: ResponseBody(byteBuffer: ByteBuffer(string: "the simulator answered with status \(answer.status)")))
            return
        }
        var fields = HTTPFields()
        for field in answer.headers {
            guard let name = HTTPField.Name(field.name), !Self.framingHeaders.contains(name) else { continue }
            fields.append(HTTPField(name: name, value: field.value))
        }
        self.init(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }

    private static let framingHeaders: Set<HTTPField.Name> = [.contentLength, .transferEncoding, .connection]
}
