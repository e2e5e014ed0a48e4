package dev.carafe.flaskr;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** What Python's DB-API says with its exception classes, read from JDBC's SQL states. */
final class Sql {
  /** SQLite's result code for a broken constraint ({@code SQLITE_CONSTRAINT}). */
  private static final int SQLITE_CONSTRAINT = 19;

  private Sql() {}

  /**
   * Python's {@code IntegrityError}: a unique or foreign key constraint refused the change.
   * PostgreSQL says so with SQL state class {@code 23}; the SQLite driver with its result code.
   */
  static boolean isIntegrityError(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLIntegrityConstraintViolationException
        || state != null && state.startsWith("23")
        || (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT;
  }
}
