package org.jixiao.embed;

/** Small vector arithmetic; Lucene's dot-product similarity expects unit-length vectors. */
public final class Vectors {

  private Vectors() {}

  /** The vector scaled to unit length, in place; a zero vector is returned unchanged. */
  public static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v;
    }
    float inv = (float) (1.0 / Math.sqrt(sum));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  public static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
