package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opt-in CSRF protection, as a browser meets it: a form page carries the token, a post without it
 * or with another is a 400 saying so, the header form works for scripts, exempt endpoints and
 * blueprints are not checked, and with protection off (the default) nothing changes.
 */
class CsrfTest {
  private static App app;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiler.compile(
        Compiler.source("notes.Notes", "package notes;", "@dev.carafe.Application public class Notes {}"),
        Compiler.source("notes.Pages", "package notes;", "import dev.carafe.*;",
            "public class Pages {",
            "  @Get(\"/new\") public String form() {",
            "    return \"<form method=post>\" + Csrf.hiddenField() + \"</form>\";",
            "  }",
            "  @Post(\"/new\") public String save(@Form(\"text\") String text) { return \"saved \" + text; }",
            "  @Post(\"/hook\") public String hook() { return \"hooked\"; }",
            "}"),
        Compiler.source("notes.Api", "package notes;", "import dev.carafe.*;",
            "@Blueprint(name = \"api\", urlPrefix = \"/api\")",
            "public class Api {",
            "  @Post(\"/ping\") public String ping() { return \"pong\"; }",
            "}"));
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "notes.Notes").withConfig(Config.builder()
        .set(Config.SECRET_KEY, "dev secret")
        .set(Config.CSRF_ENABLED, true)
        .set(Config.CSRF_EXEMPT, List.of("hook", "api"))
        .build());
  }

  @Test
  void aFormPostNeedsTheTokenOfItsSession() {
    TestClient client = new TestClient(app);
    String token = token(client.get("/new"));
    TestResponse missing = post(client, "/new", "text=hi");
    assertEquals(400, missing.status());
    assertTrue(missing.text().contains("The CSRF token is missing."), missing.text());
    TestResponse wrong = post(client, "/new", "text=hi&csrf_token=" + "0".repeat(token.length()));
    assertEquals(400, wrong.status());
    assertTrue(wrong.text().contains("The CSRF tokens do not match."), wrong.text());
    TestResponse right = post(client, "/new", "text=hi&csrf_token=" + token);
    assertEquals(200, right.status());
    assertEquals("saved hi", right.text());
  }

  @Test
  void scriptsSendTheTokenInAHeader() {
    TestClient client = new TestClient(app);
    String token = token(client.get("/new"));
    TestResponse response = client.request("POST", "/new")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", token)
        .body("text=js").send();
    assertEquals("saved js", response.text());
  }

  @Test
  void anotherSessionsTokenDoesNotDo() {
    String token = token(new TestClient(app).get("/new"));
    TestClient other = new TestClient(app);
    token(other.get("/new"));
    TestResponse response = post(other, "/new", "text=hi&csrf_token=" + token);
    assertEquals(400, response.status());
    TestResponse noSession = post(TestClient.withoutCookies(app), "/new", "text=hi&csrf_token=" + token);
    assertEquals(400, noSession.status());
    assertTrue(noSession.text().contains("The CSRF session token is missing."), noSession.text());
  }

  @Test
  void exemptEndpointsAndBlueprintsAndSafeMethodsAreNotChecked() {
    TestClient client = new TestClient(app);
    assertEquals("hooked", client.post("/hook", "").text());
    assertEquals("pong", client.post("/api/ping", "").text());
    assertEquals(200, client.get("/new").status());
  }

  @Test
  void offByDefault() {
    TestClient client = new TestClient(app.withConfig(app.config().toBuilder()
        .set(Config.CSRF_ENABLED, false).build()));
    assertEquals("saved hi", post(client, "/new", "text=hi").text());
  }

  private static TestResponse post(TestClient client, String path, String form) {
    return client.request("POST", path).header("Content-Type", "application/x-www-form-urlencoded")
        .body(form).send();
  }

  private static String token(TestResponse page) {
    Matcher matcher = Pattern.compile("name=\"csrf_token\" value=\"([0-9a-f]+)\"").matcher(page.text());
    assertTrue(matcher.find(), page.text());
    return matcher.group(1);
  }
}
