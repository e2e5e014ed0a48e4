package dev.carafe.it.templates;

import dev.carafe.Application;

/** A teahouse whose pages are templates: {@code src/main/resources/templates}. */
@Application
public class Teahouse {}
