package org.wanqi.files.api;

import java.io.IOException;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.Upload;

/**
 * How an upload endpoint answers: the multipart file is checked by the file service, attached by
 * the owner's service, and answered 201 with the file's location — or 200 when the same bytes
 * were attached before (a retry).
 */
public final class UploadAnswers {

    private UploadAnswers() {
    }

    public static ResponseEntity<Attachment> attach(FileService files, MultipartFile file,
                                                    Function<Upload, FileService.Attached> attach) throws IOException {
        FileService.Attached attached = attach.apply(files.accept(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        return attached.created()
                ? ResponseEntity.created(attached.location()).body(attached.attachment())
                : ResponseEntity.ok().location(attached.location()).body(attached.attachment());
    }
}
