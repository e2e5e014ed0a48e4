package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.test.TestClient;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Shutdown}: the generated application closes what its classes opened, last declared
 * first, once; and every mistake in such a method, with its message, its file and its line.
 */
class ShutdownHooksTest {
  private static final JavaFileObject SHOP = source("shop.Shop", "package shop;",
      "import dev.carafe.*;",
      "@Application public class Shop {",
      "  @Shutdown public void closeClient(App app) {",
      "    Trail.add(\"Shop.closeClient \" + app.config().find(\"DATABASE\").orElse(\"none\"));",
      "  }",
      "}");
  private static final JavaFileObject TRAIL = source("shop.Trail", "package shop;",
      "public final class Trail {",
      "  public static final java.util.List<String> STEPS = new java.util.concurrent.CopyOnWriteArrayList<>();",
      "  static void add(String step) { STEPS.add(step); }",
      "}");

  /** A controller {@code shop.Pages} with {@code body} in it. */
  private static JavaFileObject pages(String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package shop;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "public class Pages {";
    lines[3] = "  @Get(\"/\") public String index() { return \"\"; }";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[lines.length - 1] = "}";
    return source("shop.Pages", lines);
  }

  private static void assertError(String message, String line, String... body) {
    JavaFileObject pages = pages(body);
    Compilation compilation = compile(SHOP, TRAIL, pages);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(pages).onLineContaining(line);
  }

  /** The generated application and, from the same class loader, the trail its hooks leave. */
  private record Loaded(App app, List<String> trail) {
    @SuppressWarnings("unchecked")
    static Loaded of(Compilation compilation) throws ReflectiveOperationException {
      ClassLoader loader = new Compiler.GeneratedClasses(compilation);
      return new Loaded((App) loader.loadClass("shop.ShopApp").getMethod("create").invoke(null),
          (List<String>) loader.loadClass("shop.Trail").getField("STEPS").get(null));
    }
  }

  @Test
  void closeRunsEveryShutdownMethodOnceLastDeclaredFirstOnTheInstancesThatServed()
      throws Exception {
    JavaFileObject pages = source("shop.Pages", "package shop;", "import dev.carafe.*;",
        "public class Pages {",
        "  private int served;",
        "  @Get(\"/\") public String index() { served++; return \"served \" + served; }",
        "  @Shutdown public static void closePool() { Trail.add(\"Pages.closePool\"); }",
        "  @Shutdown public void closeCache() { Trail.add(\"Pages.closeCache after \" + served); }",
        "}");
    JavaFileObject admin = source("shop.Admin", "package shop;", "import dev.carafe.*;",
        "@Blueprint(name = \"admin\", urlPrefix = \"/admin\")",
        "public class Admin {",
        "  @Get(\"/\") public String home() { return \"admin\"; }",
        "  @Shutdown public void closeAudit() { Trail.add(\"Admin.closeAudit\"); }",
        "}");
    Compilation compilation = compile(SHOP, TRAIL, pages, admin);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("shop.ShopApp").contentsAsUtf8String()
        .contains(".shutdown(\"Pages.closePool()\", closing -> Pages.closePool())");
    assertThat(compilation).generatedSourceFile("shop.ShopApp").contentsAsUtf8String()
        .contains(".shutdown(\"Shop.closeClient()\", closing -> application.closeClient(closing))");
    Loaded loaded = Loaded.of(compilation);
    App app = loaded.app();
    App configured = app.withConfig(app.config().toBuilder().set("DATABASE", "shop.db").build());
    assertEquals("served 1", new TestClient(configured).get("/").text());
    List<String> trail = loaded.trail();
    assertEquals(List.of(), trail);

    configured.close();
    app.close();
    assertEquals(List.of("Admin.closeAudit", "Pages.closeCache after 1", "Pages.closePool",
        "Shop.closeClient shop.db"), trail);
  }

  @Test
  void aShutdownMethodThatThrowsIsLoggedAndTheOthersStillRun() throws Exception {
    Compilation compilation = compile(SHOP, TRAIL, pages(
        "  @Shutdown public static void closePool() throws java.io.IOException {",
        "    throw new java.io.IOException(\"pool already closed\");",
        "  }"));
    assertThat(compilation).succeeded();
    Loaded loaded = Loaded.of(compilation);
    loaded.app().withConfig(Config.defaults()).close();
    assertEquals(List.of("Shop.closeClient none"), loaded.trail());
  }

  @Test
  void aShutdownMethodThatIsNotPublicIsRejected() {
    assertError("@Shutdown method closePool() must be public so that the generated application"
            + " can call it; add 'public'",
        "@Shutdown static void closePool()",
        "  @Shutdown static void closePool() { }");
  }

  @Test
  void aShutdownMethodThatReturnsSomethingIsRejected() {
    assertError("@Shutdown method closePool() returns boolean; it returns void",
        "@Shutdown public boolean closePool()",
        "  @Shutdown public boolean closePool() { return true; }");
  }

  @Test
  void aShutdownMethodTakesTheAppOrNothing() {
    assertError("@Shutdown method closePool() cannot be given its parameter 'request'"
            + " (dev.carafe.Request); it takes the App being closed, or nothing: no request is"
            + " current when it runs",
        "@Shutdown public void closePool(Request request)",
        "  @Shutdown public void closePool(Request request) { }");
    assertError("@Shutdown method closePool() cannot be given its parameter 'again'"
            + " (dev.carafe.App); it takes the App being closed, or nothing",
        "@Shutdown public void closePool(App app, App again)",
        "  @Shutdown public void closePool(App app, App again) { }");
  }
}
