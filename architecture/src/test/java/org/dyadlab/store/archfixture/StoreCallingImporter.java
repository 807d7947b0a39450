package org.dyadlab.store.archfixture;

import org.dyadlab.events.EventFormat;

/** Breaks the layering on purpose (store reaching up into events); only the rule self-tests import it. */
public final class StoreCallingImporter {
    EventFormat format;
}
