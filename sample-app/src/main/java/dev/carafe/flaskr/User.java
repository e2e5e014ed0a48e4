package dev.carafe.flaskr;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of Flaskr's {@code user} table.
 *
 * @param id its key
 * @param username the name the user logs in with
 * @param password the password's hash, in Werkzeug's format
 */
public record User(long id, String username, String password) {
  /** The user of the current row of {@code rows}. */
  static User of(ResultSet rows) throws SQLException {
    return new User(rows.getLong("id"), rows.getString("username"), rows.getString("password"));
  }
}
