package dev.carafe.corpus;

import dev.carafe.Get;

/** A handler that fails: its 500 must carry no trace, and the server must go on serving. */
public class Failures {
  /** Always throws. */
  @Get("/boom")
  public String boom() {
    throw new IllegalStateException("CORPUS-TRACE-MARKER: a handler failed");
  }
}
