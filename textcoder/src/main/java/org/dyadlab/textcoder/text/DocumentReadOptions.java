package org.dyadlab.textcoder.text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How {@link DocumentReaders#read} reads an input: its kind, and what the kind needs — the date and speaker of
 * plain-text documents, the countries and years of the UN General Debate corpus. Serializable, so that a job can
 * read its inputs where they are (a Spark executor).
 *
 * @param kind      the input kind ({@link DocumentKind#AUTO}: by the file's name)
 * @param date      the date of plain-text documents, or null (plain text then cannot be read)
 * @param speaker   for plain text: who speaks in the first person, or null
 * @param countries un_debates: the countries' ISO3 codes
 * @param fromYear  un_debates: the first year
 * @param toYear    un_debates: the last year
 */
public record DocumentReadOptions(DocumentKind kind, LocalDate date, String speaker, List<String> countries,
                                  int fromYear, int toYear) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DocumentReadOptions {
        Objects.requireNonNull(kind, "kind");
        countries = List.copyOf(countries);
        if (fromYear > toYear) {
            throw new IllegalArgumentException("the years run from " + fromYear + " to " + toYear);
        }
    }

    /** These options for inputs of {@code k}. */
    public DocumentReadOptions withKind(DocumentKind k) {
        return new DocumentReadOptions(k, date, speaker, countries, fromYear, toYear);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The years {@code FROM-TO} ({@code 2013-2024}; one year alone stands for itself).
     *
     * @throws IllegalArgumentException when {@code range} is not of that form
     */
    public static int[] years(String range) {
        String[] y = range.strip().split("-");
        try {
            int from = Integer.parseInt(y[0].strip());
            int to = Integer.parseInt(y[y.length - 1].strip());
            if (y.length > 2 || from > to) {
                throw new NumberFormatException(range);
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("years must be FROM-TO, e.g. 2013-2024, was '" + range + "'", e);
        }
    }

    /** Builds options; the defaults are those of {@code dyadlab code text}. */
    public static final class Builder {
        private DocumentKind kind = DocumentKind.AUTO;
        private LocalDate date;
        private String speaker;
        private List<String> countries = List.of("PAK", "USA", "IND", "CHN", "AFG");
        private int fromYear = 2013;
        private int toYear = 2024;

        private Builder() {
        }

        public Builder kind(DocumentKind k) {
            this.kind = k;
            return this;
        }

        public Builder date(LocalDate d) {
            this.date = d;
            return this;
        }

        public Builder speaker(String s) {
            this.speaker = s;
            return this;
        }

        public Builder countries(List<String> c) {
            this.countries = c;
            return this;
        }

        public Builder years(int from, int to) {
            this.fromYear = from;
            this.toYear = to;
            return this;
        }

        public DocumentReadOptions build() {
            return new DocumentReadOptions(kind, date, speaker, countries, fromYear, toYear);
        }
    }
}
