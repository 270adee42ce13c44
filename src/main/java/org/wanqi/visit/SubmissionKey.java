package org.wanqi.visit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An idempotency key, claimed by the first submission that used it: the key is the primary key
 * (every MongoDB answers "is it taken?" by index, and refuses a second claim), with the id the
 * visit gets and the digest of what was submitted.
 */
@Document("visit_submission_keys")
record SubmissionKey(@Id String key, String visitId, String digest) {
}
