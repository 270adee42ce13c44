package org.wanqi.files.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.base.NotFoundException;
import org.wanqi.files.FileService;
import org.wanqi.files.StoredFile;

/** The bytes of evidence files, to users who may see the visit or risk they belong to. */
@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "files", description = "Evidence files (photos, PDFs)")
@SecurityRequirement(name = "bearer")
class FileController {

    private final FileService files;

    FileController(FileService files) {
        this.files = files;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file's bytes, with its detected content type and its SHA-256 as ETag")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        StoredFile file = files.open(id);
        response.setContentType(file.attachment().contentType());
        response.setContentLengthLong(file.attachment().size());
        response.setHeader(HttpHeaders.ETAG, "\"" + file.attachment().sha256() + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofDays(7)).cachePrivate().getHeaderValue());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(file.attachment().name(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
        try (InputStream content = file.content()) {
            content.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/{id}/thumbnail")
    @Operation(summary = "A JPEG preview of a photo (404 for PDFs and photos that cannot be decoded)")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
        byte[] jpeg = files.thumbnail(id).orElseThrow(() -> new NotFoundException("Thumbnail " + id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate()).body(jpeg);
    }
}
