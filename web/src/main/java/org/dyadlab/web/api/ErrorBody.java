package org.dyadlab.web.api;

/**
 * The JSON of every refused request: {@code {"error": "invalid_parameter", "parameter": "interval", "message":
 * "interval must be day, week, month, quarter or year, was 'fortnight'"}}.
 *
 * @param error     a stable key: invalid_parameter, not_found, forbidden, too_large, unprocessable, internal
 * @param parameter the parameter at fault, or null
 * @param message   what was wrong, in words
 */
public record ErrorBody(String error, String parameter, String message) {
}
