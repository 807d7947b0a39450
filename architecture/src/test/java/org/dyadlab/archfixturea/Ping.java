package org.dyadlab.archfixturea;

import org.dyadlab.archfixtureb.Pong;

/** One half of a package cycle made on purpose; only the rule self-tests import it. */
public final class Ping {
    Pong pong;
}
