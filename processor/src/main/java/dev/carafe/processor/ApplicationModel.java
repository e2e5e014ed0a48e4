package dev.carafe.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An application, checked and ready to be written: the application class, its endpoints in a
 * stable order, and the controllers the generated code makes.
 *
 * @param type the class annotated {@code @Application}
 * @param endpoints every endpoint, ordered by controller name and then by declaration
 * @param controllers the controllers that need an instance, ordered by name
 * @param mergeSlashes whether a path with repeated slashes is redirected to the merged one
 * @param hooks the lifecycle hooks and error handlers, in source order
 * @param blueprints each blueprint's URL prefix, by name
 * @param middleware the application class's method that gives the middleware it is served
 *     through, or {@code null}
 * @param nonBlocking whether the application declares that it never blocks
 */
record ApplicationModel(TypeElement type, List<EndpointModel> endpoints,
    List<ControllerModel> controllers, boolean mergeSlashes, List<HookModel> hooks,
    java.util.Map<String, String> blueprints, ExecutableElement middleware, boolean nonBlocking) {

  String packageName() {
    String qualified = type.getQualifiedName().toString();
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? "" : qualified.substring(0, dot);
  }

  String simpleName() {
    return type.getSimpleName().toString();
  }

  /** The field holding the instance of {@code owner}, which declares routes or hooks. */
  String instanceOf(TypeElement owner) {
    for (ControllerModel controller : controllers) {
      if (controller.type().equals(owner)) {
        return controller.field();
      }
    }
    throw new IllegalStateException("No instance of " + owner);
  }

  /**
   * A controller class the generated application makes one instance of.
   *
   * @param type the class
   * @param field the name of the field and builder method that hold it
   * @param provider the application class's method that makes it, or {@code null} for its
   *     constructor without parameters
   * @param isApplication whether it is the application class itself, which declares hooks
   */
  record ControllerModel(TypeElement type, String field, ExecutableElement provider,
      boolean isApplication) {}
}
