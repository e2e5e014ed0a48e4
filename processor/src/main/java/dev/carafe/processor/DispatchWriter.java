package dev.carafe.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an application's dispatch table: a perfect hash over the whole path for the rules with
 * no variable (one hash pass and one comparison), then the route tree, one small method per node,
 * then, for a path with repeated slashes, the tree again on the merged path.
 */
final class DispatchWriter {
  private final ApplicationModel app;
  private final ClassName name;
  private final CustomFields customFields;

  DispatchWriter(ApplicationModel app, CustomFields customFields) {
    this.app = app;
    this.name = ClassName.get(app.packageName(), app.simpleName() + "Dispatch");
    this.customFields = customFields;
  }

  ClassName name() {
    return name;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.DISPATCH_TABLE)
        .addJavadoc("The dispatch table of {@link $T}, compiled from its rules.\n", ClassName.get(app.type()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(ArrayTypeName.of(RuntimeTypes.ENDPOINT), "endpoints");

    Map<String, List<EndpointModel>> statics = staticPaths();
    int[] positions = SampledPositions.choose(statics.keySet());
    PerfectHashPlan wholePaths = statics.isEmpty() ? null : PerfectHashPlan.of(
        new ArrayList<>(statics.keySet()), (seed, path) -> StaticHash.sampled(seed, path, positions));
    if (wholePaths != null) {
      addHash(type, "PATHS", wholePaths);
      type.addField(FieldSpec.builder(String[].class, "STATIC_PATHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(strings(wholePaths.slots())).build());
      int longest = statics.keySet().stream().mapToInt(String::length).max().orElse(0);
      CodeBlock.Builder lengths = CodeBlock.builder().add("{");
      for (int length = 0; length <= longest; length++) {
        final int l = length;
        lengths.add(length == 0 ? "$L" : ", $L", statics.keySet().stream().anyMatch(p -> p.length() == l));
      }
      type.addField(FieldSpec.builder(boolean[].class, "STATIC_LENGTHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Whether some rule without variables has a path of that length: most other paths skip the hash.\n")
          .initializer(lengths.add("}").build()).build());
      type.addField(ArrayTypeName.of(RuntimeTypes.TERMINAL), "statics", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("statics = new $T[$L]", RuntimeTypes.TERMINAL, wholePaths.slots().length);
      for (Map.Entry<String, List<EndpointModel>> entry : statics.entrySet()) {
        constructor.addStatement("statics[$L] = new $T($L)", wholePaths.slotOf(entry.getKey()),
            RuntimeTypes.TERMINAL, indexes(entry.getValue()));
      }
    }

    RouteTree tree = RouteTree.of(app.endpoints());
    Terminals terminals = new Terminals(app.endpoints());
    NodeWriter nodes = new NodeWriter(terminals, customFields);
    List<MethodSpec> nodeMethods = new ArrayList<>();
    for (RouteTree.Node node : tree.nodes()) {
      nodeMethods.add(nodes.write(node));
    }
    for (Map.Entry<String, CodeBlock> terminal : terminals.fields().entrySet()) {
      type.addField(RuntimeTypes.TERMINAL, terminal.getKey(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("$L = $L", terminal.getKey(), terminal.getValue());
    }
    for (Map.Entry<String, PerfectHashPlan> hash : terminals.hashes().entrySet()) {
      type.addField(FieldSpec.builder(int[].class, hash.getKey(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(ints(hash.getValue().displacements())).build());
    }
    for (Map.Entry<CustomConverter, String> custom : customFields.all().entrySet()) {
      ClassName converter = ClassName.get(custom.getKey().type());
      type.addField(FieldSpec.builder(
              ParameterizedTypeName.get(RuntimeTypes.CONVERTER_MATCHER, TypeName.get(custom.getKey().valueType())),
              custom.getValue(), Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The {@code $L} converter, made once.\n", custom.getKey().name())
          .initializer("new $T<>($S, new $T())", RuntimeTypes.CONVERTER_MATCHER, custom.getKey().pattern(), converter)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(match(wholePaths != null, positions));
    type.addMethods(nodeMethods);
    return type.build();
  }

  /** The rules without variables, by the one path each matches. */
  private Map<String, List<EndpointModel>> staticPaths() {
    Map<String, List<EndpointModel>> statics = new LinkedHashMap<>();
    for (EndpointModel endpoint : app.endpoints()) {
      if (endpoint.rule().isStatic()) {
        statics.computeIfAbsent(endpoint.rule().staticPath(), p -> new ArrayList<>()).add(endpoint);
      }
    }
    return statics;
  }

  private MethodSpec match(boolean hasStatics, int[] positions) {
    MethodSpec.Builder match = MethodSpec.methodBuilder("match")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path");
    if (hasStatics) {
      match.addComment("A rule without variables: a hash of the length and of the characters that")
          .addComment("tell these paths apart, then one comparison.")
          .addStatement("int length = path.length()")
          .beginControlFlow("if (length < STATIC_LENGTHS.length && STATIC_LENGTHS[length])")
          .addStatement("int h = $T.start(PATHS_SEED, length)", RuntimeTypes.PERFECT_HASH);
      for (int position : positions) {
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
    if (app.mergeSlashes()) {
      match.beginControlFlow("if (path.contains($S))", "//")
          .addComment("Werkzeug's merge_slashes: a match once slashes are merged is a redirect there.")
          .addStatement("String merged = $T.mergeSlashes(path)", RuntimeTypes.SEGMENTS)
          .addStatement("$T again = node0(method, merged, 1)", RuntimeTypes.ROUTE_MATCH)
          .beginControlFlow("if (again instanceof $T)", RuntimeTypes.FOUND)
          .addStatement("return $T.ifLocal(merged)", RuntimeTypes.ROUTE_MATCH.nestedClass("Redirect"))
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

  private String indexes(List<EndpointModel> endpoints) {
    List<String> indexes = new ArrayList<>();
    for (EndpointModel endpoint : endpoints) {
      indexes.add("endpoints[" + app.endpoints().indexOf(endpoint) + "]");
    }
    return String.join(", ", indexes);
  }
}
