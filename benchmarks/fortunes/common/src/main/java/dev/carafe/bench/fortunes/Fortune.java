package dev.carafe.bench.fortunes;

/**
 * A row of TechEmpower's {@code fortune} table: an id and a message, which the page shows in
 * message order.
 *
 * @param id the row's id; 0 for the row added at request time
 * @param message the fortune, any text (the table holds a {@code <script>} and Japanese)
 */
public record Fortune(int id, String message) {}
