package dev.carafe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.gateway.HttpStatus;
import dev.carafe.processor.model.HttpStatuses;
import dev.carafe.http.Abort;
import dev.carafe.http.HttpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor files error handlers by the runtime's status table: each status's class, as the
 * processor names it, is the class {@code abort} throws for that status.
 */
class HttpStatusesTest {
  @ParameterizedTest
  @EnumSource(HttpStatus.class)
  void eachStatusNamesTheClassAbortThrows(HttpStatus status) {
    HttpException thrown = assertThrows(HttpException.class, () -> Abort.abort(status.code()));
    assertEquals(thrown.getClass().getName(), HttpStatuses.classOf(status.code()));
    assertEquals(status.code(), HttpStatuses.statusOf(thrown.getClass().getName()));
    assertEquals(status.reason(), thrown.name());
    assertEquals(status.description(), thrown.description());
  }

  @Test
  void otherClassesAndStatusesAreNotInTheTable() {
    assertEquals(0, HttpStatuses.statusOf("dev.carafe.http.HttpException"));
    assertEquals(0, HttpStatuses.statusOf("shop.NotFound"));
    assertNull(HttpStatuses.classOf(200));
    assertNull(HttpStatuses.classOf(419));
  }
}
