package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a session notices, as Flask's does: reads, changes, and not a change made inside a value. */
class SessionTest {
  @Test
  void readingIsAnAccessAndChangingIsAModification() {
    Session session = Session.of(Map.of("user_id", 7L), false);
    assertFalse(session.isAccessed());
    assertTrue(session.containsKey("user_id"));
    assertFalse(session.isAccessed(), "'in' is not an access in Flask either");
    assertEquals(7L, session.get("user_id"));
    assertTrue(session.isAccessed());
    assertFalse(session.isModified());
    session.remove("user_id");
    assertTrue(session.isModified());
  }

  @Test
  void aChangeInsideAValueNeedsMarking() {
    List<String> cart = new ArrayList<>(List.of("tea"));
    Session session = Session.of(Map.of("cart", cart), false);
    @SuppressWarnings("unchecked")
    List<String> held = (List<String>) session.get("cart");
    held.add("cups");
    assertFalse(session.isModified(), "as in Flask, a list changed in place is not seen");
    session.markModified();
    assertTrue(session.isModified());
  }

  @Test
  void permanentIsKeptWhereFlaskKeepsIt() {
    Session session = Session.of(Map.of(), true);
    assertFalse(session.isPermanent());
    session.setPermanent(true);
    assertEquals(true, session.snapshot().get("_permanent"));
    assertTrue(session.isPermanent());
    assertTrue(session.isNew());
  }

  @Test
  void anUnavailableSessionReadsAsEmptyAndRefusesChanges() {
    Session session = Session.unavailable("Set SECRET_KEY");
    assertTrue(session.isEmpty());
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> session.put("a", 1));
    assertEquals("Set SECRET_KEY", error.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> session.entrySet().clear());
  }
}
