package dev.carafe.processor.check;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.CommandModel;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The checks of an application's commands taken together: one name, one command; and an instance
 * command needs an application class the generated main can make.
 */
final class CommandChecks {
  private final Diagnostics diagnostics;

  CommandChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(ApplicationModel app) {
    Map<String, CommandModel> byName = new HashMap<>();
    for (CommandModel command : app.commands()) {
      CommandModel earlier = byName.putIfAbsent(command.name(), command);
      if (earlier != null) {
        diagnostics.error(command.method(), command.annotation(), "Command '" + command.name()
            + "' is declared twice: by " + earlier.method().getSimpleName() + "() and by "
            + command.method().getSimpleName() + "(); give one of them another name with"
            + " @Command(\"...\")");
      }
    }
    TypeElement application = app.type();
    for (CommandModel command : app.commands()) {
      if (!command.isStatic() && !canMake(application)) {
        diagnostics.error(command.method(), command.annotation(), "@Command method "
            + command.method().getSimpleName() + "() is an instance method, so the generated "
            + app.simpleName() + "Main makes " + app.simpleName() + " to call it, but "
            + app.simpleName() + (application.getModifiers().contains(Modifier.ABSTRACT)
                ? " is abstract" : " has no constructor without parameters")
            + "; make the method static, or give " + app.simpleName() + " such a constructor");
        return;
      }
    }
  }

  /** Whether the main class, in the application's package, can make the application class. */
  private static boolean canMake(TypeElement application) {
    if (application.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(application.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
