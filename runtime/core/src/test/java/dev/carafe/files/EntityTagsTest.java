package dev.carafe.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Werkzeug's {@code test_etags} and {@code test_etags_nonzero}, and its quirks kept. */
class EntityTagsTest {
  @Test
  void quotesAndUnquotes() {
    assertEquals("\"foo\"", EntityTags.quote("foo", false));
    assertEquals("W/\"foo\"", EntityTags.quote("foo", true));
    assertEquals("foo", EntityTags.unquote("\"foo\""));
    assertEquals("foo", EntityTags.unquote("W/\"foo\""));
    assertEquals("foo", EntityTags.unquote(" w/\"foo\" "));
    assertEquals("bullshit", EntityTags.unquote("bullshit"));
    assertEquals("", EntityTags.unquote("\""));
    assertNull(EntityTags.unquote(""));
    assertNull(EntityTags.unquote(null));
    assertThrows(IllegalArgumentException.class, () -> EntityTags.quote("a\"b", false));
  }

  @Test
  void readsAListOfStrongWeakAndBareTags() {
    EntityTags tags = EntityTags.parse("\"foo\", \"bar\", W/\"baz\", blar");
    assertTrue(tags.contains("foo"));
    assertTrue(tags.contains("bar"));
    assertTrue(tags.contains("blar"));
    assertFalse(tags.contains("baz"));
    assertTrue(tags.containsWeak("baz"));
    assertTrue(tags.isStrong("foo"));
    assertFalse(tags.isStrong("baz"));
    assertTrue(tags.isPresent());
  }

  @Test
  void aWeakTagAloneIsPresent() {
    EntityTags tags = EntityTags.parse("W/\"foo\"");
    assertTrue(tags.isPresent());
    assertTrue(tags.containsWeak("foo"));
    assertFalse(tags.contains("foo"));
  }

  @Test
  void theStarMatchesEveryTagButIsNoStrongTag() {
    EntityTags star = EntityTags.parse("*");
    assertTrue(star.isPresent());
    assertTrue(star.contains("anything"));
    assertTrue(star.containsWeak("anything"));
    assertFalse(star.isStrong("anything"), "Werkzeug's If-Match: * fails (412)");
    assertTrue(EntityTags.parse("\"a\", *").contains("z"));
  }

  @Test
  void anEmptyQuotedTagIsPresentAndMatchesNothing() {
    EntityTags empty = EntityTags.parse("\"\"");
    assertTrue(empty.isPresent());
    assertFalse(empty.contains(""));
    assertFalse(empty.containsWeak(""));
  }

  @Test
  void nothingAndGarbageAreHandledWithoutFailing() {
    assertFalse(EntityTags.parse(null).isPresent());
    assertFalse(EntityTags.parse("").isPresent());
    for (String garbage : new String[] {",", ",,,", "\"", "\"a", "W/", "W/W/\"a\"", " , \"x\" ,",
        "\u0085\u00a0", "a\n", "\"a\"\n", "\n"}) {
      EntityTags.parse(garbage).contains("a");
    }
    assertTrue(EntityTags.parse("\"a").contains("\"a"), "an unclosed quote is a bare tag");
  }
}
