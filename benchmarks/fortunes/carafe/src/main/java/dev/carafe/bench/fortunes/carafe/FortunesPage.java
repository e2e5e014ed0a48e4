package dev.carafe.bench.fortunes.carafe;

import dev.carafe.Get;
import dev.carafe.Page;
import dev.carafe.RequestContext;
import dev.carafe.bench.fortunes.FortuneDatabase;
import java.sql.SQLException;

/** The page: the table's rows and the one added at request time, sorted, in the template. */
public class FortunesPage {
  /** {@code GET /fortunes}: the HTML table, every message escaped by the template. */
  @Get("/fortunes")
  public Page fortunes() throws SQLException {
    String database = RequestContext.current().app().config().string(Fortunes.DATABASE);
    return FortunesTemplates.fortunes(FortuneDatabase.of(database).fortunes());
  }
}
