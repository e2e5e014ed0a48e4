package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.carafe.processor.model.Result;

/** Writes the code that turns a handler's return value into a {@code Response}. */
final class Responses {
  private Responses() {}

  /**
   * The response of a handler's {@code call}.
   *
   * @param endpoint names the handler when it returns {@code null}
   */
  static CodeBlock of(Result result, CodeBlock call, String endpoint) {
    if (result.kind() == Result.Kind.NO_CONTENT) {
      return CodeBlock.of("{\n$>$L;\nreturn $T.noContent();\n$<}", call, RuntimeTypes.RESPONSE);
    }
    if (!result.optional()) {
      return CodeBlock.of("$T.$L($L, $S)", RuntimeTypes.RETURNS, returnsMethod(result.kind()), call, endpoint);
    }
    CodeBlock value = CodeBlock.of("$T.present($L)", RuntimeTypes.RETURNS, call);
    switch (result.kind()) {
      case HTML:
        return CodeBlock.of("$T.html($L)", RuntimeTypes.RESPONSE, value);
      case PAGE:
        return CodeBlock.of("$T.html($L)", RuntimeTypes.RESPONSE, value);
      case BYTES:
        return CodeBlock.of("$T.bytes($L)", RuntimeTypes.RESPONSE, value);
      case JSON:
        return CodeBlock.of("$T.json($L)", RuntimeTypes.RESPONSE, value);
      case STREAM:
        return CodeBlock.of("$T.stream($S, $L)", RuntimeTypes.RESPONSE, "application/octet-stream", value);
      case RESPONSE:
      default:
        return value;
    }
  }

  /** The method of {@code Returns} that answers a value of {@code kind}, which must not be null. */
  private static String returnsMethod(Result.Kind kind) {
    switch (kind) {
      case HTML:
        return "html";
      case PAGE:
        return "page";
      case BYTES:
        return "bytes";
      case JSON:
        return "json";
      case STREAM:
        return "stream";
      case RESPONSE:
      default:
        return "response";
    }
  }
}
