/**
 * Full-text search over the knowledge base with Lucene: a derived index in the data folder that
 * can always be rebuilt from MongoDB, Chinese analysis, citation lookup (大气法108条), snippets and
 * facets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.wanqi.search;
