package dev.carafe.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a parameter bound with {@code @Query}, {@code @Header}, {@code @Cookie} or {@code @Form}:
 * where its text comes from, and the call that converts it, so that a missing or malformed value
 * is a 400 naming the parameter, and an {@code Optional} or a default covers its absence.
 */
final class RequestValues {
  static final Map<String, String> SOURCES = Map.of(
      "dev.carafe.Query", "QUERY",
      "dev.carafe.Header", "HEADER",
      "dev.carafe.Cookie", "COOKIE",
      "dev.carafe.Form", "FORM");
  private static final String NO_DEFAULT = "\u0000no default";
  private static final ClassName BINDING = ClassName.get("dev.carafe.internal.invoke", "Binding");
  private static final ClassName SOURCE = ClassName.get("dev.carafe.internal.invoke", "Source");

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

  /** The expression that reads the parameter from {@code request}, or {@code null} after an error. */
  CodeBlock read(ExecutableElement method, VariableElement parameter, AnnotationMirror binding) {
    String source = SOURCES.get(Annotations.name(binding));
    String given = (String) Annotations.value(binding, "value", "");
    String name = !given.isEmpty() ? given
        : source.equals("HEADER") ? headerName(parameter.getSimpleName().toString())
        : parameter.getSimpleName().toString();
    String fallback = (String) Annotations.value(binding, "defaultValue", NO_DEFAULT);
    CodeBlock raw = CodeBlock.of("request.$L($S)", accessor(source), name);
    TypeMirror type = parameter.asType();
    boolean optional = JsonTypes.name(type).equals("java.util.Optional");
    TypeMirror valueType = optional ? ((DeclaredType) type).getTypeArguments().get(0) : type;
    Conversion conversion = conversion(valueType);
    String where = "Parameter '" + parameter.getSimpleName() + "' of " + method.getSimpleName() + "()";
    if (conversion == null) {
      diagnostics.error(parameter, binding, where + " is " + type + ", which Carafe cannot read"
          + " from text; use String, int, long, double, boolean, UUID or an enum (or an Optional"
          + " of one)");
      return null;
    }
    CodeBlock sourceRef = CodeBlock.of("$T.$L", SOURCE, source);
    if (optional) {
      if (!fallback.equals(NO_DEFAULT)) {
        diagnostics.error(parameter, binding, where + " is an Optional and has a default; keep"
            + " one of the two");
        return null;
      }
      return CodeBlock.of("$T.optional($L, $S, $L, $L, $L)", BINDING, raw, name, sourceRef,
          conversion.parse(), conversion.expected());
    }
    if (fallback.equals(NO_DEFAULT)) {
      return CodeBlock.of("$T.convert($L, $S, $L, $L, $L)", BINDING, raw, name, sourceRef,
          conversion.parse(), conversion.expected());
    }
    String literal = conversion.literal(fallback);
    if (literal == null) {
      diagnostics.error(parameter, binding, where + " has the default '" + fallback + "', which"
          + " is not " + conversion.description());
      return null;
    }
    return CodeBlock.of("$T.convert($L, $S, $L, $L, $L, $L)", BINDING, raw, name, sourceRef,
        conversion.parse(), conversion.expected(), literal);
  }

  /** How text becomes a value of one type. */
  private record Conversion(CodeBlock parse, CodeBlock expected, TypeMirror type, List<String> constants) {
    String literal(String text) {
      if (constants != null) {
        return constants.contains(text)
            ? CodeBlock.of("$T.$L", ClassName.get((TypeElement) ((DeclaredType) type).asElement()), text).toString()
            : null;
      }
      return DefaultLiterals.of(type, text);
    }

    String description() {
      return constants != null ? "one of " + String.join(", ", constants) : "a value of " + type;
    }
  }

  private Conversion conversion(TypeMirror type) {
    String name = type.getKind().isPrimitive()
        ? type.getKind().toString().toLowerCase(java.util.Locale.ROOT) : JsonTypes.name(type);
    switch (name) {
      case "java.lang.String":
        return new Conversion(CodeBlock.of("text -> text"), CodeBlock.of("$T.TEXT", BINDING), type, null);
      case "int":
      case "java.lang.Integer":
        return new Conversion(CodeBlock.of("$T::parseInt", BINDING), CodeBlock.of("$T.INTEGER", BINDING), type, null);
      case "long":
      case "java.lang.Long":
        return new Conversion(CodeBlock.of("$T::parseLong", BINDING), CodeBlock.of("$T.INTEGER", BINDING), type, null);
      case "double":
      case "java.lang.Double":
        return new Conversion(CodeBlock.of("$T::parseDouble", BINDING), CodeBlock.of("$T.NUMBER", BINDING), type, null);
      case "boolean":
      case "java.lang.Boolean":
        return new Conversion(CodeBlock.of("$T::parseBoolean", BINDING), CodeBlock.of("$T.BOOLEAN", BINDING), type, null);
      case "java.util.UUID":
        return new Conversion(CodeBlock.of("$T::parseUuid", BINDING), CodeBlock.of("$T.UUID", BINDING), type, null);
      default:
        return enumConversion(type);
    }
  }

  private static Conversion enumConversion(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || declared.asElement().getKind() != ElementKind.ENUM) {
      return null;
    }
    List<String> constants = new ArrayList<>();
    for (Element member : declared.asElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    ClassName enumType = ClassName.get((TypeElement) declared.asElement());
    return new Conversion(CodeBlock.of("$T::valueOf", enumType),
        CodeBlock.of("$S", "one of " + String.join(", ", constants)), type, constants);
  }

  private static String accessor(String source) {
    switch (source) {
      case "HEADER":
        return "header";
      case "COOKIE":
        return "cookie";
      case "FORM":
        return "form";
      default:
        return "arg";
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
