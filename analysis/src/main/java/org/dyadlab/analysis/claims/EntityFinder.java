package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.gazetteer.Gazetteer;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/**
 * Finds the gazetteer's names in a sentence: acronyms as written (case-sensitive, whole words), other names and
 * aliases whatever their case, dashes and curly quotes. The longest name wins where names overlap
 * ("Coalition Support Fund" over "CSF" inside it).
 */
final class EntityFinder {
    /** A gazetteer name as a pattern. */
    private record Name(GazetteerEntry entry, String name, Pattern pattern, boolean acronym) {
    }

    private final List<Name> names = new ArrayList<>();

    EntityFinder(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String n : e.names()) {
                boolean acronym = GazetteerEntry.isAcronym(n);
                String folded = acronym ? Fold.foldKeepCase(n) : Fold.fold(n);
                String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(folded).replace(" ", "\\E\\s+\\Q")
                        + "(?:s|es)?(?![\\p{L}\\p{N}])";
                names.add(new Name(e, n, Pattern.compile(regex), acronym));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.name().length()));
    }

    /** The entries named in a sentence, each mention once, in order. */
    List<Mention<GazetteerEntry>> find(String sentence) {
        String folded = Fold.fold(sentence);
        String keepCase = Fold.foldKeepCase(sentence);
        List<Mention<GazetteerEntry>> out = new ArrayList<>();
        for (Name n : names) {
            Matcher m = n.pattern().matcher(n.acronym() ? keepCase : folded);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (out.stream().noneMatch(x -> x.overlaps(s, e))) {
                    out.add(new Mention<>(s, e, sentence.substring(s, e), n.entry()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Whether a text is, as a whole, the name of an agreement, programme or event of the gazetteer (things that do
     * not write: "(LEMOA, 2016)" is not a citation, "(FATF 2021)" is).
     */
    boolean isThingName(String text) {
        String f = Fold.fold(text.strip());
        return names.stream().filter(n -> n.entry().kind() == org.dyadlab.model.gazetteer.EntityKind.AGREEMENT
                        || n.entry().kind() == org.dyadlab.model.gazetteer.EntityKind.PROGRAMME
                        || n.entry().kind() == org.dyadlab.model.gazetteer.EntityKind.EVENT)
                .anyMatch(n -> Fold.fold(n.name()).equals(f));
    }

    /** The entries whose acronym is the given text. */
    List<GazetteerEntry> byAcronym(String acronym) {
        return names.stream().filter(n -> n.acronym() && n.name().equals(acronym)).map(Name::entry).distinct()
                .toList();
    }

    /** Every name of the entries of the given kinds, with its entry. */
    List<java.util.Map.Entry<String, GazetteerEntry>> names(java.util.Set<org.dyadlab.model.gazetteer.EntityKind> kinds) {
        return names.stream().filter(n -> kinds.contains(n.entry().kind()) && !n.acronym())
                .map(n -> java.util.Map.entry(n.name(), n.entry())).toList();
    }
}
