package dev.carafe.flaskr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A post with its author's name, as Flaskr's blog queries join them.
 *
 * @param id its key
 * @param title its title
 * @param body its text, as written
 * @param created when it was written
 * @param authorId the key of its author
 * @param username its author's name
 */
public record Post(long id, String title, String body, LocalDateTime created, long authorId,
    String username) {

  /** The post of the current row of {@code rows}. */
  static Post of(ResultSet rows) throws SQLException {
    // Read as text: SQLite keeps CURRENT_TIMESTAMP as text, which both databases write alike.
    String created = rows.getString("created");
    return new Post(rows.getLong("id"), rows.getString("title"), rows.getString("body"),
        LocalDateTime.parse(created.replace(' ', 'T')), rows.getLong("author_id"),
        rows.getString("username"));
  }

  /** The day it was written, as the byline shows it: {@code created.strftime('%Y-%m-%d')}. */
  public String day() {
    return created.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }
}
