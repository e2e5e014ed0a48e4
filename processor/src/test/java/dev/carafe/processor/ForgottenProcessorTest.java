package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.carafe.build.ProcessorCheck;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A build that forgot the processor is told how to add it. */
class ForgottenProcessorTest {
  private static final JavaFileObject APP = Compiler.source("shop.Shop", "package shop;",
      "@dev.carafe.Application", "public class Shop {}");
  private static final JavaFileObject PAGES = Compiler.source("shop.Pages", "package shop;",
      "public class Pages {",
      "  @dev.carafe.Get(\"/\") public String index() { return \"\"; }",
      "}");

  @Test
  void applicationCompiledWithoutTheProcessorFailsNamingTheFix() {
    Compilation compilation = javac().withProcessors(new ProcessorCheck()).compile(APP, PAGES);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Carafe's annotation processor did not run, so shop.Shop has no"
            + " generated application. Add dev.carafe:carafe-processor to the compiler's"
            + " annotationProcessorPaths")
        .inFile(APP).onLineContaining("public class Shop");
  }

  @Test
  void applicationCompiledWithTheProcessorPassesTheCheck() {
    Compilation compilation = javac()
        .withProcessors(new ProcessorCheck(), new CarafeProcessor()).compile(APP, PAGES);
    assertThat(compilation).succeeded();
  }
}
