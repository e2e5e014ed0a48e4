package dev.carafe.processor.read;

import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.ThreadingModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @NonBlocking} and {@code @Blocking}: the declaration in force for a method is the
 * nearest one, on the method, else on its class or a class around it, else on the application
 * class.
 */
final class ThreadingReader {
  private ThreadingReader() {}

  /** The marks of {@code annotated} (methods and classes, as met) and what they declare. */
  static ThreadingModel read(TypeElement application, List<Element> annotated,
      List<EndpointModel> endpoints, List<HookModel> hooks) {
    List<ThreadingModel.Mark> marks = new ArrayList<>();
    for (Element element : annotated) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String name = Annotations.name(mirror);
        if (name.equals(Names.NON_BLOCKING) || name.equals(Names.BLOCKING)) {
          marks.add(new ThreadingModel.Mark(element, mirror, name.equals(Names.NON_BLOCKING)));
        }
      }
    }
    Set<ExecutableElement> nonBlocking = new LinkedHashSet<>();
    for (EndpointModel endpoint : endpoints) {
      if (declared(endpoint.method(), application)) {
        nonBlocking.add(endpoint.method());
      }
    }
    for (HookModel hook : hooks) {
      if (declared(hook.method(), application)) {
        nonBlocking.add(hook.method());
      }
    }
    return new ThreadingModel(List.copyOf(marks), Set.copyOf(nonBlocking));
  }

  /** Whether the declaration nearest {@code method} is {@code @NonBlocking}. */
  private static boolean declared(ExecutableElement method, TypeElement application) {
    for (Element scope = method; scope != null; scope = scope.getEnclosingElement()) {
      Boolean declared = declaration(scope);
      if (declared != null) {
        return declared;
      }
      if (scope.getKind() == ElementKind.PACKAGE) {
        break;
      }
    }
    Boolean declared = declaration(application);
    return declared != null && declared;
  }

  /** {@code true} for {@code @NonBlocking}, {@code false} for {@code @Blocking}, else {@code null}. */
  private static Boolean declaration(Element element) {
    boolean nonBlocking = Annotations.find(element, Names.NON_BLOCKING) != null;
    boolean blocking = Annotations.find(element, Names.BLOCKING) != null;
    // Both at once is an error of its own (ThreadingChecks); blocking is the safe reading.
    return blocking ? Boolean.FALSE : nonBlocking ? Boolean.TRUE : null;
  }
}
