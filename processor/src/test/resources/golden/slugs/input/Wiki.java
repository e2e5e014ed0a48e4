package slugs;

import dev.carafe.Application;

/** An application whose rules use its own converter, {@code slug}. */
@Application
public class Wiki {}
