package org.wanqi.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.ApiClient;

/** While the application is not ready (start-up work such as the demo data still running), it says so instead of refusing logins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StartingUpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void untilReadyRequestsAreAskedToComeBackAndThenServed() {
        ApiClient api = new ApiClient(port);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            ApiClient.Answer token = api.send("POST", "/api/v1/auth/token", "{\"username\":\"x\",\"password\":\"y\"}", null, null);
            assertThat(token.status()).isEqualTo(503);
            assertThat(token.header("Retry-After")).isEqualTo("5");
            assertThat(token.body().get("title").asString()).isEqualTo("万企正在启动");

            var page = api.download("/login", null);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("万企正在启动", "http-equiv=\"refresh\"");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(api.send("POST", "/api/v1/auth/token", "{\"username\":\"x\",\"password\":\"y\"}", null, null).status())
                .as("ready: an ordinary answer, here a refused login").isEqualTo(401);
        assertThat(api.download("/login", null).statusCode()).isEqualTo(200);
    }
}
