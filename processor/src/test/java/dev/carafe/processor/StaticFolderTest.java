package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.BuildError;
import dev.carafe.routing.Rule;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The static folder as the processor sees it: the {@code static} endpoint every application has
 * unless it turns it off, where its rule goes, fingerprinted URLs for the files the build saw,
 * the mistakes in its settings as errors at {@code @Application}, and static file names in the
 * sources that the folder lacks as warnings at the name.
 */
class StaticFolderTest {
  /** The test resources, which hold {@code assets/static}. */
  private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
  private static final List<String> SEES_ASSETS = List.of("-Acarafe.resources=" + RESOURCES);
  private static final Path ASSETS = RESOURCES.resolve("assets/static");

  private static JavaFileObject application(String settings) {
    return source("shop.Shop", "package shop;", "@dev.carafe.Application" + settings,
        "public class Shop {}");
  }

  private static JavaFileObject pages(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package shop;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "public class Pages {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("shop.Pages", lines);
  }

  private static final JavaFileObject INDEX = pages("@Get(\"/\") public String index() { return \"hi\"; }");

  @Test
  void everyApplicationServesItsStaticFolderAtSlashStaticAsFlaskDoes() {
    App app = Compiler.app(compile(application(""), INDEX), "shop.Shop");
    Rule rule = app.rules().get(0);
    assertEquals("static", rule.endpoint());
    assertEquals("/static/<path:filename>", rule.rule());
    assertEquals("/static/css/app.css", app.urlFor("static", Map.of("filename", "css/app.css")));
  }

  @Test
  void staticUrlPathMovesTheRuleAndAnEmptyOneServesAtTheRoot() {
    App moved = Compiler.app(compile(application("(staticUrlPath = \"/assets\")"), INDEX), "shop.Shop");
    assertEquals("/assets/app.css", moved.urlFor("static", Map.of("filename", "app.css")));
    App root = Compiler.app(compile(application("(staticUrlPath = \"\")"), INDEX), "shop.Shop");
    assertEquals("/<path:filename>", root.rules().get(0).rule());
    assertEquals("/app.css", root.urlFor("static", Map.of("filename", "app.css")));
  }

  @Test
  void anEmptyStaticFolderTurnsStaticFilesOff() {
    App app = Compiler.app(compile(application("(staticFolder = \"\")"), INDEX), "shop.Shop");
    assertEquals(List.of("index"), app.rules().stream().map(Rule::endpoint).toList());
    BuildError error = assertThrows(BuildError.class,
        () -> app.urlFor("static", Map.of("filename", "app.css")));
    assertTrue(error.getMessage().contains("'static'"), error.getMessage());
  }

  @Test
  void filesTheBuildSawGetFingerprintedUrls() throws Exception {
    Compilation compilation = compile(SEES_ASSETS, application("(staticFolder = \"assets/static\")"), INDEX);
    assertThat(compilation).succeededWithoutWarnings();
    App app = Compiler.app(compilation, "shop.Shop");
    String css = hash("app.css");
    assertEquals("/static/app." + css + ".css", app.urlFor("static", Map.of("filename", "app.css")));
    assertEquals("/static/js/site." + hash("js/site.js") + ".js",
        app.urlFor("static", Map.of("filename", "js/site.js")));
    assertEquals("/static/LICENSE." + hash("LICENSE"), app.urlFor("static", Map.of("filename", "LICENSE")));
    assertEquals("/static/later.css", app.urlFor("static", Map.of("filename", "later.css")),
        "a file the build did not see keeps its name");
    // The typed builder gives the same URLs.
    Class<?> urls = new Compiler.GeneratedClasses(compilation).loadClass("shop.ShopUrls");
    assertEquals("/static/app." + css + ".css", urls.getMethod("static_", String.class).invoke(null, "app.css"));
  }

  @Test
  void inDebugModeUrlsKeepTheNamesSoEditedFilesAreNotCachedUnderOldFingerprints() {
    JavaFileObject links = pages("@Get(\"/\") public String index() {",
        "  return RequestContext.current().app().urlFor(\"static\", java.util.Map.of(\"filename\", \"app.css\"))",
        "      + \" \" + ShopUrls.static_(\"app.css\");",
        "}");
    App app = Compiler.app(compile(SEES_ASSETS, application("(staticFolder = \"assets/static\")"), links),
        "shop.Shop");
    String fingerprinted = "/static/app." + hashUnchecked("app.css") + ".css";
    assertEquals(fingerprinted + " " + fingerprinted, new TestClient(app).get("/").text());
    assertEquals("/static/app.css /static/app.css", new TestClient(app.withDebug(true)).get("/").text());
  }

  private static TestClient servingAssets() {
    return new TestClient(Compiler.app(
        compile(SEES_ASSETS, application("(staticFolder = \"assets/static\")"), INDEX), "shop.Shop"));
  }

  @Test
  void aFileIsServedUnderItsNameWithFlasksHeaders() throws Exception {
    TestResponse response = servingAssets().get("/static/js/site.js");
    assertEquals(200, response.status());
    assertEquals(Files.readString(ASSETS.resolve("js/site.js")), response.text());
    assertEquals("text/javascript; charset=utf-8", response.header("Content-Type"));
    assertEquals("no-cache", response.header("Cache-Control"));
    assertTrue(response.header("ETag").startsWith("\""), response.header("ETag"));
    assertEquals("bytes", response.header("Accept-Ranges"));
    assertEquals("Accept-Encoding", response.header("Vary"), "site.js has a .br sibling");
  }

  @Test
  void aFingerprintedNameIsServedToBeKeptForAYear() throws Exception {
    TestResponse response = servingAssets().get("/static/app." + hash("app.css") + ".css");
    assertEquals(200, response.status());
    assertEquals(Files.readString(ASSETS.resolve("app.css")), response.text());
    assertEquals("text/css; charset=utf-8", response.header("Content-Type"));
    assertEquals("public, max-age=31536000, immutable", response.header("Cache-Control"));
    assertEquals(404, servingAssets().get("/static/app.000000000000.css").status(),
        "a fingerprint that is not the file's");
  }

  @Test
  void aClientThatAcceptsBrotliOrGzipGetsThePrecompressedSibling() throws Exception {
    TestClient client = servingAssets();
    TestResponse brotli = client.request("GET", "/static/app.css")
        .header("Accept-Encoding", "gzip, deflate, br").send();
    assertEquals(200, brotli.status());
    assertEquals("br", brotli.header("Content-Encoding"));
    assertEquals("text/css; charset=utf-8", brotli.header("Content-Type"));
    assertEquals("inline; filename=app.css", brotli.header("Content-Disposition"));
    assertArrayEquals(Files.readAllBytes(ASSETS.resolve("app.css.br")), brotli.bytes());
    assertEquals("Accept-Encoding", brotli.header("Vary"));
    TestResponse gzip = client.request("GET", "/static/app.css")
        .header("Accept-Encoding", "gzip, br;q=0").send();
    assertEquals("gzip", gzip.header("Content-Encoding"));
    assertArrayEquals(Files.readAllBytes(ASSETS.resolve("app.css.gz")), gzip.bytes());
    TestResponse plain = client.request("GET", "/static/app.css")
        .header("Accept-Encoding", "identity").send();
    assertNull(plain.header("Content-Encoding"));
    assertEquals(Files.readString(ASSETS.resolve("app.css")), plain.text());
    assertEquals("Accept-Encoding", plain.header("Vary"));
    // Each coding is its own representation, with its own tag.
    assertNotEquals(brotli.header("ETag"), gzip.header("ETag"));
    assertNotEquals(gzip.header("ETag"), plain.header("ETag"));
    TestResponse revalidated = client.request("GET", "/static/app.css")
        .header("Accept-Encoding", "br").header("If-None-Match", brotli.header("ETag")).send();
    assertEquals(304, revalidated.status());
    assertEquals("Accept-Encoding", revalidated.header("Vary"));
  }

  @Test
  void theFingerprintedNameOfAFileWithSiblingsServesThemToo() throws Exception {
    TestResponse response = servingAssets().request("GET", "/static/app." + hash("app.css") + ".css")
        .header("Accept-Encoding", "gzip").send();
    assertEquals("gzip", response.header("Content-Encoding"));
    assertEquals("public, max-age=31536000, immutable", response.header("Cache-Control"));
  }

  @Test
  void rangesAndValidatorsAreAnsweredAsSendFileAnswersThem() {
    TestClient client = servingAssets();
    TestResponse range = client.request("GET", "/static/app.css").header("Range", "bytes=0-3").send();
    assertEquals(206, range.status());
    assertEquals("body", range.text());
    String etag = client.get("/static/app.css").header("ETag");
    assertEquals(304, client.request("GET", "/static/app.css").header("If-None-Match", etag).send().status());
    assertEquals(412, client.request("GET", "/static/app.css").header("If-Match", "\"other\"").send().status());
    TestResponse head = client.request("HEAD", "/static/app.css").send();
    assertEquals(200, head.status());
    assertEquals("", head.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/missing.css", "/static/js", "/static/js/", "/static/../pom.xml",
      "/static/%2e%2e/%2e%2e/pom.xml", "/static/js/..%2f..%2fapp.css.gz%2f..%2f..%2f..%2fpom.xml",
      "/static/..%5c..%5cpom.xml", "/static/con.css", "/static/C:/Windows/win.ini"})
  void nothingOutsideTheFolderNorAFolderIsServed(String path) {
    TestResponse response = servingAssets().get(path);
    assertEquals(404, response.status(), path);
    assertNull(response.header("ETag"), path);
  }

  @Test
  void aNulInThePathIsRefusedBeforeAnyFileIsLookedUp() {
    assertEquals(400, servingAssets().get("/static/app.css%00").status());
  }

  @Test
  void aStaticFolderNameThatIsNoResourceFolderIsAnError() {
    JavaFileObject shop = application("(staticFolder = \"/static\")");
    assertThat(compile(shop, INDEX))
        .hadErrorContaining("staticFolder \"/static\" is not a resource folder name; give a path"
            + " from the root of the class path")
        .inFile(shop).onLineContaining("@dev.carafe.Application");
    assertThat(compile(application("(staticFolder = \"../secrets\")"), INDEX))
        .hadErrorContaining("staticFolder \"../secrets\" is not a resource folder name");
  }

  @Test
  void aStaticUrlPathThatIsNoPathIsAnError() {
    JavaFileObject shop = application("(staticUrlPath = \"static/\")");
    assertThat(compile(shop, INDEX))
        .hadErrorContaining("staticUrlPath \"static/\" is not a URL path for the static files")
        .inFile(shop).onLineContaining("@dev.carafe.Application");
  }

  @Test
  void aRuleThatTakesTheStaticFoldersRequestsIsAnErrorSayingHowToMoveTheFolder() {
    JavaFileObject files = pages("@Get(\"/static/<path:name>\") public String file(String name) { return name; }");
    assertThat(compile(application(""), files))
        .hadErrorContaining("matches the same requests as rule '/static/<path:filename>' of the static"
            + " folder (move it with @Application(staticUrlPath = \"...\"), or turn it off with"
            + " staticFolder = \"\")")
        .inFile(files).onLineContaining("@Get(\"/static/<path:name>\")");
  }

  @Test
  void anEndpointCalledStaticIsAnError() {
    JavaFileObject files = pages("@Get(value = \"/files\", endpoint = \"static\") public String files() { return \"\"; }");
    assertThat(compile(application(""), files))
        .hadErrorContaining("Endpoint 'static' is defined twice: by the static folder")
        .inFile(files).onLineContaining("endpoint = \"static\"");
  }

  @Test
  void aStaticFileTheFolderLacksIsAWarningAtItsName() {
    JavaFileObject links = pages(
        "@Get(\"/\") public String index() {",
        "  App app = RequestContext.current().app();",
        "  return ShopUrls.static_(\"app.css\")",
        "      + ShopUrls.static_(\"missing.css\")",
        "      + app.urlFor(\"static\", java.util.Map.of(\"filename\", \"js/site.js\"))",
        "      + app.urlFor(\"static\", java.util.Map.of(\"filename\", \"js/gone.js\"));",
        "}");
    Compilation compilation = compile(SEES_ASSETS, application("(staticFolder = \"assets/static\")"), links);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("No static file 'missing.css' in the static folder"
        + " 'assets/static': its URL will answer 404").inFile(links).onLineContaining("missing.css");
    assertThat(compilation).hadWarningContaining("No static file 'js/gone.js'")
        .inFile(links).onLineContaining("js/gone.js");
    assertEquals(2, compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count(), compilation.diagnostics().toString());
  }

  private static String hashUnchecked(String name) {
    try {
      return hash(name);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aStaticFileNamedInASourceGeneratedInALaterRoundIsCheckedToo() {
    // As a template compiled to Java by another processor, or by Carafe's own in a later round.
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CarafeProcessor(), new LateSource())
        .withOptions(SEES_ASSETS)
        .compile(application("(staticFolder = \"assets/static\")"), INDEX);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("No static file 'late.css'")
        .inFile(compilation.generatedSourceFile("shop.Late").orElseThrow()).onLineContaining("late.css");
  }

  @Test
  void aStaticFileNamedInATemplateThatTheFolderLacksIsAWarning(@org.junit.jupiter.api.io.TempDir Path resources)
      throws Exception {
    Files.createDirectories(resources.resolve("static"));
    Files.writeString(resources.resolve("static/site.css"), "body {}");
    Files.createDirectories(resources.resolve("templates"));
    Files.writeString(resources.resolve("templates/index.jte"), String.join("\n",
        "<link rel=\"stylesheet\" href=\"${urlFor(\"static\", \"filename\", \"site.css\")}\">",
        "<script src=\"${urlFor(\"static\", \"filename\", \"app.js\")}\"></script>", ""));
    Compilation compilation = compile(List.of("-Acarafe.resources=" + resources), application(""),
        pages("@Get(\"/\") public Page index() { return ShopTemplates.index(); }"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("No static file 'app.js' in the static folder 'static'");
    assertEquals(1, compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count(), compilation.diagnostics().toString());
  }

  /** Writes, in the first round, a source that names a static file the folder lacks. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class LateSource extends javax.annotation.processing.AbstractProcessor {
    private boolean written;

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!written) {
        written = true;
        try (java.io.Writer out = processingEnv.getFiler().createSourceFile("shop.Late").openWriter()) {
          out.write("package shop;\nclass Late {\n  String css() {\n"
              + "    return ShopUrls.static_(\"late.css\");\n  }\n}\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** The fingerprint the processor gives a test asset: 12 hexadecimal digits of its SHA-256. */
  private static String hash(String name) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(RESOURCES.resolve("assets/static").resolve(name)));
    return HexFormat.of().formatHex(digest).substring(0, 12);
  }
}
