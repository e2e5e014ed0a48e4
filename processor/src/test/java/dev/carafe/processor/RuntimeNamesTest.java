package dev.carafe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages may move: the processor spells their names in two files only, so that
 * a move is a change to those ({@code Names} for what the sources use, {@code RuntimeTypes} for
 * what generated code uses).
 */
class RuntimeNamesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/carafe/processor");
  private static final Set<String> NAMING_FILES = Set.of("Names.java", "RuntimeTypes.java");

  @Test
  void onlyNamesAndRuntimeTypesSpellARuntimePackage() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (NAMING_FILES.contains(file.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).contains("\"dev.carafe") || lines.get(i).contains("\"io.avaje")) {
            found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
