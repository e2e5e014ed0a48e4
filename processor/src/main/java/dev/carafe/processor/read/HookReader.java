package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.HttpStatuses;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.Result;
import dev.carafe.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a method annotated as a lifecycle hook or error handler, checking that its parameters and
 * return type fit its step, and reporting at the annotation what would, when they do not.
 */
final class HookReader {
  private static final String THROWABLE = "java.lang.Throwable";

  private final Diagnostics diagnostics;
  private final Types types;
  private final Elements elements;
  private final Results results;

  HookReader(Diagnostics diagnostics, Types types, Elements elements, JsonTypes json) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.elements = elements;
    this.results = new Results(json);
  }

  /**
   * The hook.
   *
   * @throws Diagnostics.Abort after reporting, at the annotation, why the method cannot be one
   */
  HookModel read(HookModel.Kind kind, ExecutableElement method) throws Diagnostics.Abort {
    AnnotationMirror annotation = Annotations.find(method, kind.annotation);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String where = "@" + kind.simpleName() + " method " + method.getSimpleName() + "()";
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      throw diagnostics.abort(method, annotation, where + " must be public so that the generated"
          + " application can call it; add 'public'");
    }
    // appWide: Flask's before_app_request and its kin, the application's hook though declared
    // in a blueprint. A shutdown hook is always the application's: it closes what outlives requests.
    BlueprintModel blueprint = kind == HookModel.Kind.SHUTDOWN
        || Boolean.TRUE.equals(Annotations.value(annotation, "appWide")) ? null : Blueprints.of(owner);
    List<HookModel.Parameter> parameters = parameters(kind, method, annotation, where);
    Result result = null;
    List<Integer> statuses = List.of();
    List<TypeElement> exceptions = List.of();
    TypeMirror returns = method.getReturnType();
    switch (kind) {
      case BEFORE_REQUEST:
        if (returns.getKind() != TypeKind.VOID && !is(returns, "java.lang.String") && !is(returns, Names.RESPONSE)) {
          throw diagnostics.abort(method, annotation, where + " returns " + returns + "; return void, or a"
              + " Response or String that answers early (null goes on)");
        }
        result = results.classify(returns);
        break;
      case AFTER_REQUEST:
        if (returns.getKind() != TypeKind.VOID && !is(returns, Names.RESPONSE)) {
          throw diagnostics.abort(method, annotation, where + " returns " + returns + "; return the"
              + " Response to send, or void to send the one it was given");
        }
        break;
      case ERROR_HANDLER:
        statuses = statuses(annotation);
        exceptions = exceptions(annotation);
        if (statuses.isEmpty() && exceptions.isEmpty()) {
          throw diagnostics.abort(method, annotation, where + " names no status and no exception; write"
              + " @ErrorHandler(status = 404) or @ErrorHandler(exception = SomeException.class)");
        }
        for (int status : statuses) {
          if (status < 400 || status > 599) {
            throw diagnostics.abort(method, annotation, where + " names status " + status + "; error"
                + " handlers answer 400 to 599");
          }
        }
        checkErrorParameter(method, annotation, where, parameters, statuses, exceptions);
        result = returns.getKind() == TypeKind.VOID ? null : results.classify(returns);
        if (result == null) {
          throw diagnostics.abort(method, annotation, where + " returns " + returns + "; return "
              + Results.ACCEPTED.replace(", or void (204 No Content)", ""));
        }
        break;
      default:
        if (returns.getKind() != TypeKind.VOID) {
          throw diagnostics.abort(method, annotation, where + " returns " + returns + "; it returns void");
        }
    }
    return new HookModel(kind, method, owner, annotation, blueprint == null ? null : blueprint.name(),
        parameters, result, statuses, exceptions);
  }

  private List<HookModel.Parameter> parameters(HookModel.Kind kind, ExecutableElement method,
      AnnotationMirror annotation, String where) throws Diagnostics.Abort {
    List<HookModel.Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = method.getParameters();
    if (kind == HookModel.Kind.URL_VALUE_PREPROCESSOR || kind == HookModel.Kind.URL_DEFAULTS) {
      if (declared.size() != 2 || !is(declared.get(0).asType(), "java.lang.String")
          || !is(declared.get(1).asType(), "java.util.Map")) {
        throw diagnostics.abort(method, annotation, where + " takes (String endpoint, Map<String, Object>"
            + " values)");
      }
      return List.of(new HookModel.Parameter(HookModel.Role.ENDPOINT, declared.get(0).asType()),
          new HookModel.Parameter(HookModel.Role.VALUES, declared.get(1).asType()));
    }
    if (kind == HookModel.Kind.SHUTDOWN) {
      // No request is current when the application closes: only the application itself is given.
      if (declared.size() > 1 || declared.size() == 1 && !is(declared.get(0).asType(), Names.APP)) {
        VariableElement wrong = declared.size() == 1 || !is(declared.get(0).asType(), Names.APP)
            ? declared.get(0) : declared.get(1);
        throw diagnostics.abort(method, annotation, where + " cannot be given its parameter '"
            + wrong.getSimpleName() + "' (" + wrong.asType() + "); it takes " + accepted(kind));
      }
      return declared.isEmpty() ? List.of()
          : List.of(new HookModel.Parameter(HookModel.Role.APP, declared.get(0).asType()));
    }
    for (VariableElement parameter : declared) {
      TypeMirror type = parameter.asType();
      HookModel.Role role = null;
      if (is(type, Names.REQUEST)) {
        role = HookModel.Role.REQUEST;
      } else if (is(type, Names.SESSION)) {
        role = HookModel.Role.SESSION;
      } else if (is(type, Names.RESPONSE) && kind == HookModel.Kind.AFTER_REQUEST) {
        role = HookModel.Role.RESPONSE;
      } else if (isThrowable(type) && (kind == HookModel.Kind.TEARDOWN_REQUEST
          || kind == HookModel.Kind.ERROR_HANDLER)) {
        if (kind == HookModel.Kind.TEARDOWN_REQUEST && !is(type, THROWABLE)) {
          throw diagnostics.abort(method, annotation, where + " declares " + type + ", but a request may"
              + " end with any Throwable; declare 'Throwable " + parameter.getSimpleName() + "'");
        }
        role = HookModel.Role.ERROR;
      }
      HookModel.Role given = role;
      if (given == null || parameters.stream().anyMatch(p -> p.role() == given)) {
        throw diagnostics.abort(method, annotation, where + " cannot be given its parameter '"
            + parameter.getSimpleName() + "' (" + type + "); it takes " + accepted(kind));
      }
      parameters.add(new HookModel.Parameter(role, type));
    }
    if (kind == HookModel.Kind.AFTER_REQUEST
        && parameters.stream().noneMatch(p -> p.role() == HookModel.Role.RESPONSE)) {
      throw diagnostics.abort(method, annotation, where + " must take the Response it may change");
    }
    return parameters;
  }

  private static String accepted(HookModel.Kind kind) {
    switch (kind) {
      case AFTER_REQUEST:
        return "the Response, and the Request and the Session if it needs them";
      case TEARDOWN_REQUEST:
        return "the Request, the Session and the Throwable that ended it (or null), any of them";
      case ERROR_HANDLER:
        return "the exception it answers, the Request and the Session, any of them";
      case SHUTDOWN:
        return "the App being closed, or nothing: no request is current when it runs";
      default:
        return "the Request and the Session, either, both or neither";
    }
  }

  /** The exception parameter must be able to hold every error the handler answers. */
  private void checkErrorParameter(ExecutableElement method, AnnotationMirror annotation,
      String where, List<HookModel.Parameter> parameters, List<Integer> statuses,
      List<TypeElement> exceptions) throws Diagnostics.Abort {
    TypeMirror declared = parameters.stream().filter(p -> p.role() == HookModel.Role.ERROR)
        .map(HookModel.Parameter::type).findFirst().orElse(null);
    if (declared == null) {
      return;
    }
    for (TypeElement exception : exceptions) {
      if (!types.isAssignable(exception.asType(), declared)) {
        throw diagnostics.abort(method, annotation, where + " answers " + exception.getQualifiedName()
            + " but takes " + declared + ", which cannot hold it; declare a supertype of every class"
            + " it answers");
      }
    }
    TypeElement http = elements.getTypeElement(Names.HTTP_EXCEPTION);
    if (!statuses.isEmpty() && http != null && !types.isAssignable(http.asType(), declared)
        && !(statuses.size() == 1 && HttpStatuses.classOf(statuses.get(0)) != null
            && is(declared, HttpStatuses.classOf(statuses.get(0))))) {
      throw diagnostics.abort(method, annotation, where + " answers status " + statuses + " but takes " + declared
          + "; declare " + Names.HTTP_EXCEPTION
          + (statuses.size() == 1 && HttpStatuses.classOf(statuses.get(0)) != null
              ? " or " + HttpStatuses.classOf(statuses.get(0)) : ""));
    }
  }

  private static List<Integer> statuses(AnnotationMirror annotation) {
    List<Integer> statuses = new ArrayList<>();
    Object given = Annotations.value(annotation, "status");
    if (given != null) {
      for (Object item : (List<?>) given) {
        statuses.add((Integer) ((AnnotationValue) item).getValue());
      }
    }
    return statuses;
  }

  private static List<TypeElement> exceptions(AnnotationMirror annotation) {
    List<TypeElement> exceptions = new ArrayList<>();
    Object given = Annotations.value(annotation, "exception");
    if (given != null) {
      for (Object item : (List<?>) given) {
        exceptions.add((TypeElement) ((DeclaredType) ((AnnotationValue) item).getValue()).asElement());
      }
    }
    return exceptions;
  }

  private boolean isThrowable(TypeMirror type) {
    TypeElement throwable = elements.getTypeElement(THROWABLE);
    return type.getKind() == TypeKind.DECLARED && types.isAssignable(type, throwable.asType());
  }

  private static boolean is(TypeMirror type, String name) {
    return TypeNames.of(type).equals(name);
  }
}
