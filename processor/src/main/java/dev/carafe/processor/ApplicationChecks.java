package dev.carafe.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The checks that need the whole application: endpoint names and rules must not clash, and every
 * controller must be something the generated code can make.
 */
final class ApplicationChecks {
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final Types types;

  ApplicationChecks(Diagnostics diagnostics, Elements elements, Types types) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.types = types;
  }

  /**
   * The checked application, or {@code null} after reporting what is wrong.
   *
   * @param strictSlashes the application's slash setting, for rules that give none
   * @param mergeSlashes the application's setting for repeated slashes
   */
  ApplicationModel check(TypeElement application, List<EndpointModel> endpoints,
      List<HookModel> hooks, boolean strictSlashes, boolean mergeSlashes, boolean nonBlocking) {
    List<EndpointModel> ordered = new ArrayList<>();
    for (EndpointModel endpoint : endpoints) {
      ordered.add(endpoint.withDefaultSlashes(strictSlashes));
    }
    // Rules of one method go in Werkzeug's build order: more values first, then more defaults.
    ordered.sort(Comparator.comparing((EndpointModel e) -> e.controller().getQualifiedName().toString())
        .thenComparingInt(e -> e.controller().getEnclosedElements().indexOf(e.method()))
        .thenComparingInt(e -> -(e.rule().variables().size() + defaults(e)))
        .thenComparingInt(e -> -defaults(e)));
    boolean ok = checkNames(ordered) & checkShapes(ordered) && new Reachability(diagnostics).check(ordered);
    ok &= checkUnbound(ordered, hooks);
    List<Member> members = new ArrayList<>();
    for (EndpointModel endpoint : ordered) {
      members.add(new Member(endpoint.controller(), endpoint.method(), endpoint.annotation(), endpoint.isStatic()));
    }
    for (HookModel hook : hooks) {
      members.add(new Member(hook.owner(), hook.method(), hook.annotation(), hook.isStatic()));
    }
    List<ApplicationModel.ControllerModel> controllers = controllers(application, members);
    Map<String, String> blueprints = blueprints(ordered, hooks);
    ExecutableElement middleware = middleware(application);
    if (middleware != null && !hasUsableConstructor(application, application)) {
      diagnostics.error(middleware, "Application class " + application.getSimpleName()
          + " declares its middleware, so the generated main creates it; give it a constructor"
          + " without parameters");
      ok = false;
    }
    if (!ok || controllers == null || blueprints == null) {
      return null;
    }
    return new ApplicationModel(application, List.copyOf(ordered), controllers, mergeSlashes,
        List.copyOf(hooks), blueprints, middleware, nonBlocking);
  }

  /** A public, parameterless instance method of the application class returning a Middleware. */
  private ExecutableElement middleware(TypeElement application) {
    for (ExecutableElement method : ElementFilter.methodsIn(application.getEnclosedElements())) {
      if (method.getParameters().isEmpty() && method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && JsonTypes.name(method.getReturnType()).equals(Names.MIDDLEWARE)) {
        return method;
      }
    }
    return null;
  }

  /**
   * A rule variable no parameter takes is allowed only where a URL value preprocessor can take it
   * out of the values first, as Flask's language-prefix pattern does.
   */
  private boolean checkUnbound(List<EndpointModel> endpoints, List<HookModel> hooks) {
    boolean ok = true;
    for (EndpointModel endpoint : endpoints) {
      boolean preprocessed = hooks.stream().anyMatch(h -> h.kind() == HookModel.Kind.URL_VALUE_PREPROCESSOR
          && (h.blueprint() == null || h.blueprint().equals(endpoint.blueprint())));
      for (Rule.Variable variable : endpoint.unbound()) {
        if (!preprocessed) {
          diagnostics.error(endpoint.method(), endpoint.annotation(), "Rule '"
              + endpoint.rule().text() + "' has the variable '" + variable.name() + "' but "
              + endpoint.method().getSimpleName() + "() has no parameter of that name; add a"
              + " parameter '" + EndpointReader.suggestedType(variable.converter()) + " "
              + variable.name() + "' (or consume it in a @UrlValuePreprocessor)");
          ok = false;
        }
      }
    }
    return ok;
  }

  /** A method the generated code calls, on an instance of its class unless it is static. */
  private record Member(TypeElement owner, ExecutableElement method, AnnotationMirror annotation,
      boolean isStatic) {}

  /** Each blueprint's prefix by name; two classes may share a blueprint only with one prefix. */
  private Map<String, String> blueprints(List<EndpointModel> endpoints, List<HookModel> hooks) {
    Map<String, String> prefixes = new java.util.TreeMap<>();
    Map<String, TypeElement> declaredBy = new HashMap<>();
    List<TypeElement> owners = new ArrayList<>();
    endpoints.forEach(e -> owners.add(e.controller()));
    hooks.forEach(h -> owners.add(h.owner()));
    boolean ok = true;
    for (TypeElement owner : owners) {
      BlueprintModel blueprint = BlueprintModel.of(owner);
      if (blueprint == null) {
        continue;
      }
      if (!blueprint.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        diagnostics.error(owner, "Blueprint name '" + blueprint.name() + "' of "
            + owner.getSimpleName() + " must be a Java identifier: it starts its endpoint names,"
            + " as in 'admin.index'");
        return null;
      }
      String earlier = prefixes.putIfAbsent(blueprint.name(), blueprint.urlPrefix());
      TypeElement first = declaredBy.putIfAbsent(blueprint.name(), owner);
      if (earlier != null && !earlier.equals(blueprint.urlPrefix())) {
        diagnostics.error(owner, "Blueprint '" + blueprint.name() + "' has the URL prefix '"
            + earlier + "' in " + first.getSimpleName() + " but '" + blueprint.urlPrefix() + "' in "
            + owner.getSimpleName() + "; give one blueprint one prefix");
        ok = false;
      }
    }
    return ok ? prefixes : null;
  }

  private boolean checkNames(List<EndpointModel> endpoints) {
    boolean ok = true;
    Map<String, EndpointModel> byName = new HashMap<>();
    for (EndpointModel endpoint : endpoints) {
      EndpointModel earlier = byName.putIfAbsent(endpoint.name(), endpoint);
      if (earlier != null && !earlier.method().equals(endpoint.method())) {
        diagnostics.error(endpoint.method(), endpoint.annotation(), "Endpoint '" + endpoint.name()
            + "' is defined twice: by " + earlier.where() + " and by " + endpoint.where()
            + "; give one of them another name with endpoint = \"...\"");
        ok = false;
      }
    }
    return ok;
  }

  /** Two rules of one shape whose methods overlap would make one of them unreachable. */
  private boolean checkShapes(List<EndpointModel> endpoints) {
    boolean ok = true;
    Map<String, List<EndpointModel>> byShape = new LinkedHashMap<>();
    for (EndpointModel endpoint : endpoints) {
      List<EndpointModel> same = byShape.computeIfAbsent(shape(endpoint.rule()), s -> new ArrayList<>());
      for (EndpointModel earlier : same) {
        List<String> shared = new ArrayList<>(earlier.methods());
        shared.retainAll(endpoint.methods());
        if (!shared.isEmpty()) {
          diagnostics.error(endpoint.method(), endpoint.annotation(), "Rule '"
              + endpoint.rule().text() + "' " + shared + " of " + endpoint.where()
              + " matches the same requests as rule '" + earlier.rule().text() + "' of "
              + earlier.where() + ", so one of them could never be reached; change one rule, or"
              + " give them different methods");
          ok = false;
        }
      }
      same.add(endpoint);
    }
    return ok;
  }

  private static int defaults(EndpointModel endpoint) {
    return (int) endpoint.bindings().stream().filter(b -> b instanceof EndpointModel.DefaultValue).count();
  }

  /** The rule's parts with names erased: rules of one shape match the same paths. */
  static String shape(Rule rule) {
    StringBuilder shape = new StringBuilder();
    for (Part part : Part.of(rule)) {
      shape.append('/').append(part.key());
    }
    return shape.toString();
  }

  private List<ApplicationModel.ControllerModel> controllers(
      TypeElement application, List<Member> members) {
    Map<TypeElement, Member> firstOf = new LinkedHashMap<>();
    boolean ok = true;
    for (Member member : members) {
      TypeElement owner = member.owner();
      if (!isAccessible(owner, application)) {
        diagnostics.error(member.method(), member.annotation(), "Controller "
            + owner.getQualifiedName() + " is not public, so the generated application in"
            + " package " + packageOf(application) + " cannot use it; make the class public");
        ok = false;
      } else if (!member.isStatic()) {
        firstOf.putIfAbsent(owner, member);
      }
    }
    List<ApplicationModel.ControllerModel> controllers = new ArrayList<>();
    boolean needsApplication = false;
    for (Map.Entry<TypeElement, Member> entry : firstOf.entrySet()) {
      TypeElement controller = entry.getKey();
      Member member = entry.getValue();
      String field = decapitalize(controller.getSimpleName().toString());
      if (controller.equals(application)) {
        controllers.add(new ApplicationModel.ControllerModel(controller, "application", null, true));
        needsApplication = true;
        continue;
      }
      ExecutableElement provider = provider(application, controller);
      needsApplication |= provider != null;
      if (provider == null && !hasUsableConstructor(controller, application)) {
        diagnostics.error(member.method(), member.annotation(), "Controller "
            + controller.getSimpleName() + " cannot be made by the generated application: it "
            + (controller.getModifiers().contains(Modifier.ABSTRACT) ? "is abstract"
                : "has no accessible constructor without parameters")
            + ". Add one, or add a method '" + controller.getSimpleName() + " " + field
            + "()' to " + application.getSimpleName() + " that makes it");
        ok = false;
      }
      controllers.add(new ApplicationModel.ControllerModel(controller, uniqueField(field, controllers), provider, false));
    }
    if (ok && needsApplication && !hasUsableConstructor(application, application)) {
      diagnostics.error(application, "Application class " + application.getSimpleName()
          + " makes controllers or declares hooks, so the generated application creates it; give"
          + " it a constructor without parameters");
      ok = false;
    }
    return ok ? List.copyOf(controllers) : null;
  }

  /** Controllers of one simple name in different packages get numbered fields. */
  private static String uniqueField(String field, List<ApplicationModel.ControllerModel> taken) {
    String candidate = field;
    for (int n = 2; isTaken(candidate, taken); n++) {
      candidate = field + n;
    }
    return candidate;
  }

  private static boolean isTaken(String field, List<ApplicationModel.ControllerModel> taken) {
    return taken.stream().anyMatch(c -> c.field().equals(field));
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** A non-private, parameterless instance method of the application returning the controller. */
  private ExecutableElement provider(TypeElement application, TypeElement controller) {
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(application))) {
      if (method.getParameters().isEmpty()
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && !method.getModifiers().contains(Modifier.STATIC)
          && method.getEnclosingElement().getKind() == ElementKind.CLASS
          && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")
          && types.isSameType(method.getReturnType(), controller.asType())) {
        return method;
      }
    }
    return null;
  }

  private boolean hasUsableConstructor(TypeElement type, TypeElement application) {
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && (constructor.getModifiers().contains(Modifier.PUBLIC)
              || !constructor.getModifiers().contains(Modifier.PRIVATE)
                  && packageOf(type).equals(packageOf(application)))) {
        return true;
      }
    }
    return false;
  }

  private boolean isAccessible(TypeElement type, TypeElement application) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC)
          && !packageOf((TypeElement) e).equals(packageOf(application))) {
        return false;
      }
    }
    return true;
  }

  private String packageOf(TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }
}
