package org.dyadlab.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the reactor's modules and their org.dyadlab dependencies from the pom.xml files. */
final class MavenModules {
    static final String PARENT_ARTIFACT_ID = "dyadlab-parent";
    private static final String GROUP_ID = "org.dyadlab";

    private MavenModules() {
    }

    /** The project root: the first folder, from {@code start} upwards, whose pom.xml is dyadlab-parent. */
    static Path projectRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && PARENT_ARTIFACT_ID.equals(text(parse(pom).getDocumentElement(), "artifactId"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no pom.xml with artifactId " + PARENT_ARTIFACT_ID + " in " + start
                + " or any folder above it");
    }

    /** Every module listed in the root pom's {@code <modules>}, in that order. */
    static List<MavenModule> read(Path root) {
        Element project = parse(root.resolve("pom.xml")).getDocumentElement();
        List<MavenModule> modules = new ArrayList<>();
        for (Element m : children(child(project, "modules").orElseThrow(
                () -> new IllegalStateException(root + "/pom.xml lists no <modules>")), "module")) {
            modules.add(module(root.resolve(m.getTextContent().trim()), m.getTextContent().trim()));
        }
        return modules;
    }

    private static MavenModule module(Path dir, String name) {
        Path pom = dir.resolve("pom.xml");
        Element project = parse(pom).getDocumentElement();
        Set<String> uses = new HashSet<>();
        Set<String> testUses = new HashSet<>();
        Optional<Element> dependencies = child(project, "dependencies");
        if (dependencies.isPresent()) {
            for (Element d : children(dependencies.get(), "dependency")) {
                if (GROUP_ID.equals(text(d, "groupId"))) {
                    ("test".equals(text(d, "scope")) ? testUses : uses).add(text(d, "artifactId"));
                }
            }
        }
        return new MavenModule(name, text(project, "artifactId"), uses, testUses);
    }

    /** The groupIds of the libraries (any scope, not org.dyadlab) each module's pom.xml declares, by module folder. */
    static Map<String, Set<String>> libraryGroups(Path root) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        for (MavenModule m : read(root)) {
            Element project = parse(root.resolve(m.name()).resolve("pom.xml")).getDocumentElement();
            Set<String> groups = new java.util.TreeSet<>();
            child(project, "dependencies").ifPresent(ds -> {
                for (Element d : children(ds, "dependency")) {
                    if (!GROUP_ID.equals(text(d, "groupId"))) {
                        groups.add(text(d, "groupId"));
                    }
                }
            });
            out.put(m.name(), groups);
        }
        return out;
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** The trimmed text of the direct child element {@code name}, or null. */
    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).orElse(null);
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }
}
