package dev.carafe.gateway;

import java.util.List;

/**
 * Read access to HTTP headers. Names are matched without regard to case; a header sent several
 * times keeps every value in the order received.
 */
public interface Headers {
  /** The first value of the header, or {@code null} when it is absent. */
  String first(String name);

  /** Every value of the header in order; empty when it is absent. */
  List<String> all(String name);

  /** The distinct header names, each once, in the case first seen. */
  List<String> names();

  /** Whether the header is present. */
  default boolean contains(String name) {
    return first(name) != null;
  }
}
