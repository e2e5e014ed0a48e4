package dev.carafe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages depend on each other one way only, and JavaPoet stays in the write
 * stage: read -> check -> model, write -> plan -> model, and only the processor itself sees them
 * all. Read from the sources' imports, so that a wrong one fails here with its file.
 */
class StagesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/carafe/processor");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

  /** The stages each stage may use; the processor's own package may use every one. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of(),
      "check", Set.of("model"),
      "read", Set.of("model", "check"),
      "plan", Set.of("model"),
      "write", Set.of("model", "plan"));

  @Test
  void stagesDependOnEachOtherOneWayAndOnlyWriteUsesJavaPoet() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<String>> stage : ALLOWED.entrySet()) {
      try (Stream<Path> files = Files.list(SOURCES.resolve(stage.getKey()))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Matcher imported = IMPORT.matcher(Files.readString(file));
          while (imported.find()) {
            String name = imported.group(1);
            boolean otherStage = name.startsWith("dev.carafe.processor.")
                && !stage.getValue().contains(name.split("\\.")[3])
                && !name.split("\\.")[3].equals(stage.getKey());
            boolean javaPoet = name.startsWith("com.palantir.javapoet.") && !stage.getKey().equals("write");
            if (otherStage || javaPoet) {
              wrong.add(stage.getKey() + "/" + file.getFileName() + " imports " + name);
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
