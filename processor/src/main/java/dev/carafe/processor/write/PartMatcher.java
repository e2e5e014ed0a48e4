package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the code that matches one part of a rule against {@code path[from, stop)} and finds where
 * each of its variables starts and ends, taking the first assignment a regular expression would
 * (greedy variables try their longest value first; {@code path} its shortest), as Werkzeug's
 * matcher does. The common shapes, a variable alone or followed by text to the end of the part,
 * need no loop.
 */
final class PartMatcher {
  private final Part part;
  private final String prefix;
  private final List<Boolean> intSized;
  private final Function<Converter, String> converterFields;

  /**
   * A writer for {@code part}.
   *
   * @param prefix names this part's local variables, unique in the generated method
   * @param intSized whether each of the part's variables must fit an {@code int}
   * @param converterFields the field that holds a converter of the application's own
   */
  PartMatcher(Part part, String prefix, List<Boolean> intSized,
      Function<Converter, String> converterFields) {
    this.part = part;
    this.prefix = prefix;
    this.intSized = intSized;
    this.converterFields = converterFields;
  }

  /** The names of the start and end of variable {@code index}, set when the part matched. */
  String start(int index) {
    return prefix + "s" + index;
  }

  String end(int index) {
    return prefix + "e" + index;
  }

  /** The flag set when the part matched. */
  String matched() {
    return prefix + "ok";
  }

  /**
   * Declares the bounds and the flag, then matches; afterwards {@link #matched()} tells whether
   * the part matched and the bounds where its variables are.
   */
  CodeBlock write(String from, String stop) {
    CodeBlock.Builder code = CodeBlock.builder();
    int variables = part.variables().size();
    for (int v = 0; v < variables; v++) {
      code.addStatement("int $L = 0, $L = 0", start(v), end(v));
    }
    code.addStatement("boolean $L = false", matched());
    code.add("$Lmatch: {\n$>", prefix);
    code.add(chunks(0, 0, from, stop));
    code.add("$<}\n");
    return code.build();
  }

  private CodeBlock chunks(int index, int variable, String at, String stop) {
    List<Rule.Chunk> chunks = part.chunks();
    CodeBlock.Builder code = CodeBlock.builder();
    if (index == chunks.size()) {
      return code.beginControlFlow("if ($L == $L)", at, stop)
          .addStatement("$L = true", matched())
          .addStatement("break $Lmatch", prefix)
          .endControlFlow()
          .build();
    }
    Rule.Chunk chunk = chunks.get(index);
    if (chunk instanceof Rule.Literal literal) {
      String next = prefix + "p" + index;
      return code.beginControlFlow("if ($L + $L <= $L && path.startsWith($S, $L))",
              at, literal.text().length(), stop, literal.text(), at)
          .addStatement("int $L = $L + $L", next, at, literal.text().length())
          .add(chunks(index + 1, variable, next, stop))
          .endControlFlow()
          .build();
    }
    Rule.Variable var = (Rule.Variable) chunk;
    Converter converter = var.converter();
    String end = prefix + "c" + index;
    CodeBlock valid = ConverterConditions.condition(converter, at, end, intSized.get(variable),
        part.isFinal(), converterFields.apply(converter));
    CodeBlock body = CodeBlock.builder()
        .beginControlFlow("if ($L)", valid)
        .addStatement("$L = $L", start(variable), at)
        .addStatement("$L = $L", end(variable), end)
        .add(chunks(index + 1, variable + 1, end, stop))
        .endControlFlow()
        .build();
    boolean last = index == chunks.size() - 1;
    boolean lastBeforeText = index == chunks.size() - 2;
    int fixed = ConverterConditions.fixedLength(converter);
    if (last) {
      // Only one value is possible: the rest of the part.
      return code.addStatement("int $L = $L", end, stop).add(body).build();
    }
    if (lastBeforeText) {
      // Followed by text that ends the part: the value is what comes before that text.
      int length = ((Rule.Literal) chunks.get(index + 1)).text().length();
      return code.addStatement("int $L = $L - $L", end, stop, length).add(body).build();
    }
    if (fixed >= 0) {
      return code.addStatement("int $L = $L + $L", end, at, fixed).add(body).build();
    }
    if (converter.kind() == Converter.Kind.ANY) {
      for (String item : converter.items()) {
        code.add("{\n$>")
            .addStatement("int $L = $L + $L", end, at, item.length())
            .add(body)
            .add("$<}\n");
      }
      return code.build();
    }
    if (converter.kind() == Converter.Kind.PATH) {
      // path is lazy ([^/].*?): its shortest value first.
      return code.beginControlFlow("for (int $L = $L + 1; $L <= $L; $L++)", end, at, end, stop, end)
          .add(body).endControlFlow().build();
    }
    return code.beginControlFlow("for (int $L = $L; $L > $L; $L--)", end, stop, end, at, end)
        .add(body).endControlFlow().build();
  }
}
