package dev.carafe.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing rules, and the parts and order Werkzeug gives them. */
class RuleParserTest {
  private static Rule parse(String text) {
    try {
      return RuleParser.parse(text);
    } catch (RuleSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rootIsOneEmptySegment() {
    assertEquals(1, parse("/").segments().size());
    assertTrue(parse("/").isStatic());
    assertEquals("/", parse("/").staticPath());
  }

  @Test
  void converterArgumentsArePositionalOrNamed() {
    Rule.Variable code = parse("/<string(2):code>").variables().get(0);
    assertEquals(Map.of("minlength", 2L), code.converter().args());
    Rule.Variable id = parse("/<int(min=1, signed=True):id>").variables().get(0);
    assertEquals(1L, id.converter().args().get("min"));
    assertEquals(Boolean.TRUE, id.converter().args().get("signed"));
  }

  @Test
  void anyTakesQuotedOrBareWords() {
    Rule.Variable page = parse("/<any(about, 'help me', \"faq\"):page>").variables().get(0);
    assertEquals(List.of("about", "help me", "faq"), page.converter().items());
  }

  @Test
  void pathMakesTheRestOfTheRuleOnePart() {
    List<Part> parts = Part.of(parse("/wp/<path:name>/edit"));
    assertEquals(2, parts.size());
    assertTrue(parts.get(1).isFinal());
    assertEquals("final:<path>/edit", parts.get(1).key());
  }

  @Test
  void priorityFollowsWerkzeugWeights() {
    Part intPart = Part.of(parse("/<int:n>")).get(0);
    Part stringPart = Part.of(parse("/<name>")).get(0);
    Part suffixed = Part.of(parse("/<name>.json")).get(0);
    Part path = Part.of(parse("/<path:p>")).get(0);
    Part uuid = Part.of(parse("/<uuid:u>")).get(0);
    assertTrue(Part.PRIORITY.compare(intPart, stringPart) < 0, "int before string");
    assertTrue(Part.PRIORITY.compare(suffixed, stringPart) < 0, "more static text first");
    assertTrue(Part.PRIORITY.compare(stringPart, path) < 0, "string before path");
    assertTrue(Part.PRIORITY.compare(uuid, stringPart) < 0, "equal weights: narrower first");
  }

  @Test
  void malformedRulesSayWhere() {
    RuleSyntaxException error = assertThrows(RuleSyntaxException.class,
        () -> RuleParser.parse("/a/<b>>"));
    assertEquals("Malformed rule '/a/<b>>': '>' at column 7 closes no variable", error.getMessage());
    assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("/<a><b>"));
    assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("/<any():x>"));
    assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("/<int(fixed_digits=-1):x>"));
    assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("/<uuid(3):x>"));
  }
}
