package dev.carafe.processor.read;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.CommandModel;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.StaticFolderModel;
import dev.carafe.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the class annotated {@code @Application} together with the endpoints and hooks read from
 * the other classes, into one {@link ApplicationModel}.
 */
final class ApplicationReader {
  private final Elements elements;
  private final Types types;

  ApplicationReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The application of {@code application}.
   *
   * @param staticFolder the static folder, or {@code null} when the application serves none
   * @param jsonRecords the records that go to and from JSON, in the order met
   * @param commands the application's commands, in the order met
   * @param threadingMarks the elements annotated {@code @NonBlocking} or {@code @Blocking}
   */
  ApplicationModel read(TypeElement application, StaticFolderModel staticFolder,
      List<EndpointModel> endpoints, List<HookModel> hooks, List<TypeElement> jsonRecords,
      List<CommandModel> commands, List<Element> threadingMarks) {
    boolean strictSlashes = flag(application, "strictSlashes", true);
    boolean mergeSlashes = flag(application, "mergeSlashes", true);
    List<EndpointModel> ordered = new ArrayList<>();
    for (EndpointModel endpoint : endpoints) {
      EndpointModel slashed = endpoint.withDefaultSlashes(strictSlashes);
      ordered.add(mergeSlashes ? slashed.withMergedSlashes() : slashed);
    }
    // Rules of one method go in Werkzeug's build order: more values first, then more defaults.
    Map<Element, Integer> positions = new HashMap<>();
    for (EndpointModel endpoint : ordered) {
      positions.computeIfAbsent(endpoint.method(), m -> endpoint.controller().getEnclosedElements().indexOf(m));
    }
    ordered.sort(Comparator.comparing((EndpointModel e) -> e.controller().getQualifiedName().toString())
        .thenComparingInt(e -> positions.get(e.method()))
        .thenComparingInt(e -> -(e.rule().variables().size() + e.defaults()))
        .thenComparingInt(e -> -e.defaults()));
    if (staticFolder != null) {
      // First, as Flask adds its rule when the application is made.
      EndpointModel slashed = staticFolder.endpoint().withDefaultSlashes(strictSlashes);
      ordered.add(0, mergeSlashes ? slashed.withMergedSlashes() : slashed);
    }
    Map<TypeElement, ExecutableElement> providers = new LinkedHashMap<>();
    Map<TypeElement, BlueprintModel> blueprints = new LinkedHashMap<>();
    Set<TypeElement> owners = new LinkedHashSet<>();
    ordered.forEach(e -> owners.add(e.controller()));
    hooks.forEach(h -> owners.add(h.owner()));
    for (TypeElement owner : owners) {
      ExecutableElement provider = provider(application, owner);
      if (provider != null) {
        providers.put(owner, provider);
      }
      BlueprintModel blueprint = Blueprints.of(owner);
      if (blueprint != null) {
        blueprints.put(owner, blueprint);
      }
    }
    return new ApplicationModel(application, List.copyOf(ordered), List.copyOf(hooks),
        flag(application, "mergeSlashes", true),
        ThreadingReader.read(application, threadingMarks, ordered, hooks),
        middleware(application), Collections.unmodifiableMap(providers),
        Collections.unmodifiableMap(blueprints), List.copyOf(jsonRecords), staticFolder,
        List.copyOf(commands), returning(application, Names.CONFIG));
  }

  /** A boolean of {@code @Application}, or its default when the source does not give it. */
  private static boolean flag(TypeElement application, String name, boolean otherwise) {
    return (Boolean) Annotations.value(Annotations.find(application, Names.APPLICATION), name, otherwise);
  }

  /** A public, parameterless instance method of the application class returning a Middleware. */
  private static ExecutableElement middleware(TypeElement application) {
    return returning(application, Names.MIDDLEWARE);
  }

  /** A public, parameterless instance method of the application class returning {@code type}. */
  private static ExecutableElement returning(TypeElement application, String type) {
    for (ExecutableElement method : ElementFilter.methodsIn(application.getEnclosedElements())) {
      if (method.getParameters().isEmpty() && method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && TypeNames.of(method.getReturnType()).equals(type)) {
        return method;
      }
    }
    return null;
  }

  /** A non-private, parameterless instance method of the application returning the controller. */
  private ExecutableElement provider(TypeElement application, TypeElement controller) {
    if (controller.equals(application)) {
      return null;
    }
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
}
