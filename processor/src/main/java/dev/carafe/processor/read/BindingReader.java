package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.Constant;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads where each parameter of a routed method comes from: a variable of the rule, one of its
 * {@code defaults}, the request, a request value or the JSON body. Every parameter with a
 * problem is reported, not only the first, since each is fixed on its own.
 */
final class BindingReader {
  private final Diagnostics diagnostics;
  private final Types types;
  private final JsonTypes json;
  private final RequestValues requestValues;

  BindingReader(Diagnostics diagnostics, Types types, JsonTypes json) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.json = json;
    this.requestValues = new RequestValues(diagnostics);
  }

  /**
   * The bindings of {@code method}'s parameters, in order, for the rule of {@code annotation}.
   *
   * @throws Diagnostics.Abort after reporting every parameter (and default) with a problem
   */
  List<EndpointModel.Binding> read(ExecutableElement method, AnnotationMirror annotation, Rule rule)
      throws Diagnostics.Abort {
    Map<String, String> defaults = defaults(method, annotation);
    List<String> parameterNames = method.getParameters().stream()
        .map(p -> p.getSimpleName().toString()).collect(Collectors.toList());
    boolean failed = false;
    for (String name : defaults.keySet()) {
      if (!parameterNames.contains(name) || indexOf(rule.variables(), name) >= 0) {
        diagnostics.error(method, annotation, "Default '" + name + "' of rule '" + rule.text()
            + "' is " + (parameterNames.contains(name) ? "also a variable of the rule; a default"
                + " gives a value the rule does not capture" : "not a parameter of "
                + method.getSimpleName() + "()"));
        failed = true;
      }
    }
    List<EndpointModel.Binding> bindings = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      try {
        bindings.add(binding(method, annotation, rule, defaults, parameter));
      } catch (Diagnostics.Abort reported) {
        failed = true;
      }
    }
    if (failed) {
      throw new Diagnostics.Abort();
    }
    return List.copyOf(bindings);
  }

  private EndpointModel.Binding binding(ExecutableElement method, AnnotationMirror annotation,
      Rule rule, Map<String, String> defaults, VariableElement parameter) throws Diagnostics.Abort {
    String name = parameter.getSimpleName().toString();
    List<Rule.Variable> variables = rule.variables();
    int index = indexOf(variables, name);
    AnnotationMirror fromRequest = RequestValues.annotation(parameter);
    if (fromRequest != null) {
      return requestValues.read(method, parameter, fromRequest);
    }
    if (hasAnnotation(parameter, Names.JSON_BODY)) {
      String problem = json.check(parameter.asType());
      if (problem != null) {
        throw diagnostics.abort(method, annotation, "Parameter '" + name + "' of "
            + method.getSimpleName() + "() is read from JSON, but " + problem + " cannot be;"
            + " use a public record, Map<String, Object>, List or Object, of strings, numbers,"
            + " booleans, enums, UUIDs, records, lists, maps and Optionals");
      }
      return new EndpointModel.JsonBody(parameter.asType());
    }
    if (index >= 0) {
      Rule.Variable variable = variables.get(index);
      EndpointModel.ValueType type = valueType(variable.converter(), parameter.asType());
      if (type == null) {
        throw diagnostics.abort(method, annotation, "Parameter '" + name + "' of "
            + method.getSimpleName() + "() is " + parameter.asType() + ", but converter '"
            + variable.converter().name() + "' of rule '" + rule.text() + "' gives "
            + variable.converter().accepted() + "; declare '"
            + variable.converter().suggestedType() + " " + name + "'");
      }
      return new EndpointModel.PathVariable(index, variable, type, parameter.asType());
    }
    if (defaults.containsKey(name)) {
      Constant value = Constants.of(parameter.asType(), defaults.get(name));
      if (value == null) {
        throw diagnostics.abort(method, annotation, "Default '" + name + "=" + defaults.get(name)
            + "' of rule '" + rule.text() + "' is not a value of " + parameter.asType()
            + "; defaults are given for String, int, long, double, float, boolean and UUID"
            + " parameters");
      }
      return new EndpointModel.DefaultValue(name, value);
    }
    if (isType(parameter.asType(), Names.REQUEST)) {
      return new EndpointModel.CurrentRequest();
    }
    if (isType(parameter.asType(), Names.SESSION)) {
      return new EndpointModel.CurrentSession();
    }
    throw diagnostics.abort(method, annotation, "Parameter '" + name + "' of "
        + method.getSimpleName() + "() has no source: it is not a variable of rule '"
        + rule.text() + "', not a " + Names.REQUEST + " or a " + Names.SESSION + ", and has no @Query, @Header, @Cookie,"
        + " @Form or @JsonBody; add <" + name + "> to the rule, or say where it comes from");
  }

  /** The rule's {@code defaults}: "name=value" pairs for parameters the rule does not capture. */
  private Map<String, String> defaults(ExecutableElement method, AnnotationMirror annotation)
      throws Diagnostics.Abort {
    Map<String, String> defaults = new LinkedHashMap<>();
    Object given = Annotations.value(annotation, "defaults");
    if (given == null) {
      return defaults;
    }
    for (Object item : (List<?>) given) {
      String pair = ((AnnotationValue) item).getValue().toString();
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw diagnostics.abort(method, annotation, "Default '" + pair + "' of "
            + method.getSimpleName() + "() is not written name=value, as in defaults = \"page=1\"");
      }
      defaults.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return defaults;
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

  private static boolean hasAnnotation(Element element, String name) {
    return element.getAnnotationMirrors().stream().anyMatch(m -> Annotations.name(m).equals(name));
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
