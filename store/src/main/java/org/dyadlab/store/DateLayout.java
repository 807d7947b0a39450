package org.dyadlab.store;

/**
 * How the events lie on disk with respect to their dates: DuckDB keeps each column's minimum and maximum per row
 * group (about 122,880 rows) and skips the groups a date filter excludes, so a month's drill-down reads a few groups
 * when the events lie in date order and all of them when they do not (decision 0012, addendum).
 *
 * @param rows          the events in the store
 * @param groups        the row groups they fill
 * @param meanSpanDays  the mean number of days between the earliest and latest event of a group
 * @param totalSpanDays days between the store's earliest and latest event
 */
public record DateLayout(long rows, long groups, double meanSpanDays, long totalSpanDays) {
    /** Rows per DuckDB row group (its default {@code row_group_size}). */
    public static final long ROW_GROUP_ROWS = 122_880;

    /** The mean span of a group if the events lay in date order, evenly spread. */
    public double orderedSpanDays() {
        return groups == 0 ? 0 : (double) totalSpanDays / groups;
    }

    /**
     * Whether a date filter can skip too little: more than one group, and groups that span on average over twice
     * what date order gives them plus a month (a few old-dated events in each daily file, as GDELT has, are
     * enough to widen every group to years).
     */
    public boolean scattered() {
        return groups > 1 && meanSpanDays > 2 * orderedSpanDays() + 31;
    }
}
