package dev.carafe.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One rule of a routed method, read and checked: everything the writers need to route to it and
 * call it. A method with several {@code @Route}s has one model per rule, all with its endpoint name.
 *
 * @param name the endpoint name
 * @param rule the parsed rule
 * @param methods the HTTP methods, upper case, in declared order
 * @param method the controller method
 * @param controller the class that declares it
 * @param annotation the route annotation, where errors about the route are reported
 * @param bindings where each parameter of the method comes from, in parameter order
 * @param result how the return value becomes a response
 * @param blueprint the blueprint of the controller, or {@code null}
 * @param unbound the rule's variables no parameter takes, which a URL value preprocessor of the
 *     application or the blueprint must consume
 * @param strictSlashes whether a missing trailing slash is redirected rather than matched, or
 *     {@code null} to take the application's setting
 * @param redirectTo the path this rule redirects to, with the rule's variables, or {@code null}
 * @param buildOnly whether the rule only builds URLs and is left out of routing
 */
public record EndpointModel(
    String name,
    Rule rule,
    List<String> methods,
    ExecutableElement method,
    TypeElement controller,
    AnnotationMirror annotation,
    List<Binding> bindings,
    Result result,
    Boolean strictSlashes,
    String redirectTo,
    String blueprint,
    List<Rule.Variable> unbound,
    boolean buildOnly) {

  public boolean isStatic() {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  /** How many parameters the rule's {@code defaults} give. */
  public int defaults() {
    return (int) bindings.stream().filter(b -> b instanceof DefaultValue).count();
  }

  public String where() {
    if (controller.getQualifiedName().contentEquals(Names.STATIC_FILES)) {
      return "the static folder (move it with @Application(staticUrlPath = \"...\"), or turn it"
          + " off with staticFolder = \"\")";
    }
    return controller.getSimpleName() + "." + method.getSimpleName() + "()";
  }

  /** This rule with the application's slash setting where the rule gave none. */
  public EndpointModel withDefaultSlashes(boolean strict) {
    return strictSlashes != null ? this : new EndpointModel(name, rule, methods, method, controller,
        annotation, bindings, result, strict, redirectTo, blueprint, unbound, buildOnly);
  }

  /** This endpoint with its rule's runs of slashes merged, see {@link Rule#withMergedSlashes()}. */
  public EndpointModel withMergedSlashes() {
    Rule merged = rule.withMergedSlashes();
    return merged == rule ? this : new EndpointModel(name, merged, methods, method, controller,
        annotation, bindings, result, strictSlashes, redirectTo, blueprint, unbound, buildOnly);
  }

  /** Where a parameter's value comes from. */
  public sealed interface Binding
      permits PathVariable, DefaultValue, CurrentRequest, CurrentSession, RequestValue, JsonBody {}

  /**
   * A path variable of the rule.
   *
   * @param index the variable's position among the rule's variables
   * @param variable the variable
   * @param type how the parameter is declared
   * @param javaType the parameter's declared type
   */
  public record PathVariable(int index, Rule.Variable variable, ValueType type, TypeMirror javaType)
      implements Binding {}

  /**
   * A value the rule gives in {@code defaults}.
   *
   * @param name the parameter
   * @param value the value, of the parameter's type
   */
  public record DefaultValue(String name, Constant value) implements Binding {}

  /** The {@code Request} itself. */
  public record CurrentRequest() implements Binding {}

  /** The request's session, Flask's {@code session}. */
  public record CurrentSession() implements Binding {}

  /**
   * A value from the query string, a header, a cookie or a form field, converted from its text,
   * so that a missing or malformed value is a 400 naming the parameter.
   *
   * @param source where the text comes from
   * @param name the name it has there
   * @param type what the text is converted to
   * @param enumType the enum of an {@link TextType#ENUM} value, else {@code null}
   * @param optional whether the parameter is an {@code Optional}, empty when the value is absent
   * @param fallback the value when it is absent, or {@code null} when it is required
   */
  public record RequestValue(Source source, String name, TextType type, TypeElement enumType,
      boolean optional, Constant fallback) implements Binding {

    /** The enum's constants, in order, for the message about a value that is none of them. */
    public List<String> constants() {
      List<String> constants = new java.util.ArrayList<>();
      for (javax.lang.model.element.Element member : enumType.getEnclosedElements()) {
        if (member.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return constants;
    }
  }

  /** Where a request value is read: the runtime's {@code Source}. */
  public enum Source { QUERY, HEADER, COOKIE, FORM }

  /** The types a request value's text converts to. */
  public enum TextType { TEXT, INT, LONG, DOUBLE, BOOLEAN, UUID, ENUM }

  /**
   * The request body as JSON.
   *
   * @param type the parameter's type
   */
  public record JsonBody(TypeMirror type) implements Binding {}

  /** The Java types a path variable can be bound to, and how the invoker reads each. */
  public enum ValueType {
    STRING("string"),
    INT("intValue"),
    LONG("longValue"),
    DOUBLE("doubleValue"),
    FLOAT("floatValue"),
    UUID("uuidValue"),
    CUSTOM("string");

    public final String accessor;

    ValueType(String accessor) {
      this.accessor = accessor;
    }

    public boolean isIntSized() {
      return this == INT;
    }
  }

}
