package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Werkzeug's build-only rules, as Flaskr uses one: {@code app.add_url_rule("/", endpoint="index")}
 * names the URL that the blog blueprint's index answers, so {@code url_for("index")} and
 * {@code url_for("blog.index")} both build {@code /}, and a request for {@code /} is the blog's.
 */
class BuildOnlyRuleTest {
  private static Compilation flaskr() {
    return compile(
        source("flaskr.Flaskr", "package flaskr;", "import dev.carafe.*;",
            "@Application public class Flaskr {",
            "  /** Flask's app.add_url_rule(\"/\", endpoint=\"index\"). */",
            "  @Route(value = \"/\", endpoint = \"index\", buildOnly = true)",
            "  public void index() { throw new AssertionError(\"never called\"); }",
            "  @Route(value = \"/posts/<int:id>\", endpoint = \"post\", buildOnly = true)",
            "  public void post(int id) {}",
            "}"),
        source("flaskr.Blog", "package flaskr;", "import dev.carafe.*;",
            "@Blueprint(name = \"blog\")",
            "public class Blog {",
            "  @Get(\"/\") public String index(Request request) { return \"posts of \" + request.endpoint(); }",
            "  @Get(\"/posts/<int:id>\") public String show(int id) { return \"post \" + id; }",
            "}"));
  }

  @Test
  void aBuildOnlyRuleBuildsTheUrlThatAnotherEndpointAnswers() throws Exception {
    Compilation compilation = flaskr();
    assertThat(compilation).succeededWithoutWarnings();
    App app = Compiler.app(compilation, "flaskr.Flaskr");
    assertEquals("/", app.urlFor("index"));
    assertEquals("/", app.urlFor("blog.index"));
    assertEquals("/posts/7", app.urlFor("post", Map.of("id", 7)));
    TestClient client = new TestClient(app);
    assertEquals("posts of blog.index", client.get("/").text());
    assertEquals("post 7", client.get("/posts/7").text());
    Class<?> urls = new Compiler.GeneratedClasses(compilation).loadClass("flaskr.FlaskrUrls");
    assertEquals("/", urls.getMethod("index").invoke(null));
    assertEquals("/posts/3", urls.getMethod("post", int.class).invoke(null, 3));
  }

  @Test
  void theRouteListingShowsItAsFlaskRoutesDoes() {
    String table = Compiler.app(flaskr(), "flaskr.Flaskr").routeTable();
    assertTrue(table.contains("index       GET      /\n"), table);
    assertTrue(table.contains("blog.index  GET      /\n"), table);
  }
}
