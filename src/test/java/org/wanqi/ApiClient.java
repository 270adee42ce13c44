package org.wanqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    public record Answer(int status, String contentType, JsonNode body, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public Answer send(String method, String path, String body, String token, String language) {
        return send(method, path, body, token, language, Map.of());
    }

    public Answer send(String method, String path, String body, String token, String language, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        headers.forEach(request::header);
        return answer(exchange(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Sends {@code bytes} as the multipart field {@code file}, named {@code fileName}. */
    public Answer upload(String path, String fileName, byte[] bytes, String token) {
        String boundary = "wanqi-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(bytes), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return answer(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET answered with raw bytes (files). */
    public HttpResponse<byte[]> download(String path, String token) {
        return exchange(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A bearer token for a test user (password "password"). */
    public String token(String username) {
        return token(username, "password");
    }

    public String token(String username, String password) {
        Answer answer = send("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("token").asString();
    }

    public String json(Object value) {
        return json.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer answer(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode parsed = contentType.contains("json") ? json.readTree(response.body()) : null;
        return new Answer(response.statusCode(), contentType, parsed, response.headers().map());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
