package dev.carafe.processor.model;

import java.util.List;

/**
 * The application's templates, Flask's {@code templates/} folder, as jte's compiler turned them
 * into Java: each template's class and source, for the processor to hand to javac.
 *
 * @param folder the resource folder, from the root of the class path
 * @param templates each template of the folder, in name order
 */
public record TemplatesModel(String folder, List<Template> templates) {

  /**
   * One template.
   *
   * @param name its path in the folder, with {@code /} between folders: {@code auth/login.jte}
   * @param className the qualified name of the class jte generated for it
   * @param source the Java source jte generated
   * @param binaryContent the template's own text in UTF-8, which the class loads as a resource
   *     beside it, or {@code null} when it has none
   */
  public record Template(String name, String className, String source, byte[] binaryContent) {

    /** The package of {@link #className()}. */
    public String packageName() {
      return className.substring(0, className.lastIndexOf('.'));
    }

    /** The simple name of {@link #className()}. */
    public String simpleName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }
}
