package org.dyadlab.model.archfixture;

import org.dyadlab.store.Workspace;

/** Breaks the layering on purpose (model reaching into store); only the rule self-tests import it. */
public final class CodebookWithStore {
    Workspace workspace;
}
