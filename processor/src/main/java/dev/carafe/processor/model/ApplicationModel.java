package dev.carafe.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An application as read from its sources: the application class and its settings, its
 * endpoints in a stable order, its hooks, and what the application class offers to make the
 * controllers.
 *
 * @param type the class annotated {@code @Application}
 * @param endpoints every endpoint, ordered by controller name and then by declaration, with the
 *     application's slash setting where the rule gives none
 * @param hooks the lifecycle hooks and error handlers, in source order
 * @param mergeSlashes whether a path with repeated slashes is redirected to the merged one
 * @param threading what the sources declare of where requests may run
 * @param middleware the application class's method that gives the middleware it is served
 *     through, or {@code null}
 * @param configuration the application class's method that gives its configuration's defaults
 *     (Flask's {@code app.config.from_mapping} in {@code create_app}), or {@code null}
 * @param providers for each class that declares routes or hooks, the application class's
 *     method that makes it, where there is one
 * @param blueprints the blueprint of each class that declares routes or hooks, where it has one
 * @param jsonRecords the records sent or received as JSON, each of which gets an adapter
 * @param staticFolder the static folder, whose endpoint is the first of {@code endpoints}, or
 *     {@code null} when the application serves no static files
 * @param commands the application class's {@code @Command} methods, which its main runs by name
 */
public record ApplicationModel(TypeElement type, List<EndpointModel> endpoints, List<HookModel> hooks,
    boolean mergeSlashes, ThreadingModel threading, ExecutableElement middleware,
    Map<TypeElement, ExecutableElement> providers, Map<TypeElement, BlueprintModel> blueprints,
    List<TypeElement> jsonRecords, StaticFolderModel staticFolder, List<CommandModel> commands,
    ExecutableElement configuration) {

  public String packageName() {
    String qualified = type.getQualifiedName().toString();
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? "" : qualified.substring(0, dot);
  }

  public String simpleName() {
    return type.getSimpleName().toString();
  }

  /**
   * The name of the field and builder method that hold an instance of {@code controller}, and of
   * the application class's method that would make it: {@code Pages} is {@code pages}.
   */
  public static String instanceName(TypeElement controller) {
    String name = controller.getSimpleName().toString();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Every method the generated code calls: the routes in order, then the hooks. */
  public List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (EndpointModel endpoint : endpoints) {
      members.add(new Member(endpoint.controller(), endpoint.method(), endpoint.annotation(), endpoint.isStatic()));
    }
    for (HookModel hook : hooks) {
      members.add(new Member(hook.owner(), hook.method(), hook.annotation(), hook.isStatic()));
    }
    return members;
  }

  /** The classes whose instance methods the generated code calls, in the order first called. */
  public Set<TypeElement> controllers() {
    Set<TypeElement> controllers = new LinkedHashSet<>();
    for (Member member : members()) {
      if (!member.isStatic()) {
        controllers.add(member.owner());
      }
    }
    return controllers;
  }

  /**
   * A method the generated code calls, on an instance of its class unless it is static.
   *
   * @param annotation the annotation that made it a route or a hook, where errors about it go
   */
  public record Member(TypeElement owner, ExecutableElement method, AnnotationMirror annotation,
      boolean isStatic) {}
}
