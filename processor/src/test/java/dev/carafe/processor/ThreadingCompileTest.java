package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @NonBlocking} and {@code @Blocking} where they mean nothing or contradict each other fail
 * the build at the annotation, saying where they belong; a blocking hook that keeps a
 * {@code @NonBlocking} endpoint off the I/O thread is a warning at the hook.
 */
class ThreadingCompileTest {
  private static final JavaFileObject APP =
      source("shop.Shop", "package shop;", "", "@dev.carafe.Application", "public class Shop {}");

  private static JavaFileObject pages(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package shop;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "public class Pages {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("shop.Pages", lines);
  }

  @Test
  void onAMethodThatIsNeitherAnEndpointNorAHookItIsAnError() {
    JavaFileObject pages = pages(
        "  @Get(\"/\") public String index() { return price(); }",
        "  @NonBlocking String price() { return \"3\"; }");
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@NonBlocking is on Pages.price(), which is neither"
        + " an endpoint nor a hook: only endpoints and hooks run where a request runs. Put it on a"
        + " @Route method or a hook, on their class, or on the application class, or remove it")
        .inFile(pages).onLineContaining("price() {");
  }

  @Test
  void onACommandItIsAnError() {
    JavaFileObject app = source("shop.Shop", "package shop;", "import dev.carafe.*;",
        "@Application public class Shop {",
        "  @Blocking @Command(help = \"Fills the database\")",
        "  public void seed() {}",
        "}");
    Compilation compilation = compile(app, pages("  @Get(\"/\") public String index() { return \"\"; }"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@Blocking is on Shop.seed(), which is neither an"
        + " endpoint nor a hook").inFile(app).onLineContaining("@Blocking @Command");
  }

  @Test
  void bothOnOneEndpointIsAnError() {
    JavaFileObject pages = pages(
        "  @NonBlocking @Blocking @Get(\"/\") public String index() { return \"\"; }");
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Pages.index() is annotated both @NonBlocking and"
        + " @Blocking; keep the one that is true of it").inFile(pages).onLineContaining("index()");
  }

  @Test
  void bothOnOneClassIsAnError() {
    JavaFileObject pages = source("shop.Pages", "package shop;", "import dev.carafe.*;",
        "@NonBlocking",
        "@Blocking",
        "public class Pages {",
        "  @Get(\"/\") public String index() { return \"\"; }",
        "}");
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("class Pages is annotated both @NonBlocking and"
        + " @Blocking").inFile(pages).onLineContaining("@NonBlocking");
  }

  @Test
  void onTheMiddlewareMethodItIsAnErrorThatNamesTheGatewaysWay() {
    JavaFileObject app = source("shop.Shop", "package shop;", "import dev.carafe.*;",
        "import dev.carafe.gateway.Middleware;",
        "@Application public class Shop {",
        "  @NonBlocking public Middleware middleware() { return next -> next; }",
        "}");
    Compilation compilation = compile(app, pages("  @Get(\"/\") public String index() { return \"\"; }"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@NonBlocking is on Shop.middleware(), which is"
        + " neither an endpoint nor a hook: a middleware says whether it may block for a request"
        + " with Gateway.mayBlock(Environ), and a layer that never blocks by itself wraps its"
        + " gateway in Middleware.blockingAs(next, ...); remove the annotation")
        .inFile(app).onLineContaining("middleware()");
  }

  @Test
  void onAClassWithoutEndpointsOrHooksItIsAnError() {
    JavaFileObject prices = source("shop.Prices", "package shop;", "import dev.carafe.*;",
        "@NonBlocking",
        "public class Prices {",
        "  public static String of(String item) { return \"3\"; }",
        "}");
    Compilation compilation = compile(APP, prices,
        pages("  @Get(\"/\") public String index() { return Prices.of(\"tea\"); }"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@NonBlocking is on class Prices, which declares no"
        + " endpoint and no hook; put it on a controller or blueprint class, on an endpoint or a"
        + " hook, or on the application class Shop").inFile(prices).onLineContaining("@NonBlocking");
  }

  @Test
  void aBlockingHookThatOverrulesNonBlockingEndpointsIsAWarningAtTheHook() {
    JavaFileObject admin = source("shop.Admin", "package shop;", "import dev.carafe.*;",
        "@NonBlocking",
        "@Blueprint(name = \"admin\", urlPrefix = \"/admin\")",
        "public class Admin {",
        "  @Blocking @BeforeRequest public void loadUser(Request request) {}",
        "  @Get(\"/\") public String index() { return \"\"; }",
        "  @Get(\"/users\") public String users() { return \"\"; }",
        "}");
    Compilation compilation = compile(APP, admin);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("@BeforeRequest Admin.loadUser() may block, so the"
        + " @NonBlocking endpoints 'admin.index', 'admin.users' run on a worker thread; declare the"
        + " hook @NonBlocking if it never blocks").inFile(admin).onLineContaining("loadUser");
  }

  @Test
  void endpointsAndHooksThatAgreeCompileWithoutWarnings() {
    JavaFileObject app = source("shop.Shop", "package shop;", "import dev.carafe.*;",
        "@Application @NonBlocking public class Shop {",
        "  @AfterRequest public Response stamp(Response response) { return response; }",
        "}");
    Compilation compilation = compile(app, pages(
        "  @Get(\"/\") public String index() { return \"\"; }",
        "  @Blocking @Get(\"/orders\") public String orders() { return \"\"; }"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
