package dev.carafe.processor.read;

/** A rule that cannot be parsed; the message says where and what to write instead. */
final class RuleSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  RuleSyntaxException(String message) {
    super(message);
  }
}
