package dev.digitwhisk.client.invoke.openwhisk;

import java.util.List;
import java.util.Map;

/**
 * One request to the stand-in and the answer it gave, as they crossed the wire; what a contract check
 * ({@link SwaggerContract}) reads. Header names are lower case; {@code rawQuery} is null when there was none.
 */
public record StandInExchange(String method, String rawPath, String rawQuery, Map<String, List<String>> requestHeaders,
    byte[] requestBody, int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {}
