package dev.carafe.processor.read;

import dev.carafe.processor.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** Reads {@code @Route}, its container and the single-method shortcuts such as {@code @Get}. */
final class RouteAnnotations {
  private RouteAnnotations() {}

  /** The route annotations of a method; repeated {@code @Route}s arrive in their container. */
  static List<AnnotationMirror> of(ExecutableElement method) {
    List<AnnotationMirror> routes = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String type = Annotations.name(mirror);
      if (type.equals(Names.ROUTE) || Names.SHORTCUTS.containsKey(type)) {
        routes.add(mirror);
      } else if (type.equals(Names.ROUTES)) {
        for (Object item : (List<?>) Annotations.value(mirror, "value")) {
          routes.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return routes;
  }

  /** The HTTP methods of one route annotation, upper case, in declared order. */
  static List<String> methods(AnnotationMirror annotation) {
    String shortcut = Names.SHORTCUTS.get(Annotations.name(annotation));
    if (shortcut != null) {
      return List.of(shortcut);
    }
    Object given = Annotations.value(annotation, "methods");
    if (given == null) {
      return List.of("GET");
    }
    Set<String> methods = new LinkedHashSet<>();
    for (Object item : (List<?>) given) {
      methods.add(((AnnotationValue) item).getValue().toString().toUpperCase(Locale.ROOT));
    }
    return List.copyOf(methods);
  }
}
