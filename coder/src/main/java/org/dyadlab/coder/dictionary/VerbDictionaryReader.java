package org.dyadlab.coder.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH verb dictionary: the validation dictionary's PETRARCH-1 format and the PETRARCH2
 * {@code CAMEO.2.0.txt} format, which adds {@code (prepositional phrase)} and {@code {noun phrase}} groups to
 * patterns (read here as plain word sequences).
 *
 * <pre>
 * &amp;CURRENCY                      a synset; its members follow on '+' lines (plurals generated unless the
 * +DOLLARS                         name or the member ends with '_'); a member may be another synset
 * --- GRANT [070] ---              a block and its default code
 * GIVE {GAVE GIVEN GIVING}         a verb with its irregular forms (otherwise -S, -ED, -ING are generated)
 * CONTRIBUTE [071]                 a verb with its own code
 * +CORDON_OFF {+CORDONED_OFF}      a multi-word verb; '+' marks the word the parser tags as the verb
 * - * &amp;CURRENCY [903]              a pattern: words before '*' precede the verb, words after follow it;
 * - + WAS * DEAD IN $ [224]        '$' source, '+' target, '^' skip an actor, '%' compound actor;
 *                                  '_' between elements means "directly", a blank "somewhere after"
 * </pre>
 *
 * Lines of the PETRARCH2 {@code TRANSFORMATIONS} section ({@code ~ ...}) are counted and not applied.
 */
public final class VerbDictionaryReader {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    public VerbDictionary read(Path file) {
        List<RawBlock> rawBlocks = new ArrayList<>();
        Map<String, RawSynset> rawSynsets = new LinkedHashMap<>();
        RawBlock block = null;
        RawSynset synset = null;
        int transformations = 0;
        for (DictionaryLine line : DictionaryLines.read(file, true)) {
            String t = line.trimmed();
            if (t.startsWith("~")) {
                transformations++;
                continue;
            }
            if (t.startsWith("&")) {
                synset = newSynset(line, t);
                if (synset != null) {
                    rawSynsets.put(synset.name, synset);
                }
                continue;
            }
            if (t.startsWith("+") && synset != null) {
                synset.members.add(t.substring(1).strip());
                continue;
            }
            synset = null;
            if (t.startsWith("---")) {
                block = newBlock(line, t);
                rawBlocks.add(block);
            } else if (t.startsWith("-")) {
                if (block == null) {
                    problems.add(line.problem("pattern before any verb block"));
                } else {
                    block.patterns.add(line);
                }
            } else if (block == null) {
                problems.add(line.problem("verb before any '--- NAME [CODE] ---' block header"));
            } else {
                block.verbs.add(line);
            }
        }
        Map<String, Synset> synsets = resolveSynsets(rawSynsets);
        VerbPatternParser patternParser = new VerbPatternParser(synsets, problems);
        List<VerbBlock> blocks = new ArrayList<>();
        Map<String, List<VerbEntry>> byWord = new HashMap<>();
        for (RawBlock raw : rawBlocks) {
            List<VerbPattern> patterns = new ArrayList<>();
            for (DictionaryLine p : raw.patterns) {
                VerbPattern vp = patternParser.parse(p);
                if (vp != null) {
                    patterns.add(vp);
                }
            }
            VerbBlock vb = new VerbBlock(raw.name, raw.code, patterns, raw.line);
            blocks.add(vb);
            for (DictionaryLine v : raw.verbs) {
                for (VerbEntry e : parseVerb(v, vb)) {
                    List<VerbEntry> list = byWord.computeIfAbsent(e.word(), k -> new ArrayList<>());
                    list.removeIf(old -> old.preceding().equals(e.preceding()) && old.following().equals(e.following()));
                    list.add(e);
                }
            }
        }
        return new VerbDictionary(byWord, blocks, synsets, transformations);
    }

    /** Entries skipped so far, with file and line. */
    public List<DictionaryProblem> problems() {
        return List.copyOf(problems);
    }

    // ---------------------------------------------------------------- blocks and verbs

    private RawBlock newBlock(DictionaryLine line, String t) {
        String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        int open = inner.indexOf('[');
        VerbCode code = VerbCode.NONE;
        String name = inner;
        if (open >= 0) {
            int close = inner.indexOf(']', open);
            if (close < 0) {
                problems.add(line.problem("block code is not closed with ']'"));
            } else {
                code = VerbCode.parse(inner.substring(open + 1, close));
            }
            name = inner.substring(0, open).strip();
        }
        return new RawBlock(name, code, line.number());
    }

    private List<VerbEntry> parseVerb(DictionaryLine line, VerbBlock block) {
        String t = line.trimmed();
        int brace = t.indexOf('{');
        int bracket = t.indexOf('[');
        int baseEnd = t.length();
        if (brace >= 0) {
            baseEnd = brace;
        }
        if (bracket >= 0 && bracket < baseEnd) {
            baseEnd = bracket;
        }
        String base = t.substring(0, baseEnd).strip();
        List<String> listed = null;
        if (brace >= 0) {
            int end = t.indexOf('}', brace);
            if (end < 0) {
                problems.add(line.problem("irregular forms are not closed with '}'"));
                return List.of();
            }
            listed = List.of(t.substring(brace + 1, end).strip().split("\\s+"));
            bracket = t.indexOf('[', end);
        }
        VerbCode code = block.code();
        if (bracket >= 0) {
            int close = t.indexOf(']', bracket);
            if (close < 0) {
                problems.add(line.problem("verb code is not closed with ']'"));
                return List.of();
            }
            code = VerbCode.parse(t.substring(bracket + 1, close));
        }
        if (base.isEmpty()) {
            problems.add(line.problem("verb line without a verb"));
            return List.of();
        }
        Form root = Form.parse(base);
        Set<Form> forms = new LinkedHashSet<>();
        forms.add(root);
        if (listed != null) {
            for (String f : listed) {
                if (!f.isBlank()) {
                    forms.add(Form.parse(f));
                }
            }
        } else {
            for (String w : WordForms.verbForms(root.verb)) {
                forms.add(new Form(w, root.preceding, root.following));
            }
        }
        List<VerbEntry> out = new ArrayList<>(forms.size());
        for (Form f : forms) {
            out.add(new VerbEntry(f.verb, f.preceding, f.following, code, block, line.number()));
        }
        return out;
    }

    /** A verb form: the word tagged as a verb and any words that go with it. */
    private record Form(String verb, List<String> preceding, List<String> following) {
        /** "ATTACK", "+CORDON_OFF", "WIRE_+TAP", "LASH OUT" (first word is the verb when none has '+'). */
        static Form parse(String text) {
            String[] words = text.toUpperCase(Locale.ROOT).split("[\\s_]+");
            List<String> clean = new ArrayList<>();
            int verbAt = -1;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.startsWith("+")) {
                    verbAt = clean.size();
                    w = w.substring(1);
                }
                if (!w.isEmpty()) {
                    clean.add(w);
                }
            }
            if (verbAt < 0 || verbAt >= clean.size()) {
                verbAt = 0;
            }
            return new Form(clean.get(verbAt), clean.subList(0, verbAt), clean.subList(verbAt + 1, clean.size()));
        }
    }

    // ---------------------------------------------------------------- synsets

    private RawSynset newSynset(DictionaryLine line, String t) {
        String name = t.split("\\s+")[0].toUpperCase(Locale.ROOT);
        boolean noPlural = name.endsWith("_");
        if (noPlural) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.length() < 2) {
            problems.add(line.problem("synset without a name"));
            return null;
        }
        return new RawSynset(name, noPlural, line);
    }

    private Map<String, Synset> resolveSynsets(Map<String, RawSynset> raw) {
        Map<String, Synset> out = new HashMap<>();
        for (RawSynset s : raw.values()) {
            List<List<String>> phrases = new ArrayList<>();
            collect(s, raw, phrases, new LinkedHashSet<>());
            out.put(s.name, new Synset(s.name, phrases));
        }
        return out;
    }

    private void collect(RawSynset s, Map<String, RawSynset> raw, List<List<String>> into, Set<String> visiting) {
        if (!visiting.add(s.name)) {
            problems.add(s.line.problem("synset " + s.name + " contains itself"));
            return;
        }
        for (String member : s.members) {
            String m = member.toUpperCase(Locale.ROOT);
            if (m.startsWith("&")) {
                RawSynset inner = raw.get(m.replaceAll("_+$", ""));
                if (inner == null) {
                    problems.add(s.line.problem("synset " + s.name + " uses undefined synset " + m));
                } else {
                    collect(inner, raw, into, visiting);
                }
                continue;
            }
            boolean noPlural = s.noPlural || m.endsWith("_");
            List<String> words = List.of(m.replaceAll("_+$", "").split("[\\s_]+"));
            if (words.isEmpty() || words.get(0).isEmpty()) {
                continue;
            }
            into.add(words);
            if (!noPlural) {
                List<String> plural = new ArrayList<>(words);
                plural.set(plural.size() - 1, WordForms.plural(plural.get(plural.size() - 1)));
                into.add(plural);
            }
        }
        visiting.remove(s.name);
    }

    // ---------------------------------------------------------------- raw holders

    private static final class RawBlock {
        final String name;
        final VerbCode code;
        final int line;
        final List<DictionaryLine> verbs = new ArrayList<>();
        final List<DictionaryLine> patterns = new ArrayList<>();

        RawBlock(String name, VerbCode code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    private static final class RawSynset {
        final String name;
        final boolean noPlural;
        final DictionaryLine line;
        final List<String> members = new ArrayList<>();

        RawSynset(String name, boolean noPlural, DictionaryLine line) {
            this.name = name;
            this.noPlural = noPlural;
            this.line = line;
        }
    }
}
