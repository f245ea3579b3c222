package org.jixiao.search;

/**
 * The search backend cannot answer now (a Solr cluster with no live replica of a shard, or out of
 * reach): not the request's fault, and worth retrying. The message is for users.
 */
public final class BackendUnavailableException extends RuntimeException {

  public BackendUnavailableException(Throwable cause) {
    super("检索集群暂不可用，请稍后再试 / the search cluster is unavailable: try again shortly", cause);
  }
}
