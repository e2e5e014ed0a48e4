package dev.carafe.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports errors at the element and annotation they concern, and remembers that there were some. */
final class Diagnostics {
  private final Messager messager;
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, AnnotationMirror annotation, String message) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }
  }

  void error(Element element, String message) {
    error(element, null, message);
  }

  void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  boolean hasErrors() {
    return errors > 0;
  }
}
