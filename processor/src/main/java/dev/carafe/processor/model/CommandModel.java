package dev.carafe.processor.model;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * A command of the application, Flask's {@code @app.cli.command}: a method of the application
 * class that the generated main runs by name.
 *
 * @param name the name the command line gives, lower-case kebab case
 * @param help the line {@code --help} shows beside the name, or empty
 * @param method the method
 * @param annotation the {@code @Command} annotation, where errors about it go
 * @param parameters what each parameter receives, in order
 * @param returnsStatus whether the method returns the status to exit with ({@code int}) rather
 *     than nothing ({@code void}, status 0)
 */
public record CommandModel(String name, String help, ExecutableElement method,
    AnnotationMirror annotation, List<Parameter> parameters, boolean returnsStatus) {

  /**
   * The words the launcher keeps for itself: its options without their dashes and Flask's own
   * commands. The launcher's {@code AppCommand.RESERVED}, which a test holds equal to this.
   */
  public static final Set<String> RESERVED =
      Set.of("help", "routes", "run", "shell", "host", "port", "server", "config");

  /** What a command's name must look like: lower-case words joined by {@code -}. */
  public static final String NAME_PATTERN = "[a-z][a-z0-9-]*";

  public boolean isStatic() {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  /** What one parameter of a command receives. */
  public enum Parameter {
    /** The application, configured as for serving. */
    APP,
    /** Standard output. */
    OUT,
    /** The words after the command's name. */
    ARGS
  }

  /**
   * A method's name as a command's, as Click names a command after its function:
   * {@code initDb} is {@code init-db}, {@code importCSVFile} {@code import-csv-file} and
   * {@code init_db} {@code init-db}.
   */
  public static String kebab(String methodName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(methodName.charAt(i - 1))
            && methodName.charAt(i - 1) != '_';
        boolean endsCapitals = i > 0 && Character.isUpperCase(methodName.charAt(i - 1))
            && i + 1 < methodName.length() && Character.isLowerCase(methodName.charAt(i + 1));
        if (afterLower || endsCapitals) {
          name.append('-');
        }
        name.append(Character.toLowerCase(c));
      } else {
        name.append(c == '_' ? '-' : c);
      }
    }
    return name.toString();
  }
}
