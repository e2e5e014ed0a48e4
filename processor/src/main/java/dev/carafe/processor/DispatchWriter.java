package dev.carafe.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an application's dispatch table: one perfect-hash lookup for the static paths, then one
 * small method per dynamic shape, tried in priority order. Methods are kept small so that HotSpot
 * compiles every one of them.
 */
final class DispatchWriter {
  /** Dynamic shapes tried per method, to keep each method well under HotSpot's size limit. */
  private static final int SHAPES_PER_METHOD = 48;

  private final ApplicationModel app;
  private final DispatchPlan plan;
  private final ClassName name;

  DispatchWriter(ApplicationModel app, DispatchPlan plan) {
    this.app = app;
    this.plan = plan;
    this.name = ClassName.get(app.packageName(), app.simpleName() + "Dispatch");
  }

  ClassName name() {
    return name;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.DISPATCH_TABLE)
        .addJavadoc("The dispatch table of {@link $T}, compiled from its rules.\n",
            ClassName.get(app.type()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(ArrayTypeName.of(RuntimeTypes.ENDPOINT), "endpoints");
    if (plan.staticHash() != null) {
      addStaticTable(type, constructor);
    }
    for (int i = 0; i < plan.dynamics().size(); i++) {
      List<EndpointModel> group = plan.dynamics().get(i);
      type.addField(RuntimeTypes.TERMINAL, "shape" + i, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("shape$L = $L", i, terminal(group));
      type.addMethod(shapeMethod(i, group));
    }
    type.addMethod(constructor.build());
    type.addMethod(match());
    for (int chunk = 0; chunk * SHAPES_PER_METHOD < plan.dynamics().size(); chunk++) {
      type.addMethod(dynamicChunk(chunk));
    }
    return type.build();
  }

  private void addStaticTable(TypeSpec.Builder type, MethodSpec.Builder constructor) {
    PerfectHashPlan hash = plan.staticHash();
    type.addField(FieldSpec.builder(TypeName.INT, "SEED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", hash.seed()).build());
    type.addField(FieldSpec.builder(TypeName.INT, "MASK", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", hash.mask()).build());
    type.addField(FieldSpec.builder(TypeName.INT, "BUCKETS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", hash.displacements().length - 1).build());
    CodeBlock.Builder displacements = CodeBlock.builder().add("{");
    for (int i = 0; i < hash.displacements().length; i++) {
      displacements.add(i == 0 ? "$L" : ", $L", hash.displacements()[i]);
    }
    type.addField(FieldSpec.builder(int[].class, "DISPLACEMENTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(displacements.add("}").build()).build());
    CodeBlock.Builder paths = CodeBlock.builder().add("{\n").indent();
    for (int i = 0; i < hash.slots().length; i++) {
      String path = hash.slots()[i];
      paths.add(path == null ? CodeBlock.of("null") : CodeBlock.of("$S", path))
          .add(i + 1 < hash.slots().length ? ",\n" : "\n");
    }
    type.addField(FieldSpec.builder(String[].class, "STATIC_PATHS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(paths.unindent().add("}").build()).build());
    type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.TERMINAL), "statics", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T[$L]", RuntimeTypes.TERMINAL, hash.slots().length).build());
    for (Map.Entry<String, List<EndpointModel>> entry : plan.statics().entrySet()) {
      constructor.addStatement("statics[$L] = $L", hash.slotOf(entry.getKey()), terminal(entry.getValue()));
    }
  }

  private CodeBlock terminal(List<EndpointModel> group) {
    String indexes = group.stream()
        .map(e -> "endpoints[" + app.endpoints().indexOf(e) + "]")
        .collect(Collectors.joining(", "));
    return CodeBlock.of("new $T($L)", RuntimeTypes.TERMINAL, indexes);
  }

  private MethodSpec match() {
    MethodSpec.Builder match = MethodSpec.methodBuilder("match")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path")
        .addStatement("$T notAllowed = null", RuntimeTypes.NOT_ALLOWED);
    if (plan.staticHash() != null) {
      match.addStatement("int hash = $T.hash(SEED, path)", RuntimeTypes.PERFECT_HASH)
          .addStatement("int slot = $T.slot(hash, DISPLACEMENTS[hash & BUCKETS], MASK)", RuntimeTypes.PERFECT_HASH)
          .beginControlFlow("if (path.equals(STATIC_PATHS[slot]))")
          .addStatement("$T endpoint = statics[slot].endpoint(method)", RuntimeTypes.ENDPOINT)
          .beginControlFlow("if (endpoint != null)")
          .addStatement("return endpoint.found()")
          .endControlFlow()
          .addStatement("notAllowed = statics[slot].notAllowed()")
          .endControlFlow();
    }
    if (!plan.dynamics().isEmpty()) {
      match.addStatement("$T match = dynamic0(method, path, notAllowed)", RuntimeTypes.ROUTE_MATCH)
          .beginControlFlow("if (match != null)")
          .addStatement("return match")
          .endControlFlow();
    }
    return match.addStatement("return notAllowed != null ? notAllowed : $T.notFound()", RuntimeTypes.ROUTE_MATCH)
        .build();
  }

  /** Tries a run of shapes; returns a found match, or what the rest of the run would answer. */
  private MethodSpec dynamicChunk(int chunk) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("dynamic" + chunk)
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path")
        .addParameter(RuntimeTypes.NOT_ALLOWED, "notAllowed")
        .addJavadoc("Tries shapes $L and on; {@code null} when none matches the path.\n",
            chunk * SHAPES_PER_METHOD)
        .addStatement("$T match", RuntimeTypes.ROUTE_MATCH);
    int end = Math.min(plan.dynamics().size(), (chunk + 1) * SHAPES_PER_METHOD);
    for (int i = chunk * SHAPES_PER_METHOD; i < end; i++) {
      method.addStatement("match = shape$L(method, path)", i)
          .beginControlFlow("if (match instanceof $T)", RuntimeTypes.FOUND)
          .addStatement("return match")
          .nextControlFlow("else if (match != null)")
          .addStatement("notAllowed = (($T) match).merge(notAllowed)", RuntimeTypes.NOT_ALLOWED)
          .endControlFlow();
    }
    if (end < plan.dynamics().size()) {
      method.addStatement("return dynamic$L(method, path, notAllowed)", chunk + 1);
    } else {
      method.addStatement("return notAllowed");
    }
    return method.build();
  }

  private MethodSpec shapeMethod(int index, List<EndpointModel> group) {
    Rule rule = group.get(0).rule();
    MethodSpec.Builder method = MethodSpec.methodBuilder("shape" + index)
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path")
        .addJavadoc("Matches $L; {@code null} when the path does not fit.\n",
            group.stream().map(e -> "{@code " + e.rule().text().replace("@", "{@literal @}") + "}")
                .distinct().collect(Collectors.joining(", ")))
        .addStatement("int end = path.length()")
        .addStatement("int i = 0");
    List<String> bounds = new ArrayList<>();
    int variable = 0;
    for (int s = 0; s < rule.segments().size(); s++) {
      method.beginControlFlow("if (i >= end || path.charAt(i) != '/')")
          .addStatement("return null").endControlFlow()
          .addStatement("i++");
      List<Rule.Chunk> chunks = rule.segments().get(s).chunks();
      String segmentEnd = "segmentEnd" + s;
      method.addStatement("int $L = $T.end(path, i)", segmentEnd, RuntimeTypes.SEGMENTS);
      for (int c = 0; c < chunks.size(); c++) {
        Rule.Chunk chunk = chunks.get(c);
        if (chunk instanceof Rule.Literal) {
          String text = ((Rule.Literal) chunk).text();
          method.beginControlFlow("if (i + $L > $L || !path.startsWith($S, i))", text.length(), segmentEnd, text)
              .addStatement("return null").endControlFlow()
              .addStatement("i += $L", text.length());
        } else {
          variable(method, (Rule.Variable) chunk, variable, chunks, c, segmentEnd, group);
          bounds.add("start" + variable);
          bounds.add("end" + variable);
          variable++;
        }
      }
      method.beginControlFlow("if (i != $L)", segmentEnd).addStatement("return null").endControlFlow();
    }
    method.beginControlFlow("if (i != end)").addStatement("return null").endControlFlow()
        .addStatement("$T endpoint = shape$L.endpoint(method)", RuntimeTypes.ENDPOINT, index)
        .addStatement("return endpoint == null ? shape$L.notAllowed() : endpoint.found(new $T(path, $L))",
            index, RuntimeTypes.PATH_PARAMS, String.join(", ", bounds));
    return method.build();
  }

  /** Finds where a variable ends, checks it as its converter does, and moves past it. */
  private void variable(MethodSpec.Builder method, Rule.Variable variable, int n,
      List<Rule.Chunk> chunks, int c, String segmentEnd, List<EndpointModel> group) {
    String start = "start" + n;
    String end = "end" + n;
    method.addStatement("int $L = i", start);
    Converter converter = variable.converter();
    switch (converter.kind()) {
      case INT: {
        boolean signed = Boolean.TRUE.equals(converter.args().get("signed"));
        long[] range = intRange(converter, narrowest(group, n));
        method.addStatement("int $L = $T.digitsEnd(path, i, $L, $L)", end, RuntimeTypes.SEGMENTS, segmentEnd, signed)
            .beginControlFlow("if (!$T.isInteger(path, $L, $L, $L, $LL, $LL))", RuntimeTypes.SEGMENTS,
                start, end, converter.args().getOrDefault("fixed_digits", 0L), range[0], range[1])
            .addStatement("return null").endControlFlow();
        break;
      }
      case STRING:
      default: {
        String following = c + 1 < chunks.size() ? ((Rule.Literal) chunks.get(c + 1)).text() : null;
        if (following == null) {
          method.addStatement("int $L = $L", end, segmentEnd);
        } else if (c + 2 == chunks.size()) {
          // The variable is followed by text that ends the segment: it takes all before that text.
          method.addStatement("int $L = $L - $L", end, segmentEnd, following.length());
        } else {
          // More variables follow: like Werkzeug's greedy pattern, take up to the last occurrence.
          method.addStatement("int $L = path.lastIndexOf($S, $L - $L)", end, following, segmentEnd, following.length());
        }
        long minimum = (Long) converter.args().getOrDefault("length", converter.args().getOrDefault("minlength", 1L));
        Object maximum = converter.args().getOrDefault("length", converter.args().get("maxlength"));
        method.beginControlFlow(maximum == null ? "if ($L - $L < $L)" : "if ($L - $L < $L || $L - $L > $L)",
                maximum == null ? new Object[] {end, start, Math.max(1, minimum)}
                    : new Object[] {end, start, Math.max(1, minimum), end, start, maximum})
            .addStatement("return null").endControlFlow();
      }
    }
    method.addStatement("i = $L", end);
  }

  /**
   * Rules of one shape share a matcher; when their parameters differ in width, the narrowest
   * decides, so that a value is a 404 rather than an overflow in the handler.
   */
  private static boolean narrowest(List<EndpointModel> group, int position) {
    for (EndpointModel endpoint : group) {
      for (EndpointModel.Binding binding : endpoint.bindings()) {
        if (binding instanceof EndpointModel.PathVariable variable
            && variable.index() == position && !variable.type().isLong()) {
          return true;
        }
      }
    }
    return false;
  }

  private static long[] intRange(Converter converter, boolean intSized) {
    boolean signed = Boolean.TRUE.equals(converter.args().get("signed"));
    long min = signed ? (intSized ? Integer.MIN_VALUE : Long.MIN_VALUE) : 0;
    long max = intSized ? Integer.MAX_VALUE : Long.MAX_VALUE;
    if (converter.args().containsKey("min")) {
      min = Math.max(min, (Long) converter.args().get("min"));
    }
    if (converter.args().containsKey("max")) {
      max = Math.min(max, (Long) converter.args().get("max"));
    }
    return new long[] {min, max};
  }
}
