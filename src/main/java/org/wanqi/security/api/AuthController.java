package org.wanqi.security.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.LoginThrottledException;
import org.wanqi.security.TokenService;
import org.wanqi.security.WanqiUser;

/** Sign-in for the mobile app and integrations, and who the bearer of a token is. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "auth", description = "Bearer tokens and the signed-in user")
class AuthController {

    private final TokenService tokens;
    private final CurrentUser currentUser;
    private final ProblemResponses problems;

    AuthController(TokenService tokens, CurrentUser currentUser, ProblemResponses problems) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.problems = problems;
    }

    @PostMapping("/auth/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        TokenService.IssuedToken issued = tokens.issue(request.username(), request.password());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @GetMapping("/me")
    @Operation(summary = "The user the token belongs to", security = @SecurityRequirement(name = "bearer"))
    MeResponse me() {
        WanqiUser user = currentUser.require();
        return new MeResponse(user.id(), user.getUsername(), user.displayName(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.unitId(), user.enterpriseId(),
                user.locale().toLanguageTag());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> signInRefused(AuthenticationException e, HttpServletRequest request) {
        if (e instanceof LoginThrottledException locked) {
            ResponseEntity<ProblemDetail> answer = problems.respond(HttpStatus.TOO_MANY_REQUESTS, "login-locked", request);
            answer.getBody().setProperty("lockedUntil", locked.lockedUntil());
            return answer;
        }
        if (e instanceof CredentialsExpiredException) {
            return problems.respond(HttpStatus.FORBIDDEN, "password-change-required", request);
        }
        return problems.respond(HttpStatus.UNAUTHORIZED, "bad-credentials", request);
    }

    record TokenRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record MeResponse(String id, String username, String displayName, List<String> roles, String unitId,
                      String enterpriseId, String locale) {
    }
}
