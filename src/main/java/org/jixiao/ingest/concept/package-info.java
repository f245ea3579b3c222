/** What an indicator measures: its concept, from a curated catalog of domain concepts. */
package org.jixiao.ingest.concept;
