/**
 * Searching the index: requests in, immutable results out. Query construction, facets, highlights and
 * lookups by id live here; callers (API, CLI) see only plain records.
 */
package org.jixiao.search;
