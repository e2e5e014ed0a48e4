package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.TemplateMethod;
import dev.carafe.processor.model.TemplatesModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the compiled templates' signatures, a round after their sources were written: each
 * template class's {@code render(output, interceptor, ...)} as javac resolved it, so that the
 * typed {@code ...Templates} methods take the template's parameters with their real types rather
 * than types re-read from the template's text.
 */
final class TemplateSignatures {
  /** {@code render}'s own parameters, before the template's: the output and jte's interceptor. */
  private static final int JTE_PARAMETERS = 2;

  private final Elements elements;
  private final Diagnostics diagnostics;

  TemplateSignatures(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * A method for each template whose class javac could read. A template whose parameter types do
   * not resolve is left out: javac reports the type in the template's class.
   */
  List<TemplateMethod> read(TypeElement application, TemplatesModel templates) {
    List<TemplateMethod> methods = new ArrayList<>();
    Map<String, String> taken = new HashMap<>();
    for (TemplatesModel.Template template : templates.templates()) {
      TypeElement type = elements.getTypeElement(template.className());
      if (type == null) {
        continue;
      }
      ExecutableElement render = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
          .filter(method -> method.getSimpleName().contentEquals("render"))
          .findFirst().orElse(null);
      if (render == null) {
        continue;
      }
      List<? extends VariableElement> all = render.getParameters();
      List<VariableElement> parameters = new ArrayList<>(all.subList(JTE_PARAMETERS, all.size()));
      if (parameters.stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR)) {
        continue;
      }
      String name = methodName(template.name());
      String other = taken.putIfAbsent(name, template.name());
      if (other != null) {
        diagnostics.error(application, "Templates " + templates.folder() + "/" + other + " and "
            + templates.folder() + "/" + template.name() + " would both be rendered by "
            + name + "(...); rename one of them");
        continue;
      }
      methods.add(new TemplateMethod(name, template.name(), type, List.copyOf(parameters),
          render.isVarArgs()));
    }
    return methods;
  }

  /**
   * The method that renders the template at {@code path}: its words in camel case, the extension
   * left out ({@code index.jte} is {@code index}, {@code auth/login.jte} is {@code authLogin},
   * {@code errors/not-found.jte} is {@code errorsNotFound}); a Java keyword gets a {@code _}
   * ({@code new.jte} is {@code new_}), as does a name that starts with a digit ({@code _404}).
   */
  static String methodName(String path) {
    String stem = path.endsWith(".jte") ? path.substring(0, path.length() - 4) : path;
    StringBuilder name = new StringBuilder();
    for (String word : stem.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      name.append(name.length() == 0
          ? word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1)
          : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, '_');
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name.toString();
  }
}
