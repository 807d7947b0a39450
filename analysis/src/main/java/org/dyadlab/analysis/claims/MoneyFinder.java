package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.claim.Amount;

/**
 * Sums of money in a sentence: "$255 million", "US$1.15 billion", "USD 33bn", "Rs 10 billion", "$699m",
 * "250 million dollars", with the hedge before them ("about", "nearly", "more than", "some"). The step of an amount is
 * the unit of its last written digit ("$1.15 billion" → $10 million), the rounding a reader allows it.
 */
final class MoneyFinder {
    private static final String HEDGE = "(?<hedge>about|around|roughly|approximately|nearly|almost|some|over|more than"
            + "|less than|under|up to|close to|at least|at most|an estimated|just over|just under)?\\s*";
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?<scale>trillion|billion|million|thousand|bn|mn|m|k)?";
    private static final Pattern SYMBOL = Pattern.compile("(?i)(?<![\\p{L}\\d])" + HEDGE
            + "(?<cur>US\\$|USD|\\$|PKR|Rs\\.?|€|EUR|£|GBP)\\s?" + NUMBER + "\\s*" + SCALE + "(?![\\p{L}\\d])");
    private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\p{L}\\d.,])" + HEDGE + NUMBER + "\\s+" + SCALE
            + "\\s*(?<word>US dollars|dollars|rupees)\\b");

    private MoneyFinder() {
    }

    static List<Mention<Amount>> find(String s) {
        List<Mention<Amount>> out = new ArrayList<>();
        for (Pattern p : List.of(SYMBOL, WORDS)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int start = m.start("num");
                if (out.stream().anyMatch(x -> x.overlaps(m.start(), m.end()))) {
                    continue;
                }
                String cur = p == SYMBOL ? m.group("cur") : m.group("word");
                Amount a = amount(m.group("num"), m.group("scale"), currency(cur), m.group("hedge") != null,
                        m.group().strip());
                int begin = m.group("hedge") != null ? m.start("hedge") : p == SYMBOL ? m.start("cur") : start;
                out.add(new Mention<>(begin, m.end(), s.substring(begin, m.end()), a));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    static Amount amount(String num, String scale, String currency, boolean hedged, String text) {
        String digits = num.replace(",", "");
        double value = Double.parseDouble(digits);
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        double unit = switch (scale == null ? "" : scale.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1e12;
            case "billion", "bn" -> 1e9;
            case "million", "mn", "m" -> 1e6;
            case "thousand", "k" -> 1e3;
            default -> 1;
        };
        return new Amount(value * unit, currency, unit * Math.pow(10, -decimals), hedged, text);
    }

    private static String currency(String c) {
        String t = c == null ? "" : c.toLowerCase(Locale.ROOT);
        if (t.startsWith("rs") || t.equals("pkr") || t.equals("rupees")) {
            return "PKR";
        }
        if (t.equals("€") || t.equals("eur")) {
            return "EUR";
        }
        if (t.equals("£") || t.equals("gbp")) {
            return "GBP";
        }
        return "USD";
    }

    /**
     * Whether two amounts agree: within half the claim's step (its rounding), or within 1% of the evidence; within
     * 10% when either is hedged ("about $250 million").
     */
    static boolean agree(Amount claim, double evidence, boolean evidenceHedged) {
        double diff = Math.abs(claim.value() - evidence);
        double tolerance = Math.max(claim.step() / 2, 0.01 * Math.abs(evidence));
        if (claim.approximate() || evidenceHedged) {
            tolerance = Math.max(tolerance, 0.10 * Math.abs(evidence));
        }
        return diff <= tolerance + 1e-6;
    }
}
