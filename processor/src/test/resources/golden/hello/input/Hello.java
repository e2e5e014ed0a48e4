package hello;

import dev.carafe.Application;

/** The smallest application: one controller with a static and a dynamic route. */
@Application
public class Hello {}
