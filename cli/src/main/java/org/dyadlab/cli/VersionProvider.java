package org.dyadlab.cli;

import picocli.CommandLine;

/** Reports the build's version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"dyadlab " + (v == null ? "(development build)" : v),
            "Java " + System.getProperty("java.version")};
    }
}
