package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Result;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Reads one routed method into an {@link EndpointModel} per rule, checking everything that
 * concerns that method alone: its rules, its HTTP methods, its return type and whether generated
 * code can call it. Its parameters are read by {@link BindingReader}. Every problem is reported
 * at the route annotation; a method with a problem yields no model.
 */
final class EndpointReader {
  private final Diagnostics diagnostics;
  private final Map<String, CustomConverter> customConverters;
  private final Results results;
  private final BindingReader bindings;

  EndpointReader(Diagnostics diagnostics, Types types, Map<String, CustomConverter> customConverters,
      JsonTypes json) {
    this.diagnostics = diagnostics;
    this.customConverters = customConverters;
    this.results = new Results(json);
    this.bindings = new BindingReader(diagnostics, types, json);
  }

  /**
   * The rules of {@code method}, one per route annotation; every rule of one method shares its
   * endpoint name.
   *
   * @throws Diagnostics.Abort after reporting the first problem of the method
   */
  List<EndpointModel> read(ExecutableElement method) throws Diagnostics.Abort {
    List<AnnotationMirror> routes = RouteAnnotations.of(method);
    List<EndpointModel> endpoints = new ArrayList<>();
    if (routes.isEmpty()) {
      return endpoints;
    }
    TypeElement controller = (TypeElement) method.getEnclosingElement();
    checkCallable(method, controller, routes.get(0));
    BlueprintModel blueprint = Blueprints.of(controller);
    String name = endpointName(method, routes);
    if (blueprint != null) {
      name = blueprint.name() + "." + name;
    }
    Result result = result(method, routes.get(0));
    for (AnnotationMirror annotation : routes) {
      endpoints.add(readRule(method, controller, annotation, name, result, blueprint));
    }
    return endpoints;
  }

  /** One endpoint name for all the rules of a method: the method's, unless one rule names it. */
  private String endpointName(ExecutableElement method, List<AnnotationMirror> routes) throws Diagnostics.Abort {
    String name = null;
    for (AnnotationMirror annotation : routes) {
      String given = (String) Annotations.value(annotation, "endpoint");
      if (given != null && !given.isEmpty()) {
        if (name != null && !name.equals(given)) {
          throw diagnostics.abort(method, annotation, "The rules of " + method.getSimpleName() + "() name"
              + " two endpoints, '" + name + "' and '" + given + "'; one method is one endpoint,"
              + " so name it once");
        }
        name = given;
      }
    }
    return name != null ? name : method.getSimpleName().toString();
  }

  private EndpointModel readRule(ExecutableElement method, TypeElement controller,
      AnnotationMirror annotation, String name, Result result, BlueprintModel blueprint)
      throws Diagnostics.Abort {
    String ruleText = blueprint == null ? (String) Annotations.value(annotation, "value")
        : blueprint.prefix((String) Annotations.value(annotation, "value"));
    Rule rule;
    try {
      rule = RuleParser.parse(ruleText, customConverters);
    } catch (RuleSyntaxException e) {
      throw diagnostics.abort(method, annotation, e.getMessage());
    }
    List<String> methods = RouteAnnotations.methods(annotation);
    checkMethods(method, annotation, methods);
    Boolean strictSlashes = (Boolean) Annotations.value(annotation, "strictSlashes");
    String blueprintName = blueprint == null ? null : blueprint.name();
    String redirectTo = (String) Annotations.value(annotation, "redirectTo");
    if (redirectTo != null && !redirectTo.isEmpty()) {
      checkRedirect(method, annotation, rule, redirectTo);
      return new EndpointModel(name, rule, methods, method, controller, annotation, List.of(),
          result, strictSlashes, redirectTo, blueprintName, List.of(), false);
    }
    List<EndpointModel.Binding> bound = bindings.read(method, annotation, rule);
    List<Rule.Variable> unbound = new ArrayList<>();
    for (Rule.Variable variable : rule.variables()) {
      if (method.getParameters().stream().noneMatch(p -> p.getSimpleName().contentEquals(variable.name()))) {
        unbound.add(variable);
      }
    }
    boolean buildOnly = (Boolean) Annotations.value(annotation, "buildOnly", false);
    return new EndpointModel(name, rule, methods, method, controller, annotation, bound, result,
        strictSlashes, null, blueprintName, List.copyOf(unbound), buildOnly);
  }

  private void checkRedirect(ExecutableElement method, AnnotationMirror annotation, Rule rule,
      String target) throws Diagnostics.Abort {
    if (!target.startsWith("/") || target.startsWith("//")) {
      throw diagnostics.abort(method, annotation, "redirectTo '" + target + "' must be a path on this"
          + " site, starting with a single '/'");
    }
    java.util.regex.Matcher reference = java.util.regex.Pattern.compile("<([^>]*)>").matcher(target);
    while (reference.find()) {
      String variable = reference.group(1);
      if (rule.variables().stream().noneMatch(v -> v.name().equals(variable))) {
        throw diagnostics.abort(method, annotation, "redirectTo '" + target + "' uses <" + variable
            + ">, which rule '" + rule.text() + "' does not capture; use only the rule's"
            + " variables, by name");
      }
    }
  }

  private void checkMethods(ExecutableElement method, AnnotationMirror annotation, List<String> methods)
      throws Diagnostics.Abort {
    if (methods.isEmpty()) {
      throw diagnostics.abort(method, annotation, "Route of " + method.getSimpleName() + "() lists no"
          + " HTTP method; leave methods out for GET, or name at least one");
    }
    for (String name : methods) {
      if (!name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '-' || c == '_')) {
        throw diagnostics.abort(method, annotation, "'" + name + "' is not an HTTP method name; use"
            + " names such as GET, POST, PUT, DELETE or PATCH");
      }
    }
  }

  /** Generated code lives in the application's package and calls the method directly. */
  private void checkCallable(ExecutableElement method, TypeElement controller, AnnotationMirror annotation)
      throws Diagnostics.Abort {
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      throw diagnostics.abort(method, annotation, "Route method " + method.getSimpleName() + "() must be"
          + " public so that the generated application can call it; add 'public'");
    }
    if (controller.getNestingKind() == NestingKind.LOCAL
        || controller.getNestingKind() == NestingKind.ANONYMOUS) {
      throw diagnostics.abort(method, annotation, "Route method " + method.getSimpleName() + "() is in a"
          + " local or anonymous class; move it to a top-level or static nested class");
    }
    if (controller.getNestingKind() == NestingKind.MEMBER
        && !controller.getModifiers().contains(Modifier.STATIC)) {
      throw diagnostics.abort(method, annotation, "Route method " + method.getSimpleName() + "() is in"
          + " the inner class " + controller.getSimpleName() + "; make the class static");
    }
    if (controller.getKind() != ElementKind.CLASS && !method.getModifiers().contains(Modifier.STATIC)) {
      throw diagnostics.abort(method, annotation, "Route method " + method.getSimpleName() + "() is in "
          + controller.getKind().toString().toLowerCase(Locale.ROOT) + " " + controller.getSimpleName()
          + "; routes belong to classes (or are static methods)");
    }
  }

  private Result result(ExecutableElement method, AnnotationMirror annotation) throws Diagnostics.Abort {
    Result result = results.classify(method.getReturnType());
    if (result == null) {
      throw diagnostics.abort(method, annotation, "Route method " + method.getSimpleName() + "() returns "
          + method.getReturnType() + ", which Carafe cannot send; return " + Results.ACCEPTED);
    }
    return result;
  }
}
