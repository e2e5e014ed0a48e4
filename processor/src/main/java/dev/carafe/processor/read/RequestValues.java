package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.Constant;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.TypeNames;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a parameter bound with {@code @Query}, {@code @Header}, {@code @Cookie} or {@code @Form}:
 * where its text comes from, what it converts to, and what covers its absence (an
 * {@code Optional} or a default).
 */
final class RequestValues {
  static final Map<String, EndpointModel.Source> SOURCES = Map.of(
      Names.QUERY, EndpointModel.Source.QUERY,
      Names.HEADER, EndpointModel.Source.HEADER,
      Names.COOKIE, EndpointModel.Source.COOKIE,
      Names.FORM, EndpointModel.Source.FORM);
  private static final String NO_DEFAULT = "\u0000no default";

  private final Diagnostics diagnostics;

  RequestValues(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The annotation that binds {@code parameter} to the request, or {@code null}. */
  static AnnotationMirror annotation(VariableElement parameter) {
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      if (SOURCES.containsKey(Annotations.name(mirror))) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * The value the parameter is bound to.
   *
   * @throws Diagnostics.Abort after reporting, at the binding annotation, why it cannot be read
   */
  EndpointModel.RequestValue read(ExecutableElement method, VariableElement parameter,
      AnnotationMirror binding) throws Diagnostics.Abort {
    EndpointModel.Source source = SOURCES.get(Annotations.name(binding));
    String given = (String) Annotations.value(binding, "value", "");
    String name = !given.isEmpty() ? given
        : source == EndpointModel.Source.HEADER ? headerName(parameter.getSimpleName().toString())
        : parameter.getSimpleName().toString();
    String fallback = (String) Annotations.value(binding, "defaultValue", NO_DEFAULT);
    TypeMirror type = parameter.asType();
    boolean optional = TypeNames.of(type).equals("java.util.Optional");
    TypeMirror valueType = optional ? ((DeclaredType) type).getTypeArguments().get(0) : type;
    EndpointModel.TextType textType = textType(valueType);
    String where = "Parameter '" + parameter.getSimpleName() + "' of " + method.getSimpleName() + "()";
    if (textType == null) {
      throw diagnostics.abort(parameter, binding, where + " is " + type + ", which Carafe cannot read"
          + " from text; use String, int, long, double, boolean, UUID or an enum (or an Optional"
          + " of one)");
    }
    TypeElement enumType = textType == EndpointModel.TextType.ENUM
        ? (TypeElement) ((DeclaredType) valueType).asElement() : null;
    if (optional && !fallback.equals(NO_DEFAULT)) {
      throw diagnostics.abort(parameter, binding, where + " is an Optional and has a default; keep"
          + " one of the two");
    }
    if (optional || fallback.equals(NO_DEFAULT)) {
      return new EndpointModel.RequestValue(source, name, textType, enumType, optional, null);
    }
    EndpointModel.RequestValue value =
        new EndpointModel.RequestValue(source, name, textType, enumType, false, null);
    Constant constant = enumType != null
        ? (value.constants().contains(fallback) ? new Constant(Constant.Type.ENUM, fallback, enumType) : null)
        : Constants.of(valueType, fallback);
    if (constant == null) {
      throw diagnostics.abort(parameter, binding, where + " has the default '" + fallback + "', which"
          + " is not " + (enumType != null ? "one of " + String.join(", ", value.constants())
              : "a value of " + valueType));
    }
    return new EndpointModel.RequestValue(source, name, textType, enumType, false, constant);
  }

  private static EndpointModel.TextType textType(TypeMirror type) {
    String name = type.getKind().isPrimitive()
        ? type.getKind().toString().toLowerCase(Locale.ROOT) : TypeNames.of(type);
    switch (name) {
      case "java.lang.String":
        return EndpointModel.TextType.TEXT;
      case "int":
      case "java.lang.Integer":
        return EndpointModel.TextType.INT;
      case "long":
      case "java.lang.Long":
        return EndpointModel.TextType.LONG;
      case "double":
      case "java.lang.Double":
        return EndpointModel.TextType.DOUBLE;
      case "boolean":
      case "java.lang.Boolean":
        return EndpointModel.TextType.BOOLEAN;
      case "java.util.UUID":
        return EndpointModel.TextType.UUID;
      default:
        return type instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM
            ? EndpointModel.TextType.ENUM : null;
    }
  }

  /** {@code userAgent} becomes {@code User-Agent}. */
  static String headerName(String parameter) {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < parameter.length(); i++) {
      char c = parameter.charAt(i);
      if (i == 0) {
        header.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        header.append('-').append(c);
      } else {
        header.append(c);
      }
    }
    return header.toString();
  }
}
