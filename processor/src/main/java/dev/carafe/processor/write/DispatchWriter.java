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
import java.util.TreeMap;
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
          .addJavadoc("The path of each slot of the table of rules without variables, or {@code null}.\n")
          .initializer(DataText.strings(statics.hash().slots())).build());
      CodeBlock.Builder lengths = CodeBlock.builder().add("{");
      boolean[] hasLength = statics.lengths();
      for (int length = 0; length < hasLength.length; length++) {
        lengths.add(length == 0 ? "$L" : ", $L", hasLength[length]);
      }
      type.addField(FieldSpec.builder(boolean[].class, "STATIC_LENGTHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Whether some rule without variables has a path of that length: most other paths skip the hash.\n")
          .initializer(lengths.add("}").build()).build());
      List<List<Integer>> slots = new ArrayList<>();
      for (int slot = 0; slot < statics.hash().slots().length; slot++) {
        slots.add(null);
      }
      for (DispatchPlan.StaticPath path : statics.paths()) {
        slots.set(path.slot(), path.endpoints());
      }
      type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.TERMINAL), "statics", Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("The terminal of each slot of {@code STATIC_PATHS}: the endpoints of its rules.\n").build());
      constructor.addStatement("statics = $L", DataText.terminals(slots));
    }

    if (!plan.terminals().isEmpty()) {
      type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.TERMINAL), "terminals", Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc("Where rules end in the route tree: the endpoints of each node's rules (of its strict\n"
              + "and of its lenient ones where they mix), by endpoint index.\n").build());
      constructor.addStatement("terminals = $L", DataText.terminals(plan.terminals()));
    }
    if (!plan.displacements().isEmpty()) {
      type.addField(FieldSpec.builder(int[].class, "DISPLACEMENTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The displacements of the perfect hashes of the nodes with several static children,\n"
              + "each node's after the one before.\n")
          .initializer(DataText.ints(plan.displacements().stream().mapToInt(Integer::intValue).toArray()))
          .build());
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
    NodeWriter nodes = new NodeWriter(plan);
    Map<Integer, List<MethodSpec>> parts = new TreeMap<>();
    for (DispatchPlan.Node node : plan.nodes()) {
      if (!node.inlined()) {
        parts.computeIfAbsent(NodeWriter.part(node.id()), p -> new ArrayList<>()).addAll(nodes.write(node));
      }
    }
    for (int part : parts.keySet()) {
      if (part != 0) {
        ClassName nested = names.dispatch().nestedClass("Nodes" + part);
        type.addField(FieldSpec.builder(nested, NodeWriter.partField(part), Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T()", nested).build());
      }
    }
    type.addMethod(constructor.build());
    type.addMethod(match(statics));
    for (Map.Entry<Integer, List<MethodSpec>> part : parts.entrySet()) {
      if (part.getKey() == 0) {
        type.addMethods(part.getValue());
      } else {
        type.addType(TypeSpec.classBuilder(names.dispatch().nestedClass("Nodes" + part.getKey()))
            .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Nodes $L to $L of the route tree: a class of their own keeps each class's constant pool\n"
                + "well within the class file's 65,535 entries.\n", part.getKey() * NodeWriter.NODES_PER_CLASS,
                (part.getKey() + 1) * NodeWriter.NODES_PER_CLASS - 1)
            .addMethods(part.getValue())
            .build());
      }
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
        .initializer(DataText.ints(plan.displacements())).build());
  }

  private static FieldSpec constant(String name, int value) {
    return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value).build();
  }
}
