package org.dyadlab.model.gazetteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyadlab.model.event.DatePrecision;

/**
 * A named agreement, organisation, office, programme or event of a case, with the facts a manuscript's claims
 * about it are checked against.
 *
 * @param id         stable slug ("lemoa")
 * @param kind       what it names
 * @param name       the canonical name ("Logistics Exchange Memorandum of Agreement")
 * @param aliases    other names and acronyms it goes by ("LEMOA"); an all-capitals alias is its acronym
 * @param date       the date it is known by (signed, enacted, launched, took place), or null
 * @param precision  the precision of that date (null when there is no date)
 * @param dateRole   what the date is ("signed", "enacted", "launched", "occurred"), or empty
 * @param fromYear   for offices and programmes: the first year it existed, or 0 when not known
 * @param toYear     the last year it existed, or 0 when it still exists or is not known
 * @param parties    the parties (CAMEO country or actor codes: "USA", "IND", "AFGINS")
 * @param amounts    sums of money it is known by
 * @param sources    bibliography keys attesting it
 * @param chronology chronology event ids about it
 * @param note       a comment (what an alias covers, where sources disagree), or empty
 */
public record GazetteerEntry(String id, EntityKind kind, String name, List<String> aliases, LocalDate date,
                             DatePrecision precision, String dateRole, int fromYear, int toYear, List<String> parties,
                             List<Sum> amounts, List<String> sources, List<String> chronology, String note) {
    /**
     * A sum of money the entry is known by.
     *
     * @param value    the amount in the currency's unit
     * @param currency ISO code ("USD")
     * @param what     what the sum is ("authorised over FY2010–2014")
     */
    public record Sum(double value, String currency, String what) {
        public Sum {
            Objects.requireNonNull(currency, "currency");
            what = what == null ? "" : what;
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("an amount is positive and finite, was " + value);
            }
        }
    }

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if ((date == null) != (precision == null)) {
            throw new IllegalArgumentException(id + ": a date needs its precision and a precision its date");
        }
        dateRole = dateRole == null ? "" : dateRole;
        parties = List.copyOf(parties);
        amounts = List.copyOf(amounts);
        sources = List.copyOf(sources);
        chronology = List.copyOf(chronology);
        note = note == null ? "" : note;
        if (fromYear < 0 || toYear < 0 || (fromYear > 0 && toYear > 0 && toYear < fromYear)) {
            throw new IllegalArgumentException(id + ": years " + fromYear + "–" + toYear + " are not a span");
        }
    }

    /** The canonical name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }

    /** The acronyms among the aliases (all capitals, letters and digits, at least two characters). */
    public List<String> acronyms() {
        return aliases.stream().filter(GazetteerEntry::isAcronym).toList();
    }

    /** Whether a name is written as an acronym: two or more capitals, digits, '&' or '-', no lower case. */
    public static boolean isAcronym(String s) {
        return s.length() >= 2 && s.matches("[A-Z0-9&-]+") && s.chars().anyMatch(Character::isLetter);
    }

    /** Whether the entry existed in a year, as far as its years say (true when they say nothing). */
    public boolean existedIn(int year) {
        return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
    }
}
