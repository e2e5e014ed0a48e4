package dev.carafe.processor.check;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors at the element and annotation they concern, and remembers that there were some.
 * A reader that cannot go on with an element reports through {@link #abort} and throws what it
 * returns; the loop over the elements catches it and goes on with the next one, as AutoValue's
 * {@code ErrorReporter.abortWithError} does, so that one compilation shows every problem.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, AnnotationMirror annotation, String message) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }
  }

  /**
   * Warns at {@code element}: the code compiles and works, but not as its author declared (a
   * {@code @NonBlocking} endpoint that runs on a worker, say). Not an error.
   */
  public void warning(Element element, AnnotationMirror annotation, String message) {
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation);
    }
  }

  /** Reports {@code message} where no element is concerned: a template, say. */
  public void error(String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  public void error(Element element, String message) {
    error(element, null, message);
  }

  /** Reports {@code message} and returns the exception that abandons the element. */
  public Abort abort(Element element, AnnotationMirror annotation, String message) {
    error(element, annotation, message);
    return new Abort();
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  /**
   * Thrown once an element's error is reported: nothing more can be read from it. It carries
   * no message (the diagnostic has it) and no trace (it is not a failure of the processor).
   */
  public static final class Abort extends Exception {
    private static final long serialVersionUID = 1L;

    public Abort() {
      super(null, null, false, false);
    }
  }
}
