package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.Test;

/**
 * Hooks a blueprint declares for the whole application, Flask's {@code before_app_request},
 * {@code after_app_request} and {@code app_errorhandler}: Flaskr's {@code auth} blueprint loads
 * the logged-in user before every request, its own or not.
 */
class AppWideHooksTest {
  private static TestClient client() {
    Compilation compilation = compile(
        source("flaskr.Flaskr", "package flaskr;", "import dev.carafe.*;",
            "@Application public class Flaskr {",
            "  @Get(\"/hello\") public String hello() {",
            "    return \"Hello, \" + RequestContext.current().g().get(\"user\", String.class);",
            "  }",
            "}"),
        source("flaskr.Auth", "package flaskr;", "import dev.carafe.*;", "import dev.carafe.http.*;",
            "@Blueprint(name = \"auth\", urlPrefix = \"/auth\")",
            "public class Auth {",
            "  @BeforeRequest(appWide = true) public void loadLoggedInUser() {",
            "    RequestContext.current().g().put(\"user\", \"test\");",
            "  }",
            "  @BeforeRequest public void onlyAuth() {",
            "    RequestContext.current().g().put(\"auth\", \"yes\");",
            "  }",
            "  @AfterRequest(appWide = true) public Response mark(Response response) {",
            "    return response.withHeader(\"X-Auth-Hook\", \"ran\");",
            "  }",
            "  @ErrorHandler(status = 404, appWide = true) public String missing(HttpException e) {",
            "    return \"auth's 404 page\";",
            "  }",
            "  @Get(\"/login\") public String login() {",
            "    return RequestContext.current().g().get(\"user\", String.class) + \" \"",
            "        + RequestContext.current().g().get(\"auth\", String.class);",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    App app = Compiler.app(compilation, "flaskr.Flaskr");
    return new TestClient(app);
  }

  @Test
  void anAppWideBeforeRequestHookOfABlueprintRunsForEveryRequest() {
    TestClient client = client();
    TestResponse hello = client.get("/hello");
    assertEquals("Hello, test", hello.text());
    assertEquals("ran", hello.header("X-Auth-Hook"));
    assertEquals("test yes", client.get("/auth/login").text(), "the blueprint's own hook still its own");
  }

  @Test
  void anAppWideErrorHandlerOfABlueprintAnswersTheWholeApplication() {
    TestResponse missing = client().get("/nowhere");
    assertEquals(404, missing.status());
    assertEquals("auth's 404 page", missing.text());
  }
}
