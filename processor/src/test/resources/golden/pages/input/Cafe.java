package pages;

import dev.carafe.Application;

@Application(staticFolder = "")
public class Cafe {}
