package org.jixiao.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruMapTest {

  @Test
  void keepsTheMostRecentlyUsedWithinItsBound() {
    LruMap<String, Integer> map = new LruMap<>(3);
    map.put("a", 1);
    map.put("b", 2);
    map.put("c", 3);
    assertThat(map.get("a")).isEqualTo(1); // used: now the most recent
    map.put("d", 4);
    assertThat(map).containsOnlyKeys("a", "c", "d");
    map.put("e", 5);
    assertThat(map).containsOnlyKeys("a", "d", "e");
  }

  @Test
  void aBoundOfZeroKeepsNothing() {
    LruMap<String, Integer> map = new LruMap<>(0);
    map.put("a", 1);
    assertThat(map).isEmpty();
  }
}
