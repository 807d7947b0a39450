package org.dyadlab.web.api;

/**
 * A request the dashboard refuses, with the HTTP status and the JSON body ({@link ErrorBody}) that say why. Thrown
 * by handlers and turned into a response by {@link ErrorResponses}; never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String parameter;

    private ApiException(int status, String error, String parameter, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
    }

    /** 400: a parameter is missing, of the wrong type or out of range. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "invalid_parameter", parameter, message);
    }

    /** 404: the thing asked for does not exist. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", null, message);
    }

    /** 403: a write without a valid token, or from another site. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", null, message);
    }

    /** 413: an upload or body over the limit. */
    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too_large", null, message);
    }

    /** 422: well-formed, but the store refuses it (a span outside the document, an unknown code…). */
    public static ApiException unprocessable(String parameter, String message) {
        return new ApiException(422, "unprocessable", parameter, message);
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return new ErrorBody(error, parameter, getMessage());
    }
}
