package org.dyadlab.web.api;

import java.util.Locale;
import java.util.function.Function;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.Memo;
import org.dyadlab.model.corpus.TextSpan;

/**
 * The fields of the writes, read the same way from a JSON body and from a form: each one checked, a failure a 400
 * naming the field. Limits: names up to 80 characters, memos up to 20,000.
 */
public final class WriteRequests {
    public static final int MAX_MEMO = 20_000;

    private WriteRequests() {
    }

    /** A passage to code: the span, the code, the coder, an optional memo. */
    public record CodeRequest(TextSpan span, String code, String coder, String memo) {
    }

    /** A memo to add. */
    public record MemoRequest(Memo.Target target, String targetId, String author, String text) {
    }

    public static CodeRequest code(Function<String, String> field, Codebook codebook) {
        int start = integer(field, "start");
        int end = integer(field, "end");
        if (end <= start) {
            throw ApiException.badParameter("end", "end (" + end + ") must be after start (" + start + ")");
        }
        String code = text(field, "code", 200);
        if (!codebook.contains(code)) {
            throw ApiException.badParameter("code", "code '" + Params.clip(code) + "' is not in the codebook "
                    + codebook.name());
        }
        String coder = name(field, "coder");
        String memo = optional(field, "memo", MAX_MEMO);
        return new CodeRequest(new TextSpan(start, end), code, coder, memo);
    }

    public static MemoRequest memo(Function<String, String> field) {
        String t = text(field, "target", 20);
        Memo.Target target;
        try {
            target = Memo.Target.ofKey(t);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("target", "target must be document, code or passage, was '"
                    + Params.clip(t) + "'");
        }
        String targetId = text(field, "targetId", 200);
        return new MemoRequest(target, targetId, name(field, "author"), text(field, "text", MAX_MEMO));
    }

    static int integer(Function<String, String> field, String name) {
        String v = field.apply(name);
        if (v == null || v.isBlank()) {
            throw ApiException.badParameter(name, name + " is required");
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw ApiException.badParameter(name, name + " cannot be negative, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number, was '" + Params.clip(v) + "'");
        }
    }

    static String text(Function<String, String> field, String name, int max) {
        String v = field.apply(name);
        if (v == null || v.isBlank()) {
            throw ApiException.badParameter(name, name + " is required");
        }
        if (v.length() > max) {
            throw ApiException.badParameter(name, name + " is at most " + max + " characters");
        }
        return v.strip();
    }

    static String optional(Function<String, String> field, String name, int max) {
        String v = field.apply(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > max) {
            throw ApiException.badParameter(name, name + " is at most " + max + " characters");
        }
        return v.strip();
    }

    /** A coder's or author's name: as {@link org.dyadlab.model.corpus.Passage} allows, and not the rule coder's. */
    static String name(Function<String, String> field, String name) {
        String v = text(field, name, 80);
        if (!v.matches("[\\p{L}\\p{N}._@ -]{1,80}")) {
            throw ApiException.badParameter(name, name + " is 1-80 letters, digits, spaces, '.', '_', '@' or '-'; was '"
                    + Params.clip(v) + "'");
        }
        if (v.toLowerCase(Locale.ROOT).equals("rules")) {
            throw ApiException.badParameter(name, "'rules' is the rule coder's name; choose a person's name");
        }
        return v;
    }
}
