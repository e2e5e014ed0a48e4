package dev.carafe.processor.read;

import dev.carafe.processor.model.TypeNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which Java types go to and from JSON, and the records among them: for each record a handler
 * returns or takes as {@code @JsonBody}, the processor generates an adapter, so that nothing is
 * reflected on at run time.
 */
final class JsonTypes {
  private static final Set<String> SCALARS = Set.of("java.lang.String", "java.lang.Integer",
      "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte",
      "java.lang.Boolean", "java.util.UUID", "java.math.BigDecimal", "java.math.BigInteger");
  private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Collection",
      "java.util.Set", "java.lang.Iterable");

  private final Map<String, TypeElement> records = new LinkedHashMap<>();

  /** The records met so far, by qualified name, in the order met. */
  Map<String, TypeElement> records() {
    return records;
  }

  /** Whether a handler may return {@code type} as JSON: a record, map, collection or array. */
  boolean isDocument(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return !((ArrayType) type).getComponentType().getKind().isPrimitive();
    }
    String name = TypeNames.of(type);
    return isRecord(type) || COLLECTIONS.contains(name) || name.equals("java.util.Map");
  }

  /**
   * Checks that {@code type} can be written and read as JSON, and remembers its records.
   *
   * @return {@code null}, or what cannot be, for the error message
   */
  String check(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return null;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return check(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (SCALARS.contains(name) || name.equals("java.lang.Object") || element.getKind() == ElementKind.ENUM) {
      return null;
    }
    if (COLLECTIONS.contains(name) || name.equals("java.util.Optional")) {
      return declared.getTypeArguments().size() == 1 ? check(declared.getTypeArguments().get(0)) : name;
    }
    if (name.equals("java.util.Map")) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (arguments.size() != 2 || !TypeNames.of(arguments.get(0)).equals("java.lang.String")) {
        return type + " (JSON object keys are text: use Map<String, V>)";
      }
      return check(arguments.get(1));
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (!element.getModifiers().contains(Modifier.PUBLIC)) {
        return name + " (make the record public)";
      }
      if (records.putIfAbsent(name, element) == null) {
        for (RecordComponentElement component : element.getRecordComponents()) {
          String problem = check(component.asType());
          if (problem != null) {
            records.remove(name);
            return problem;
          }
        }
      }
      return null;
    }
    return name;
  }

  private boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }
}
