/** The knowledge base's pages, and the citation picker other modules' forms use. */
@org.springframework.modulith.NamedInterface("ui")
package org.wanqi.search.ui;
