package org.dyadlab.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link SharedDataTest} tests only where {@code ../shared/data} exists. */
public final class SharedDataCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return SharedData.root()
                .map(p -> ConditionEvaluationResult.enabled("shared data at " + p))
                .orElseGet(() -> ConditionEvaluationResult.disabled(
                        "../shared/data is absent on this machine; real-data test skipped"));
    }
}
