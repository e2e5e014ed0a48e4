package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.carafe.processor.model.TemplateMethod;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes the application's {@code ...Templates} class: for each template a static method that
 * takes its parameters and returns it rendered, a direct call of the template's compiled class.
 *
 * <pre>{@code
 * public static Page authLogin(String error) {
 *   return Render.page(jteOutput -> JteloginGenerated.render(jteOutput, null, error));
 * }
 * }</pre>
 */
final class TemplatesWriter {
  private final GeneratedTypes names;
  private final String folder;
  private final List<TemplateMethod> methods;

  TemplatesWriter(GeneratedTypes names, String folder, List<TemplateMethod> methods) {
    this.names = names;
    this.folder = folder;
    this.methods = methods;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.templates())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The templates of {@link $T}, Flask's {@code render_template} typed: one method per"
            + " template of\n{@code $L/}, whose parameters are the template's {@code @param}s and"
            + " which returns the\nrendered page. A handler returns the {@link $T} (200 {@code"
            + " text/html}) or sends it with\n{@code Response.html(page)}.\n",
            names.application(), folder, RuntimeTypes.PAGE)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (TemplateMethod method : methods) {
      type.addMethod(method(method));
    }
    return type.build();
  }

  private MethodSpec method(TemplateMethod method) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.PAGE)
        .addJavadoc("Renders {@code $L/$L}.\n", folder, method.template())
        .varargs(method.varargs());
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (VariableElement parameter : method.parameters()) {
      String name = parameter.getSimpleName().toString();
      builder.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()), name).build());
      arguments.add(", $N", name);
    }
    return builder
        .addStatement("return $T.page(jteOutput -> $T.render(jteOutput, null$L))", RuntimeTypes.RENDER,
            ClassName.get(method.templateClass()), arguments.build())
        .build();
  }
}
