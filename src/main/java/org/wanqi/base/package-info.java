/**
 * The shell and the shared kernel: the main layout, time, translations, the embedded MongoDB,
 * the REST error format and the seed-file reader. Every feature module may use it; it uses no
 * feature module except through the small interfaces it declares (e.g. {@link org.wanqi.base.ui.ShellContext}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package org.wanqi.base;
