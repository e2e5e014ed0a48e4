package dev.carafe.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies what handlers return, and writes the code that turns it into a response. */
final class Results {
  static final String ACCEPTED = "String (HTML), byte[], dev.carafe.Response, a record, Map,"
      + " List or other collection (JSON), Body.StreamWriter, an Optional of one of these (empty"
      + " is 404), or void (204 No Content)";

  private static final ClassName RETURNS = ClassName.get("dev.carafe.internal.invoke", "Returns");

  private final JsonTypes json;

  Results(JsonTypes json) {
    this.json = json;
  }

  /** How values of {@code type} are sent, or {@code null} when Carafe cannot send them. */
  Result classify(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new Result(Result.Kind.NO_CONTENT, type, false);
    }
    boolean optional = JsonTypes.name(type).equals("java.util.Optional");
    TypeMirror value = type;
    if (optional) {
      if (((DeclaredType) type).getTypeArguments().size() != 1) {
        return null;
      }
      value = ((DeclaredType) type).getTypeArguments().get(0);
    }
    Result.Kind kind = kind(value);
    return kind == null ? null : new Result(kind, value, optional);
  }

  private Result.Kind kind(TypeMirror type) {
    String name = JsonTypes.name(type);
    if (name.equals("java.lang.String")) {
      return Result.Kind.HTML;
    }
    if (name.equals(Names.RESPONSE)) {
      return Result.Kind.RESPONSE;
    }
    if (name.equals("dev.carafe.gateway.Body.StreamWriter")) {
      return Result.Kind.STREAM;
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Result.Kind.BYTES;
    }
    if (json.isDocument(type) && json.check(type) == null) {
      return Result.Kind.JSON;
    }
    return null;
  }

  /**
   * The response of a handler's {@code call}.
   *
   * @param endpoint names the handler when it returns {@code null}
   */
  static CodeBlock toResponse(Result result, CodeBlock call, String endpoint) {
    if (result.kind() == Result.Kind.NO_CONTENT) {
      return CodeBlock.of("{\n$>$L;\nreturn $T.noContent();\n$<}", call, RuntimeTypes.RESPONSE);
    }
    CodeBlock value = result.optional()
        ? CodeBlock.of("$T.present($L)", RETURNS, call)
        : CodeBlock.of("$T.required($L, $S)", RETURNS, call, endpoint);
    switch (result.kind()) {
      case HTML:
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

}
