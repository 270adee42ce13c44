package org.wanqi.files;

/**
 * A file that passed the checks (size, type from its bytes) and is ready to store. Made only by
 * {@link FileService#accept}, so nothing unchecked reaches storage.
 */
public final class Upload {

    private final String name;
    private final byte[] bytes;
    private final String contentType;
    private final String sha256;

    Upload(String name, byte[] bytes, String contentType, String sha256) {
        this.name = name;
        this.bytes = bytes;
        this.contentType = contentType;
        this.sha256 = sha256;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return bytes.length;
    }

    byte[] bytes() {
        return bytes;
    }
}
