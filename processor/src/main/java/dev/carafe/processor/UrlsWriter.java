package dev.carafe.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed URL builders: one static method per endpoint whose parameters are the rule's
 * variables with their Java types, so that a wrong endpoint or a missing or mistyped value is a
 * compile error rather than a {@code BuildError} at run time.
 */
final class UrlsWriter {
  private final ApplicationModel app;

  UrlsWriter(ApplicationModel app) {
    this.app = app;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(ClassName.get(app.packageName(), app.simpleName() + "Urls"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Typed URL builders for the endpoints of {@link $T}, one method per endpoint.\n",
            ClassName.get(app.type()))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (EndpointModel endpoint : app.endpoints()) {
      type.addMethod(builder(endpoint));
    }
    return type.build();
  }

  private MethodSpec builder(EndpointModel endpoint) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(endpoint.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("The path of endpoint {@code $L}: {@code $L}.\n", endpoint.name(),
            endpoint.rule().text().replace("@", "{@literal @}"));
    List<Rule.Variable> variables = endpoint.rule().variables();
    for (Rule.Variable variable : variables) {
      method.addParameter(parameterType(endpoint, variable), variable.name());
    }
    List<CodeBlock> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (Rule.Segment segment : endpoint.rule().segments()) {
      literal.append('/');
      for (Rule.Chunk chunk : segment.chunks()) {
        if (chunk instanceof Rule.Literal text) {
          literal.append(text.text());
        } else {
          Rule.Variable variable = (Rule.Variable) chunk;
          if (literal.length() > 0) {
            parts.add(CodeBlock.of("$S", literal));
            literal.setLength(0);
          }
          parts.add(variable.converter().kind() == Converter.Kind.STRING
              ? CodeBlock.of("$T.encodeSegment($L)", RuntimeTypes.PERCENT, variable.name())
              : CodeBlock.of("$L", variable.name()));
        }
      }
    }
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(CodeBlock.of("$S", literal));
    }
    if (parts.size() == 1 && !parts.get(0).toString().startsWith("\"")) {
      parts.add(0, CodeBlock.of("$S", ""));
    }
    return method.addStatement("return $L", CodeBlock.join(parts, " + ")).build();
  }

  private static TypeName parameterType(EndpointModel endpoint, Rule.Variable variable) {
    for (EndpointModel.Binding binding : endpoint.bindings()) {
      if (binding instanceof EndpointModel.PathVariable bound && bound.variable().equals(variable)) {
        return bound.type().isLong() ? TypeName.LONG
            : bound.type() == EndpointModel.ValueType.STRING ? ClassName.get(String.class) : TypeName.INT;
      }
    }
    throw new IllegalStateException("Unbound variable " + variable.name());
  }

  /** {@code admin.show_user} becomes {@code adminShow_user}; a Java keyword gets a trailing {@code _}. */
  static String methodName(String endpoint) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : endpoint.toCharArray()) {
      if (!Character.isJavaIdentifierPart(c)) {
        upper = name.length() > 0;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name.toString();
  }
}
