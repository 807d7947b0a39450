package org.dyadlab.web;

/** The dashboard could not start: the port is taken, the address is not this machine's. */
public final class WebServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
