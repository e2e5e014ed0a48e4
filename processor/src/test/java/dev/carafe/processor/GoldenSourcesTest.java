package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden sources: small applications under {@code src/test/resources/golden/<name>/input} (with
 * their resource folders, if any, under {@code .../resources}), and
 * every file the processor generates for each, as it should read, under {@code .../expected}. A
 * change to the generated code shows here as a diff a reviewer can read.
 *
 * <p>After a deliberate change to the generated code, regenerate the expected files with
 * {@code CARAFE_GOLDEN_UPDATE=1 mvn -B -q -pl runtime,processor verify -Dtest=GoldenSourcesTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, then read the diff before committing it.
 */
class GoldenSourcesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {
      "hello", // one controller, a static and a dynamic rule
      "blog", // a blueprint, hooks, error handlers, defaults, a query value and JSON records
      "slugs", // the application's own @UrlConverter
      "pages", // templates (under resources/templates), a layout, and the typed ...Templates class
      "commands", // @Command methods the main class runs by name
      "threading" // @NonBlocking and @Blocking: where each endpoint's requests run
  })
  void generatedSourcesAreTheExpectedOnes(String application) throws IOException {
    Path resources = GOLDEN.resolve(application).resolve("resources");
    List<String> options = Files.isDirectory(resources)
        ? List.of("-Acarafe.resources=" + resources.toAbsolutePath()) : List.of();
    Compilation compilation = Compiler.compile(options, inputs(application));
    assertThat(compilation).succeeded();
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = Path.of(file.toUri().getPath()).getFileName().toString();
      generated.put(name, file.getCharContent(true).toString());
    }
    Path expected = GOLDEN.resolve(application).resolve("expected");
    if (System.getenv("CARAFE_GOLDEN_UPDATE") != null) {
      write(expected, generated);
    }
    assertEquals(read(expected).keySet(), generated.keySet(), "the files generated");
    for (Map.Entry<String, String> file : read(expected).entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  private static JavaFileObject[] inputs(String application) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    Path input = GOLDEN.resolve(application).resolve("input");
    for (Map.Entry<String, String> file : read(input).entrySet()) {
      String type = file.getKey().substring(0, file.getKey().length() - ".java".length());
      sources.add(JavaFileObjects.forSourceString(application + "." + type, file.getValue()));
    }
    return sources.toArray(new JavaFileObject[0]);
  }

  /** The files of a folder by name, in name order. */
  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Path folder, Map<String, String> files) throws IOException {
    try (Stream<Path> old = Files.list(folder)) {
      for (Path path : (Iterable<Path>) old::iterator) {
        Files.delete(path);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
