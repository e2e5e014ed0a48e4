package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Werkzeug's routing tests (tests/test_routing.py at tag 3.1.8) whose rules Carafe rejects when it
 * compiles them: a malformed rule or converter argument list (Werkzeug raises ValueError when the
 * rule is added), and, on purpose, rules Werkzeug accepts but Carafe does not take: a converter
 * whose pattern matches slashes, and a variable named by a Java keyword. Two tests here assert
 * that converters Werkzeug's tests use compile, as written: their patterns take no slash, but
 * have a {@code /} in a negated class. See {@link WerkzeugRoutingMatchTest} for what is not ported
 * and why.
 */
class WerkzeugRoutingCompileErrorsTest {
  private static final JavaFileObject APP =
      source("wz.Site", "package wz;", "@dev.carafe.Application public class Site {}");

  private static JavaFileObject pages(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package wz;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "public class Pages {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("wz.Pages", lines);
  }

  private static void assertRejected(String message, JavaFileObject file, String line,
      JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /** Werkzeug's test_invalid_rule: {@code /<int()>} is malformed (ValueError in Werkzeug). */
  @Test
  void invalidRule() {
    JavaFileObject pages = pages("  @Get(\"/<int()>\") public String test() { return \"\"; }");
    assertRejected("Malformed rule '/<int()>'", pages, "@Get(\"/<int()>\")", APP, pages);
  }

  /**
   * Werkzeug's test_converter_parser, its error case: arguments separated by {@code ;} cannot be
   * parsed (ValueError in Werkzeug).
   */
  @Test
  void converterParser() {
    JavaFileObject pages = pages(
        "  @Get(\"/n/<int(min=0;max=500):n>\") public String n(int n) { return \"\"; }");
    assertRejected("Malformed rule '/n/<int(min=0;max=500):n>'", pages, "@Get(", APP, pages);
  }

  /**
   * Werkzeug's test_converter_with_tuples: a converter whose regex spans two segments
   * ({@code part_isolating = False}) matches {@code /qwert/yuiop/} in Werkzeug. Carafe's converters
   * match within one segment, on purpose: the pattern is a compile error.
   */
  @Test
  void converterWithTuples() {
    JavaFileObject converter = source("wz.TwoValueConverter", "package wz;",
        "import dev.carafe.*;",
        "@UrlConverter(name = \"two\", pattern = \"(\\\\w\\\\w+)/(\\\\w\\\\w+)\")",
        "public final class TwoValueConverter implements Converter<String> {",
        "  public String toValue(String text) { return text; }",
        "  public String toUrl(String value) { return value; }",
        "}");
    JavaFileObject pages = pages("  @Get(\"/<two:foo>/\") public String handler(String foo) { return foo; }");
    assertRejected("The pattern of converter 'two' mentions '/'", converter, "@UrlConverter",
        APP, converter, pages);
  }

  /**
   * Werkzeug's test_part_isolating_default: a converter whose regex has a slash spans segments
   * and matches {@code /a/b/} in Werkzeug; in Carafe the pattern is a compile error, on purpose.
   */
  @Test
  void partIsolatingDefault() {
    JavaFileObject converter = source("wz.TwoConverter", "package wz;", "import dev.carafe.*;",
        "@UrlConverter(name = \"two\", pattern = \"\\\\w+/\\\\w+\")",
        "public final class TwoConverter implements Converter<String> {",
        "  public String toValue(String text) { return text; }",
        "  public String toUrl(String value) { return value; }",
        "}");
    JavaFileObject pages = pages("  @Get(\"/<two:values>/\") public String two(String values) { return values; }");
    assertRejected("The pattern of converter 'two' mentions '/'", converter, "@UrlConverter",
        APP, converter, pages);
  }

  /**
   * Werkzeug's test_regex, its pattern as written: {@code [^/:]+\.[^/:]+} takes no slash (the
   * {@code /} is inside a negated class), so it matches within one segment, and Werkzeug routes
   * {@code /asdfsa.asdfs} with it. Carafe should accept it; {@link WerkzeugRoutingMatchTest#regex()}
   * runs the same pattern with the slash written {@code \x2F}.
   */
  @Test
  void regexPatternAsWritten() {
    JavaFileObject converter = source("wz.RegexConverter", "package wz;", "import dev.carafe.*;",
        "@UrlConverter(name = \"regex\", pattern = \"[^/:]+\\\\.[^/:]+\")",
        "public final class RegexConverter implements Converter<String> {",
        "  public String toValue(String text) { return text; }",
        "  public String toUrl(String value) { return value; }",
        "}");
    JavaFileObject pages = pages("  @Get(\"/<regex:value>\") public String regex(String value) { return value; }");
    assertThat(compile(APP, converter, pages)).succeeded();
  }

  /**
   * Werkzeug's test_default_converters, with the converter as a Carafe user writes it: a
   * {@code @UrlConverter} that leaves out its pattern, so that it takes UnicodeConverter's
   * {@code [^/]+}, which is also {@code UrlConverter.pattern()}'s default. Flask routes
   * {@code /a/1} to it. {@link WerkzeugRoutingMatchTest#defaultConverters()} runs the same
   * converter with the slash of its pattern written {@code \x2F}.
   */
  @Test
  void defaultConvertersWithTheDefaultPattern() {
    JavaFileObject converter = source("wz.FooConverter", "package wz;", "import dev.carafe.*;",
        "@UrlConverter(name = \"foo\")",
        "public final class FooConverter implements Converter<String> {",
        "  public String toValue(String text) { return text; }",
        "  public String toUrl(String value) { return value; }",
        "}");
    JavaFileObject pages = pages("  @Get(\"/a/<foo:a>\") public String a(String a) { return \"a \" + a; }");
    Compilation compilation = compile(APP, converter, pages);
    assertThat(compilation).succeeded();
    WerkzeugApps.expect(WerkzeugApps.on(Compiler.app(compilation, "wz.Site"),
        WerkzeugApps.row("GET", "/a/1", 200, "a 1")));
  }

  /**
   * Werkzeug's test_build_url_with_arg_keyword: Werkzeug builds {@code /foo/<string:class>} with
   * {@code class="bar"}. A Java parameter cannot be named {@code class}, so the variable has no
   * parameter and the rule is a compile error.
   */
  @Test
  void buildUrlWithArgKeyword() {
    JavaFileObject pages = pages("  @Get(\"/foo/<string:class>\") public String foo() { return \"\"; }");
    assertRejected("has the variable 'class'", pages, "@Get(\"/foo/<string:class>\")", APP, pages);
  }
}
