package dev.carafe.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.ApplicationModel;
import javax.lang.model.element.Modifier;

/** Writes the application's runnable main class, which hands its flags to the launcher. */
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
    if (app.nonBlocking()) {
      return CodeBlock.of("$T.main($S, args, $T::create, $L, true);\n", RuntimeTypes.LAUNCHER,
          app.simpleName(), appClass,
          app.middleware() == null ? CodeBlock.of("app -> app") : CodeBlock.of("$T::serve", appClass));
    }
    return app.middleware() == null
        ? CodeBlock.of("$T.main($S, args, $T::create);\n", RuntimeTypes.LAUNCHER, app.simpleName(), appClass)
        : CodeBlock.of("$T.main($S, args, $T::create, $T::serve);\n", RuntimeTypes.LAUNCHER,
            app.simpleName(), appClass, appClass);
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(names.main())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Runs {@link $T} on Undertow: {@code --host}, {@code --port},"
            + " {@code --config}, {@code --routes} and {@code --help}; {@code CARAFE_<KEY>}"
            + " variables configure it.\n", names.application())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addJavadoc("Starts the server, or prints the routes with {@code --routes}.\n")
            .addCode(main())
            .build())
        .build();
  }
}
