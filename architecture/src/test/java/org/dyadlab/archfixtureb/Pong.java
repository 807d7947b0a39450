package org.dyadlab.archfixtureb;

import org.dyadlab.archfixturea.Ping;

/** The other half of a package cycle made on purpose; only the rule self-tests import it. */
public final class Pong {
    Ping ping;
}
