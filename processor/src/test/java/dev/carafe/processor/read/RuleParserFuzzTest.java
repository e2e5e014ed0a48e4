package dev.carafe.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.nio.charset.StandardCharsets;

/**
 * The rule parser fuzzed: any text is a rule or a {@link RuleSyntaxException} whose message the
 * processor reports at the annotation, never another exception (which would reach javac as a
 * crash). A rule parsed has Werkzeug's parts, one segment per slash, and its text back. Seeds and
 * every input that ever failed are in {@code RuleParserFuzzTestInputs}.
 */
class RuleParserFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void parseAcceptsOrExplains(byte[] utf8) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    Rule rule;
    try {
      rule = RuleParser.parse(text);
    } catch (RuleSyntaxException e) {
      assertFalse(e.getMessage().isBlank(), text);
      return;
    }
    assertEquals(text, rule.text());
    assertEquals(text.chars().filter(c -> c == '/').count(), rule.segments().size(), text);
    Part.of(rule);
    Part.shape(rule);
    rule.withMergedSlashes();
    if (rule.isStatic()) {
      assertEquals(text, rule.staticPath());
    }
  }
}
