/** The files REST API, and the answer other modules' upload endpoints give ({@link org.wanqi.files.api.UploadAnswers}). */
@org.springframework.modulith.NamedInterface("api")
package org.wanqi.files.api;
