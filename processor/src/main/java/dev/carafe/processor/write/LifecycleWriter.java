package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.HttpStatuses;
import dev.carafe.processor.model.Result;
import dev.carafe.processor.model.TypeNames;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes how the wiring builds the application's {@code Lifecycle}: its blueprints and prefixes,
 * and a direct call of each hook and error handler, registered in source order for its scope.
 */
final class LifecycleWriter {
  private static final ClassName LIFECYCLE = RuntimeTypes.LIFECYCLE;

  private final DispatchPlan plan;

  LifecycleWriter(DispatchPlan plan) {
    this.plan = plan;
  }

  MethodSpec write() {
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder()", LIFECYCLE).indent();
    for (Map.Entry<String, String> blueprint : plan.blueprints().entrySet()) {
      chain.add("\n.blueprint($S, $S)", blueprint.getKey(), blueprint.getValue());
    }
    for (HookModel hook : plan.app().hooks()) {
      for (CodeBlock registration : registrations(hook)) {
        chain.add("\n$L", registration);
      }
    }
    chain.add("\n.build()").unindent();
    return MethodSpec.methodBuilder("lifecycle")
        .addModifiers(Modifier.PRIVATE)
        .returns(LIFECYCLE)
        .addJavadoc("The hooks and error handlers, each called directly.\n")
        .addStatement("return $L", chain.build())
        .build();
  }

  private List<CodeBlock> registrations(HookModel hook) {
    CodeBlock scope = hook.blueprint() == null ? CodeBlock.of("null") : CodeBlock.of("$S", hook.blueprint());
    CodeBlock call = call(hook);
    List<CodeBlock> registrations = new ArrayList<>();
    switch (hook.kind()) {
      case BEFORE_REQUEST: {
        CodeBlock body;
        if (hook.result().kind() == Result.Kind.NO_CONTENT) {
          body = CodeBlock.of("{\n$>$L;\nreturn null;\n$<}", call);
        } else if (hook.result().kind() == Result.Kind.HTML) {
          body = CodeBlock.of("{\n$>String early = $L;\nreturn early == null ? null : $T.html(early);\n$<}",
              call, RuntimeTypes.RESPONSE);
        } else {
          body = call;
        }
        registrations.add(CodeBlock.of(".beforeRequest($L, request -> $L)", scope, body));
        break;
      }
      case AFTER_REQUEST:
        registrations.add(CodeBlock.of(".afterRequest($L, (request, response) -> $L)", scope,
            hook.method().getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID
                ? CodeBlock.of("{\n$>$L;\nreturn response;\n$<}", call) : call));
        break;
      case TEARDOWN_REQUEST:
        registrations.add(CodeBlock.of(".teardownRequest($L, (request, error) -> $L)", scope, call));
        break;
      case URL_VALUE_PREPROCESSOR:
        registrations.add(CodeBlock.of(".urlValuePreprocessor($L, (endpoint, values) -> $L)", scope, call));
        break;
      case URL_DEFAULTS:
        registrations.add(CodeBlock.of(".urlDefaults($L, (endpoint, values) -> $L)", scope, call));
        break;
      case SHUTDOWN:
        registrations.add(CodeBlock.of(".shutdown($S, closing -> $L)", hook.owner().getSimpleName()
            + "." + hook.method().getSimpleName() + "()", call));
        break;
      case ERROR_HANDLER:
      default: {
        CodeBlock handler = CodeBlock.of("(request, error) -> $L", errorResponse(hook, call));
        for (int status : hook.statuses()) {
          registrations.add(CodeBlock.of(".statusHandler($L, $L, $L)", scope, status, handler));
        }
        for (TypeElement exception : hook.exceptions()) {
          int status = HttpStatuses.statusOf(exception.getQualifiedName().toString());
          CodeBlock matches = CodeBlock.of("e -> e instanceof $T", ClassName.get(exception));
          registrations.add(status == 0
              ? CodeBlock.of(".exceptionHandler($L, $L, $L, $L)", scope, matches, depth(exception), handler)
              : CodeBlock.of(".exceptionHandler($L, $L, $L, $L, $L)", scope, status, matches, depth(exception), handler));
        }
      }
    }
    return registrations;
  }

  /**
   * An error handler's answer. A body without a status of its own (text, bytes, JSON) takes the
   * error's status and headers, so that a 404 handler returning a page answers 404, not Flask's
   * surprising 200, and a 405 keeps its {@code Allow}.
   */
  private static CodeBlock errorResponse(HookModel hook, CodeBlock call) {
    CodeBlock response = Responses.of(hook.result(), call, "error handler " + hook.method().getSimpleName());
    if (hook.result().kind() == Result.Kind.RESPONSE) {
      return response;
    }
    return CodeBlock.of("$T.forError($L, error)", RuntimeTypes.RETURNS, response);
  }

  private CodeBlock call(HookModel hook) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (HookModel.Parameter parameter : hook.parameters()) {
      switch (parameter.role()) {
        case REQUEST:
          arguments.add(CodeBlock.of("request"));
          break;
        case SESSION:
          arguments.add(CodeBlock.of("$T.current().session()", RuntimeTypes.REQUEST_CONTEXT));
          break;
        case RESPONSE:
          arguments.add(CodeBlock.of("response"));
          break;
        case ERROR:
          arguments.add(TypeNames.of(parameter.type()).equals("java.lang.Throwable")
              ? CodeBlock.of("error") : CodeBlock.of("($T) error", TypeName.get(parameter.type())));
          break;
        case ENDPOINT:
          arguments.add(CodeBlock.of("endpoint"));
          break;
        case APP:
          arguments.add(CodeBlock.of("closing"));
          break;
        case VALUES:
        default:
          arguments.add(CodeBlock.of("values"));
      }
    }
    return CodeBlock.of("$L.$L($L)", AppWriter.target(plan, hook.owner(), hook.isStatic()),
        hook.method().getSimpleName(), CodeBlock.join(arguments, ", "));
  }

  /** Throwable is 0, Exception 1, RuntimeException 2: the deepest matching handler wins. */
  private static int depth(TypeElement exception) {
    int depth = 0;
    TypeElement type = exception;
    while (!type.getQualifiedName().contentEquals("java.lang.Throwable")
        && type.getSuperclass() instanceof javax.lang.model.type.DeclaredType superclass) {
      type = (TypeElement) superclass.asElement();
      depth++;
    }
    return depth;
  }
}
