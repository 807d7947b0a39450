package org.dyadlab.corpus.qda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingRule;

/** The {@code <Codes>} tree shared by the codebook (QDC) and project (QDPX) files. */
final class CodeXml {
    static final List<String> FIELDS = List.of("Include", "Exclude", "Rules", "Id");

    private CodeXml() {
    }

    static String guid(String codeId) {
        return Guids.of("code", codeId);
    }

    /** Writes the codes; {@code noteRefs} may add NoteRef elements to a code (QDPX only). */
    static void write(XMLStreamWriter w, Codebook book, Consumer<Code> noteRefs) throws XMLStreamException {
        w.writeStartElement("Codes");
        for (Code c : book.children(null)) {
            writeCode(w, book, c, noteRefs);
        }
        w.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter w, Codebook book, Code c, Consumer<Code> noteRefs)
            throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", guid(c.id()));
        w.writeAttribute("name", XmlText.clean(c.name()));
        w.writeAttribute("isCodable", "true");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Include", c.include());
        f.put("Exclude", c.exclude());
        f.put("Rules", String.join(" | ", c.rules().stream().map(CodingRule::describe).toList()));
        f.put("Id", c.id());
        w.writeStartElement("Description");
        w.writeCharacters(XmlText.clean(Descriptions.write(c.definition(), f)));
        w.writeEndElement();
        noteRefs.accept(c);
        for (Code child : book.children(c.id())) {
            writeCode(w, book, child, noteRefs);
        }
        w.writeEndElement();
    }

    /** Parses "term:x | phrase:a b | near:a,b/8" back into rules. */
    static List<CodingRule> rules(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("\\s\\|\\s")).map(String::strip).map(CodeXml::rule).toList();
    }

    private static CodingRule rule(String r) {
        if (r.startsWith("term:")) {
            return CodingRule.term(r.substring(5));
        }
        if (r.startsWith("phrase:")) {
            return CodingRule.phrase(r.substring(7));
        }
        if (r.startsWith("near:")) {
            String body = r.substring(5);
            int slash = body.lastIndexOf('/');
            return CodingRule.near(List.of(body.substring(0, slash).split(",")), Integer.parseInt(body.substring(slash + 1)));
        }
        throw new IllegalArgumentException("not a rule: " + r);
    }
}
