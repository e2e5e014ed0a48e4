package dev.carafe.processor;

import com.palantir.javapoet.CodeBlock;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Turns a rule's default value, as written, into Java source for the parameter's type. */
final class DefaultLiterals {
  private DefaultLiterals() {}

  /** The literal, or {@code null} when {@code text} is not a value of {@code type}. */
  static String of(TypeMirror type, String text) {
    try {
      switch (kind(type)) {
        case "int":
          return Integer.toString(Integer.parseInt(text));
        case "long":
          return Long.parseLong(text) + "L";
        case "double":
          return Double.toString(Double.parseDouble(text));
        case "float":
          return Float.parseFloat(text) + "F";
        case "boolean":
          return text.equals("true") || text.equals("false") ? text : null;
        case "java.lang.String":
          return CodeBlock.of("$S", text).toString();
        case "java.util.UUID":
          return "java.util.UUID.fromString(" + CodeBlock.of("$S", java.util.UUID.fromString(text).toString()) + ")";
        default:
          return null;
      }
    } catch (IllegalArgumentException notAValue) {
      return null;
    }
  }

  private static String kind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    switch (name) {
      case "java.lang.Integer":
        return "int";
      case "java.lang.Long":
        return "long";
      case "java.lang.Double":
        return "double";
      case "java.lang.Float":
        return "float";
      case "java.lang.Boolean":
        return "boolean";
      default:
        return name;
    }
  }
}
