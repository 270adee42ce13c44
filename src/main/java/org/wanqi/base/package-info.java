/**
 * The shell and the shared kernel: the main layout, time, translations, the embedded MongoDB,
 * the REST error format and the seed-file reader. Every feature module may use it; it uses no
 * feature module except through the small interfaces it declares (e.g. {@link org.wanqi.base.ui.ShellContext}).
 * It is an open module: its sub-packages are the shared kernel every module may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.wanqi.base;
