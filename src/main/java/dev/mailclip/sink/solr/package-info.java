/** The Solr sink: a Solr node or SolrCloud collection made from the shipped configset (docs/SOLR.md). */
package dev.mailclip.sink.solr;
