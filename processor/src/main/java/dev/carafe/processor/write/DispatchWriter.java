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
import dev.carafe.processor.plan.PerfectHashPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an application's dispatch table: a perfect hash over the whole path for the rules with
 * no variable (one hash pass and one comparison), then the route tree, one small method per node,
 * then, for a path with repeated slashes, the tree again on the merged path.
 */
final class DispatchWriter {
  private final DispatchPlan plan;
  private final GeneratedTypes names;

  DispatchWriter(DispatchPlan plan, GeneratedTypes names) {
    this.plan = plan;
    this.names = names;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.dispatch())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.DISPATCH_TABLE)
        .addJavadoc("The dispatch table of {@link $T}, compiled from its rules.\n", names.application());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(ArrayTypeName.of(RuntimeTypes.ENDPOINT), "endpoints");

    DispatchPlan.StaticTable statics = plan.statics();
    if (statics != null) {
      addHash(type, "PATHS", statics.hash());
      type.addField(FieldSpec.builder(String[].class, "STATIC_PATHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(strings(statics.hash().slots())).build());
      CodeBlock.Builder lengths = CodeBlock.builder().add("{");
      boolean[] hasLength = statics.lengths();
      for (int length = 0; length < hasLength.length; length++) {
        lengths.add(length == 0 ? "$L" : ", $L", hasLength[length]);
      }
      type.addField(FieldSpec.builder(boolean[].class, "STATIC_LENGTHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Whether some rule without variables has a path of that length: most other paths skip the hash.\n")
          .initializer(lengths.add("}").build()).build());
      type.addField(ArrayTypeName.of(RuntimeTypes.TERMINAL), "statics", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("statics = new $T[$L]", RuntimeTypes.TERMINAL, statics.hash().slots().length);
      for (DispatchPlan.StaticPath path : statics.paths()) {
        constructor.addStatement("statics[$L] = new $T($L)", path.slot(), RuntimeTypes.TERMINAL,
            indexes(path.endpoints()));
      }
    }

    NodeWriter nodes = new NodeWriter(plan);
    for (Map.Entry<String, List<Integer>> terminal : plan.terminals().entrySet()) {
      type.addField(RuntimeTypes.TERMINAL, terminal.getKey(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("$L = new $T($L)", terminal.getKey(), RuntimeTypes.TERMINAL,
          indexes(terminal.getValue()));
    }
    for (DispatchPlan.Node node : plan.nodes()) {
      if (node.hash() != null) {
        type.addField(FieldSpec.builder(int[].class, plan.hashField(node), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(ints(node.hash().displacements())).build());
      }
    }
    for (Map.Entry<CustomConverter, String> custom : plan.converterFields().entrySet()) {
      ClassName converter = ClassName.get(custom.getKey().type());
      type.addField(FieldSpec.builder(
              ParameterizedTypeName.get(RuntimeTypes.CONVERTER_MATCHER, TypeName.get(custom.getKey().valueType())),
              custom.getValue(), Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The {@code $L} converter, made once.\n", custom.getKey().name())
          .initializer("new $T<>($S, new $T())", RuntimeTypes.CONVERTER_MATCHER, custom.getKey().pattern(), converter)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(match(statics));
    for (DispatchPlan.Node node : plan.nodes()) {
      type.addMethod(nodes.write(node));
    }
    return type.build();
  }

  private MethodSpec match(DispatchPlan.StaticTable statics) {
    MethodSpec.Builder match = MethodSpec.methodBuilder("match")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path");
    if (statics != null) {
      match.addComment("A rule without variables: a hash of the length and of the characters that")
          .addComment("tell these paths apart, then one comparison.")
          .addStatement("int length = path.length()")
          .beginControlFlow("if (length < STATIC_LENGTHS.length && STATIC_LENGTHS[length])")
          .addStatement("int h = $T.start(PATHS_SEED, length)", RuntimeTypes.PERFECT_HASH);
      for (int position : statics.positions()) {
        match.addStatement("h = $T.mix(h, path, $L)", RuntimeTypes.PERFECT_HASH, position);
      }
      match.addStatement("int hash = $T.finish(h)", RuntimeTypes.PERFECT_HASH)
          .addStatement("int slot = $T.slot(hash, PATHS[hash & PATHS_BUCKETS], PATHS_MASK)", RuntimeTypes.PERFECT_HASH)
          .beginControlFlow("if (path.equals(STATIC_PATHS[slot]))")
          .addStatement("$T endpoint = statics[slot].endpoint(method)", RuntimeTypes.ENDPOINT)
          .beginControlFlow("if (endpoint != null)")
          .addStatement("return endpoint.found()")
          .endControlFlow()
          .endControlFlow()
          .endControlFlow();
    }
    match.beginControlFlow("if (path.isEmpty() || path.charAt(0) != '/')")
        .addStatement("return $T.notFound()", RuntimeTypes.ROUTE_MATCH)
        .endControlFlow()
        .addStatement("$T match = node0(method, path, 1)", RuntimeTypes.ROUTE_MATCH)
        .beginControlFlow("if (match != null && !(match instanceof $T))", RuntimeTypes.NOT_ALLOWED)
        .addStatement("return match")
        .endControlFlow();
    if (plan.app().mergeSlashes()) {
      match.beginControlFlow("if (path.contains($S))", "//")
          .addComment("Werkzeug's merge_slashes: a match once slashes are merged is a redirect there.")
          .addStatement("String merged = $T.mergeSlashes(path)", RuntimeTypes.SEGMENTS)
          .addStatement("$T again = node0(method, merged, 1)", RuntimeTypes.ROUTE_MATCH)
          .beginControlFlow("if (again instanceof $T)", RuntimeTypes.FOUND)
          .addStatement("return $T.ifLocal(merged)", RuntimeTypes.REDIRECT)
          .endControlFlow()
          .beginControlFlow("if (again != null && !(again instanceof $T))", RuntimeTypes.NOT_ALLOWED)
          .addStatement("return again")
          .endControlFlow()
          .endControlFlow();
    }
    return match.addStatement("return match != null ? match : $T.notFound()", RuntimeTypes.ROUTE_MATCH)
        .build();
  }

  private static void addHash(TypeSpec.Builder type, String prefix, PerfectHashPlan plan) {
    type.addField(constant(prefix + "_SEED", plan.seed()));
    type.addField(constant(prefix + "_MASK", plan.mask()));
    type.addField(constant(prefix + "_BUCKETS", plan.displacements().length - 1));
    type.addField(FieldSpec.builder(int[].class, prefix, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(ints(plan.displacements())).build());
  }

  private static FieldSpec constant(String name, int value) {
    return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value).build();
  }

  private static CodeBlock ints(int[] values) {
    CodeBlock.Builder array = CodeBlock.builder().add("{");
    for (int i = 0; i < values.length; i++) {
      array.add(i == 0 ? "$L" : ", $L", values[i]);
    }
    return array.add("}").build();
  }

  private static CodeBlock strings(String[] values) {
    CodeBlock.Builder array = CodeBlock.builder().add("{\n").indent();
    for (int i = 0; i < values.length; i++) {
      array.add(values[i] == null ? CodeBlock.of("null") : CodeBlock.of("$S", values[i]))
          .add(i + 1 < values.length ? ",\n" : "\n");
    }
    return array.unindent().add("}").build();
  }

  private static String indexes(List<Integer> endpoints) {
    List<String> indexes = new ArrayList<>();
    for (int index : endpoints) {
      indexes.add("endpoints[" + index + "]");
    }
    return String.join(", ", indexes);
  }
}
