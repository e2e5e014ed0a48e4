package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * URL-encoded forms as Werkzeug reads them ({@link FormWerkzeugTest} compares with it), within
 * MAX_FORM_MEMORY_SIZE and MAX_FORM_PARTS; a form is never an error for its encoding.
 */
class UrlEncodedFormTest {
  private static final String TYPE = "application/x-www-form-urlencoded";

  private static TestClient client(RequestLimits limits) {
    App app = app(Lifecycle.none(), endpoint("form", "/form", "POST", null,
        request -> Response.text(request.form().toString()))).withLimits(limits);
    return new TestClient(app);
  }

  private static TestResponse post(String body) {
    return client(RequestLimits.defaults()).request("POST", "/form").header("Content-Type", TYPE)
        .body(body).send();
  }

  @Test
  void plusIsASpaceAndAnEscapedPlusIsAPlus() {
    assertEquals("{q=[1 2+3]}", post("q=1+2%2B3").text());
  }

  @Test
  void emptyNamesAreKeptAndEmptyFieldsSkipped() {
    assertEquals("{=[x], y=[], z=[], a=[b=c]}", post("&&=x&&&y&z=&a=b=c&&").text());
  }

  @Test
  void escapedBytesThatAreNotUtf8StayEscaped() {
    assertEquals("{a=[\u20ac%FFA], %E2%82=[1]}", post("a=%e2%82%ac%ff%41&%E2%82=1").text());
  }

  @Test
  void aPercentWithoutTwoHexDigitsStaysAsItIs() {
    assertEquals("{b=[%zz], %=[%A, %]}", post("b=%zz&%=%%41&%=%").text());
  }

  @Test
  void aFormOverTheFormMemoryIs413AsItAnnouncesItsLength() {
    TestResponse response = client(RequestLimits.defaults().withMaxFormMemory(10))
        .request("POST", "/form").header("Content-Type", TYPE).body("a=123456789").send();
    assertEquals(413, response.status());
  }

  @Test
  void aChunkedFormIsReadOnlyUpToTheFormMemory() {
    GeneratedBody body = GeneratedBody.endless("a=".getBytes(StandardCharsets.US_ASCII),
        "x".getBytes(StandardCharsets.US_ASCII));

    TestResponse response = client(RequestLimits.defaults().withMaxFormMemory(1000))
        .request("POST", "/form").header("Content-Type", TYPE).body(body).send();

    assertEquals(413, response.status());
    assertTrue(response.text().contains("larger than the 1000 bytes"), response.text());
    assertEquals(1001, body.consumed());
  }

  @Test
  void moreFieldsThanMaxFormPartsIs413() {
    TestClient client = client(RequestLimits.defaults().withMaxFormParts(3));
    assertEquals("{a=[1, 2], b=[]}", client.request("POST", "/form")
        .header("Content-Type", TYPE).body("a=1&&a=2&&&b").send().text());
    TestResponse response = client.request("POST", "/form").header("Content-Type", TYPE)
        .body("a=1&a=2&a=3&a=4").send();
    assertEquals(413, response.status());
    assertTrue(response.text().contains("more than 3 fields"), response.text());
  }
}
