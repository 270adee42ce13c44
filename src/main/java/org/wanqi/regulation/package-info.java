/**
 * The regulation knowledge base: statutes with their versions, status and articles (imported),
 * and the explanatory articles trainers write. MongoDB holds it; the {@code search} module indexes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regulation")
package org.wanqi.regulation;
