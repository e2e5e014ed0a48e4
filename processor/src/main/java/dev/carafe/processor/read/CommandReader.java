package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.CommandModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads a method annotated {@code @Command}: its name and help, and what its parameters receive;
 * reports at the annotation what is wrong with it, and how to put it right.
 */
final class CommandReader {
  private final Diagnostics diagnostics;
  private final Elements elements;

  CommandReader(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /**
   * The command of {@code method}, a method of {@code application} if it is one at all.
   *
   * @throws Diagnostics.Abort after reporting, at the annotation, why the method cannot be one
   */
  CommandModel read(TypeElement application, ExecutableElement method) throws Diagnostics.Abort {
    AnnotationMirror annotation = Annotations.find(method, Names.COMMAND);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String where = "@Command method " + method.getSimpleName() + "()";
    String main = application.getSimpleName() + "Main";
    if (!owner.equals(application)) {
      throw diagnostics.abort(method, annotation, where + " is in " + owner.getSimpleName()
          + ", but commands are methods of the @Application class " + application.getSimpleName()
          + ", whose main class " + main + " runs them; move it to "
          + application.getSimpleName() + " (it may call " + owner.getSimpleName() + ")");
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      throw diagnostics.abort(method, annotation, where + " is private, so the generated " + main
          + " cannot call it; remove 'private'");
    }
    String given = (String) Annotations.value(annotation, "value", "");
    String name = given.isEmpty() ? CommandModel.kebab(method.getSimpleName().toString()) : given;
    if (!name.matches(CommandModel.NAME_PATTERN)) {
      throw diagnostics.abort(method, annotation, "Command name '" + name + "' of "
          + method.getSimpleName() + "() must be lower-case words joined by '-' ("
          + CommandModel.NAME_PATTERN + "), as in 'init-db'; give one with @Command(\"...\")");
    }
    if (CommandModel.RESERVED.contains(name)) {
      throw diagnostics.abort(method, annotation, "Command name '" + name + "' of "
          + method.getSimpleName() + "() is the launcher's own (" + String.join(", ",
              new TreeSet<>(CommandModel.RESERVED)) + "); give another with @Command(\"...\")");
    }
    List<CommandModel.Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      CommandModel.Parameter kind = parameter(parameter.asType());
      if (kind == null) {
        throw diagnostics.abort(method, annotation, "Parameter '" + parameter.getSimpleName()
            + "' of " + method.getSimpleName() + "() is " + parameter.asType() + ", which a command"
            + " is not given; a command takes, in any order, " + Names.APP + " (the configured"
            + " application), java.io.PrintStream (standard output) and"
            + " java.util.List<String> (the words after its name)");
      }
      parameters.add(kind);
    }
    TypeMirror returns = method.getReturnType();
    if (returns.getKind() != TypeKind.VOID && returns.getKind() != TypeKind.INT) {
      throw diagnostics.abort(method, annotation, where + " returns " + returns + "; return void"
          + " (status 0) or int (the status to exit with)");
    }
    String help = (String) Annotations.value(annotation, "help", "");
    return new CommandModel(name, help.isEmpty() ? firstSentence(elements.getDocComment(method)) : help,
        method, annotation, List.copyOf(parameters), returns.getKind() == TypeKind.INT);
  }

  private static CommandModel.Parameter parameter(TypeMirror type) {
    String name = TypeNames.of(type);
    if (name.equals(Names.APP)) {
      return CommandModel.Parameter.APP;
    }
    if (name.equals("java.io.PrintStream")) {
      return CommandModel.Parameter.OUT;
    }
    if (name.equals("java.util.List")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.size() == 1 && TypeNames.of(arguments.get(0)).equals("java.lang.String")) {
        return CommandModel.Parameter.ARGS;
      }
    }
    return null;
  }

  /**
   * The first sentence of a javadoc comment as one line of text, as Flask takes a command's help
   * from its docstring: up to the first period followed by a space, or the end of the first
   * paragraph; inline tags give their text, HTML tags are dropped.
   */
  static String firstSentence(String doc) {
    if (doc == null) {
      return "";
    }
    String paragraph = doc.strip().split("\\n\\s*\\n|\\n\\s*@|^@", 2)[0];
    String text = paragraph.replaceAll("\\{@\\w+\\s*([^}]*)}", "$1").replaceAll("<[^>]*>", "")
        .replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
