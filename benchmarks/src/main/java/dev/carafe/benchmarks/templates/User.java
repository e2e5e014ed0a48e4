package dev.carafe.benchmarks.templates;

/** The logged-in user, Flaskr's {@code g.user}. */
public record User(int id, String username) {}
