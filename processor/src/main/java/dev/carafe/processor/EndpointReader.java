package dev.carafe.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one routed method into an {@link EndpointModel}, checking everything that concerns that
 * method alone: its rule, its parameters, its return type and whether generated code can call it.
 * Every problem is reported at the route annotation; a method with problems yields no model.
 */
final class EndpointReader {
  private final Diagnostics diagnostics;

  EndpointReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The endpoint of {@code method}, or {@code null} after reporting why there is none. */
  EndpointModel read(ExecutableElement method) {
    List<AnnotationMirror> routes = routeAnnotations(method);
    if (routes.isEmpty()) {
      return null;
    }
    AnnotationMirror annotation = routes.get(0);
    if (routes.size() > 1) {
      diagnostics.error(method, routes.get(1), "Method " + method.getSimpleName() + "() carries "
          + routes.size() + " route annotations; give it one, and list several methods with"
          + " @Route(value = \"...\", methods = {\"GET\", \"POST\"})");
      return null;
    }
    TypeElement controller = (TypeElement) method.getEnclosingElement();
    String ruleText = (String) value(annotation, "value");
    List<String> methods = methods(annotation);
    String endpoint = (String) value(annotation, "endpoint");
    String name = endpoint == null || endpoint.isEmpty()
        ? method.getSimpleName().toString() : endpoint;

    boolean ok = checkCallable(method, controller, annotation);
    Rule rule;
    try {
      rule = RuleParser.parse(ruleText);
    } catch (RuleSyntaxException e) {
      diagnostics.error(method, annotation, e.getMessage());
      return null;
    }
    ok &= checkMethods(method, annotation, methods);
    List<EndpointModel.Binding> bindings = bindings(method, annotation, rule);
    EndpointModel.ResultKind result = result(method, annotation);
    if (!ok || bindings == null || result == null) {
      return null;
    }
    return new EndpointModel(name, rule, methods, method, controller, annotation, bindings, result);
  }

  static List<AnnotationMirror> routeAnnotations(ExecutableElement method) {
    List<AnnotationMirror> routes = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String type = ((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName().toString();
      if (type.equals(Names.ROUTE) || Names.SHORTCUTS.containsKey(type)) {
        routes.add(mirror);
      }
    }
    return routes;
  }

  private static String annotationName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }

  private static List<String> methods(AnnotationMirror annotation) {
    String shortcut = Names.SHORTCUTS.get(annotationName(annotation));
    if (shortcut != null) {
      return List.of(shortcut);
    }
    Object given = value(annotation, "methods");
    if (given == null) {
      return List.of("GET");
    }
    Set<String> methods = new LinkedHashSet<>();
    for (Object item : (List<?>) given) {
      methods.add(((AnnotationValue) item).getValue().toString().toUpperCase(Locale.ROOT));
    }
    return List.copyOf(methods);
  }

  private boolean checkMethods(
      ExecutableElement method, AnnotationMirror annotation, List<String> methods) {
    if (methods.isEmpty()) {
      diagnostics.error(method, annotation, "Route of " + method.getSimpleName() + "() lists no"
          + " HTTP method; leave methods out for GET, or name at least one");
      return false;
    }
    for (String name : methods) {
      if (!name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '-' || c == '_')) {
        diagnostics.error(method, annotation, "'" + name + "' is not an HTTP method name; use"
            + " names such as GET, POST, PUT, DELETE or PATCH");
        return false;
      }
    }
    return true;
  }

  /** Generated code lives in the application's package and calls the method directly. */
  private boolean checkCallable(
      ExecutableElement method, TypeElement controller, AnnotationMirror annotation) {
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() must be"
          + " public so that the generated application can call it; add 'public'");
      return false;
    }
    if (controller.getNestingKind() == NestingKind.LOCAL
        || controller.getNestingKind() == NestingKind.ANONYMOUS) {
      diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() is in a"
          + " local or anonymous class; move it to a top-level or static nested class");
      return false;
    }
    if (controller.getNestingKind() == NestingKind.MEMBER
        && !controller.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() is in"
          + " the inner class " + controller.getSimpleName() + "; make the class static");
      return false;
    }
    if (controller.getKind() != ElementKind.CLASS && !method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() is in "
          + controller.getKind().toString().toLowerCase(Locale.ROOT) + " " + controller.getSimpleName()
          + "; routes belong to classes (or are static methods)");
      return false;
    }
    return true;
  }

  private List<EndpointModel.Binding> bindings(
      ExecutableElement method, AnnotationMirror annotation, Rule rule) {
    List<Rule.Variable> variables = rule.variables();
    List<String> parameterNames = method.getParameters().stream()
        .map(p -> p.getSimpleName().toString()).collect(Collectors.toList());
    boolean ok = true;
    for (Rule.Variable variable : variables) {
      if (!parameterNames.contains(variable.name())) {
        diagnostics.error(method, annotation, "Rule '" + rule.text() + "' has the variable '"
            + variable.name() + "' but " + method.getSimpleName() + "() has no parameter of that"
            + " name; add a parameter '" + suggestedType(variable) + " " + variable.name() + "'");
        ok = false;
      }
    }
    List<EndpointModel.Binding> bindings = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      int index = indexOf(variables, name);
      if (index >= 0) {
        Rule.Variable variable = variables.get(index);
        EndpointModel.ValueType type = valueType(variable.converter(), parameter.asType());
        if (type == null) {
          diagnostics.error(method, annotation, "Parameter '" + name + "' of "
              + method.getSimpleName() + "() is " + parameter.asType() + ", but converter '"
              + variable.converter().kind().ruleName + "' of rule '" + rule.text() + "' gives "
              + accepted(variable.converter()) + "; declare '" + suggestedType(variable) + " "
              + name + "'");
          ok = false;
        } else {
          bindings.add(new EndpointModel.PathVariable(index, variable, type));
        }
      } else if (isType(parameter.asType(), Names.REQUEST)) {
        bindings.add(new EndpointModel.CurrentRequest());
      } else {
        diagnostics.error(method, annotation, "Parameter '" + name + "' of "
            + method.getSimpleName() + "() has no source: it is not a variable of rule '"
            + rule.text() + "' and not a dev.carafe.Request; add <" + name + "> to the rule or"
            + " remove the parameter");
        ok = false;
      }
    }
    return ok ? bindings : null;
  }

  private static int indexOf(List<Rule.Variable> variables, String name) {
    for (int i = 0; i < variables.size(); i++) {
      if (variables.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String suggestedType(Rule.Variable variable) {
    return variable.converter().kind() == Converter.Kind.INT ? "int" : "String";
  }

  private static String accepted(Converter converter) {
    return converter.kind() == Converter.Kind.INT ? "int, long, Integer or Long" : "String";
  }

  private static EndpointModel.ValueType valueType(Converter converter, TypeMirror type) {
    switch (converter.kind()) {
      case INT:
        if (type.getKind() == TypeKind.INT) {
          return EndpointModel.ValueType.INT;
        }
        if (type.getKind() == TypeKind.LONG) {
          return EndpointModel.ValueType.LONG;
        }
        if (isType(type, "java.lang.Integer")) {
          return EndpointModel.ValueType.INTEGER_BOXED;
        }
        return isType(type, "java.lang.Long") ? EndpointModel.ValueType.LONG_BOXED : null;
      case STRING:
      default:
        return isType(type, "java.lang.String") ? EndpointModel.ValueType.STRING : null;
    }
  }

  private EndpointModel.ResultKind result(ExecutableElement method, AnnotationMirror annotation) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.VOID) {
      return EndpointModel.ResultKind.NO_CONTENT;
    }
    if (isType(type, "java.lang.String")) {
      return EndpointModel.ResultKind.HTML;
    }
    if (isType(type, Names.RESPONSE)) {
      return EndpointModel.ResultKind.RESPONSE;
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return EndpointModel.ResultKind.BYTES;
    }
    diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() returns "
        + type + ", which Carafe cannot send; return String (HTML), byte[], dev.carafe.Response,"
        + " or void for 204 No Content");
    return null;
  }

  static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement())
            .getQualifiedName().contentEquals(qualifiedName);
  }
}
