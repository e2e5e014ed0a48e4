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
  private final javax.lang.model.util.Types types;
  private final Map<String, CustomConverter> customConverters;

  private final JsonTypes json;
  private final Results results;
  private final RequestValues requestValues;

  EndpointReader(Diagnostics diagnostics, javax.lang.model.util.Types types,
      Map<String, CustomConverter> customConverters, JsonTypes json) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.customConverters = customConverters;
    this.json = json;
    this.results = new Results(json);
    this.requestValues = new RequestValues(diagnostics);
  }

  /**
   * The rules of {@code method}, one per route annotation, or an empty list after reporting why
   * there are none. Every rule of one method shares its endpoint name.
   */
  List<EndpointModel> read(ExecutableElement method) {
    List<AnnotationMirror> routes = routeAnnotations(method);
    List<EndpointModel> endpoints = new ArrayList<>();
    if (routes.isEmpty()) {
      return endpoints;
    }
    TypeElement controller = (TypeElement) method.getEnclosingElement();
    if (!checkCallable(method, controller, routes.get(0))) {
      return endpoints;
    }
    BlueprintModel blueprint = BlueprintModel.of(controller);
    String name = endpointName(method, routes);
    if (name != null && blueprint != null) {
      name = blueprint.name() + "." + name;
    }
    Result result = result(method, routes.get(0));
    boolean ok = name != null && result != null;
    for (AnnotationMirror annotation : routes) {
      EndpointModel endpoint = ok ? readRule(method, controller, annotation, name, result, blueprint) : null;
      if (endpoint == null) {
        ok = false;
      } else {
        endpoints.add(endpoint);
      }
    }
    return ok ? endpoints : List.of();
  }

  /** One endpoint name for all the rules of a method: the method's, unless one rule names it. */
  private String endpointName(ExecutableElement method, List<AnnotationMirror> routes) {
    String name = null;
    for (AnnotationMirror annotation : routes) {
      String given = (String) Annotations.value(annotation, "endpoint");
      if (given != null && !given.isEmpty()) {
        if (name != null && !name.equals(given)) {
          diagnostics.error(method, annotation, "The rules of " + method.getSimpleName() + "() name"
              + " two endpoints, '" + name + "' and '" + given + "'; one method is one endpoint,"
              + " so name it once");
          return null;
        }
        name = given;
      }
    }
    return name != null ? name : method.getSimpleName().toString();
  }

  private EndpointModel readRule(ExecutableElement method, TypeElement controller,
      AnnotationMirror annotation, String name, Result result, BlueprintModel blueprint) {
    String ruleText = blueprint == null ? (String) Annotations.value(annotation, "value")
        : blueprint.prefix((String) Annotations.value(annotation, "value"));
    Rule rule;
    try {
      rule = RuleParser.parse(ruleText, customConverters);
    } catch (RuleSyntaxException e) {
      diagnostics.error(method, annotation, e.getMessage());
      return null;
    }
    List<String> methods = methods(annotation);
    if (!checkMethods(method, annotation, methods)) {
      return null;
    }
    String redirectTo = (String) Annotations.value(annotation, "redirectTo");
    if (redirectTo != null && !redirectTo.isEmpty()) {
      return checkRedirect(method, annotation, rule, redirectTo)
          ? new EndpointModel(name, rule, methods, method, controller, annotation, List.of(),
              result, (Boolean) Annotations.value(annotation, "strictSlashes"), redirectTo,
              blueprint == null ? null : blueprint.name(), List.of())
          : null;
    }
    List<EndpointModel.Binding> bindings = bindings(method, annotation, rule, defaults(method, annotation));
    if (bindings == null) {
      return null;
    }
    List<Rule.Variable> unbound = new ArrayList<>();
    for (Rule.Variable variable : rule.variables()) {
      if (method.getParameters().stream().noneMatch(p -> p.getSimpleName().contentEquals(variable.name()))) {
        unbound.add(variable);
      }
    }
    return new EndpointModel(name, rule, methods, method, controller, annotation, bindings, result,
        (Boolean) Annotations.value(annotation, "strictSlashes"), null, blueprint == null ? null : blueprint.name(),
        List.copyOf(unbound));
  }

  private boolean checkRedirect(
      ExecutableElement method, AnnotationMirror annotation, Rule rule, String target) {
    if (!target.startsWith("/") || target.startsWith("//")) {
      diagnostics.error(method, annotation, "redirectTo '" + target + "' must be a path on this"
          + " site, starting with a single '/'");
      return false;
    }
    java.util.regex.Matcher reference = java.util.regex.Pattern.compile("<([^>]*)>").matcher(target);
    while (reference.find()) {
      String variable = reference.group(1);
      if (rule.variables().stream().noneMatch(v -> v.name().equals(variable))) {
        diagnostics.error(method, annotation, "redirectTo '" + target + "' uses <" + variable
            + ">, which rule '" + rule.text() + "' does not capture; use only the rule's"
            + " variables, by name");
        return false;
      }
    }
    return true;
  }

  /** The rule's {@code defaults}: "name=value" pairs for parameters the rule does not capture. */
  private Map<String, String> defaults(ExecutableElement method, AnnotationMirror annotation) {
    Map<String, String> defaults = new java.util.LinkedHashMap<>();
    Object given = Annotations.value(annotation, "defaults");
    if (given == null) {
      return defaults;
    }
    for (Object item : (List<?>) given) {
      String pair = ((AnnotationValue) item).getValue().toString();
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        diagnostics.error(method, annotation, "Default '" + pair + "' of "
            + method.getSimpleName() + "() is not written name=value, as in defaults = \"page=1\"");
        return null;
      }
      defaults.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return defaults;
  }

  /** The route annotations of a method; repeated {@code @Route}s arrive in their container. */
  static List<AnnotationMirror> routeAnnotations(ExecutableElement method) {
    List<AnnotationMirror> routes = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String type = Annotations.name(mirror);
      if (type.equals(Names.ROUTE) || Names.SHORTCUTS.containsKey(type)) {
        routes.add(mirror);
      } else if (type.equals(Names.ROUTES)) {
        for (Object item : (List<?>) Annotations.value(mirror, "value")) {
          routes.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return routes;
  }





  private static List<String> methods(AnnotationMirror annotation) {
    String shortcut = Names.SHORTCUTS.get(Annotations.name(annotation));
    if (shortcut != null) {
      return List.of(shortcut);
    }
    Object given = Annotations.value(annotation, "methods");
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

  private List<EndpointModel.Binding> bindings(ExecutableElement method,
      AnnotationMirror annotation, Rule rule, Map<String, String> defaults) {
    if (defaults == null) {
      return null;
    }
    List<Rule.Variable> variables = rule.variables();
    List<String> parameterNames = method.getParameters().stream()
        .map(p -> p.getSimpleName().toString()).collect(Collectors.toList());
    boolean ok = true;
    for (String name : defaults.keySet()) {
      if (!parameterNames.contains(name) || indexOf(variables, name) >= 0) {
        diagnostics.error(method, annotation, "Default '" + name + "' of rule '" + rule.text()
            + "' is " + (parameterNames.contains(name) ? "also a variable of the rule; a default"
                + " gives a value the rule does not capture" : "not a parameter of "
                + method.getSimpleName() + "()"));
        ok = false;
      }
    }
    List<EndpointModel.Binding> bindings = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      int index = indexOf(variables, name);
      AnnotationMirror fromRequest = RequestValues.annotation(parameter);
      if (fromRequest != null) {
        EndpointModel.RequestValue read = requestValues.read(method, parameter, fromRequest);
        if (read == null) {
          ok = false;
        } else {
          bindings.add(read);
        }
      } else if (hasAnnotation(parameter, Names.JSON_BODY)) {
        String problem = json.check(parameter.asType());
        if (problem != null) {
          diagnostics.error(method, annotation, "Parameter '" + name + "' of "
              + method.getSimpleName() + "() is read from JSON, but " + problem + " cannot be;"
              + " use a public record, Map<String, Object>, List or Object, of strings, numbers,"
              + " booleans, enums, UUIDs, records, lists, maps and Optionals");
          ok = false;
        } else {
          bindings.add(new EndpointModel.JsonBody(parameter.asType()));
        }
      } else if (index >= 0) {
        Rule.Variable variable = variables.get(index);
        EndpointModel.ValueType type = valueType(variable.converter(), parameter.asType());
        if (type == null) {
          diagnostics.error(method, annotation, "Parameter '" + name + "' of "
              + method.getSimpleName() + "() is " + parameter.asType() + ", but converter '"
              + variable.converter().name() + "' of rule '" + rule.text() + "' gives "
              + variable.converter().accepted() + "; declare '"
              + variable.converter().suggestedType() + " " + name + "'");
          ok = false;
        } else {
          bindings.add(new EndpointModel.PathVariable(index, variable, type, parameter.asType()));
        }
      } else if (defaults.containsKey(name)) {
        Constant value = Constants.of(parameter.asType(), defaults.get(name));
        if (value == null) {
          diagnostics.error(method, annotation, "Default '" + name + "=" + defaults.get(name)
              + "' of rule '" + rule.text() + "' is not a value of " + parameter.asType()
              + "; defaults are given for String, int, long, double, float, boolean and UUID"
              + " parameters");
          ok = false;
        } else {
          bindings.add(new EndpointModel.DefaultValue(name, value));
        }
      } else if (isType(parameter.asType(), Names.REQUEST)) {
        bindings.add(new EndpointModel.CurrentRequest());
      } else {
        diagnostics.error(method, annotation, "Parameter '" + name + "' of "
            + method.getSimpleName() + "() has no source: it is not a variable of rule '"
            + rule.text() + "', not a dev.carafe.Request, and has no @Query, @Header, @Cookie,"
            + " @Form or @JsonBody; add <" + name + "> to the rule, or say where it comes from");
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

  private EndpointModel.ValueType valueType(Converter converter, TypeMirror type) {
    TypeMirror unboxed = unbox(type);
    switch (converter.kind()) {
      case INT:
        return unboxed.getKind() == TypeKind.INT ? EndpointModel.ValueType.INT
            : unboxed.getKind() == TypeKind.LONG ? EndpointModel.ValueType.LONG : null;
      case FLOAT:
        return unboxed.getKind() == TypeKind.DOUBLE ? EndpointModel.ValueType.DOUBLE
            : unboxed.getKind() == TypeKind.FLOAT ? EndpointModel.ValueType.FLOAT : null;
      case UUID:
        return isType(type, "java.util.UUID") ? EndpointModel.ValueType.UUID
            : isType(type, "java.lang.String") ? EndpointModel.ValueType.STRING : null;
      case CUSTOM:
        return types.isSameType(types.erasure(type), types.erasure(converter.custom().valueType()))
            ? EndpointModel.ValueType.CUSTOM : null;
      default:
        return isType(type, "java.lang.String") ? EndpointModel.ValueType.STRING : null;
    }
  }

  private TypeMirror unbox(TypeMirror type) {
    try {
      return types.unboxedType(type);
    } catch (IllegalArgumentException notABox) {
      return type;
    }
  }

  private Result result(ExecutableElement method, AnnotationMirror annotation) {
    Result result = results.classify(method.getReturnType());
    if (result == null) {
      diagnostics.error(method, annotation, "Route method " + method.getSimpleName() + "() returns "
          + method.getReturnType() + ", which Carafe cannot send; return " + Results.ACCEPTED);
    }
    return result;
  }

  private static boolean hasAnnotation(javax.lang.model.element.Element element, String name) {
    return element.getAnnotationMirrors().stream().anyMatch(m -> Annotations.name(m).equals(name));
  }


  static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement())
            .getQualifiedName().contentEquals(qualifiedName);
  }
}
