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
import dev.carafe.processor.model.StaticFolderModel;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes the URL templates of every rule, as data, and the typed URL builders: one static method
 * per endpoint whose parameters are the values its rules take, with their Java types, so that a
 * wrong endpoint or a missing or mistyped value is a compile error rather than a
 * {@code BuildError}.
 * The builders and {@code App.urlFor} share the templates, so both build the same URLs.
 */
final class UrlsWriter {
  private final DispatchPlan plan;
  private final ApplicationModel app;
  private final GeneratedTypes names;
  private final UrlTemplates templates;

  UrlsWriter(DispatchPlan plan, GeneratedTypes names) {
    this.plan = plan;
    this.app = plan.app();
    this.names = names;
    this.templates = UrlTemplates.of(plan);
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
    List<CodeBlock> converters = new ArrayList<>();
    plan.converterFields().values().forEach(field -> converters.add(CodeBlock.of("$T.$L", names.dispatch(), field)));
    MethodSpec.Builder rules = MethodSpec.methodBuilder("rules")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(RuntimeTypes.URL_TEMPLATE))
        .addStatement("$T[] rules = $T.read(\n$>$L,\n$L,\nnew $T<?>[] {$L}$<)", RuntimeTypes.URL_TEMPLATE,
            RuntimeTypes.URL_TEMPLATE, DataText.texts(templates.texts()), DataText.ints(templates.program()),
            RuntimeTypes.CONVERTER_MATCHER, CodeBlock.join(converters, ", "));
    Map<String, List<Integer>> rulesByName = new LinkedHashMap<>();
    for (int i = 0; i < app.endpoints().size(); i++) {
      EndpointModel endpoint = app.endpoints().get(i);
      List<CodeBlock> defaults = new ArrayList<>();
      for (EndpointModel.Binding binding : endpoint.bindings()) {
        if (binding instanceof EndpointModel.DefaultValue value) {
          defaults.add(CodeBlock.of("$S, $L", value.name(), Literals.of(value.value())));
        }
      }
      if (!defaults.isEmpty()) {
        rules.addStatement("rules[$L] = rules[$L].withDefaults($T.of($L))", i, i, Map.class,
            CodeBlock.join(defaults, ", "));
      }
      if (endpoint.redirectTo() == null) {
        rulesByName.computeIfAbsent(endpoint.name(), n -> new ArrayList<>()).add(i);
      }
    }
    type.addMethod(rules.addStatement("return rules").build());
    if (app.staticFolder() != null) {
      rulesByName.remove("static");
      addStaticFiles(type);
    }
    for (Map.Entry<String, List<Integer>> endpoint : rulesByName.entrySet()) {
      type.addMethod(builder(endpoint.getKey(), endpoint.getValue()));
    }
    return type.build();
  }

  /**
   * The static folder's files as the build saw them, and the builder of their URLs, which gives
   * a file's fingerprinted name where the build saw the file.
   */
  private void addStaticFiles(TypeSpec.Builder type) {
    List<String> table = new ArrayList<>();
    for (StaticFolderModel.Asset asset : app.staticFolder().assets()) {
      table.add(asset.name());
      table.add(asset.fingerprinted());
      table.add(asset.encodings());
    }
    type.addField(FieldSpec.builder(RuntimeTypes.STATIC_ASSETS, "ASSETS", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The files of the static folder {@code $L}: name, fingerprinted name and"
            + " precompressed siblings.\n", app.staticFolder().folder())
        .initializer(table.isEmpty() ? CodeBlock.of("$T.NONE", RuntimeTypes.STATIC_ASSETS)
            : CodeBlock.of("$T.read($L)", RuntimeTypes.STATIC_ASSETS, DataText.texts(table)))
        .build());
    type.addMethod(MethodSpec.methodBuilder("static_")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "filename")
        .addJavadoc("The URL of static file {@code filename}: {@code $L}, fingerprinted where the build"
            + " saw the file.\n", app.endpoints().get(0).rule().text())
        .addStatement("return $T.build($S, new String[] {$S}, new Object[] {$T.urlName(ASSETS, filename)},"
            + " $L)", RuntimeTypes.URL_TEMPLATE, "static", "filename", RuntimeTypes.STATIC_FILES,
            UrlTemplates.reference(0))
        .build());
  }

  private MethodSpec builder(String endpoint, List<Integer> rules) {
    EndpointModel first = app.endpoints().get(rules.get(0));
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(endpoint))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("The URL of endpoint {@code $L}: ", endpoint);
    List<String> ruleTexts = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (int index : rules) {
      ruleTexts.add("{@code " + app.endpoints().get(index).rule().text().replace("@", "{@literal @}") + "}");
      fields.add(UrlTemplates.reference(index));
    }
    method.addJavadoc("$L.\n", String.join(" or ", ruleTexts));
    List<CodeBlock> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Rule.Variable variable : first.unbound()) {
      // Taken out by a URL value preprocessor, it is still part of the URL.
      method.addParameter(unboundType(variable.converter()), variable.name());
      keys.add(CodeBlock.of("$S", variable.name()));
      values.add(variable.name());
    }
    for (VariableElement parameter : first.method().getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      if (takesPart(rules, parameterName)) {
        method.addParameter(TypeName.get(parameter.asType()), parameterName);
        keys.add(CodeBlock.of("$S", parameterName));
        values.add(parameterName);
      }
    }
    // Arrays rather than a map or List.of: javac attributes this call without inference, which
    // matters when there are thousands of builders.
    return method.addStatement("return $T.build($S, new String[] {$L}, new Object[] {$L}, $L)",
            RuntimeTypes.URL_TEMPLATE, endpoint, CodeBlock.join(keys, ", "), String.join(", ", values),
            String.join(", ", fields))
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
