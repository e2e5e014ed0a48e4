package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.carafe.processor.model.Constant;

/** Writes a {@link Constant} as Java source. */
final class Literals {
  private Literals() {}

  static String of(Constant constant) {
    String value = constant.value();
    switch (constant.type()) {
      case LONG:
        return value + "L";
      case FLOAT:
        return value + "F";
      case STRING:
        return CodeBlock.of("$S", value).toString();
      case UUID:
        return "java.util.UUID.fromString(" + CodeBlock.of("$S", value) + ")";
      case ENUM:
        return CodeBlock.of("$T.$L", ClassName.get(constant.enumType()), value).toString();
      case INT:
      case DOUBLE:
      case BOOLEAN:
      default:
        return value;
    }
  }
}
