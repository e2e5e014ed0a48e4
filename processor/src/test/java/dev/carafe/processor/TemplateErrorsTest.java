package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in templates fail the build: one jte cannot parse is an error of Carafe's processor
 * that names the template, the line and jte's message; a call of what does not exist, or a value
 * of the wrong type, is javac's error in the template's class (named after the template) or, for
 * an argument of the typed {@code ...Templates} method, at the call. The templates are in
 * {@code src/test/resources/template-errors}.
 */
class TemplateErrorsTest {
  private static JavaFileObject application(String folder) {
    return source("shop.Shop", "package shop;",
        "@dev.carafe.Application(templateFolder = \"template-errors/" + folder + "\")",
        "public class Shop {}");
  }

  private static final JavaFileObject INDEX = source("shop.Pages", "package shop;",
      "import dev.carafe.*;",
      "public class Pages {",
      "  @Get(\"/\") public String index() { return \"home\"; }",
      "}");

  @Test
  void aTemplateJteCannotParseIsAnErrorNamingTheFileAndLine() {
    Compilation compilation = compile(TemplatesTest.SEES_RESOURCES, application("syntax"), INDEX);
    assertThat(compilation).hadErrorContaining(
        "Template template-errors/syntax/hello.jte:5: Missing @endif ("
            + TemplatesTest.RESOURCES.resolve("template-errors/syntax/hello.jte") + ", line 5)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void aHelperThatDoesNotExistIsJavacsErrorInTheTemplatesClass() {
    Compilation compilation = compile(TemplatesTest.SEES_RESOURCES, application("unknown-helper"), INDEX);
    assertThat(compilation).failed();
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertEquals("cannot find symbol\n  symbol:   method urlFro(java.lang.String)\n  location: class"
        + " shop.templates.JtenavGenerated", error.getMessage(null));
    assertEquals("/SOURCE_OUTPUT/shop/templates/JtenavGenerated.java", error.getSource().toUri().getPath());
  }

  @Test
  void aValueUsedAsATypeItIsNotIsJavacsErrorInTheTemplatesClass() {
    Compilation compilation = compile(TemplatesTest.SEES_RESOURCES, application("type-error"), INDEX);
    assertThat(compilation).hadErrorContaining("int cannot be dereferenced");
    assertEquals("/SOURCE_OUTPUT/shop/templates/JtecupsGenerated.java",
        compilation.errors().get(0).getSource().toUri().getPath());
  }

  @Test
  void anArgumentOfTheWrongTypeIsAnErrorAtTheCall() {
    JavaFileObject pages = source("shop.Pages", "package shop;",
        "import dev.carafe.*;",
        "public class Pages {",
        "  @Get(\"/login\") public Page login() { return ShopTemplates.authLogin(42); }",
        "}");
    Compilation compilation = compile(TemplatesTest.SEES_RESOURCES, TemplatesTest.SHOP,
        TemplatesTest.ARTICLE, pages);
    assertThat(compilation).hadErrorContaining("incompatible types: int cannot be converted to"
        + " java.lang.String").inFile(pages).onLineContaining("authLogin(42)");
  }

  @Test
  void aTemplateFolderNameThatIsNoResourceFolderIsAnError() {
    JavaFileObject shop = source("shop.Shop", "package shop;",
        "@dev.carafe.Application(templateFolder = \"../templates\")",
        "public class Shop {}");
    assertThat(compile(List.of(), shop, INDEX))
        .hadErrorContaining("templateFolder \"../templates\" is not a resource folder name")
        .inFile(shop).onLineContaining("@dev.carafe.Application");
  }
}
