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
    CodeBlock parse = parse(value);
    CodeBlock expected = expected(value);
    if (value.optional()) {
      return CodeBlock.of("$T.optional($L, $S, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
          source, parse, expected);
    }
    if (value.fallback() == null) {
      return CodeBlock.of("$T.convert($L, $S, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
          source, parse, expected);
    }
    return CodeBlock.of("$T.convert($L, $S, $L, $L, $L, $L)", RuntimeTypes.BINDING, raw, value.name(),
        source, parse, expected, Literals.of(value.fallback()));
  }

  private static CodeBlock parse(EndpointModel.RequestValue value) {
    switch (value.type()) {
      case TEXT:
        return CodeBlock.of("text -> text");
      case INT:
        return CodeBlock.of("$T::parseInt", RuntimeTypes.BINDING);
      case LONG:
        return CodeBlock.of("$T::parseLong", RuntimeTypes.BINDING);
      case DOUBLE:
        return CodeBlock.of("$T::parseDouble", RuntimeTypes.BINDING);
      case BOOLEAN:
        return CodeBlock.of("$T::parseBoolean", RuntimeTypes.BINDING);
      case UUID:
        return CodeBlock.of("$T::parseUuid", RuntimeTypes.BINDING);
      case ENUM:
      default:
        return CodeBlock.of("$T::valueOf", ClassName.get(value.enumType()));
    }
  }

  private static CodeBlock expected(EndpointModel.RequestValue value) {
    switch (value.type()) {
      case TEXT:
        return CodeBlock.of("$T.TEXT", RuntimeTypes.BINDING);
      case INT:
      case LONG:
        return CodeBlock.of("$T.INTEGER", RuntimeTypes.BINDING);
      case DOUBLE:
        return CodeBlock.of("$T.NUMBER", RuntimeTypes.BINDING);
      case BOOLEAN:
        return CodeBlock.of("$T.BOOLEAN", RuntimeTypes.BINDING);
      case UUID:
        return CodeBlock.of("$T.UUID", RuntimeTypes.BINDING);
      case ENUM:
      default:
        return CodeBlock.of("$S", "one of " + String.join(", ", value.constants()));
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
