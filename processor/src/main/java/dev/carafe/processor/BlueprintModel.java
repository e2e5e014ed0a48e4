package dev.carafe.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A controller class's {@code @Blueprint}: its endpoints are named {@code name.method} and its
 * rules start with the URL prefix, as a Flask blueprint registered with {@code url_prefix}.
 *
 * @param name the blueprint's name
 * @param urlPrefix its URL prefix, empty for none
 */
record BlueprintModel(String name, String urlPrefix) {

  /** The blueprint of {@code type}, or {@code null} when it has none. */
  static BlueprintModel of(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(Names.BLUEPRINT)) {
        String name = "";
        String prefix = "";
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("name")) {
            name = (String) entry.getValue().getValue();
          } else if (entry.getKey().getSimpleName().contentEquals("urlPrefix")) {
            prefix = (String) entry.getValue().getValue();
          }
        }
        return new BlueprintModel(name, prefix);
      }
    }
    return null;
  }

  /** The rule under the prefix, as Flask joins them: {@code /admin} and {@code /} give {@code /admin/}. */
  String prefix(String rule) {
    if (urlPrefix.isEmpty() || urlPrefix.equals("/")) {
      return rule;
    }
    String base = urlPrefix.endsWith("/") ? urlPrefix.substring(0, urlPrefix.length() - 1) : urlPrefix;
    return base + (rule.startsWith("/") ? rule : "/" + rule);
  }
}
