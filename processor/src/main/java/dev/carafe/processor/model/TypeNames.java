package dev.carafe.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Names types as the processor compares them: by qualified name, without type arguments. */
public final class TypeNames {
  private TypeNames() {}

  /** The qualified name of a declared type ({@code java.util.List} for {@code List<String>}), else its text. */
  public static String of(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : type.toString();
  }
}
