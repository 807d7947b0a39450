package org.dyadlab.coder.eval;

/** An element of the suite's {@code <Sentences>}, in file order: a test record or an option change. */
public sealed interface SuiteItem permits SuiteRecord, SuiteConfig {
}
