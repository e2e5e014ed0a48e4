package dev.carafe.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One routed method, read and checked: everything the writers need to call it and to route to it.
 *
 * @param name the endpoint name
 * @param rule the parsed rule
 * @param methods the HTTP methods, upper case, in declared order
 * @param method the controller method
 * @param controller the class that declares it
 * @param annotation the route annotation, where errors about the route are reported
 * @param bindings where each parameter of the method comes from, in parameter order
 * @param result how the return value becomes a response
 */
record EndpointModel(
    String name,
    Rule rule,
    List<String> methods,
    ExecutableElement method,
    TypeElement controller,
    AnnotationMirror annotation,
    List<Binding> bindings,
    ResultKind result) {

  boolean isStatic() {
    return method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
  }

  String where() {
    return controller.getSimpleName() + "." + method.getSimpleName() + "()";
  }

  /** Where a parameter's value comes from. */
  sealed interface Binding permits PathVariable, CurrentRequest {}

  /**
   * A path variable of the rule.
   *
   * @param index the variable's position among the rule's variables
   * @param variable the variable
   * @param type how the parameter is declared
   */
  record PathVariable(int index, Rule.Variable variable, ValueType type) implements Binding {}

  /** The {@code Request} itself. */
  record CurrentRequest() implements Binding {}

  /** The Java types a path variable can be bound to. */
  enum ValueType {
    STRING("String"),
    INT("int"),
    LONG("long"),
    INTEGER_BOXED("Integer"),
    LONG_BOXED("Long");

    final String javaName;

    ValueType(String javaName) {
      this.javaName = javaName;
    }

    boolean isLong() {
      return this == LONG || this == LONG_BOXED;
    }
  }

  /** The return types a routed method may have. */
  enum ResultKind {
    HTML,
    BYTES,
    RESPONSE,
    NO_CONTENT
  }
}
