package org.dyadlab.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link BrowserTest} tests only where Chromium and chromedriver are installed. */
public final class BrowserCondition implements ExecutionCondition {
    /** Debian's chromium binary (override with -Ddyadlab.chromium=PATH). */
    public static Path chromium() {
        return Path.of(System.getProperty("dyadlab.chromium", "/usr/bin/chromium"));
    }

    /** Debian's chromedriver (override with -Ddyadlab.chromedriver=PATH). */
    public static Path chromedriver() {
        return Path.of(System.getProperty("dyadlab.chromedriver", "/usr/bin/chromedriver"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(chromium()) && Files.isExecutable(chromedriver())) {
            return ConditionEvaluationResult.enabled("chromium at " + chromium());
        }
        return ConditionEvaluationResult.disabled("chromium or chromedriver not installed (apt-get install chromium "
                + "chromium-driver; .ci/run does it); browser test skipped");
    }
}
