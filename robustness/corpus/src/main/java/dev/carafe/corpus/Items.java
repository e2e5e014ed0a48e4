package dev.carafe.corpus;

import dev.carafe.Get;
import dev.carafe.Query;

/** Path converters and query binding with whole numbers. */
public class Items {
  /** An item by number: {@code <int:id>}, the converter hostile numbers aim at. */
  @Get("/items/<int:id>")
  public String item(int id) {
    return "item " + id;
  }

  /** A long in the path. */
  @Get("/orders/<int:number>")
  public String order(long number) {
    return "order " + number;
  }

  /** A word from the path, as the handler got it once decoded. */
  @Get("/echo/<word>")
  public String echo(String word) {
    return "word " + word.length();
  }

  /** The rest of the path. */
  @Get("/tree/<path:p>")
  public String tree(String p) {
    return "path " + p.length();
  }

  /** Query arguments bound to an int and a long, echoed as JSON. */
  @Get("/search")
  public Search search(@Query(defaultValue = "") String q, @Query(defaultValue = "1") int page,
      @Query(defaultValue = "10") long limit) {
    return new Search(q.length(), page, limit);
  }

  /** What {@link #search} read. */
  public record Search(int queryLength, int page, long limit) {}
}
