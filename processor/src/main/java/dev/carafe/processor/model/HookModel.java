package dev.carafe.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A lifecycle hook or error handler, read and checked: which step it takes part in, for which
 * scope, and how its method is called.
 *
 * @param kind the step
 * @param method the method
 * @param owner the class that declares it
 * @param annotation the hook's annotation, where errors are reported
 * @param blueprint the blueprint of the owner, or {@code null} for the application
 * @param parameters what each parameter receives, in order
 * @param result how an error handler's or before-request hook's return value becomes a response
 * @param statuses the statuses an error handler answers
 * @param exceptions the exception classes an error handler answers
 */
public record HookModel(
    Kind kind,
    ExecutableElement method,
    TypeElement owner,
    AnnotationMirror annotation,
    String blueprint,
    List<Parameter> parameters,
    Result result,
    List<Integer> statuses,
    List<TypeElement> exceptions) {

  public boolean isStatic() {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  /** The steps of Flask's request lifecycle a method can take part in, and the application's end. */
  public enum Kind {
    BEFORE_REQUEST(Names.BEFORE_REQUEST),
    AFTER_REQUEST(Names.AFTER_REQUEST),
    TEARDOWN_REQUEST(Names.TEARDOWN_REQUEST),
    URL_VALUE_PREPROCESSOR(Names.URL_VALUE_PREPROCESSOR),
    URL_DEFAULTS(Names.URL_DEFAULTS),
    ERROR_HANDLER(Names.ERROR_HANDLER),
    /** Not a step of a request: once, when the application is closed. */
    SHUTDOWN(Names.SHUTDOWN);

    public final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }

    public String simpleName() {
      return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
  }

  /**
   * What one parameter of a hook receives.
   *
   * @param role the value
   * @param type the declared type, for the cast of an error
   */
  public record Parameter(Role role, TypeMirror type) {}

  /** The values a hook can take. */
  public enum Role {
    REQUEST,
    SESSION,
    RESPONSE,
    ERROR,
    ENDPOINT,
    VALUES,
    /** The application being closed, to a shutdown hook. */
    APP
  }
}
