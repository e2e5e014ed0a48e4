package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every mistake the processor catches, with its message, its file and its line. */
class CompileErrorsTest {
  private static final JavaFileObject APP =
      source("shop.Shop", "package shop;", "", "@dev.carafe.Application", "public class Shop {}");

  private static JavaFileObject controller(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package shop;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "public class Pages {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("shop.Pages", lines);
  }

  private static void assertError(String message, String line, String... body) {
    JavaFileObject pages = controller(body);
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(pages).onLineContaining(line);
  }

  @Test
  void ruleWithoutLeadingSlashIsRejected() {
    assertError("Rule 'users' must start with a slash: write '/users'", "@Get(\"users\")",
        "  @Get(\"users\") public String users() { return \"\"; }");
  }

  @Test
  void unclosedVariableIsRejected() {
    assertError("Malformed rule '/user/<id': '<' at column 7 is never closed by '>'",
        "@Get(\"/user/<id\")",
        "  @Get(\"/user/<id\") public String user(String id) { return id; }");
  }

  @Test
  void badVariableNameIsRejected() {
    assertError("'user-id' at column 7 is not a variable name", "@Get(\"/user/<user-id>\")",
        "  @Get(\"/user/<user-id>\") public String user(String id) { return id; }");
  }

  @Test
  void repeatedVariableIsRejected() {
    assertError("the variable 'id' appears twice", "@Get(\"/a/<id>/<id>\")",
        "  @Get(\"/a/<id>/<id>\") public String a(String id) { return id; }");
  }

  @Test
  void unknownConverterIsRejected() {
    assertError("unknown converter 'integer' for variable 'id'; the converters are string, int",
        "@Get(\"/user/<integer:id>\")",
        "  @Get(\"/user/<integer:id>\") public String user(int id) { return \"\"; }");
  }

  @Test
  void unknownConverterArgumentIsRejected() {
    assertError("converter 'int' of 'id' has no argument 'maximum'; its arguments are"
            + " fixed_digits, min, max, signed",
        "@Get(\"/user/<int(maximum=3):id>\")",
        "  @Get(\"/user/<int(maximum=3):id>\") public String user(int id) { return \"\"; }");
  }

  @Test
  void variableWithoutParameterIsRejected() {
    assertError("Rule '/user/<int:id>' has the variable 'id' but user() has no parameter of that"
            + " name; add a parameter 'int id'",
        "@Get(\"/user/<int:id>\")",
        "  @Get(\"/user/<int:id>\") public String user() { return \"\"; }");
  }

  @Test
  void parameterWithoutSourceIsRejected() {
    assertError("Parameter 'page' of users() has no source: it is not a variable of rule"
            + " '/users', not a dev.carafe.Request or a dev.carafe.Session, and has no @Query, @Header,"
            + " @Cookie, @Form or @JsonBody; add <page> to the rule, or say where it comes from",
        "@Get(\"/users\")",
        "  @Get(\"/users\") public String users(int page) { return \"\"; }");
  }

  @Test
  void parameterOfWrongTypeIsRejected() {
    assertError("Parameter 'id' of user() is java.lang.String, but converter 'int' of rule"
            + " '/user/<int:id>' gives int, long, Integer or Long; declare 'int id'",
        "@Get(\"/user/<int:id>\")",
        "  @Get(\"/user/<int:id>\") public String user(String id) { return id; }");
  }

  @Test
  void nonPublicMethodIsRejected() {
    assertError("Route method hidden() must be public so that the generated application can call"
            + " it; add 'public'",
        "@Get(\"/hidden\")",
        "  @Get(\"/hidden\") String hidden() { return \"\"; }");
  }

  @Test
  void unsupportedReturnTypeIsRejected() {
    assertError("Route method now() returns java.time.Instant, which Carafe cannot send; return"
            + " String (HTML), dev.carafe.Page (a rendered template), byte[], dev.carafe.Response, a record, Map, List or other collection"
            + " (JSON), Body.StreamWriter, an Optional of one of these (empty is 404), or void (204"
            + " No Content)",
        "@Get(\"/now\")",
        "  @Get(\"/now\") public java.time.Instant now() { return null; }");
  }

  @Test
  void rulesOfOneMethodNamingTwoEndpointsAreRejected() {
    assertError("The rules of both() name two endpoints, 'first' and 'second'; one method is one"
            + " endpoint, so name it once",
        "endpoint = \"second\"",
        "  @Route(value = \"/one\", endpoint = \"first\")",
        "  @Route(value = \"/two\", endpoint = \"second\") public String both() { return \"\"; }");
  }

  @Test
  void duplicateRouteIsRejectedNamingBothSides() {
    assertError("Rule '/user/<int:uid>' [GET] of Pages.other() matches the same requests as rule"
            + " '/user/<int:id>' of Pages.user(), so one of them could never be reached",
        "@Get(\"/user/<int:uid>\")",
        "  @Get(\"/user/<int:id>\") public String user(int id) { return \"\"; }",
        "  @Get(\"/user/<int:uid>\") public String other(int uid) { return \"\"; }");
  }

  @Test
  void sameRuleWithOtherMethodsIsAccepted() {
    Compilation compilation = compile(APP, controller(
        "  @Get(\"/user/<int:id>\") public String user(int id) { return \"\"; }",
        "  @Delete(\"/user/<int:id>\") public void remove(int id) { }"));
    assertThat(compilation).succeeded();
  }

  @Test
  void duplicateEndpointIsRejected() {
    JavaFileObject admin = source("shop.Admin", "package shop;", "import dev.carafe.*;",
        "public class Admin {",
        "  @Get(\"/admin/list\") public String list() { return \"\"; }",
        "}");
    JavaFileObject pages = controller("  @Get(\"/list\") public String list() { return \"\"; }");
    Compilation compilation = compile(APP, admin, pages);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Endpoint 'list' is defined twice: by Admin.list() and by Pages.list();"
            + " give one of them another name with endpoint = \"...\"")
        .inFile(pages).onLineContaining("@Get(\"/list\")");
  }

  @Test
  void secondApplicationIsRejected() {
    JavaFileObject other = source("shop.Other", "package shop;", "", "@dev.carafe.Application",
        "public class Other {}");
    Compilation compilation = compile(APP, other,
        controller("  @Get(\"/\") public String index() { return \"\"; }"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("More than one class is annotated @Application: shop.Shop and"
            + " shop.Other. A compilation holds one application; remove @Application from one of"
            + " them")
        .inFile(other).onLineContaining("public class Other");
  }

  @Test
  void routesWithoutApplicationAreRejected() {
    JavaFileObject pages = controller("  @Get(\"/\") public String index() { return \"\"; }");
    Compilation compilation = compile(pages);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Routes were found but no class is annotated @Application")
        .inFile(pages).onLineContaining("public String index()");
  }

  @Test
  void controllerWithoutConstructorIsRejectedWithTheFix() {
    JavaFileObject pages = source("shop.Pages", "package shop;", "import dev.carafe.*;",
        "public class Pages {",
        "  public Pages(String greeting) { }",
        "  @Get(\"/\") public String index() { return \"\"; }",
        "}");
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Controller Pages cannot be made by the generated application: it has"
            + " no accessible constructor without parameters. Add one, or add a method 'Pages"
            + " pages()' to Shop that makes it")
        .inFile(pages).onLineContaining("@Get(\"/\")");
  }

  @Test
  void nonPublicControllerInAnotherPackageIsRejected() {
    JavaFileObject hidden = source("shop.admin.Hidden", "package shop.admin;",
        "import dev.carafe.*;",
        "class Hidden {",
        "  @Get(\"/hidden\") public String hidden() { return \"\"; }",
        "}");
    Compilation compilation = compile(APP, hidden);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Controller shop.admin.Hidden is not public, so the generated"
            + " application in package shop cannot use it; make the class public")
        .inFile(hidden).onLineContaining("@Get(\"/hidden\")");
  }

  @Test
  void wrongTypeAtTypedUrlBuilderDoesNotCompile() {
    JavaFileObject use = source("shop.Links", "package shop;",
        "class Links {",
        "  String link() { return ShopUrls.user(\"seven\"); }",
        "}");
    Compilation compilation = compile(APP, use,
        controller("  @Get(\"/user/<int:id>\") public String user(int id) { return \"\"; }"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types")
        .inFile(use).onLineContaining("ShopUrls.user(\"seven\")");
  }

  @Test
  void ruleShadowedByAWiderOneIsUnreachable() {
    assertError("Rule '/n/<int(max=9):small>' of Pages.small() can never be reached: rule"
            + " '/n/<int:n>' of Pages.any() is tried first and matches every path it matches",
        "@Get(\"/n/<int(max=9):small>\")",
        "  @Get(\"/n/<int:n>\") public String any(int n) { return \"\"; }",
        "  @Get(\"/n/<int(max=9):small>\") public String small(int small) { return \"\"; }");
  }

  @Test
  void narrowerRuleTriedFirstIsReachable() {
    Compilation compilation = compile(APP, controller(
        "  @Get(\"/n/<uuid:id>\") public String byId(java.util.UUID id) { return \"\"; }",
        "  @Get(\"/n/<name>\") public String byName(String name) { return \"\"; }"));
    assertThat(compilation).succeeded();
  }

  @Test
  void badConverterArgumentValueIsRejected() {
    assertError("argument 'signed' of converter 'int' of 'n' must be True or False, not 'yes'",
        "@Get(\"/<int(signed=yes):n>\")",
        "  @Get(\"/<int(signed=yes):n>\") public String n(int n) { return \"\"; }");
  }

  @Test
  void uuidBoundToAnIntIsRejected() {
    assertError("Parameter 'id' of item() is int, but converter 'uuid' of rule '/item/<uuid:id>'"
            + " gives java.util.UUID or String; declare 'java.util.UUID id'",
        "@Get(\"/item/<uuid:id>\")",
        "  @Get(\"/item/<uuid:id>\") public String item(int id) { return \"\"; }");
  }

  @Test
  void redirectToAnUnknownVariableIsRejected() {
    assertError("redirectTo '/users/<uid>' uses <uid>, which rule '/u/<int:id>' does not capture",
        "redirectTo",
        "  @Get(\"/users/<int:id>\")",
        "  @Route(value = \"/u/<int:id>\", redirectTo = \"/users/<uid>\")",
        "  public String user(int id) { return \"\"; }");
  }

  @Test
  void redirectOffSiteIsRejected() {
    assertError("redirectTo '//elsewhere.example/' must be a path on this site",
        "redirectTo",
        "  @Route(value = \"/away\", redirectTo = \"//elsewhere.example/\")",
        "  public String away() { return \"\"; }");
  }

  @Test
  void defaultOfTheWrongTypeIsRejected() {
    assertError("Default 'page=first' of rule '/users/' is not a value of int",
        "defaults",
        "  @Route(value = \"/users/\", defaults = \"page=first\")",
        "  public String users(int page) { return \"\"; }");
  }

  @Test
  void userConverterNamedInARuleMustExist() {
    assertError("unknown converter 'slug' for variable 'title'; the converters are string, int,"
            + " float, path, uuid, any",
        "@Get(\"/posts/<slug:title>\")",
        "  @Get(\"/posts/<slug:title>\") public String post(String title) { return \"\"; }");
  }

  @Test
  void userConverterWithABadPatternIsRejected() {
    JavaFileObject converter = source("shop.Slugs", "package shop;", "import dev.carafe.*;",
        "@UrlConverter(name = \"slug\", pattern = \"[a-z\")",
        "public final class Slugs implements Converter<String> {",
        "  public String toValue(String text) { return text; }",
        "  public String toUrl(String value) { return value; }",
        "}");
    Compilation compilation = compile(APP, converter);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("The pattern of converter 'slug' is not a regular expression")
        .inFile(converter).onLineContaining("@UrlConverter");
  }

  @Test
  void beforeRequestReturningSomethingElseIsRejected() {
    assertError("@BeforeRequest method check() returns int; return void, or a Response or String"
            + " that answers early (null goes on)",
        "@BeforeRequest",
        "  @BeforeRequest",
        "  public int check() { return 1; }");
  }

  @Test
  void afterRequestWithoutTheResponseIsRejected() {
    assertError("@AfterRequest method stamp() must take the Response it may change",
        "@AfterRequest",
        "  @AfterRequest",
        "  public void stamp(Request request) { }");
  }

  @Test
  void teardownTakingANarrowerExceptionIsRejected() {
    assertError("@TeardownRequest method close() declares java.lang.Exception, but a request may"
            + " end with any Throwable; declare 'Throwable error'",
        "@TeardownRequest",
        "  @TeardownRequest",
        "  public void close(Exception error) { }");
  }

  @Test
  void errorHandlerForNothingIsRejected() {
    assertError("@ErrorHandler method oops() names no status and no exception",
        "@ErrorHandler",
        "  @ErrorHandler",
        "  public String oops() { return \"\"; }");
  }

  @Test
  void errorHandlerWhoseParameterCannotHoldTheErrorIsRejected() {
    assertError("@ErrorHandler method io() answers java.lang.IllegalStateException but takes"
            + " java.io.IOException, which cannot hold it",
        "@ErrorHandler",
        "  @ErrorHandler(exception = IllegalStateException.class)",
        "  public String io(java.io.IOException e) { return \"\"; }");
  }

  @Test
  void queryParameterOfAnUnreadableTypeIsRejected() {
    JavaFileObject pages = controller(
        "  @Get(\"/since\") public String since(@Query java.time.Instant from) { return \"\"; }");
    Compilation compilation = compile(APP, pages);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Parameter 'from' of since() is java.time.Instant, which Carafe cannot"
            + " read from text; use String, int, long, double, boolean, UUID or an enum")
        .inFile(pages).onLineContaining("@Query java.time.Instant from");
  }

  @Test
  void jsonBodyOfAnUnreadableTypeIsRejected() {
    assertError("Parameter 'file' of upload() is read from JSON, but java.io.File cannot be",
        "@Post(\"/upload\")",
        "  @Post(\"/upload\") public String upload(@JsonBody java.io.File file) { return \"\"; }");
  }

  @Test
  void oneBlueprintWithTwoPrefixesIsRejected() {
    JavaFileObject first = source("shop.First", "package shop;", "import dev.carafe.*;",
        "@Blueprint(name = \"admin\", urlPrefix = \"/admin\")",
        "public class First { @Get(\"/a\") public String a() { return \"\"; } }");
    JavaFileObject second = source("shop.Second", "package shop;", "import dev.carafe.*;",
        "@Blueprint(name = \"admin\", urlPrefix = \"/staff\")",
        "public class Second { @Get(\"/b\") public String b() { return \"\"; } }");
    Compilation compilation = compile(APP, first, second);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Blueprint 'admin' has the URL prefix '/admin' in First but '/staff'"
            + " in Second; give one blueprint one prefix")
        .inFile(second).onLineContaining("public class Second");
  }
}
