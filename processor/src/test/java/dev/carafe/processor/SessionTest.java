package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.gateway.HeaderList;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions and flashed messages in a generated application, as a user's browser sees them: the
 * signed cookie with Flask's attributes and rules, {@code Vary: Cookie}, a tampered cookie read as
 * no session, logging out, permanent sessions, a message flashed before a redirect shown after it,
 * and no secret key as a clear error. (The cookie's bytes against Flask's: SignedCookieFlaskTest.)
 */
class SessionTest {
  private static App app;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;", "@dev.carafe.Application public class Shop {}"),
        Compiler.source("shop.LoadUser", "package shop;", "import dev.carafe.*;",
            "public class LoadUser {",
            "  @BeforeRequest public void load(Request request, Session session) {",
            "    if (request.path().equals(\"/whoami\") && session.get(\"user_id\") != null) {",
            "      RequestContext.current().g().put(\"user\", session.get(\"user_id\"));",
            "    }",
            "  }",
            "}"),
        Compiler.source("shop.Auth", "package shop;", "import dev.carafe.*;",
            "public class Auth {",
            "  @Post(\"/login/<int:id>\") public String login(int id, Session session) {",
            "    session.clear();",
            "    session.put(\"user_id\", id);",
            "    return \"logged in\";",
            "  }",
            "  @Post(\"/remember\") public String remember(Session session) {",
            "    session.setPermanent(true);",
            "    return \"remembered\";",
            "  }",
            "  @Post(\"/logout\") public String logout(Session session) {",
            "    session.clear();",
            "    return \"logged out\";",
            "  }",
            "  @Get(\"/\") public String index() {",
            "    Object user = RequestContext.current().session().get(\"user_id\");",
            "    return user == null ? \"anonymous\" : \"user \" + user;",
            "  }",
            "  @Get(\"/plain\") public String plain() { return \"no session here\"; }",
            "  @Get(\"/whoami\") public String whoami() {",
            "    return \"g.user \" + RequestContext.current().g().getOrDefault(\"user\", Object.class, \"none\");",
            "  }",
            "  @Post(\"/flash\") public Response flash() {",
            "    Flash.flash(\"Saved\");",
            "    Flash.flash(\"Careful\", \"warning\");",
            "    return Response.redirect(\"/messages\");",
            "  }",
            "  @Get(\"/flash-now\") public String flashNow() {",
            "    Flash.flash(\"Right away\");",
            "    return String.join(\",\", Flash.messages());",
            "  }",
            "  @Get(\"/messages\") public String messages() {",
            "    String all = String.join(\",\", Flash.messages());",
            "    String again = String.join(\",\", Flash.messages());",
            "    return all + \" | \" + again + \" | \" + Flash.messagesWithCategories(\"warning\");",
            "  }",
            "}"));
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "shop.Shop")
        .withConfig(Config.builder().set(Config.SECRET_KEY, "dev secret").build());
  }

  @Test
  void aSessionSetByOneRequestIsReadByTheNext() {
    TestClient client = new TestClient(app);
    TestResponse login = client.post("/login/42", "");
    String cookie = sessionCookie(login);
    assertTrue(cookie.startsWith("session="), cookie);
    assertTrue(cookie.contains("; HttpOnly"), cookie);
    assertTrue(cookie.contains("; Path=/"), cookie);
    assertFalse(cookie.contains("Expires"), "a session that is not permanent ends with the browser: " + cookie);
    assertEquals("Cookie", login.header("Vary"));
    assertEquals("user 42", client.request("GET", "/").header("Cookie", value(cookie)).send().text());
    assertEquals("user 42", client.get("/").text(), "the test client keeps the cookie, as a browser");
    assertEquals("anonymous", TestClient.withoutCookies(app).get("/").text());
  }

  @Test
  void readingTheSessionVariesTheResponseWithoutSettingTheCookie() {
    TestClient client = new TestClient(app);
    String cookie = value(sessionCookie(client.post("/login/7", "")));
    TestResponse read = client.request("GET", "/").header("Cookie", cookie).send();
    assertEquals("user 7", read.text());
    assertEquals("Cookie", read.header("Vary"));
    assertTrue(setCookies(read).isEmpty(), "an unchanged session is not sent again: " + setCookies(read));
    TestResponse plain = client.request("GET", "/plain").header("Cookie", cookie).send();
    assertNull(plain.header("Vary"), "a page that does not use the session does not vary");
  }

  @Test
  void aTamperedCookieIsNoSessionAndNoError() {
    TestClient client = new TestClient(app);
    String cookie = value(sessionCookie(client.post("/login/7", "")));
    String tampered = cookie.substring(0, cookie.length() - 2) + (cookie.endsWith("A") ? "BB" : "AA");
    TestResponse response = client.request("GET", "/").header("Cookie", tampered).send();
    assertEquals(200, response.status());
    assertEquals("anonymous", response.text());
    assertEquals("anonymous", client.request("GET", "/").header("Cookie", "session=garbage").send().text());
  }

  @Test
  void loggingOutDeletesTheCookie() {
    TestClient client = new TestClient(app);
    String cookie = value(sessionCookie(client.post("/login/7", "")));
    TestResponse logout = client.request("POST", "/logout").header("Cookie", cookie).send();
    String deleting = sessionCookie(logout);
    assertTrue(deleting.startsWith("session=;"), deleting);
    assertTrue(deleting.contains("Max-Age=0") || deleting.contains("Expires=Thu, 01 Jan 1970"), deleting);
  }

  @Test
  void aPermanentSessionHasAnExpiryAndIsRefreshedOnEachRequest() {
    TestClient client = new TestClient(app);
    String cookie = value(sessionCookie(client.post("/login/7", "")));
    TestResponse remember = client.request("POST", "/remember").header("Cookie", cookie).send();
    String permanent = sessionCookie(remember);
    assertTrue(permanent.contains("; Expires="), permanent);
    TestResponse next = client.request("GET", "/").header("Cookie", value(permanent)).send();
    assertEquals("user 7", next.text());
    assertTrue(sessionCookie(next).contains("; Expires="), "SESSION_REFRESH_EACH_REQUEST sends it again");
  }

  @Test
  void aMessageFlashedBeforeARedirectShowsAfterItOnce() {
    TestClient client = new TestClient(app);
    TestResponse flashed = client.post("/flash", "");
    assertEquals(302, flashed.status());
    String cookie = value(sessionCookie(flashed));
    TestResponse shown = client.request("GET", "/messages").header("Cookie", cookie).send();
    assertEquals("Saved,Careful | Saved,Careful | [Message[category=warning, message=Careful]]", shown.text());
    String after = value(sessionCookie(shown));
    assertEquals("session=", after.substring(0, 8));
    assertEquals(" |  | []", client.request("GET", "/messages").header("Cookie", after).send().text(),
        "taken out of the session once shown");
  }

  @Test
  void aHookTakesTheSessionAsFlaskrLoadsTheLoggedInUser() {
    TestClient client = new TestClient(app);
    assertEquals("g.user none", client.get("/whoami").text());
    client.post("/login/5", "");
    assertEquals("g.user 5", client.get("/whoami").text());
  }

  @Test
  void aMessageFlashedInARequestShowsInItsOwnResponse() {
    assertEquals("Right away", new TestClient(app).get("/flash-now").text());
  }

  @Test
  void withoutASecretKeyReadingWorksAndChangingIsAnErrorNamingTheKey() {
    App keyless = app.withConfig(Config.defaults()).withDebug(true);
    TestClient client = new TestClient(keyless);
    assertEquals("anonymous", client.get("/").text());
    TestResponse login = client.post("/login/7", "");
    assertEquals(500, login.status());
    assertTrue(login.text().contains("Set SECRET_KEY"), login.text());
    assertTrue(setCookies(login).isEmpty());
  }

  private static List<String> setCookies(TestResponse response) {
    List<String> cookies = new ArrayList<>();
    HeaderList headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      if (headers.name(i).equalsIgnoreCase("Set-Cookie")) {
        cookies.add(headers.value(i));
      }
    }
    return cookies;
  }

  private static String sessionCookie(TestResponse response) {
    List<String> cookies = setCookies(response);
    assertEquals(1, cookies.size(), cookies.toString());
    return cookies.get(0);
  }

  private static String value(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
