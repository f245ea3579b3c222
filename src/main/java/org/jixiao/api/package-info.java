/**
 * The JSON API and the static UI, over HTTP with Javalin. Controllers only translate HTTP to calls on
 * {@link org.jixiao.search.Searcher} and back; every error becomes JSON in one place.
 */
package org.jixiao.api;
