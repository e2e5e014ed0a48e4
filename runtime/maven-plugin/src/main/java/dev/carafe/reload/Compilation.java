package dev.carafe.reload;

import java.nio.file.Path;
import java.util.List;

/**
 * What one compile of the application gave: its classes and the applications among them, or the
 * errors.
 *
 * @param classes the folder of the compiled classes (and the processor's resources)
 * @param applications the qualified names of the {@code @Application} classes
 * @param errors javac's errors; empty when the compile succeeded
 */
record Compilation(Path classes, List<String> applications, List<CompileError> errors) {
  Compilation {
    applications = List.copyOf(applications);
    errors = List.copyOf(errors);
  }

  /** Whether it compiled. */
  boolean succeeded() {
    return errors.isEmpty();
  }
}
