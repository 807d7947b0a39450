package org.dyadlab.corpus.qda;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dyadlab.model.corpus.Codebook;

/**
 * Writes a codebook as a REFI-QDA codebook ({@code .qdc}, QDA-XML {@code urn:QDA-XML:codebook:1.0}), which NVivo,
 * ATLAS.ti, MAXQDA and QualCoder import. Definitions become the code descriptions.
 */
public final class QdcWriter {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private QdcWriter() {
    }

    public static void write(Codebook book, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("CodeBook");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("origin", "dyadlab");
            CodeXml.write(w, book, c -> { });
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new QdaException("writing the codebook failed: " + e.getMessage(), e);
        }
    }
}
