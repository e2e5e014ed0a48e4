package dev.carafe.test;

import dev.carafe.gateway.HeaderList;
import dev.carafe.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** A whole response as the {@link TestClient} received it: status, headers and body. */
public final class TestResponse {
  private final int status;
  private final HeaderList headers;
  private final byte[] body;

  TestResponse(int status, HeaderList headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The first value of header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    return headers.first(name);
  }

  /** Every header, as the gateway gave them. */
  public HeaderList headers() {
    return headers;
  }

  /**
   * The cookies this response sets, one per {@code Set-Cookie} header in order, with the
   * attributes as the header gives them; a header a browser would ignore (no {@code =}, no name)
   * is left out. What the client keeps of them is in {@link TestClient#cookies()}.
   */
  public List<TestCookie> cookies() {
    return headers.all("Set-Cookie").stream()
        .map(SetCookieHeader::parse)
        .filter(Objects::nonNull)
        .toList();
  }

  /** A copy of the body. */
  public byte[] bytes() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body read as JSON: objects as {@code Map}s, arrays as {@code List}s, numbers as
   * {@code Long} or {@code Double}, as Flask's test response's {@code get_json()}.
   *
   * @throws AssertionError when the body is not JSON, with the body in the message
   */
  public Object json() {
    try {
      return Json.read(body);
    } catch (RuntimeException e) {
      throw new AssertionError("The body is not JSON (" + e.getMessage() + "): " + this, e);
    }
  }

  /** The status, the headers and the start of the body, for assertion messages. */
  @Override
  public String toString() {
    String text = text();
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return "TestResponse[" + status + " " + headers + ", " + body.length + " bytes"
        + (body.length == 0 ? "" : ": " + shown) + "]";
  }
}
