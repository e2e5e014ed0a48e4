package dev.carafe.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes the URL templates of every rule and the typed URL builders: one static method per
 * endpoint whose parameters are the values its rules take, with their Java types, so that a wrong
 * endpoint or a missing or mistyped value is a compile error rather than a {@code BuildError}.
 * The builders and {@code App.urlFor} share the templates, so both build the same URLs.
 */
final class UrlsWriter {
  /** Templates made per method, to keep each method well under HotSpot's size limit. */
  private static final int TEMPLATES_PER_METHOD = 24;
  /** Template methods per class past the first ({@code Rules1}, ...): constant pools stay small. */
  private static final int CHUNKS_PER_CLASS = 32;

  private final ApplicationModel app;
  private final GeneratedTypes names;
  private final UrlTemplates templates;

  UrlsWriter(DispatchPlan plan, GeneratedTypes names, UrlTemplates templates) {
    this.app = plan.app();
    this.names = names;
    this.templates = templates;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.urls())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Typed URL builders for the endpoints of {@link $T}, one method per endpoint.\n",
            names.application())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(ArrayTypeName.of(RuntimeTypes.URL_TEMPLATE), "RULES", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The template of each rule, in the order of the application's endpoints.\n")
        .initializer("rules()")
        .build());
    MethodSpec.Builder rules = MethodSpec.methodBuilder("rules")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(RuntimeTypes.URL_TEMPLATE))
        .addStatement("$T[] rules = new $T[$L]", RuntimeTypes.URL_TEMPLATE, RuntimeTypes.URL_TEMPLATE, app.endpoints().size());
    Map<String, List<Integer>> rulesByName = new LinkedHashMap<>();
    List<MethodSpec> chunks = new ArrayList<>();
    MethodSpec.Builder chunk = null;
    for (int i = 0; i < app.endpoints().size(); i++) {
      if (i % TEMPLATES_PER_METHOD == 0) {
        if (chunk != null) {
          chunks.add(chunk.build());
        }
        chunk = MethodSpec.methodBuilder("rules" + i / TEMPLATES_PER_METHOD)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(RuntimeTypes.URL_TEMPLATE), "rules");
      }
      EndpointModel endpoint = app.endpoints().get(i);
      chunk.addStatement("rules[$L] = $L", i, templates.of(endpoint));
      if (endpoint.redirectTo() == null) {
        rulesByName.computeIfAbsent(endpoint.name(), n -> new ArrayList<>()).add(i);
      }
    }
    if (chunk != null) {
      chunks.add(chunk.build());
    }
    // The first chunks here, the others in nested classes, so that no class's constant pool (nor
    // rules()) grows with the number of routes.
    for (int c = 0; c < Math.min(chunks.size(), CHUNKS_PER_CLASS); c++) {
      rules.addStatement("rules$L(rules)", c);
      type.addMethod(chunks.get(c));
    }
    for (int part = 1; part * CHUNKS_PER_CLASS < chunks.size(); part++) {
      int first = part * CHUNKS_PER_CLASS;
      int last = Math.min(chunks.size(), first + CHUNKS_PER_CLASS) - 1;
      ClassName nested = names.urls().nestedClass("Rules" + part);
      MethodSpec.Builder all = MethodSpec.methodBuilder("rules")
          .addModifiers(Modifier.STATIC)
          .addParameter(ArrayTypeName.of(RuntimeTypes.URL_TEMPLATE), "rules");
      TypeSpec.Builder holder = TypeSpec.classBuilder(nested)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The templates of rules $L to $L: a class of their own keeps each class's constant pool\n"
              + "well within the class file's 65,535 entries.\n", first * TEMPLATES_PER_METHOD,
              Math.min(app.endpoints().size(), (last + 1) * TEMPLATES_PER_METHOD) - 1);
      for (int c = first; c <= last; c++) {
        all.addStatement("rules$L(rules)", c);
        holder.addMethod(chunks.get(c));
      }
      type.addType(holder.addMethod(all.build()).build());
      rules.addStatement("$T.rules(rules)", nested);
    }
    type.addMethod(rules.addStatement("return rules").build());
    for (Map.Entry<String, List<Integer>> endpoint : rulesByName.entrySet()) {
      type.addMethod(builder(endpoint.getKey(), endpoint.getValue()));
    }
    return type.build();
  }

  private MethodSpec builder(String endpoint, List<Integer> rules) {
    EndpointModel first = app.endpoints().get(rules.get(0));
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(endpoint))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("The URL of endpoint {@code $L}: ", endpoint);
    List<String> ruleTexts = new ArrayList<>();
    List<CodeBlock> fields = new ArrayList<>();
    for (int index : rules) {
      ruleTexts.add("{@code " + app.endpoints().get(index).rule().text().replace("@", "{@literal @}") + "}");
      fields.add(UrlTemplates.reference(index));
    }
    method.addJavadoc("$L.\n", String.join(" or ", ruleTexts));
    List<CodeBlock> values = new ArrayList<>();
    for (Rule.Variable variable : first.unbound()) {
      // Taken out by a URL value preprocessor, it is still part of the URL.
      method.addParameter(unboundType(variable.converter()), variable.name());
      values.add(CodeBlock.of("$S, $L", variable.name(), variable.name()));
    }
    for (VariableElement parameter : first.method().getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      if (takesPart(rules, parameterName)) {
        method.addParameter(TypeName.get(parameter.asType()), parameterName);
        values.add(CodeBlock.of("$S, $L", parameterName, parameterName));
      }
    }
    return method.addStatement("return $T.build($S, $T.values($L), $T.of($L))", RuntimeTypes.URL_TEMPLATE,
            endpoint, RuntimeTypes.URL_TEMPLATE, CodeBlock.join(values, ", "), List.class,
            CodeBlock.join(fields, ", "))
        .build();
  }

  private static TypeName unboundType(Converter converter) {
    switch (converter.kind()) {
      case INT:
        return TypeName.LONG;
      case FLOAT:
        return TypeName.DOUBLE;
      case UUID:
        return ClassName.get(java.util.UUID.class);
      case CUSTOM:
        return TypeName.get(converter.custom().valueType());
      default:
        return ClassName.get(String.class);
    }
  }

  /** Whether a parameter is a variable or a default of one of the rules. */
  private boolean takesPart(List<Integer> rules, String parameter) {
    for (int index : rules) {
      for (EndpointModel.Binding binding : app.endpoints().get(index).bindings()) {
        if (binding instanceof EndpointModel.PathVariable variable && variable.variable().name().equals(parameter)
            || binding instanceof EndpointModel.DefaultValue value && value.name().equals(parameter)) {
          return true;
        }
      }
    }
    return false;
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
