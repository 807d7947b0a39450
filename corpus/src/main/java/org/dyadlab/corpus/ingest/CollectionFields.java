package org.dyadlab.corpus.ingest;

import java.util.List;

/**
 * Which fields of a JSON-lines (or JSON array) collection hold what. Each entry lists the names tried in order.
 * The defaults read the White House collections ({@code id, date, title, url, text}) and tweet archives
 * ({@code id_str, created_at, text}).
 */
public record CollectionFields(List<String> id, List<String> text, List<String> title, List<String> date,
                               List<String> url, List<String> authors) {
    public static final CollectionFields DEFAULT = new CollectionFields(List.of("id", "id_str", "key"),
            List.of("text", "body", "content"), List.of("title", "headline"),
            List.of("date", "created_at", "published", "issued"), List.of("url", "URL", "link"),
            List.of("authors", "author", "speaker", "president"));

    public CollectionFields {
        id = List.copyOf(id);
        text = List.copyOf(text);
        title = List.copyOf(title);
        date = List.copyOf(date);
        url = List.copyOf(url);
        authors = List.copyOf(authors);
    }

    public CollectionFields withId(String field) {
        return new CollectionFields(List.of(field), text, title, date, url, authors);
    }

    public CollectionFields withText(String field) {
        return new CollectionFields(id, List.of(field), title, date, url, authors);
    }

    public CollectionFields withDate(String field) {
        return new CollectionFields(id, text, title, List.of(field), url, authors);
    }
}
