package org.wanqi.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.NotFoundException;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.WanqiUser;

/**
 * Stores evidence files in GridFS (bucket {@code files}). A file is either a draft — uploaded
 * while a form is being filled in, visible only to its uploader — or belongs to a visit or a risk
 * and is visible to whoever may see that enterprise's data. Files are never changed once stored.
 */
@Service
public class FileService {

    private static final String DRAFT = "draft";

    private final GridFSBucket bucket;
    private final MongoTemplate mongo;
    private final FileProperties properties;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final BusinessZone zone;
    private final Clock clock;

    FileService(GridFSBucket bucket, MongoTemplate mongo, FileProperties properties, DataScope scope, CurrentUser currentUser,
                BusinessZone zone, Clock clock) {
        this.bucket = bucket;
        this.mongo = mongo;
        this.properties = properties;
        this.scope = scope;
        this.currentUser = currentUser;
        this.zone = zone;
        this.clock = clock;
    }

    /** Most files one visit or one risk may carry. */
    public int maxPerOwner() {
        return properties.maxPerOwner();
    }

    /** Largest file accepted, in bytes. */
    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /**
     * Checks a file before anything is stored: not larger than the limit, and a photo or a PDF by
     * its bytes, whatever its name says.
     */
    @PreAuthorize("isAuthenticated()")
    public Upload accept(String name, long declaredSize, InputStream content) throws IOException {
        if (declaredSize > maxSize()) {
            throw tooLarge();
        }
        return accept(name, content.readNBytes(Math.toIntExact(maxSize() + 1)));
    }

    /** As {@link #accept(String, long, InputStream)}, for bytes already in memory. */
    @PreAuthorize("isAuthenticated()")
    public Upload accept(String name, byte[] bytes) {
        if (bytes.length > maxSize()) {
            throw tooLarge();
        }
        String contentType = ContentTypes.sniff(bytes)
                .orElseThrow(() -> new FileRejectedException(FileRejectedException.Reason.UNSUPPORTED_TYPE));
        return new Upload(cleanName(name, contentType), bytes, contentType, sha256(bytes));
    }

    /** What {@link #attach} did: stored a new file, or found the same bytes attached before (a retried upload). */
    public record Attached(Attachment attachment, boolean created) {

        /** Where the file's bytes are served. */
        public URI location() {
            return URI.create("/api/v1/files/" + attachment.id());
        }
    }

    /**
     * Stores the upload for {@code owner} and appends it to the owning document, which keeps its files
     * in {@code attachments} and counts them in {@code attachmentSlots} (at most {@link #maxPerOwner()},
     * also when uploads race). The same bytes uploaded again return the earlier attachment.
     *
     * @param document the owner's document class ({@code Visit}, {@code Risk})
     * @param current  the attachments the caller read from it
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'ENTERPRISE')")
    public Attached attach(Class<?> document, FileOwner owner, List<Attachment> current, Upload upload) {
        requireInScope(owner);
        Optional<Attachment> same = current.stream().filter(a -> a.sha256().equals(upload.sha256())).findFirst();
        if (same.isPresent()) {
            return new Attached(same.get(), false);
        }
        Query ownerDocument = Query.query(Criteria.where("_id").is(owner.id()));
        // A reservation is invisible to readers, so it leaves the owner's version alone (naming the
        // version in the update stops Spring Data from increasing it); the append below increases it.
        boolean reserved = mongo.updateFirst(Query.query(Criteria.where("_id").is(owner.id()).and("attachmentSlots").lt(maxPerOwner())),
                new Update().inc("attachmentSlots", 1).inc("version", 0), document).getModifiedCount() == 1;
        if (!reserved) {
            throw new FileRejectedException(FileRejectedException.Reason.TOO_MANY, maxPerOwner());
        }
        Attachment stored;
        try {
            stored = write(upload, owner.kind(), owner.id(), owner.enterpriseId(), owner.regionCode());
        } catch (RuntimeException failed) {
            mongo.updateFirst(ownerDocument, new Update().inc("attachmentSlots", -1).inc("version", 0), document);
            throw failed;
        }
        mongo.updateFirst(ownerDocument, new Update().push("attachments", stored).inc("version", 1), document);
        return new Attached(stored, true);
    }

    /** Stores a file for a form still being filled in; only its uploader sees it until it is claimed. */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'ENTERPRISE')")
    public Attachment storeDraft(Upload upload) {
        return write(upload, DRAFT, currentUser.require().getUsername(), null, null);
    }

    /**
     * Makes the caller's draft files belong to {@code owner}. Files that already belong to it are
     * kept as they are, so a retried submission claims nothing twice.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'ENTERPRISE')")
    public List<Attachment> claim(List<String> ids, FileOwner owner) {
        if (ids.isEmpty()) {
            return List.of();
        }
        requireInScope(owner);
        String username = currentUser.require().getUsername();
        List<Attachment> claimed = new ArrayList<>();
        for (String id : ids) {
            GridFSFile file = find(id).orElseThrow(() -> new NotFoundException("File " + id));
            Document metadata = file.getMetadata();
            boolean ownDraft = DRAFT.equals(metadata.getString("ownerKind")) && username.equals(metadata.getString("ownerId"));
            boolean ownedAlready = owner.kind().equals(metadata.getString("ownerKind")) && owner.id().equals(metadata.getString("ownerId"));
            if (!ownDraft && !ownedAlready) {
                throw new NotFoundException("File " + id);
            }
            if (ownDraft) {
                filesCollection().updateOne(Filters.eq("_id", file.getObjectId()), Updates.combine(
                        Updates.set("metadata.ownerKind", owner.kind()), Updates.set("metadata.ownerId", owner.id()),
                        Updates.set("metadata.enterpriseId", owner.enterpriseId()),
                        Updates.set("metadata.regionCode", owner.regionCode())));
            }
            claimed.add(attachment(file));
        }
        return claimed;
    }

    /** A file the caller may see, with its bytes. */
    @PreAuthorize("isAuthenticated()")
    public StoredFile open(String id) {
        GridFSFile file = readable(id);
        Document metadata = file.getMetadata();
        return new StoredFile(attachment(file), metadata.getString("uploadedBy"), file.getUploadDate().toInstant(),
                Optional.ofNullable(metadata.getDate("takenAt")).map(Date::toInstant).orElse(null),
                bucket.openDownloadStream(file.getObjectId()));
    }

    /** A small JPEG preview of a photo the caller may see; empty for PDFs and undecodable photos. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> thumbnail(String id) {
        Binary thumbnail = readable(id).getMetadata().get("thumbnail", Binary.class);
        return Optional.ofNullable(thumbnail).map(Binary::getData);
    }

    private Attachment write(Upload upload, String ownerKind, String ownerId, String enterpriseId, String regionCode) {
        WanqiUser user = currentUser.require();
        Instant now = clock.instant();
        Document metadata = new Document("contentType", upload.contentType())
                .append("sha256", upload.sha256())
                .append("ownerKind", ownerKind).append("ownerId", ownerId)
                .append("enterpriseId", enterpriseId).append("regionCode", regionCode)
                .append("uploadedBy", user.getUsername()).append("uploadedAt", Date.from(now));
        if (upload.contentType().startsWith("image/")) {
            ExifTime.of(upload.bytes(), zone.zoneId()).ifPresent(taken -> metadata.append("takenAt", Date.from(taken)));
            Thumbnails.of(upload.bytes()).ifPresent(jpeg -> metadata.append("thumbnail", new Binary(jpeg)));
        }
        ObjectId id = bucket.uploadFromStream(upload.name(), new ByteArrayInputStream(upload.bytes()),
                new GridFSUploadOptions().metadata(metadata));
        return new Attachment(id.toHexString(), upload.name(), upload.contentType(), upload.size(), upload.sha256());
    }

    private FileRejectedException tooLarge() {
        return new FileRejectedException(FileRejectedException.Reason.TOO_LARGE, properties.maxSize().toMegabytes());
    }

    private void requireInScope(FileOwner owner) {
        if (!scope.current().allows(owner.enterpriseId(), owner.regionCode())) {
            throw new AccessDeniedException("Owner outside the caller's scope");
        }
    }

    private GridFSFile readable(String id) {
        GridFSFile file = find(id).orElseThrow(() -> new NotFoundException("File " + id));
        Document metadata = file.getMetadata();
        if (!DRAFT.equals(metadata.getString("ownerKind"))) {
            scope.requireVisible("file", id, metadata.getString("enterpriseId"), metadata.getString("regionCode"));
        } else if (!currentUser.require().getUsername().equals(metadata.getString("ownerId"))) {
            throw new NotFoundException("File " + id);
        }
        return file;
    }

    private Optional<GridFSFile> find(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bucket.find(Filters.eq("_id", new ObjectId(id))).first());
    }

    private MongoCollection<Document> filesCollection() {
        return mongo.getCollection(bucket.getBucketName() + ".files");
    }

    private static Attachment attachment(GridFSFile file) {
        Document metadata = file.getMetadata();
        return new Attachment(file.getObjectId().toHexString(), file.getFilename(), metadata.getString("contentType"),
                file.getLength(), metadata.getString("sha256"));
    }

    /** The name as shown and offered for download: no folders, no control characters, at most 120 characters. */
    static String cleanName(String name, String contentType) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "file." + contentType.substring(contentType.indexOf('/') + 1);
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
