package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Invoker;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms, cookies, JSON bodies and the limits they are read within. */
class RequestParsingTest {
  private static TestClient client(Invoker invoker, RequestLimits limits) {
    return new TestClient(app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        invoker)).withLimits(limits));
  }

  private static TestClient client(Invoker invoker) {
    return client(invoker, RequestLimits.defaults());
  }

  private static TestResponse post(TestClient client, String contentType, String body) {
    return client.request("POST", "/submit").header("Content-Type", contentType).body(body).send();
  }

  @Test
  void aUrlEncodedFormIsDecodedInOrderWithRepeatedFields() {
    TestClient client = client(request -> Response.text(request.form() + " "
        + request.form("name") + " " + request.formValues("tag")));
    TestResponse response = post(client, "application/x-www-form-urlencoded; charset=utf-8",
        "name=Ada+Lovelace&tag=a%26b&tag=c&empty=&caf%C3%A9=1");
    assertEquals("{name=[Ada Lovelace], tag=[a&b, c], empty=[], café=[1]} Ada Lovelace [a&b, c]",
        response.text());
  }

  @Test
  void aBodyOfAnotherTypeHasNoFormFields() {
    TestClient client = client(request -> Response.text(request.form() + " " + request.text()));
    assertEquals("{} name=x", post(client, "text/plain", "name=x").text());
  }

  @Test
  void tooManyFormFieldsIs413() {
    TestClient client = client(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxFormParts(2));
    assertEquals(200, post(client, "application/x-www-form-urlencoded", "a=1&b=2").status());
    TestResponse response = post(client, "application/x-www-form-urlencoded", "a=1&b=2&c=3");
    assertEquals(413, response.status());
    assertTrue(response.text().contains("more than 2 fields"), response.text());
  }

  @Test
  void aFormLargerThanTheFormMemoryIs413() {
    TestClient client = client(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxFormMemory(10));
    assertEquals(413, post(client, "application/x-www-form-urlencoded", "a=12345678901").status());
  }

  @Test
  void aBodyOverTheContentLimitIs413() {
    TestClient client = client(request -> Response.text(request.text()),
        RequestLimits.defaults().withMaxContentLength(4));
    assertEquals("1234", post(client, "text/plain", "1234").text());
    TestResponse response = post(client, "text/plain", "12345");
    assertEquals(413, response.status());
    assertTrue(response.text().contains("larger than the 4 bytes"), response.text());
  }

  @Test
  void aBodyWithoutALengthOverTheLimitIs413() {
    App app = app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        request -> Response.text(request.text())))
        .withLimits(RequestLimits.defaults().withMaxContentLength(4));
    LifecycleTest.StartResponseSpy start = new LifecycleTest.StartResponseSpy();
    app.call(Environ.builder().method("POST").pathInfo("/submit")
        .headers(HeaderList.of("Transfer-Encoding", "chunked"))
        .input(new ByteArrayInputStream("123456789".getBytes(StandardCharsets.UTF_8)))
        .build(), start);
    assertEquals(413, start.status);
  }

  @Test
  void aBodyShorterThanItsContentLengthIs400() {
    App app = app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        request -> Response.text(request.text())));
    LifecycleTest.StartResponseSpy start = new LifecycleTest.StartResponseSpy();
    app.call(Environ.builder().method("POST").pathInfo("/submit")
        .headers(HeaderList.of("Content-Length", "10"))
        .input(new ByteArrayInputStream("12345".getBytes(StandardCharsets.UTF_8)))
        .build(), start);
    assertEquals(400, start.status);
  }

  @Test
  void aContentLengthThatIsNoNumberIs400() {
    App app = app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        request -> Response.text(request.text())));
    LifecycleTest.StartResponseSpy start = new LifecycleTest.StartResponseSpy();
    app.call(Environ.builder().method("POST").pathInfo("/submit")
        .headers(HeaderList.of("Content-Length", "ten")).build(), start);
    assertEquals(400, start.status);
  }

  @Test
  void cookiesAreParsedFirstOneOfANameWinning() {
    TestClient client = client(request -> Response.text(request.cookies() + " "
        + request.cookie("quoted")));
    TestResponse response = client.request("POST", "/submit")
        .header("Cookie", "session=abc; quoted=\"x y\"; broken; session=later")
        .header("Cookie", "other=1").send();
    // As Werkzeug's parse_cookie: a name without a value is a cookie with an empty one.
    assertEquals("{session=abc, quoted=x y, broken=, other=1} x y", response.text());
  }

  @Test
  void aQuotedCookieValueKeepsItsSemicolonsAndLosesItsEscapesAsInWerkzeug() {
    TestClient client = client(request -> Response.text(request.cookies().toString()));
    TestResponse response = client.request("POST", "/submit")
        .header("Cookie", "a=\"x;y\"; b=\"q\\\"uote\\073d\"; c").send();
    // What werkzeug.sansio.http.parse_cookie gives for the same header.
    assertEquals("{a=x;y, b=q\"uote;d, c=}", response.text());
  }

  @Test
  void moreCookiesThanTheLimitIs431() {
    TestClient client = client(request -> Response.text(request.cookies().toString()),
        RequestLimits.defaults().withCookies(2, 4096));
    assertEquals("{a=1, b=2}",
        client.request("POST", "/submit").header("Cookie", "a=1; b=2").send().text());
    TestResponse response =
        client.request("POST", "/submit").header("Cookie", "a=1; b=2; c=3").send();
    assertEquals(431, response.status());
    assertTrue(response.text().contains("more than the 2 cookies this application reads"
        + " (MAX_COOKIE_COUNT)"), response.text());
  }

  @Test
  void aCookieLargerThanTheLimitIsIgnoredAsBrowsersNeverSendOne() {
    TestClient client = client(request -> Response.text(request.cookies().toString()),
        RequestLimits.defaults().withCookies(300, 10));
    assertEquals("{small=12345}", client.request("POST", "/submit")
        .header("Cookie", "small=12345; large=123456").send().text());
  }

  @Test
  void jsonNestedDeeperThanTheLimitIs400NotAStackOverflow() {
    TestClient client = client(request -> Response.json(request.json()));
    TestResponse response = client.request("POST", "/submit")
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .body("[".repeat(100_000) + "]".repeat(100_000)).send();
    assertEquals(400, response.status());
    Map<?, ?> error = (Map<?, ?>) dev.carafe.json.Json.read(response.bytes());
    assertEquals("Failed to decode JSON object: JSON nested deeper than 1000 levels at position:"
        + " 1000", error.get("description"));
  }

  @Test
  void theJsonLimitsAreTheApplicationsToSet() {
    TestClient client = client(request -> Response.json(request.json()), RequestLimits.defaults()
        .withJson(new dev.carafe.json.JsonLimits(16, 2, 3)));
    assertEquals(200, post(client, "application/json", "[[123]]").status());
    assertEquals(400, post(client, "application/json", "[[[1]]]").status());
    assertEquals(400, post(client, "application/json", "[1234]").status());
    assertEquals(400, post(client, "application/json", "[1e999999]").status());
    TestResponse tooLarge = post(client, "application/json", "[1,2,3,4,5,6,7,8]");
    assertEquals(413, tooLarge.status());
    assertTrue(tooLarge.text().contains("larger than the 16 bytes"), tooLarge.text());
  }

  @Test
  void jsonIsReadFromAJsonBody() {
    TestClient client = client(request -> Response.json(request.json()));
    TestResponse response = post(client, "application/json; charset=utf-8",
        "{\"name\":\"tea\",\"tags\":[\"green\"],\"price\":3.5}");
    assertEquals(200, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals("{\"name\":\"tea\",\"tags\":[\"green\"],\"price\":3.5}", response.text());
    assertEquals(200, post(client, "application/problem+json", "{}").status());
  }

  @Test
  void jsonOfAnotherContentTypeIs415() {
    TestClient client = client(request -> Response.json(request.json()));
    TestResponse response = post(client, "text/plain", "{}");
    assertEquals(415, response.status());
    assertTrue(response.text().contains("Content-Type was not &#39;application/json&#39;"),
        response.text());
  }

  @Test
  void malformedJsonIs400SayingWhatIsWrong() {
    TestClient client = client(request -> Response.json(request.json()));
    TestResponse response = client.request("POST", "/submit")
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .body("{\"name\": tea}").send();
    assertEquals(400, response.status());
    Map<?, ?> error = (Map<?, ?>) dev.carafe.json.Json.read(response.bytes());
    String description = (String) error.get("description");
    assertTrue(description.startsWith("Failed to decode JSON object: "), description);
    assertTrue(description.contains("position"), description);
  }

  @Test
  void anEmptyJsonBodyIs400() {
    TestClient client = client(request -> Response.json(request.json()));
    assertEquals(400, post(client, "application/json", "").status());
  }

  @Test
  void aRecordIsReadByItsAdapter() {
    TestClient client = client(request -> {
      dev.carafe.json.JsonTest.Point point = request.json(new dev.carafe.json.JsonTest.PointAdapter());
      return Response.text(point.toString());
    });
    assertEquals("Point[x=1, y=2]", post(client, "application/json", "{\"x\":1,\"y\":2}").text());
  }
}
