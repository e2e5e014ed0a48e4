package dev.carafe.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where the application's code said its requests may run: every {@code @NonBlocking} and
 * {@code @Blocking} of the sources, and for each endpoint and hook method the declaration in
 * force (its own, else its class's, else the application's). From them, which endpoints' requests
 * never block: an endpoint whose method and every hook that can run for it are non-blocking.
 *
 * @param marks each annotation, on the element that carries it, in the order met
 * @param nonBlocking the endpoint and hook methods declared non-blocking, by themselves, their
 *     class or the application
 */
public record ThreadingModel(List<Mark> marks, Set<ExecutableElement> nonBlocking) {

  /**
   * One {@code @NonBlocking} or {@code @Blocking}.
   *
   * @param element the method or class that carries it
   * @param annotation the annotation, where errors about it go
   * @param nonBlocking whether it is {@code @NonBlocking}
   */
  public record Mark(Element element, AnnotationMirror annotation, boolean nonBlocking) {}

  /** Whether {@code hook} was declared non-blocking. */
  public boolean nonBlocking(HookModel hook) {
    return nonBlocking.contains(hook.method());
  }

  /**
   * Whether the endpoint's own work never blocks: a method declared non-blocking, or a rule that
   * only redirects (no method is called). The static folder's endpoint reads files: never.
   */
  public boolean declaredNonBlocking(EndpointModel endpoint) {
    if (endpoint.controller().getQualifiedName().contentEquals(Names.STATIC_FILES)) {
      return false;
    }
    return endpoint.redirectTo() != null || nonBlocking.contains(endpoint.method());
  }

  /**
   * Whether a request to {@code endpoint} never blocks: its own work and every hook that can run
   * for it are declared non-blocking.
   */
  public boolean nonBlocking(EndpointModel endpoint, List<HookModel> hooks) {
    return declaredNonBlocking(endpoint) && blocking(hooksFor(endpoint, hooks)).isEmpty();
  }

  /**
   * Whether a request that matches no endpoint (404, 405 and the automatic {@code OPTIONS}
   * answer, a slash redirect) never blocks: every hook that can run for it is non-blocking.
   */
  public boolean routingErrorsNonBlocking(List<HookModel> hooks) {
    return blocking(hooksForRoutingErrors(hooks)).isEmpty();
  }

  /** Those of {@code hooks} not declared non-blocking. */
  public List<HookModel> blocking(List<HookModel> hooks) {
    List<HookModel> blocking = new ArrayList<>();
    for (HookModel hook : hooks) {
      if (!nonBlocking(hook)) {
        blocking.add(hook);
      }
    }
    return blocking;
  }

  /**
   * The hooks that can run for a request to {@code endpoint}: the application's and its
   * blueprint's, and URL defaults of every scope, since its handler may build any URL.
   */
  public static List<HookModel> hooksFor(EndpointModel endpoint, List<HookModel> hooks) {
    List<HookModel> hooksFor = new ArrayList<>();
    for (HookModel hook : hooks) {
      if (hook.blueprint() == null || hook.blueprint().equals(endpoint.blueprint())
          || hook.kind() == HookModel.Kind.URL_DEFAULTS) {
        hooksFor.add(hook);
      }
    }
    return hooksFor;
  }

  /**
   * The hooks that can run for a request that matches no endpoint: the application's own (no
   * blueprint's, as Flask's {@code request.blueprints} is empty then; no URL value preprocessor,
   * as there are no values), and every error handler and URL defaults, since the handler of the
   * blueprint whose prefix the path is under answers its errors.
   */
  public static List<HookModel> hooksForRoutingErrors(List<HookModel> hooks) {
    List<HookModel> hooksFor = new ArrayList<>();
    for (HookModel hook : hooks) {
      boolean appStep = hook.blueprint() == null
          && hook.kind() != HookModel.Kind.URL_VALUE_PREPROCESSOR;
      if (appStep || hook.kind() == HookModel.Kind.ERROR_HANDLER
          || hook.kind() == HookModel.Kind.URL_DEFAULTS) {
        hooksFor.add(hook);
      }
    }
    return hooksFor;
  }
}
