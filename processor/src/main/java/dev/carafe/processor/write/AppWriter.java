package dev.carafe.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.model.TypeNames;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the class that wires an application: makes its controllers (or takes them from a
 * builder, for tests), creates one endpoint per routed method with a direct call as its invoker,
 * and builds the {@code App} gateway over the dispatch table.
 */
final class AppWriter {
  /** Endpoints called per invoker class, to keep each {@code invoke} small. */
  private static final int ENDPOINTS_PER_CHUNK = 32;
  /** Invoker classes chosen per method, to keep each method small. */
  private static final int CHUNKS_PER_METHOD = 256;

  private final DispatchPlan plan;
  private final ApplicationModel app;
  private final ClassName name;
  private final ClassName dispatch;
  private final ClassName urls;
  private final ClassName builder;
  /** The class holding the application's JSON adapters, or {@code null} when it has none. */
  private final ClassName json;

  AppWriter(DispatchPlan plan, GeneratedTypes names) {
    this.plan = plan;
    this.app = plan.app();
    this.name = names.app();
    this.dispatch = names.dispatch();
    this.urls = names.urls();
    this.builder = name.nestedClass("Builder");
    this.json = names.json();
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Builds the Carafe application of {@link $T}.\n\n", ClassName.get(app.type()))
        .addJavadoc("<p>{@link #create()} makes every controller as declared; {@link #builder()}"
            + " lets a test or a\nlauncher hand in its own controllers.\n");
    for (DispatchPlan.Controller controller : plan.controllers()) {
      type.addField(ClassName.get(controller.type()), controller.field(), Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(constructor());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.APP)
        .addJavadoc("The application, with every controller made as declared.\n")
        .addStatement("return builder().build()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder that can take controllers made elsewhere.\n")
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(application());
    if (app.middleware() != null) {
      type.addMethod(MethodSpec.methodBuilder("serve")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(RuntimeTypes.GATEWAY)
          .addParameter(RuntimeTypes.APP, "app")
          .addJavadoc("The application as the main class serves it: wrapped in the middleware"
              + " {@link $T#$L()} gives.\n", ClassName.get(app.type()), app.middleware().getSimpleName())
          .addStatement("return new $T().$L().wrap(app)", ClassName.get(app.type()), app.middleware().getSimpleName())
          .build());
    }
    type.addMethod(new LifecycleWriter(plan).write());
    type.addMethods(invokers());
    int chunks = chunks();
    for (int chunk = 0; chunk < chunks; chunk++) {
      type.addType(calls(chunk));
    }
    type.addType(builderType());
    return type.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "builder");
    ClassName applicationType = ClassName.get(app.type());
    boolean declaresHooks = plan.controllers().stream().anyMatch(DispatchPlan.Controller::isApplication);
    List<String> provided = plan.controllers().stream()
        .filter(c -> c.provider() != null)
        .map(c -> "builder." + c.field() + " == null")
        .collect(Collectors.toList());
    if (declaresHooks) {
      constructor.addStatement("$T application = new $T()", applicationType, applicationType);
    } else if (!provided.isEmpty()) {
      constructor.addComment("The application class makes the controllers the builder was not given.")
          .addStatement("$T application = $L ? new $T() : null", applicationType,
              String.join(" || ", provided), applicationType);
    }
    for (DispatchPlan.Controller controller : plan.controllers()) {
      if (controller.isApplication()) {
        constructor.addStatement("this.application = application");
        continue;
      }
      CodeBlock made = controller.provider() == null
          ? CodeBlock.of("new $T()", ClassName.get(controller.type()))
          : CodeBlock.of("application.$L()", controller.provider().getSimpleName());
      constructor.addStatement("this.$L = builder.$L != null ? builder.$L : $L",
          controller.field(), controller.field(), controller.field(), made);
    }
    return constructor.build();
  }


  private MethodSpec application() {
    Map<String, Integer> texts = new LinkedHashMap<>();
    List<Integer> program = new ArrayList<>();
    for (int i = 0; i < app.endpoints().size(); i++) {
      EndpointModel endpoint = app.endpoints().get(i);
      program.add(texts.computeIfAbsent(endpoint.name(), t -> texts.size()));
      program.add(texts.computeIfAbsent(endpoint.rule().text(), t -> texts.size()));
      program.add(texts.computeIfAbsent(String.join(",", endpoint.methods()), t -> texts.size()));
      program.add(endpoint.blueprint() == null ? -1 : texts.computeIfAbsent(endpoint.blueprint(), t -> texts.size()));
      program.add(plan.nonBlocking().get(i) ? 1 : 0);
    }
    CodeBlock made = CodeBlock.of("$T.of($T.create(endpoints), $T.of(endpoints), lifecycle())",
        RuntimeTypes.COMPILED_APP, dispatch, List.class);
    if (plan.routingErrorsNonBlocking()) {
      // No hook or error handler that a request matching no endpoint meets may block.
      made = CodeBlock.of("$L\n$>.withNonBlockingRoutingErrors()$<", made);
    }
    if (app.configuration() != null) {
      // The application's defaults, which the launcher's --config file and environment override.
      made = CodeBlock.of("$L\n$>.withConfig(new $T().$L())$<", made, ClassName.get(app.type()),
          app.configuration().getSimpleName());
    }
    if (app.staticFolder() != null) {
      made = CodeBlock.of("$L\n$>.withStaticFolder($T.of($T.class, $S, $T.ASSETS))$<", made,
          RuntimeTypes.STATIC_FOLDER, name, app.staticFolder().folder(), urls);
    }
    return MethodSpec.methodBuilder("application")
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.APP)
        .addComment("Each endpoint's name, rule, methods and blueprint, and 1 if it never blocks.")
        .addStatement("$T endpoints = $T.read(\n$>$L,\n$L,\n$T.RULES,\nthis::invoker$<)",
            ArrayTypeName.of(RuntimeTypes.ENDPOINT), RuntimeTypes.ENDPOINT,
            DataText.texts(new ArrayList<>(texts.keySet())),
            DataText.ints(program.stream().mapToInt(Integer::intValue).toArray()), urls)
        .addStatement("return $L", json == null ? made : CodeBlock.of("$L.withJson($T.JSON)", made, json))
        .build();
  }

  private int chunks() {
    return (app.endpoints().size() + ENDPOINTS_PER_CHUNK - 1) / ENDPOINTS_PER_CHUNK;
  }

  /**
   * {@code invoker(index)}: the invoker of an endpoint, an instance of its chunk's class; past
   * {@link #CHUNKS_PER_METHOD} chunks, through one method per group of them, so that no method
   * grows with the routes.
   */
  private List<MethodSpec> invokers() {
    int chunks = chunks();
    List<MethodSpec> methods = new ArrayList<>();
    int groups = (chunks + CHUNKS_PER_METHOD - 1) / CHUNKS_PER_METHOD;
    MethodSpec.Builder invoker = invokerMethod("invoker")
        .addJavadoc("The call of endpoint {@code index}.\n");
    if (groups <= 1) {
      methods.add(chooseChunk(invoker, 0, chunks).build());
      return methods;
    }
    invoker.beginControlFlow("switch (index / $L)", ENDPOINTS_PER_CHUNK * CHUNKS_PER_METHOD);
    for (int group = 0; group < groups; group++) {
      invoker.addStatement("case $L: return invoker$L(index)", group, group);
      int first = group * CHUNKS_PER_METHOD;
      methods.add(chooseChunk(invokerMethod("invoker" + group), first,
          Math.min(chunks, first + CHUNKS_PER_METHOD)).build());
    }
    invoker.addStatement("default: throw new $T($S + index)", IllegalStateException.class, "No endpoint ")
        .endControlFlow();
    methods.add(0, invoker.build());
    return methods;
  }

  private static MethodSpec.Builder invokerMethod(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.INVOKER)
        .addParameter(int.class, "index");
  }

  private static MethodSpec.Builder chooseChunk(MethodSpec.Builder method, int first, int end) {
    method.beginControlFlow("switch (index / $L)", ENDPOINTS_PER_CHUNK);
    for (int chunk = first; chunk < end; chunk++) {
      method.addStatement("case $L: return new Calls$L(index)", chunk, chunk);
    }
    return method.addStatement("default: throw new $T($S + index)", IllegalStateException.class, "No endpoint ")
        .endControlFlow();
  }

  /**
   * The invoker of the endpoints of one chunk: one class whose {@code invoke} picks the call by
   * the endpoint's index, rather than a lambda (and a class spun at start-up) per endpoint.
   */
  private TypeSpec calls(int chunk) {
    int start = chunk * ENDPOINTS_PER_CHUNK;
    int end = Math.min(app.endpoints().size(), start + ENDPOINTS_PER_CHUNK);
    MethodSpec.Builder invoke = MethodSpec.methodBuilder("invoke")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.RESPONSE)
        .addParameter(RuntimeTypes.REQUEST, "request")
        .addException(Exception.class);
    if (app.endpoints().subList(start, end).stream()
        .anyMatch(e -> e.bindings().stream().anyMatch(b -> b instanceof EndpointModel.JsonBody))) {
      // A JSON body bound to Map<String, Object> or List<Object> is checked as a Map or List.
      invoke.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    invoke.beginControlFlow("switch (index)");
    for (int i = start; i < end; i++) {
      CodeBlock call = invoker(app.endpoints().get(i));
      invoke.addCode("case $L:\n$>", i);
      if (call.toString().startsWith("{")) {
        // A block (a void method's call, then its 204) returns by itself.
        invoke.addCode(call).addCode("\n");
      } else {
        invoke.addStatement("return $L", call);
      }
      invoke.addCode("$<");
    }
    invoke.addCode("default:\n$>")
        .addStatement("throw new $T($S + index)", IllegalStateException.class, "No endpoint ")
        .addCode("$<")
        .endControlFlow();
    return TypeSpec.classBuilder(name.nestedClass("Calls" + chunk))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.INVOKER)
        .addJavadoc("Calls the controller methods of endpoints $L to $L.\n", start, end - 1)
        .addField(int.class, "index", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "index")
            .addStatement("this.index = index")
            .build())
        .addMethod(invoke.build())
        .build();
  }

  /** The call of an endpoint's method, as the expression of its response. */
  private CodeBlock invoker(EndpointModel endpoint) {
    if (endpoint.redirectTo() != null) {
      return CodeBlock.of("$T.to(request, $L)", RuntimeTypes.RULE_REDIRECT, redirectPath(endpoint));
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (EndpointModel.Binding binding : endpoint.bindings()) {
      if (binding instanceof EndpointModel.PathVariable variable) {
        arguments.add(variable.type() == EndpointModel.ValueType.CUSTOM
            ? CodeBlock.of("$T.$L.value(request.pathParams(), $L)", dispatch,
                plan.converterField(variable.variable().converter()), variable.index())
            : CodeBlock.of("request.pathParams().$L($L)", variable.type().accessor, variable.index()));
      } else if (binding instanceof EndpointModel.DefaultValue value) {
        arguments.add(CodeBlock.of("$L", Literals.of(value.value())));
      } else if (binding instanceof EndpointModel.RequestValue value) {
        arguments.add(RequestValueCode.of(value));
      } else if (binding instanceof EndpointModel.JsonBody body) {
        arguments.add(jsonBody(body, endpoint));
      } else if (binding instanceof EndpointModel.CurrentSession) {
        arguments.add(CodeBlock.of("$T.current().session()", RuntimeTypes.REQUEST_CONTEXT));
      } else {
        arguments.add(CodeBlock.of("request"));
      }
    }
    CodeBlock call = CodeBlock.of("$L.$L($L)", target(plan, endpoint.controller(), endpoint.isStatic()),
        endpoint.method().getSimpleName(), CodeBlock.join(arguments, ", "));
    return Responses.of(endpoint.result(), call, endpoint.name());
  }

  /** What a method is called on: its class when static, else the instance the wiring keeps. */
  static CodeBlock target(DispatchPlan plan, javax.lang.model.element.TypeElement owner, boolean isStatic) {
    return isStatic ? CodeBlock.of("$T", ClassName.get(owner)) : CodeBlock.of("$L", plan.instanceOf(owner));
  }

  private CodeBlock jsonBody(EndpointModel.JsonBody body, EndpointModel endpoint) {
    javax.lang.model.type.TypeMirror type = body.type();
    String name = TypeNames.of(type);
    if (type instanceof javax.lang.model.type.DeclaredType declared
        && declared.asElement().getKind() == javax.lang.model.element.ElementKind.RECORD) {
      return CodeBlock.of("request.json($T.$L)", json,
          JsonAdaptersWriter.adapterField((javax.lang.model.element.TypeElement) declared.asElement()));
    }
    if (name.equals("java.lang.Object")) {
      return CodeBlock.of("$T.jsonObject(request)", RuntimeTypes.BINDING);
    }
    return CodeBlock.of("$T.jsonBody(request, $T.class, $S)", RuntimeTypes.BINDING,
        ClassName.bestGuess(name), endpoint.method().getSimpleName() + "()");
  }

  /** The target of a {@code redirectTo} rule, with the captured values as they were sent. */
  private static CodeBlock redirectPath(EndpointModel endpoint) {
    List<CodeBlock> parts = new ArrayList<>();
    java.util.regex.Matcher reference = java.util.regex.Pattern.compile("<([^>]*)>").matcher(endpoint.redirectTo());
    int at = 0;
    List<Rule.Variable> variables = endpoint.rule().variables();
    while (reference.find()) {
      parts.add(CodeBlock.of("$S", endpoint.redirectTo().substring(at, reference.start())));
      int index = 0;
      while (!variables.get(index).name().equals(reference.group(1))) {
        index++;
      }
      parts.add(CodeBlock.of("request.pathParams().raw($L)", index));
      at = reference.end();
    }
    parts.add(CodeBlock.of("$S", endpoint.redirectTo().substring(at)));
    return CodeBlock.join(parts, " + ");
  }

  private TypeSpec builderType() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds the application; a controller not given is made as declared.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (DispatchPlan.Controller controller : plan.controllers()) {
      if (controller.isApplication()) {
        continue;
      }
      ClassName controllerType = ClassName.get(controller.type());
      type.addField(controllerType, controller.field(), Modifier.PRIVATE);
      type.addMethod(MethodSpec.methodBuilder(controller.field())
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(controllerType, "controller")
          .addJavadoc("Uses {@code controller} instead of making a {@link $T}.\n", controllerType)
          .addStatement("this.$L = $T.requireNonNull(controller, $S)", controller.field(), Objects.class, "controller")
          .addStatement("return this")
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.APP)
        .addJavadoc("The application.\n")
        .addStatement("return new $T(this).application()", name)
        .build());
    return type.build();
  }
}
