package org.dyadlab.cli;

/** The user asked for something the arguments cannot give (exit code 2). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
