package dev.carafe.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations as the compiler gives them, by the annotation's qualified name. */
final class Annotations {
  private Annotations() {}

  /** The qualified name of the annotation's type. */
  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation named {@code qualifiedName} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value given for {@code member}, or {@code null} when the source leaves it to its default. */
  static Object value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }

  /** The value given for {@code member}, or {@code otherwise}. */
  static Object value(AnnotationMirror mirror, String member, Object otherwise) {
    Object value = value(mirror, member);
    return value == null ? otherwise : value;
  }
}
