package org.dyadlab.corpus.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as sources write them: {@code 2018-09-29}, ISO date-times ({@code 2018-09-29T14:05:00Z}), Twitter's
 * {@code Mon Jan 01 13:37:52 +0000 2018}, a bare year ({@code 2018} → 1 January). Date-times become their UTC day.
 */
public final class DateText {
    private static final DateTimeFormatter TWITTER = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(t), 1, 1));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t + "-01"));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
                try {
                    return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate());
                } catch (DateTimeParseException e) {
                    return Optional.of(LocalDate.parse(t.substring(0, 10)));
                }
            }
            return Optional.of(OffsetDateTime.parse(t, TWITTER).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
