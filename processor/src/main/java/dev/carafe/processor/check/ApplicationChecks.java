package dev.carafe.processor.check;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The checks that need the whole application: endpoint names and rules must not clash, every
 * rule must be reachable, every controller must be something the generated code can make,
 * blueprints must agree, and so must commands. They only report; nothing is generated after a
 * reported error.
 */
public final class ApplicationChecks {
  private final Diagnostics diagnostics;
  private final Elements elements;

  public ApplicationChecks(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /** Reports every problem of {@code app} at the annotation concerned. */
  public void check(ApplicationModel app) {
    List<EndpointModel> endpoints = app.endpoints();
    if (checkNames(endpoints) & checkShapes(endpoints)) {
      new Reachability(diagnostics).check(endpoints);
    }
    checkUnbound(endpoints, app.hooks());
    checkControllers(app);
    checkBlueprints(app);
    new CommandChecks(diagnostics).check(app);
    new ThreadingChecks(diagnostics).check(app);
    TypeElement application = app.type();
    if (app.middleware() != null && !hasUsableConstructor(application, application)) {
      diagnostics.error(app.middleware(), "Application class " + application.getSimpleName()
          + " declares its middleware, so the generated main creates it; give it a constructor"
          + " without parameters");
    }
  }

  /**
   * A rule variable no parameter takes is allowed only where a URL value preprocessor can take it
   * out of the values first, as Flask's language-prefix pattern does.
   */
  private void checkUnbound(List<EndpointModel> endpoints, List<HookModel> hooks) {
    for (EndpointModel endpoint : endpoints) {
      boolean preprocessed = hooks.stream().anyMatch(h -> h.kind() == HookModel.Kind.URL_VALUE_PREPROCESSOR
          && (h.blueprint() == null || h.blueprint().equals(endpoint.blueprint())));
      for (Rule.Variable variable : endpoint.unbound()) {
        if (!preprocessed) {
          diagnostics.error(endpoint.method(), endpoint.annotation(), "Rule '"
              + endpoint.rule().text() + "' has the variable '" + variable.name() + "' but "
              + endpoint.method().getSimpleName() + "() has no parameter of that name; add a"
              + " parameter '" + variable.converter().suggestedType() + " "
              + variable.name() + "' (or consume it in a @UrlValuePreprocessor)");
        }
      }
    }
  }

  /** A blueprint's name starts endpoint names; two classes may share a blueprint only with one prefix. */
  private void checkBlueprints(ApplicationModel app) {
    Map<String, String> prefixes = new HashMap<>();
    Map<String, TypeElement> declaredBy = new HashMap<>();
    for (ApplicationModel.Member member : app.members()) {
      TypeElement owner = member.owner();
      BlueprintModel blueprint = app.blueprints().get(owner);
      if (blueprint == null) {
        continue;
      }
      if (!blueprint.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        diagnostics.error(owner, "Blueprint name '" + blueprint.name() + "' of "
            + owner.getSimpleName() + " must be a Java identifier: it starts its endpoint names,"
            + " as in 'admin.index'");
        return;
      }
      String earlier = prefixes.putIfAbsent(blueprint.name(), blueprint.urlPrefix());
      TypeElement first = declaredBy.putIfAbsent(blueprint.name(), owner);
      if (earlier != null && !earlier.equals(blueprint.urlPrefix())) {
        diagnostics.error(owner, "Blueprint '" + blueprint.name() + "' has the URL prefix '"
            + earlier + "' in " + first.getSimpleName() + " but '" + blueprint.urlPrefix() + "' in "
            + owner.getSimpleName() + "; give one blueprint one prefix");
      }
    }
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
      if (endpoint.buildOnly()) {
        // Never matched, so it takes no request from another rule.
        continue;
      }
      List<EndpointModel> same = byShape.computeIfAbsent(Part.shape(endpoint.rule()), s -> new ArrayList<>());
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

  /**
   * Every class whose methods generated code calls must be visible from the application's
   * package, and every controller must be made: by the application class, or by a constructor
   * without parameters.
   */
  private void checkControllers(ApplicationModel app) {
    TypeElement application = app.type();
    Map<TypeElement, ApplicationModel.Member> firstOf = new LinkedHashMap<>();
    boolean ok = true;
    for (ApplicationModel.Member member : app.members()) {
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
    boolean needsApplication = false;
    for (Map.Entry<TypeElement, ApplicationModel.Member> entry : firstOf.entrySet()) {
      TypeElement controller = entry.getKey();
      ApplicationModel.Member member = entry.getValue();
      if (controller.equals(application)) {
        needsApplication = true;
        continue;
      }
      ExecutableElement provider = app.providers().get(controller);
      needsApplication |= provider != null;
      if (provider == null && !hasUsableConstructor(controller, application)) {
        diagnostics.error(member.method(), member.annotation(), "Controller "
            + controller.getSimpleName() + " cannot be made by the generated application: it "
            + (controller.getModifiers().contains(Modifier.ABSTRACT) ? "is abstract"
                : "has no accessible constructor without parameters")
            + ". Add one, or add a method '" + controller.getSimpleName() + " "
            + ApplicationModel.instanceName(controller)
            + "()' to " + application.getSimpleName() + " that makes it");
        ok = false;
      }
    }
    if (ok && needsApplication && !hasUsableConstructor(application, application)) {
      diagnostics.error(application, "Application class " + application.getSimpleName()
          + " makes controllers or declares hooks, so the generated application creates it; give"
          + " it a constructor without parameters");
    }
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
