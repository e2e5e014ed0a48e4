package dev.carafe.processor.read;

import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.Result;
import dev.carafe.processor.model.TypeNames;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies what handlers return: how Carafe sends each kind of value. */
final class Results {
  static final String ACCEPTED = "String (HTML), " + Names.PAGE + " (a rendered template), byte[], " + Names.RESPONSE + ", a record, Map,"
      + " List or other collection (JSON), Body.StreamWriter, an Optional of one of these (empty"
      + " is 404), or void (204 No Content)";

  private final JsonTypes json;

  Results(JsonTypes json) {
    this.json = json;
  }

  /** How values of {@code type} are sent, or {@code null} when Carafe cannot send them. */
  Result classify(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new Result(Result.Kind.NO_CONTENT, type, false);
    }
    boolean optional = TypeNames.of(type).equals("java.util.Optional");
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
    String name = TypeNames.of(type);
    if (name.equals("java.lang.String")) {
      return Result.Kind.HTML;
    }
    if (name.equals(Names.PAGE)) {
      return Result.Kind.PAGE;
    }
    if (name.equals(Names.RESPONSE)) {
      return Result.Kind.RESPONSE;
    }
    if (name.equals(Names.STREAM_WRITER)) {
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
}
