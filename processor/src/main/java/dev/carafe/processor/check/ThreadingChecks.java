package dev.carafe.processor.check;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.ThreadingModel;
import dev.carafe.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks {@code @NonBlocking} and {@code @Blocking}: each sits where a request runs (an endpoint,
 * a hook, a class that declares some, the application class), no element carries both, and a
 * {@code @NonBlocking} endpoint that a blocking hook sends to a worker all the same is pointed
 * out, at the hook, with a warning.
 */
final class ThreadingChecks {
  /** The endpoints a warning names, at most; the rest are counted. */
  private static final int NAMED = 3;

  private final Diagnostics diagnostics;

  ThreadingChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(ApplicationModel app) {
    ThreadingModel threading = app.threading();
    Set<Element> members = new HashSet<>();
    Set<Element> owners = new HashSet<>();
    for (ApplicationModel.Member member : app.members()) {
      members.add(member.method());
      for (Element owner = member.owner(); owner instanceof TypeElement;
          owner = owner.getEnclosingElement()) {
        owners.add(owner);
      }
    }
    Set<Element> reported = new HashSet<>();
    for (ThreadingModel.Mark mark : threading.marks()) {
      Element element = mark.element();
      String annotation = mark.nonBlocking() ? "@NonBlocking" : "@Blocking";
      if (isBoth(element)) {
        if (reported.add(element)) {
          diagnostics.error(element, mark.annotation(), describe(element) + " is annotated both"
              + " @NonBlocking and @Blocking; keep the one that is true of it");
        }
      } else if (element.getKind() == ElementKind.METHOD && !members.contains(element)) {
        diagnostics.error(element, mark.annotation(), annotation + " is on " + describe(element)
            + ", which is neither an endpoint nor a hook: " + notAPlaceFor((ExecutableElement) element));
      } else if (element.getKind() != ElementKind.METHOD && !element.equals(app.type())
          && !owners.contains(element)) {
        diagnostics.error(element, mark.annotation(), annotation + " is on " + describe(element)
            + ", which declares no endpoint and no hook; put it on a controller or blueprint"
            + " class, on an endpoint or a hook, or on the application class "
            + app.type().getSimpleName());
      }
    }
    warnOverruled(app, threading);
  }

  private static boolean isBoth(Element element) {
    boolean nonBlocking = false;
    boolean blocking = false;
    for (var mirror : element.getAnnotationMirrors()) {
      String name = TypeNames.of(mirror.getAnnotationType());
      nonBlocking |= name.equals(Names.NON_BLOCKING);
      blocking |= name.equals(Names.BLOCKING);
    }
    return nonBlocking && blocking;
  }

  /** Why the method is no place for the annotation, and where it goes. */
  private static String notAPlaceFor(ExecutableElement method) {
    if (TypeNames.of(method.getReturnType()).equals(Names.MIDDLEWARE)) {
      return "a middleware says whether it may block for a request with Gateway.mayBlock(Environ),"
          + " and a layer that never blocks by itself wraps its gateway in"
          + " Middleware.blockingAs(next, ...); remove the annotation";
    }
    return "only endpoints and hooks run where a request runs. Put it on a @Route method or a hook,"
        + " on their class, or on the application class, or remove it";
  }

  /**
   * Warns at each blocking hook that sends endpoints declared {@code @NonBlocking} to a worker,
   * naming them, since the declaration alone would suggest otherwise.
   */
  private void warnOverruled(ApplicationModel app, ThreadingModel threading) {
    Map<HookModel, List<String>> overruled = new LinkedHashMap<>();
    for (EndpointModel endpoint : app.endpoints()) {
      if (!threading.declaredNonBlocking(endpoint) || endpoint.redirectTo() != null) {
        continue;
      }
      for (HookModel hook : threading.blocking(ThreadingModel.hooksFor(endpoint, app.hooks()))) {
        List<String> names = overruled.computeIfAbsent(hook, h -> new ArrayList<>());
        if (!names.contains(endpoint.name())) {
          names.add(endpoint.name());
        }
      }
    }
    overruled.forEach((hook, names) -> diagnostics.warning(hook.method(), hook.annotation(),
        "@" + hook.kind().simpleName() + " " + hook.owner().getSimpleName() + "."
            + hook.method().getSimpleName() + "() may block, so the @NonBlocking "
            + (names.size() == 1 ? "endpoint " + named(names) + " runs"
                : "endpoints " + named(names) + " run")
            + " on a worker thread; declare the hook @NonBlocking if it never blocks"));
  }

  private static String named(List<String> names) {
    List<String> quoted = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMED, names.size()); i++) {
      quoted.add("'" + names.get(i) + "'");
    }
    String list = String.join(", ", quoted);
    return names.size() > NAMED ? list + " and " + (names.size() - NAMED) + " more" : list;
  }

  private static String describe(Element element) {
    if (element instanceof ExecutableElement method) {
      return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
    }
    return "class " + element.getSimpleName();
  }
}
