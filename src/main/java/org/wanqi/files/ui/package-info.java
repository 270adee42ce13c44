/** Components other modules' views use to show and upload evidence files. */
@org.springframework.modulith.NamedInterface("ui")
package org.wanqi.files.ui;
