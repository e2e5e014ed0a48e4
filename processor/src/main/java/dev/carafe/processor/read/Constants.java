package dev.carafe.processor.read;

import dev.carafe.processor.model.Constant;
import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a default value, as written, as a constant of the parameter's type. */
final class Constants {
  private Constants() {}

  /** The constant, or {@code null} when {@code text} is not a value of {@code type}. */
  static Constant of(TypeMirror type, String text) {
    try {
      switch (kind(type)) {
        case "int":
          return constant(Constant.Type.INT, Integer.toString(Integer.parseInt(text)));
        case "long":
          return constant(Constant.Type.LONG, Long.toString(Long.parseLong(text)));
        case "double":
          return constant(Constant.Type.DOUBLE, Double.toString(Double.parseDouble(text)));
        case "float":
          return constant(Constant.Type.FLOAT, Float.toString(Float.parseFloat(text)));
        case "boolean":
          return text.equals("true") || text.equals("false") ? constant(Constant.Type.BOOLEAN, text) : null;
        case "java.lang.String":
          return constant(Constant.Type.STRING, text);
        case "java.util.UUID":
          return constant(Constant.Type.UUID, java.util.UUID.fromString(text).toString());
        default:
          return null;
      }
    } catch (IllegalArgumentException notAValue) {
      return null;
    }
  }

  private static Constant constant(Constant.Type type, String value) {
    return new Constant(type, value, null);
  }

  private static String kind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().toString().toLowerCase(Locale.ROOT);
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
