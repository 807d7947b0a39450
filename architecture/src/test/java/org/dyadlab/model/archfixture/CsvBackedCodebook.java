package org.dyadlab.model.archfixture;

import org.apache.commons.csv.CSVFormat;

/** Breaks the layering on purpose (model using a third-party library); only the rule self-tests import it. */
public final class CsvBackedCodebook {
    CSVFormat format;
}
