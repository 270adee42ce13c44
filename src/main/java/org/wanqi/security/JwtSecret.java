package org.wanqi.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The HMAC key that signs bearer tokens: {@code wanqi.security.jwt-secret} when set; otherwise a
 * random key generated on first start and kept in MongoDB, so tokens survive restarts and every
 * node of a cluster accepts them.
 */
final class JwtSecret {

    private static final String KEY_ID = "jwt-hmac-key";

    private JwtSecret() {
    }

    static SecretKey resolve(String configured, MongoTemplate mongo) {
        byte[] bytes = configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8)
                : storedOrGenerated(mongo);
        if (bytes.length < 32) {
            throw new IllegalStateException("wanqi.security.jwt-secret must be at least 32 bytes long");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static byte[] storedOrGenerated(MongoTemplate mongo) {
        Secret stored = mongo.findById(KEY_ID, Secret.class);
        if (stored == null) {
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            try {
                mongo.insert(new Secret(KEY_ID, Base64.getEncoder().encodeToString(generated)));
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // fall through and read the winner's key
            }
            stored = mongo.findById(KEY_ID, Secret.class);
        }
        return Base64.getDecoder().decode(stored.value());
    }

    @Document("secrets")
    record Secret(@Id String id, String value) {
    }
}
