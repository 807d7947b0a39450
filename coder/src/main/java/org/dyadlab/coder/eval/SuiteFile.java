package org.dyadlab.coder.eval;

import java.util.List;

/**
 * A PETRARCH validation file: the dictionaries and categories its {@code <Environment>} names, and its records
 * and option changes in order.
 *
 * @param verbFile     the verb dictionary's file name
 * @param actorFile    the actor dictionary's file name
 * @param agentFile    the agent dictionary's file name, or null
 * @param discardFile  the discard list's file name, or null
 * @param include      the categories of {@code <Include>} ("valid" removed), empty for all
 * @param validOnly    true when {@code <Include>} holds "valid": records marked invalid are left out
 * @param exclude      the categories of {@code <Exclude>}
 * @param environment  the {@code <Config>} elements inside {@code <Environment>}
 * @param items        records and option changes, in file order
 */
public record SuiteFile(String verbFile, String actorFile, String agentFile, String discardFile, List<String> include,
                        boolean validOnly, List<String> exclude, List<SuiteConfig> environment,
                        List<SuiteItem> items) {
    public SuiteFile {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        environment = List.copyOf(environment);
        items = List.copyOf(items);
    }

    public List<SuiteRecord> records() {
        return items.stream().filter(SuiteRecord.class::isInstance).map(SuiteRecord.class::cast).toList();
    }

    /** True when the suite's own Include/Exclude/valid settings select the record. */
    public boolean selects(SuiteRecord r) {
        if (validOnly && !r.valid()) {
            return false;
        }
        if (!include.isEmpty() && !include.contains(r.category())) {
            return false;
        }
        return !exclude.contains(r.category());
    }
}
