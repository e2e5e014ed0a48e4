package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Writes the JSON adapters of the records an application sends and receives: for each record, a
 * writer of its components by name and a reader that takes fields in any order, skips unknown
 * ones, leaves missing ones of a reference type {@code null} (or an empty {@code Optional}) and
 * refuses an object that lacks one of a primitive type: 0 would stand in for a value never sent. Together they make the application's
 * {@code Json}, with no reflection at run time.
 */
final class JsonAdaptersWriter {
  private static final ClassName JSON = RuntimeTypes.JSON;
  private static final ClassName ADAPTER = RuntimeTypes.JSON_ADAPTER;
  private static final ClassName READER = RuntimeTypes.JSON_READER;
  private static final ClassName WRITER = RuntimeTypes.JSON_WRITER;
  private static final ClassName DATA_EXCEPTION = RuntimeTypes.JSON_DATA_EXCEPTION;

  private final ClassName name;
  private final List<TypeElement> records;
  private final Types types;
  /** The reader method of each type met while writing, so that each is written once. */
  private final Map<String, MethodSpec> readers = new LinkedHashMap<>();

  JsonAdaptersWriter(List<TypeElement> records, GeneratedTypes names, Types types) {
    this.name = names.json();
    this.records = records;
    this.types = types;
  }

  /** The field holding the adapter of {@code record}. */
  static String adapterField(TypeElement record) {
    return record.getQualifiedName().toString().replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The JSON of the records the application sends and receives.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodeBlock.Builder json = CodeBlock.builder().add("$T.builder()", JSON).indent();
    List<TypeSpec> adapters = new ArrayList<>();
    for (TypeElement record : records) {
      ClassName recordName = ClassName.get(record);
      String adapterClass = record.getSimpleName() + "Adapter" + adapters.size();
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(ADAPTER, recordName), adapterField(record),
              Modifier.STATIC, Modifier.FINAL)
          .initializer("new $L()", adapterClass).build());
      json.add("\n.adapter($T.class, $L)", recordName, adapterField(record));
      adapters.add(adapter(record, adapterClass));
    }
    type.addField(FieldSpec.builder(JSON, "JSON", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The application's JSON, knowing every adapter.\n")
        .initializer(json.add("\n.build()").unindent().build()).build());
    type.addTypes(adapters);
    type.addMethods(readers.values());
    return type.build();
  }

  private TypeSpec adapter(TypeElement record, String className) {
    ClassName recordName = ClassName.get(record);
    MethodSpec.Builder toJson = MethodSpec.methodBuilder("toJson")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(WRITER, "writer").addParameter(recordName, "value")
        .addStatement("writer.beginObject()");
    MethodSpec.Builder fromJson = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(recordName).addParameter(READER, "reader");
    List<String> arguments = new ArrayList<>();
    List<CodeBlock> absent = new ArrayList<>();
    CodeBlock.Builder fields = CodeBlock.builder();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String field = component.getSimpleName().toString();
      TypeMirror componentType = component.asType();
      toJson.addStatement("writer.name($S)", field)
          .addStatement("JSON.write(writer, value.$L())", field);
      String local = "_" + field;
      // A primitive is held boxed until the object ends, so that a missing one is told from 0.
      fromJson.addStatement("$T $L = $L", TypeName.get(componentType).box(), local,
          TypeNames.of(componentType).equals("java.util.Optional") ? "java.util.Optional.empty()" : "null");
      if (componentType.getKind().isPrimitive()) {
        absent.add(CodeBlock.of("$L == null ? $S : null", local, field));
      }
      fields.add("case $S:\n$>", field).addStatement("$L = $L", local, readComponent(componentType, field)).addStatement("break").add("$<");
      arguments.add(local);
    }
    toJson.addStatement("writer.endObject()");
    fromJson.addStatement("reader.beginObject()")
        .beginControlFlow("while (reader.hasNextField())")
        .beginControlFlow("switch (reader.nextField())")
        .addCode(fields.build())
        .addCode("default:\n$>").addStatement("reader.skipValue()").addCode("$<")
        .endControlFlow()
        .endControlFlow()
        .addStatement("reader.endObject()");
    if (!absent.isEmpty()) {
      fromJson.addStatement("$T.requirePresent($L)", JSON, CodeBlock.join(absent, ", "));
    }
    fromJson.addStatement("return new $T($L)", recordName, String.join(", ", arguments));
    return TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ADAPTER, recordName))
        .addMethod(toJson.build())
        .addMethod(fromJson.build())
        .build();
  }

  /**
   * Reads the component {@code field}: an integer type by Json's strict readers with the field's
   * name for their message, any other type as {@link #read} does.
   */
  private CodeBlock readComponent(TypeMirror type, String field) {
    switch (type.getKind()) {
      case INT:
        return CodeBlock.of("$T.readInt(reader, $S)", JSON, field);
      case LONG:
        return CodeBlock.of("$T.readLong(reader, $S)", JSON, field);
      case SHORT:
        return CodeBlock.of("$T.readShort(reader, $S)", JSON, field);
      case BYTE:
        return CodeBlock.of("$T.readByte(reader, $S)", JSON, field);
      default:
        return read(type);
    }
  }

  /** Reads a value of {@code type} from {@code reader}. */
  private CodeBlock read(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return CodeBlock.of("reader.readBoolean()");
      // Json's checked readers: a number out of the type's range is an error, not a wrap-around.
      case INT:
        return CodeBlock.of("$T.readInt(reader)", JSON);
      case LONG:
        return CodeBlock.of("$T.readLong(reader)", JSON);
      case DOUBLE:
        return CodeBlock.of("$T.readDouble(reader)", JSON);
      case FLOAT:
        return CodeBlock.of("$T.readFloat(reader)", JSON);
      case SHORT:
        return CodeBlock.of("$T.readShort(reader)", JSON);
      case BYTE:
        return CodeBlock.of("$T.readByte(reader)", JSON);
      default:
        return CodeBlock.of("$L(reader)", reader(type));
    }
  }

  /** The name of a static method reading a nullable value of {@code type}, written once per type. */
  private String reader(TypeMirror type) {
    String key = type.toString();
    MethodSpec existing = readers.get(key);
    if (existing != null) {
      return existing.name();
    }
    String method = "read" + readers.size();
    readers.put(key, null);
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.get(type))
        .addParameter(READER, "reader")
        .beginControlFlow("if (reader.isNullValue())")
        .addStatement("return $L", TypeNames.of(type).equals("java.util.Optional") ? "java.util.Optional.empty()" : "null")
        .endControlFlow();
    readers.put(key, readBody(spec, type).build());
    return method;
  }

  private MethodSpec.Builder readBody(MethodSpec.Builder spec, TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror item = ((ArrayType) type).getComponentType();
      return spec.addStatement("$T<$T> items = new $T<>()", List.class, TypeName.get(boxed(item)), ArrayList.class)
          .addStatement("reader.beginArray()")
          .beginControlFlow("while (reader.hasNextElement())")
          .addStatement("items.add($L)", read(item))
          .endControlFlow()
          .addStatement("reader.endArray()")
          .addStatement("return items.toArray(new $T[0])", TypeName.get(types.erasure(item)));
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
        return spec.addStatement("return reader.readString()");
      case "java.lang.Integer":
        return spec.addStatement("return $T.readInt(reader)", JSON);
      case "java.lang.Long":
        return spec.addStatement("return $T.readLong(reader)", JSON);
      case "java.lang.Double":
        return spec.addStatement("return $T.readDouble(reader)", JSON);
      case "java.lang.Float":
        return spec.addStatement("return $T.readFloat(reader)", JSON);
      case "java.lang.Short":
        return spec.addStatement("return $T.readShort(reader)", JSON);
      case "java.lang.Byte":
        return spec.addStatement("return $T.readByte(reader)", JSON);
      case "java.lang.Boolean":
        return spec.addStatement("return reader.readBoolean()");
      case "java.math.BigDecimal":
        return spec.addStatement("return reader.readDecimal()");
      case "java.math.BigInteger":
        return spec.addStatement("return reader.readBigInteger()");
      case "java.lang.Object":
        return spec.addStatement("return $T.readValue(reader)", JSON);
      case "java.util.UUID":
        return checked(spec, CodeBlock.of("java.util.UUID.fromString(text)"), "a UUID");
      case "java.util.Optional":
        return spec.addStatement("return java.util.Optional.ofNullable($L)", read(declared.getTypeArguments().get(0)));
      case "java.util.Map": {
        TypeMirror value = declared.getTypeArguments().get(1);
        return spec.addStatement("$T<String, $T> map = new $T<>()", Map.class, TypeName.get(value), LinkedHashMap.class)
            .addStatement("reader.beginObject()")
            .beginControlFlow("while (reader.hasNextField())")
            .addStatement("String key = reader.nextField()")
            .addStatement("map.put(key, $L)", read(value))
            .endControlFlow()
            .addStatement("reader.endObject()")
            .addStatement("return map");
      }
      case "java.util.List":
      case "java.util.Collection":
      case "java.util.Set":
      case "java.lang.Iterable": {
        TypeMirror item = declared.getTypeArguments().get(0);
        boolean set = name.equals("java.util.Set");
        return spec.addStatement("$T<$T> items = new $T<>()", set ? java.util.Set.class : List.class,
                TypeName.get(item), set ? java.util.LinkedHashSet.class : ArrayList.class)
            .addStatement("reader.beginArray()")
            .beginControlFlow("while (reader.hasNextElement())")
            .addStatement("items.add($L)", read(item))
            .endControlFlow()
            .addStatement("reader.endArray()")
            .addStatement("return items");
      }
      default:
        if (element.getKind() == ElementKind.ENUM) {
          return checked(spec, CodeBlock.of("$T.valueOf(text)", ClassName.get(element)), "one of its constants");
        }
        return spec.addStatement("return $L.fromJson(reader)", adapterField(element));
    }
  }

  /** Reads text and converts it, a bad value becoming a JSON error that says where and what. */
  private static MethodSpec.Builder checked(MethodSpec.Builder spec, CodeBlock conversion, String expected) {
    return spec.addStatement("String text = reader.readString()")
        .beginControlFlow("try")
        .addStatement("return $L", conversion)
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addStatement("throw new $T($S + text + $S + reader.location())", DATA_EXCEPTION,
            "'", "' is not " + expected + " at ")
        .endControlFlow();
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
  }
}
