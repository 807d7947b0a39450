package org.dyadlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Host headers name this machine's loopback (DNS rebinding protection). */
class HostGuardTest {
    @ParameterizedTest
    @CsvSource({"localhost:7070,true", "127.0.0.1:7070,true", "127.1.2.3,true", "[::1]:7070,true", "LOCALHOST,true",
        "evil.example:7070,false", "127.0.0.1.evil.example,false", "localhost.evil.example:7070,false", "10.0.0.1,false"})
    void onlyLoopbackNamesAreLoopback(String host, boolean loopback) {
        assertThat(HostGuard.isLoopback(host)).isEqualTo(loopback);
    }
}
