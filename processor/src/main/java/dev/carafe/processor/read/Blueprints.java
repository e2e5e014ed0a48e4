package dev.carafe.processor.read;

import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.Names;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads a controller's {@code @Blueprint}. */
final class Blueprints {
  private Blueprints() {}

  /** The blueprint of {@code type}, or {@code null} when it has none. */
  static BlueprintModel of(TypeElement type) {
    AnnotationMirror mirror = Annotations.find(type, Names.BLUEPRINT);
    return mirror == null ? null : new BlueprintModel((String) Annotations.value(mirror, "name", ""),
        (String) Annotations.value(mirror, "urlPrefix", ""));
  }
}
