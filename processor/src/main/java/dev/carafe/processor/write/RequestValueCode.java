package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.carafe.processor.model.EndpointModel;

/**
 * Writes how an invoker reads a {@link EndpointModel.RequestValue} from {@code request}: the
 * runtime's {@code Binding.convert} or {@code Binding.optional}, with the parse function and the
 * description of what was expected, for the 400 that names the parameter.
 */
final class RequestValueCode {
  private RequestValueCode() {}

  static CodeBlock of(EndpointModel.RequestValue value) {
    CodeBlock raw = CodeBlock.of("request.$L($S)", accessor(value.source()), value.name());
    CodeBlock source = CodeBlock.of("$T.$L", RuntimeTypes.SOURCE, value.source().name());
    Conversion conversion = conversion(value);
    if (value.optional()) {
      return CodeBlock.of("$T.optional($L, $S, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
          source, conversion.parse(), conversion.expected());
    }
    if (value.fallback() == null) {
      return CodeBlock.of("$T.convert($L, $S, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
          source, conversion.parse(), conversion.expected());
    }
    return CodeBlock.of("$T.convert($L, $S, $L, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
        source, conversion.parse(), conversion.expected(), Literals.of(value.fallback()));
  }

  /**
   * How the text becomes the value: the function that parses it, and what a 400 says was
   * expected.
   */
  private record Conversion(CodeBlock parse, CodeBlock expected) {
    /** Both the runtime's: a {@code Binding} method reference and a {@code Binding} constant. */
    static Conversion of(String parse, String expected) {
      return new Conversion(CodeBlock.of(parse, RuntimeTypes.BINDING), CodeBlock.of(expected, RuntimeTypes.BINDING));
    }
  }

  private static Conversion conversion(EndpointModel.RequestValue value) {
    switch (value.type()) {
      case TEXT:
        return new Conversion(CodeBlock.of("text -> text"), CodeBlock.of("$T.TEXT", RuntimeTypes.BINDING));
      case INT:
        return Conversion.of("$T::parseInt", "$T.INTEGER");
      case LONG:
        return Conversion.of("$T::parseLong", "$T.INTEGER");
      case DOUBLE:
        return Conversion.of("$T::parseDouble", "$T.NUMBER");
      case BOOLEAN:
        return Conversion.of("$T::parseBoolean", "$T.BOOLEAN");
      case UUID:
        return Conversion.of("$T::parseUuid", "$T.UUID");
      case ENUM:
      default:
        return new Conversion(CodeBlock.of("$T::valueOf", ClassName.get(value.enumType())),
            CodeBlock.of("$S", "one of " + String.join(", ", value.constants())));
    }
  }

  /** The {@code Request} method that reads the text. */
  private static String accessor(EndpointModel.Source source) {
    switch (source) {
      case HEADER:
        return "header";
      case COOKIE:
        return "cookie";
      case FORM:
        return "form";
      case QUERY:
      default:
        return "arg";
    }
  }
}
