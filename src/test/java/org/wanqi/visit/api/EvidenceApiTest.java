package org.wanqi.visit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.ApiClient;
import org.wanqi.files.FileService;
import org.wanqi.files.TestImages;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/** Evidence files through the mobile API: limits, type from the bytes, retries, scope, thumbnails. */
class EvidenceApiTest extends FieldApiTest {

    @Autowired
    FileService files;
    String visitPath;
    String riskPath;

    @BeforeEach
    void aSubmittedVisitWithARisk() {
        JsonNode visit = submit(UUID.randomUUID().toString(), visit("检查危废贮存间")).body();
        visitPath = "/api/v1/visits/" + visit.get("id").asString();
        riskPath = "/api/v1/risks/" + visit.get("risks").get(0).get("id").asString();
    }

    long storedFiles() {
        return mongo.getCollection("files.files").countDocuments();
    }

    @Test
    void aPhotoIsStoredWithItsHashAndServedBackToThoseWhoMaySeeTheVisit() throws Exception {
        byte[] photo = TestImages.jpegTakenAt(LocalDateTime.of(2026, 3, 2, 9, 41, 5));
        ApiClient.Answer created = api.upload(visitPath + "/attachments", "危废间.jpg", photo, officer);
        assertThat(created.status()).isEqualTo(201);
        JsonNode attachment = created.body();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(attachment.get("name").asString()).isEqualTo("危废间.jpg");
        assertThat(attachment.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(attachment.get("size").asLong()).isEqualTo(photo.length);
        assertThat(attachment.get("sha256").asString()).isEqualTo(sha256);
        String filePath = "/api/v1/files/" + attachment.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(filePath);

        HttpResponse<byte[]> bytes = api.download(filePath, officer);
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(photo);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(api.download(filePath, enterpriseUser).statusCode()).as("the enterprise sees its own visit").isEqualTo(200);
        assertThat(api.download(filePath, officer2).statusCode()).as("another county").isEqualTo(404);
        HttpResponse<byte[]> thumbnail = api.download(filePath + "/thumbnail", officer);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()))).isNotNull();

        JsonNode visit = api.send("GET", visitPath, null, officer, null).body();
        assertThat(visit.get("attachments")).singleElement()
                .satisfies(listed -> assertThat(listed.get("sha256").asString()).isEqualTo(sha256));
        assertThat(visit.get("version").asLong()).isEqualTo(1);
        new TestUsers(context).signIn(officerAccount);
        assertThat(files.open(attachment.get("id").asString()).takenAt())
                .as("EXIF time, read in the business zone").hasToString("2026-03-02T01:41:05Z");

        ApiClient.Answer retried = api.upload(visitPath + "/attachments", "危废间.jpg", photo, officer);
        assertThat(retried.status()).as("the same bytes again").isEqualTo(200);
        assertThat(retried.body().get("id").asString()).isEqualTo(attachment.get("id").asString());
        assertThat(storedFiles()).isEqualTo(1);
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        ApiClient.Answer disguisedPdf = api.upload(visitPath + "/attachments", "photo.jpg", pdf, officer);
        assertThat(disguisedPdf.status()).isEqualTo(201);
        assertThat(disguisedPdf.body().get("contentType").asString()).isEqualTo("application/pdf");

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        ApiClient.Answer exe = api.upload(visitPath + "/attachments", "photo.jpg", executable, officer);
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.body().get("detail").asString()).contains("PDF");
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        assertThat(api.upload(riskPath + "/attachments", "evidence.png", elf, enterpriseUser).status()).isEqualTo(415);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(api.upload(visitPath + "/attachments", "x.pdf", html, officer).status()).isEqualTo(415);
        assertThat(storedFiles()).as("only the PDF").isEqualTo(1);
    }

    @Test
    void tooLargeIs413AndTheTwentyFirstFileIsRefused() {
        byte[] tooLarge = Arrays.copyOf(TestImages.image("png", 8, 8, 1), (int) files.maxSize() + 1);
        ApiClient.Answer refused = api.upload(visitPath + "/attachments", "big.png", tooLarge, officer);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("detail").asString()).contains("10 MB");
        assertThat(storedFiles()).isZero();

        for (int i = 0; i < files.maxPerOwner(); i++) {
            assertThat(api.upload(visitPath + "/attachments", i + ".png", TestImages.image("png", 8, 8, i), officer).status())
                    .isEqualTo(201);
        }
        ApiClient.Answer oneTooMany = api.upload(visitPath + "/attachments", "21.png", TestImages.image("png", 8, 8, 99), officer);
        assertThat(oneTooMany.status()).isEqualTo(409);
        assertThat(storedFiles()).isEqualTo(files.maxPerOwner());
        assertThat(api.send("GET", visitPath, null, officer, null).body().get("attachments")).hasSize(files.maxPerOwner());
    }

    @Test
    void theEnterpriseProvesItsRectificationWithAPhotoAndTheOfficerClosesTheRisk() {
        assertThat(api.send("POST", riskPath + "/transitions", "{\"to\":\"RECTIFYING\",\"version\":0}", enterpriseUser, null).status())
                .isEqualTo(200);
        assertThat(api.upload(riskPath + "/attachments", "整改后.png", TestImages.image("png", 40, 30, 3), officer2).status())
                .as("another county cannot add evidence").isEqualTo(404);
        ApiClient.Answer evidence = api.upload(riskPath + "/attachments", "整改后.png", TestImages.image("png", 40, 30, 3), enterpriseUser);
        assertThat(evidence.status()).isEqualTo(201);
        String evidenceId = evidence.body().get("id").asString();

        assertThat(api.send("POST", riskPath + "/transitions",
                "{\"to\":\"PENDING_VERIFICATION\",\"version\":2,\"evidenceIds\":[\"000000000000000000000000\"]}", enterpriseUser, null)
                .status()).as("evidence must be this risk's file").isEqualTo(409);
        ApiClient.Answer submitted = api.send("POST", riskPath + "/transitions",
                "{\"to\":\"PENDING_VERIFICATION\",\"version\":2,\"evidenceIds\":[\"" + evidenceId + "\"]}", enterpriseUser, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("attachments")).singleElement()
                .satisfies(file -> assertThat(file.get("id").asString()).isEqualTo(evidenceId));
        assertThat(submitted.body().get("history").get(1).get("evidenceIds")).singleElement()
                .satisfies(id -> assertThat(id.asString()).isEqualTo(evidenceId));
        assertThat(api.download("/api/v1/files/" + evidenceId, officer).statusCode()).isEqualTo(200);

        assertThat(api.send("POST", riskPath + "/transitions", "{\"to\":\"CLOSED\",\"version\":3,\"reason\":\"照片核查合格\"}", officer, null)
                .status()).isEqualTo(200);
        assertThat(api.upload(riskPath + "/attachments", "晚了.png", TestImages.image("png", 8, 8, 5), enterpriseUser).status())
                .as("a closed risk takes no more files").isEqualTo(409);
    }

    @Test
    void aSupplementIsAppendedAndTheVisitAsSubmittedStays() {
        JsonNode before = api.send("GET", visitPath, null, officer, null).body();
        ApiClient.Answer supplemented = api.send("POST", visitPath + "/supplements",
                "{\"text\":\"补充：企业负责人当日不在场，由安全员陪同。\",\"version\":0}", officer, null);
        assertThat(supplemented.status()).isEqualTo(200);
        assertThat(supplemented.body().get("summary").asString()).isEqualTo(before.get("summary").asString());
        assertThat(supplemented.body().get("supplements")).singleElement()
                .satisfies(s -> assertThat(s.get("by").asString()).isEqualTo("officer"));
        assertThat(api.send("POST", visitPath + "/supplements", "{\"text\":\"再补充\",\"version\":0}", officer, null).status())
                .as("stale").isEqualTo(409);
        assertThat(api.send("POST", visitPath + "/supplements", "{\"text\":\"<b>x</b>\",\"version\":1}", officer, null).status())
                .isEqualTo(400);
        assertThat(api.send("POST", visitPath + "/supplements", "{\"text\":\"企业补充\",\"version\":1}", enterpriseUser, null).status())
                .isEqualTo(403);
        assertThat(mongo.getCollection("audit_events").countDocuments(
                new org.bson.Document("action", "supplemented"))).isEqualTo(1);
    }
}
