package dev.carafe.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an application's dispatch table as data: the texts and the structure of the plan (see
 * {@link RouteProgram}), its terminals, and its converters, handed to the runtime's
 * {@code CompiledRoutes}. Every search was made when the plan was; the class holds no logic, so
 * its size is a few bytes per route and no method or constant pool grows with the routes.
 */
final class DispatchWriter {
  private final DispatchPlan plan;
  private final GeneratedTypes names;

  DispatchWriter(DispatchPlan plan, GeneratedTypes names) {
    this.plan = plan;
    this.names = names;
  }

  TypeSpec write() {
    RouteProgram program = RouteProgram.of(plan);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.dispatch())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The dispatch table of {@link $T}, compiled from its rules: the perfect hashes, the route\n"
            + "tree and the order of its transitions as data, which {@code CompiledRoutes} matches\n"
            + "with. {@code --routes} lists the rules.\n", names.application())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<CodeBlock> converters = new ArrayList<>();
    for (Map.Entry<CustomConverter, String> custom : plan.converterFields().entrySet()) {
      // A field, as the invokers convert the values with it too.
      type.addField(FieldSpec.builder(
              ParameterizedTypeName.get(RuntimeTypes.CONVERTER_MATCHER, TypeName.get(custom.getKey().valueType())),
              custom.getValue(), Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The {@code $L} converter, made once.\n", custom.getKey().name())
          .initializer("new $T<>($S, new $T(), $T.class)", RuntimeTypes.CONVERTER_MATCHER, custom.getKey().pattern(),
              ClassName.get(custom.getKey().type()), erased(TypeName.get(custom.getKey().valueType())))
          .build());
      converters.add(CodeBlock.of("$L", custom.getValue()));
    }
    MethodSpec create = MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.STATIC)
        .returns(RuntimeTypes.DISPATCH_TABLE)
        .addJavadoc("The table, whose terminals name {@code endpoints} by index.\n")
        .addParameter(ArrayTypeName.of(RuntimeTypes.ENDPOINT), "endpoints")
        .addStatement("return $T.read(\n$>$L,\n$L,\n$L,\nnew $T<?>[] {$L},\n$L$<)", RuntimeTypes.COMPILED_ROUTES,
            DataText.texts(program.texts()),
            DataText.ints(program.program()),
            DataText.terminals(plan.terminals()),
            RuntimeTypes.CONVERTER_MATCHER, CodeBlock.join(converters, ", "),
            plan.app().mergeSlashes())
        .build();
    return type.addMethod(create).build();
  }

  /** The class of values of a type, whose type arguments a class literal cannot have. */
  private static TypeName erased(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
