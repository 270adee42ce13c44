package org.wanqi.files;

/** A stored file as records and JSON list it; its bytes are at {@code GET /api/v1/files/{id}}. */
public record Attachment(String id, String name, String contentType, long size, String sha256) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
