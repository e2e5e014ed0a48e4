package dev.carafe.it.templates;

/** A tea on the menu. */
public record Tea(int id, String name) {}
