/** The registry's views; {@link org.wanqi.enterprise.ui.EnterpriseFacts} is shared with the enterprise portal. */
@org.springframework.modulith.NamedInterface("ui")
package org.wanqi.enterprise.ui;
