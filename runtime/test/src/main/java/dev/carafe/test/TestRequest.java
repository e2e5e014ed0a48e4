package dev.carafe.test;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Percent;
import dev.carafe.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A request of a {@link TestClient} being built: headers, a query and a body, then
 * {@link #send()}. The request comes from 127.0.0.1 to {@code http://localhost:80}, or to
 * {@code https://localhost:443} after {@link #scheme(String) scheme("https")}; a {@code Host}
 * header is added unless one is given, a {@code Content-Length} header whenever there is a
 * body, and the client's cookies for the path in a {@code Cookie} header. A {@code Host} header
 * given names the host and port, as a server reads them from it: {@code Host: example.com:8080}
 * addresses {@code example.com} on 8080, {@code Host: [::1]} addresses {@code ::1} on the
 * scheme's port.
 */
public final class TestRequest {
  private final Gateway gateway;
  private final CookieJar jar;
  private final String method;
  private final String path;
  private final StringBuilder query;
  private String scheme = "http";
  private HeaderList headers = HeaderList.empty();
  private byte[] body;
  private InputStream stream;

  /** A request through {@code gateway}; {@code jar} is {@code null} for a client without one. */
  TestRequest(Gateway gateway, CookieJar jar, String method, String target) {
    this.gateway = gateway;
    this.jar = jar;
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    if (!target.startsWith("/")) {
      throw new IllegalArgumentException("A request path starts with '/', got '" + target + "'");
    }
    int mark = target.indexOf('?');
    this.path = mark < 0 ? target : target.substring(0, mark);
    this.query = new StringBuilder(mark < 0 ? "" : target.substring(mark + 1));
  }

  /**
   * Sends the request as {@code "http"} (the default) or {@code "https"}, to port 80 or 443, as
   * Flask's {@code base_url="https://localhost"}: a {@code Secure} cookie goes only over https.
   */
  public TestRequest scheme(String scheme) {
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("The scheme is \"http\" or \"https\", got '" + scheme + "'");
    }
    this.scheme = scheme;
    return this;
  }

  /** Adds a request header; call again for another value of the same header. */
  public TestRequest header(String name, String value) {
    headers = headers.with(name, value);
    return this;
  }

  /** Adds {@code name=value} to the query string, percent-encoded. */
  public TestRequest query(String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(Percent.encodeQuery(name)).append('=').append(Percent.encodeQuery(value));
    return this;
  }

  /** Sets the body; the array is not copied. */
  public TestRequest body(byte[] body) {
    this.body = Objects.requireNonNull(body, "body");
    this.stream = null;
    return this;
  }

  /**
   * Sets a body that the application reads from {@code stream} as it would from the network, sent
   * as a chunked upload comes ({@code Transfer-Encoding: chunked}, no {@code Content-Length}
   * unless a header gives one): to see how much of a large or endless body the application reads
   * before it answers.
   */
  public TestRequest body(InputStream stream) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.body = null;
    return this;
  }

  /** Sets the body to {@code text} in UTF-8; no {@code Content-Type} is added. */
  public TestRequest body(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends {@code value} as a JSON body with {@code Content-Type: application/json}, as Flask's
   * test client's {@code json=}: maps, lists, strings, numbers, booleans and {@code null}.
   */
  public TestRequest json(Object value) {
    return header("Content-Type", "application/json").body(Json.standard().toBytes(value));
  }

  /**
   * Calls the gateway and reads the whole response.
   *
   * @throws AssertionError when the gateway breaks the gateway contract
   */
  public TestResponse send() {
    HeaderList sent = headers.contains("Host") ? headers : headers.with("Host", "localhost");
    if (body != null) {
      sent = sent.withOnly("Content-Length", Integer.toString(body.length));
    } else if (stream != null && !sent.contains("Content-Length")) {
      sent = sent.withOnly("Transfer-Encoding", "chunked");
    }
    if (jar != null) {
      sent = jar.addTo(sent, path, scheme.equals("https"));
    }
    String host = sent.first("Host");
    int defaultPort = scheme.equals("https") ? 443 : 80;
    Environ environ = Environ.builder()
        .method(method)
        .scheme(scheme)
        .host(hostName(host))
        .port(hostPort(host, defaultPort))
        .pathInfo(path)
        .queryString(query.toString())
        .remoteAddress("127.0.0.1")
        .headers(sent)
        .input(stream != null ? stream : new ByteArrayInputStream(body == null ? new byte[0] : body))
        .build();
    RecordingStartResponse startResponse = new RecordingStartResponse();
    Body returned;
    try {
      returned = gateway.call(environ, startResponse);
    } catch (IllegalStateException e) {
      if (startResponse.violation() != null) {
        throw new AssertionError(startResponse.violation() + " on " + environ, e);
      }
      throw e;
    } finally {
      startResponse.close();
    }
    startResponse.check(environ, returned);
    byte[] content = BodyReader.readAll(returned);
    checkLength(environ, startResponse.headers(), content.length);
    if (jar != null) {
      jar.receive(startResponse.headers().all("Set-Cookie"), path);
    }
    return new TestResponse(startResponse.status(), startResponse.headers(), content);
  }

  /** The name in a {@code Host} header, without the port or an IPv6 address's brackets. */
  private static String hostName(String host) {
    if (host.startsWith("[") && host.indexOf(']') > 0) {
      return host.substring(1, host.indexOf(']'));
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** The port in a {@code Host} header, or the scheme's when it has none (or a broken one). */
  private static int hostPort(String host, int defaultPort) {
    int colon = host.indexOf(':', host.startsWith("[") ? Math.max(host.indexOf(']'), 0) : 0);
    try {
      return colon < 0 ? defaultPort : Integer.parseInt(host.substring(colon + 1));
    } catch (NumberFormatException e) {
      return defaultPort;
    }
  }

  /** A declared length that the body does not have would break a real connection. */
  private void checkLength(Environ environ, HeaderList headers, long actual) {
    String declared = headers.first("Content-Length");
    if (declared == null || method.equals("HEAD") && actual == 0) {
      return;
    }
    if (!declared.equals(Long.toString(actual))) {
      throw new AssertionError("The gateway declared Content-Length " + declared + " but sent "
          + actual + " bytes on " + environ);
    }
  }
}
