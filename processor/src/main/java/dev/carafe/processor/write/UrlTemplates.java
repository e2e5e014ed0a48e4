package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Writes the {@code UrlTemplate} of a rule: its static text between variables, and for each
 * variable the {@code UrlValue} that writes a value the way the variable's converter reads it.
 */
final class UrlTemplates {
  private final ClassName dispatch;
  private final DispatchPlan plan;
  private final Types types;

  UrlTemplates(GeneratedTypes names, DispatchPlan plan, Types types) {
    this.dispatch = names.dispatch();
    this.plan = plan;
    this.types = types;
  }

  /** Where the template of endpoint rule {@code index} is kept. */
  static CodeBlock reference(int index) {
    return CodeBlock.of("RULES[$L]", index);
  }

  CodeBlock of(EndpointModel endpoint) {
    List<CodeBlock> literals = new ArrayList<>();
    List<CodeBlock> names = new ArrayList<>();
    List<CodeBlock> values = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (Rule.Segment segment : endpoint.rule().segments()) {
      literal.append('/');
      for (Rule.Chunk chunk : segment.chunks()) {
        if (chunk instanceof Rule.Literal text) {
          literal.append(text.text());
        } else {
          Rule.Variable variable = (Rule.Variable) chunk;
          literals.add(CodeBlock.of("$S", literal));
          literal.setLength(0);
          names.add(CodeBlock.of("$S", variable.name()));
          values.add(value(variable.converter()));
        }
      }
    }
    literals.add(CodeBlock.of("$S", literal));
    CodeBlock template = CodeBlock.of("new $T(new String[] {$L}, new String[] {$L}$L)",
        RuntimeTypes.URL_TEMPLATE, CodeBlock.join(literals, ", "), CodeBlock.join(names, ", "),
        values.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",\n$>$L$<", CodeBlock.join(values, ",\n")));
    List<CodeBlock> defaults = new ArrayList<>();
    for (EndpointModel.Binding binding : endpoint.bindings()) {
      if (binding instanceof EndpointModel.DefaultValue value) {
        defaults.add(CodeBlock.of("$S, $L", value.name(), Literals.of(value.value())));
      }
    }
    return defaults.isEmpty() ? template
        : CodeBlock.of("$L\n.withDefaults($T.of($L))", template, java.util.Map.class, CodeBlock.join(defaults, ", "));
  }

  private CodeBlock value(Converter converter) {
    switch (converter.kind()) {
      case INT:
        return CodeBlock.of("$T.integer($L, $L, $L, $L)", RuntimeTypes.URL_VALUE, converter.signed(),
            converter.longArg("fixed_digits", 0),
            literal(converter.longArg("min", converter.signed() ? Long.MIN_VALUE : 0)),
            literal(converter.longArg("max", Long.MAX_VALUE)));
      case FLOAT:
        return CodeBlock.of("$T.number($L, $L, $L)", RuntimeTypes.URL_VALUE, converter.signed(),
            converter.doubleArg("min") == null ? "Double.NEGATIVE_INFINITY" : converter.doubleArg("min"),
            converter.doubleArg("max") == null ? "Double.POSITIVE_INFINITY" : converter.doubleArg("max"));
      case UUID:
        return CodeBlock.of("$T.uuid()", RuntimeTypes.URL_VALUE);
      case PATH:
        return CodeBlock.of("$T.path()", RuntimeTypes.URL_VALUE);
      case ANY: {
        List<CodeBlock> words = new ArrayList<>();
        for (String item : converter.items()) {
          words.add(CodeBlock.of("$S", item));
        }
        return CodeBlock.of("$T.any($L)", RuntimeTypes.URL_VALUE, CodeBlock.join(words, ", "));
      }
      case CUSTOM: {
        TypeMirror erased = types.erasure(converter.custom().valueType());
        return CodeBlock.of("$T.custom($T.$L, $T.class)", RuntimeTypes.URL_VALUE, dispatch,
            plan.converterField(converter), TypeName.get(erased));
      }
      case STRING:
      default: {
        long[] lengths = converter.lengths();
        return CodeBlock.of("$T.string($L, $L)", RuntimeTypes.URL_VALUE, lengths[0], lengths[1]);
      }
    }
  }

  private static String literal(long value) {
    return value == Long.MIN_VALUE ? "Long.MIN_VALUE" : value == Long.MAX_VALUE ? "Long.MAX_VALUE" : value + "L";
  }
}
