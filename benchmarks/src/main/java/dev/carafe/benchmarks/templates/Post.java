package dev.carafe.benchmarks.templates;

import java.time.LocalDate;

/** A row of Flaskr's {@code post} table joined with its author, as the blog index reads it. */
public record Post(int id, String title, String body, LocalDate created, int authorId, String username) {}
