package dev.carafe.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.CommandModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the application's runnable main class, which hands its flags to the launcher, and its
 * commands: one {@code AppCommand} a {@code @Command} method, whose lambda calls the method.
 */
final class MainWriter {
  private final ApplicationModel app;
  private final GeneratedTypes names;
  private final ClassName appClass;

  MainWriter(ApplicationModel app, GeneratedTypes names) {
    this.app = app;
    this.names = names;
    this.appClass = names.app();
  }

  private CodeBlock main() {
    if (!app.commands().isEmpty()) {
      return CodeBlock.of("$T.main($S, args, $T::create, $L, commands());\n",
          RuntimeTypes.LAUNCHER, app.simpleName(), appClass,
          app.middleware() == null ? CodeBlock.of("app -> app") : CodeBlock.of("$T::serve", appClass));
    }
    return app.middleware() == null
        ? CodeBlock.of("$T.main($S, args, $T::create);\n", RuntimeTypes.LAUNCHER, app.simpleName(), appClass)
        : CodeBlock.of("$T.main($S, args, $T::create, $T::serve);\n", RuntimeTypes.LAUNCHER,
            app.simpleName(), appClass, appClass);
  }

  /** The application's commands, in the order declared. */
  private MethodSpec commands() {
    CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(\n$>$>", List.class);
    List<CommandModel> commands = app.commands();
    for (int i = 0; i < commands.size(); i++) {
      list.add(command(commands.get(i))).add(i + 1 < commands.size() ? ",\n" : ");\n");
    }
    return MethodSpec.methodBuilder("commands")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.APP_COMMAND))
        .addJavadoc("The commands of {@link $T}, as {@code --help} lists them; each calls its method"
            + " directly.\n", names.application())
        .addCode(list.add("$<$<").build())
        .build();
  }

  private CodeBlock command(CommandModel command) {
    List<String> arguments = new ArrayList<>();
    for (CommandModel.Parameter parameter : command.parameters()) {
      arguments.add(switch (parameter) {
        case APP -> "app";
        case OUT -> "out";
        case ARGS -> "args";
      });
    }
    CodeBlock call = command.isStatic()
        ? CodeBlock.of("$T.$N($L)", names.application(), command.method().getSimpleName().toString(),
            String.join(", ", arguments))
        : CodeBlock.of("new $T().$N($L)", names.application(),
            command.method().getSimpleName().toString(), String.join(", ", arguments));
    return command.returnsStatus()
        ? CodeBlock.of("new $T($S, $S, (app, out, args) -> $L)", RuntimeTypes.APP_COMMAND,
            command.name(), command.help(), call)
        : CodeBlock.of("new $T($S, $S, (app, out, args) -> {\n$>$L;\nreturn 0;\n$<})",
            RuntimeTypes.APP_COMMAND, command.name(), command.help(), call);
  }

  TypeSpec write() {
    boolean commands = !app.commands().isEmpty();
    TypeSpec.Builder main = TypeSpec.classBuilder(names.main())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Runs {@link $T} on Undertow: {@code --host}, {@code --port},"
            + " {@code --config}, {@code --routes} and {@code --help}; {@code CARAFE_<KEY>}"
            + " variables configure it.\n", names.application())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addJavadoc(commands
                ? "Starts the server, prints the routes with {@code --routes}, or runs the command"
                    + " named.\n"
                : "Starts the server, or prints the routes with {@code --routes}.\n")
            .addCode(main())
            .build());
    if (commands) {
      main.addMethod(commands());
    }
    return main.build();
  }
}
