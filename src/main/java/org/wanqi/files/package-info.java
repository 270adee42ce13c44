/**
 * Evidence files (photos and PDFs) in GridFS: type detected from the bytes, SHA-256, size and EXIF
 * time kept, thumbnails for photos, and served only to users who may see what they belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.wanqi.files;
