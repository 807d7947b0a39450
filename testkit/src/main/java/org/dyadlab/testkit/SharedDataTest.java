package org.dyadlab.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that reads real public data from {@code ../shared/data}. It runs whenever that folder exists
 * (always in CI) and is reported as skipped, with the reason, where it does not.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("shared-data")
@ExtendWith(SharedDataCondition.class)
public @interface SharedDataTest {
}
