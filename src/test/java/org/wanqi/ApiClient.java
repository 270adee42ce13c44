package org.wanqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for REST tests against the running test server. */
public final class ApiClient {

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiClient(int port) {
        this.port = port;
    }

    public record Answer(int status, String contentType, JsonNode body, Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public Answer send(String method, String path, String body, String token, String language) {
        return send(method, path, body, token, language, Map.of());
    }

    public Answer send(String method, String path, String body, String token, String language, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = contentType.contains("json") ? json.readTree(response.body()) : null;
            return new Answer(response.statusCode(), contentType, parsed, response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token for a test user (password "password"). */
    public String token(String username) {
        Answer answer = send("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"password\"}", null, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("token").asString();
    }

    public String json(Object value) {
        return json.writeValueAsString(value);
    }
}
