package dev.carafe.sample;

/**
 * The JSON body of {@code POST /api/teas}: {@code {"name": "...", "description": "..."}}.
 *
 * @param name the tea's name, required
 * @param description a line about it, optional
 */
public record NewTea(String name, String description) {}
